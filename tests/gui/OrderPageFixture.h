#pragma once

// The order page on its own data folder against the in-process simulator, and the ways a test
// types into its form: shared by the order page suites.

#include "AppContext.h"
#include "ConfirmOrderDialog.h"
#include "FormBinder.h"
#include "OrderFlowSupport.h"
#include "OrderPage.h"
#include "ProductInfosEditor.h"
#include "SimSandbox.h"
#include "TestArtifacts.h"
#include "providers/ProviderRegistry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace OrderPageFixture {

using namespace OrderDesk;

// The order id the simulator answers with arrives over loopback; a few seconds is plenty.
constexpr int kAnswerTimeoutMs = 10000;

// One app context on its own data folder, in English, with one provider's page on screen.
struct Fixture
{
    explicit Fixture(const QString& providerId)
    {
        TestArtifacts::keepIfAsked(dir);
        context = std::make_unique<AppContext>(dir.path(), SimSandbox::factory());
        ok = context->initialize();
        context->setLanguage(QStringLiteral("en"));
        provider = context->providers().find(providerId);
        if (provider) {
            page = std::make_unique<OrderPage>(*context, *provider);
            page->resize(720, 900);
            page->show();
        }
    }

    template<typename T> T* find(const QString& name) const { return page->findChild<T*>(name); }
    QPushButton* orderButton() const { return find<QPushButton>(QStringLiteral("orderButton")); }
    ConfirmOrderDialog* dialog() const
    {
        return find<ConfirmOrderDialog>(QStringLiteral("confirmOrderDialog"));
    }
    // The confirmation is built for the page's first order: before that there is none.
    bool dialogShown() const { return dialog() && dialog()->isVisible(); }
    QPushButton* dialogButton(QDialogButtonBox::StandardButton which) const
    {
        auto* box = dialog()->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
        return box ? box->button(which) : nullptr;
    }

    QTemporaryDir dir;
    std::unique_ptr<AppContext> context;
    const Provider* provider = nullptr;
    std::unique_ptr<OrderPage> page;
    bool ok = false;
};

// Types a value into a field the way a user does: into the input named after the API field.
inline void fill(QWidget* form, const QString& name, const QString& value)
{
    QWidget* input = form->findChild<QWidget*>(name);
    QVERIFY2(input, qPrintable(name));
    if (auto* edit = qobject_cast<QLineEdit*>(input)) {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, value);
        QCOMPARE(edit->text(), value);
    } else if (auto* spin = qobject_cast<QSpinBox*>(input)) {
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, value);
        QCOMPARE(spin->value(), value.toInt());
    } else if (auto* combo = qobject_cast<QComboBox*>(input)) {
        const int index = combo->findData(value);
        QVERIFY2(index >= 0, qPrintable(name + QLatin1Char('=') + value));
        combo->setCurrentIndex(index);
    } else if (auto* check = qobject_cast<QCheckBox*>(input)) {
        if (check->isChecked() != (value == QLatin1String("true")))
            QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(4, check->height() / 2));
        QCOMPARE(check->isChecked(), value == QLatin1String("true"));
    } else if (auto* products = qobject_cast<ProductInfosEditor*>(input)) {
        QVERIFY(products->setValue(value));
    } else {
        QFAIL(qPrintable(QStringLiteral("no input for ") + name));
    }
}

inline void fillOrder(const Fixture& fixture, const QString& word)
{
    for (const QString& param : OrderFlowSupport::params(fixture.provider->id(), word)) {
        const qsizetype eq = param.indexOf(QLatin1Char('='));
        fill(fixture.page.get(), param.left(eq), param.mid(eq + 1));
        if (QTest::currentTestFailed())
            return;
    }
}

inline QString errorText(const Fixture& fixture, const QString& field)
{
    // The line shows what fits of the message; its tooltip holds all of it.
    auto* label = fixture.find<QLabel>(field + QStringLiteral("_error"));
    return label ? label->toolTip() : QStringLiteral("<no error label>");
}

inline QString withoutMnemonic(QString text)
{
    return text.remove(QLatin1Char('&'));
}

} // namespace OrderPageFixture
