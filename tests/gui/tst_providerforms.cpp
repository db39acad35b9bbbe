#include "FormBinder.h"
#include "ProviderForms.h"
#include "providers/ProviderRegistry.h"

#include <QTest>
#include <QWidget>

#include <memory>

using namespace OrderDesk;

// Every provider of the registry has a Designer form that covers its schema, and no form
// is left over for a provider that is gone: a provider is added in the registry and in
// ProviderForms, and nowhere else in the windows.
class TestProviderForms : public QObject
{
    Q_OBJECT

private:
    ProviderRegistry m_providers;
    ProviderForms m_forms;

private Q_SLOTS:
    void forms_matchTheRegistry() { QCOMPARE(m_forms.providers(), m_providers.ids()); }

    void form_coversTheProvidersSchema_data()
    {
        QTest::addColumn<QString>("provider");
        for (const QString& id : m_providers.ids())
            QTest::newRow(qPrintable(id)) << id;
    }
    void form_coversTheProvidersSchema()
    {
        QFETCH(QString, provider);
        QVERIFY(m_forms.contains(provider));
        const std::unique_ptr<QWidget> form(m_forms.create(provider));
        QVERIFY(form);
        QVERIFY(!form->parent());
        const FormBinder binder(*m_providers.find(provider), form.get());
        QCOMPARE(binder.missingWidgets(), QStringList());
    }

    void unknownProvider_getsAnEmptyForm()
    {
        QVERIFY(!m_forms.contains(QStringLiteral("aws")));
        const std::unique_ptr<QWidget> form(m_forms.create(QStringLiteral("aws")));
        QVERIFY(form);
        QVERIFY(form->children().isEmpty());
    }
};

QTEST_MAIN(TestProviderForms)
#include "tst_providerforms.moc"
