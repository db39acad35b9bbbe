#include "ConfirmOrderDialog.h"
#include "ProviderTestSupport.h"
#include "ScreenFake.h"
#include "common/TranslationLoader.h"
#include "providers/Provider.h"
#include "providers/ProviderRegistry.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QRegularExpression>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>

using namespace OrderDesk;

namespace {

// A notebook's screen and a common laptop's, side by side.
const QRect kNotebook(0, 0, 1024, 600);
const QRect kLaptop(1024, 0, 1366, 768);

PreparedOrder seedOrder(const ProviderRegistry& providers, const QString& id)
{
    PreparedOrder prepared;
    prepared.provider = providers.find(id);
    prepared.order = ProviderTestSupport::seedExampleOrder(id);
    prepared.profile = QStringLiteral("finance-main");
    prepared.region = prepared.provider->defaultRegion();
    prepared.resourceId = prepared.provider->resourceId(prepared.order);
    prepared.endpoint = prepared.provider->defaultEndpoint(prepared.region);
    return prepared;
}

bool screensFaked = false;
} // namespace

// The confirmation's facts on the small screens finance clerks use, in both languages: a label
// is one line, never broken into a column of two characters.
class TestConfirmLayout : public QObject
{
    Q_OBJECT

private:
    ProviderRegistry m_providers;
    TranslationLoader m_translations;

private Q_SLOTS:
    void initTestCase()
    {
        if (!screensFaked)
            QSKIP(ScreenFake::kNoOffscreenPlugin);
    }

    void labels_neverWrap_data()
    {
        QTest::addColumn<QRect>("screenRect");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("provider");
        for (const QRect& screen : {kNotebook, kLaptop}) {
            for (const QString& language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
                for (const Provider* provider : m_providers.all()) {
                    const QString name = QStringLiteral("%1x%2 %3 %4")
                                             .arg(screen.width())
                                             .arg(screen.height())
                                             .arg(language, provider->id());
                    QTest::newRow(qPrintable(name)) << screen << language << provider->id();
                }
            }
        }
    }
    void labels_neverWrap()
    {
        QFETCH(QRect, screenRect);
        QFETCH(QString, language);
        QFETCH(QString, provider);
        QScreen* screen = nullptr;
        for (QScreen* candidate : QGuiApplication::screens()) {
            if (candidate->geometry() == screenRect)
                screen = candidate;
        }
        QVERIFY(screen);
        QVERIFY(m_translations.setLanguage(language));
        ConfirmOrderDialog dialog;
        dialog.setScreen(screen);
        dialog.setOrder(seedOrder(m_providers, provider), QStringLiteral("LTAI5tAbCdEfGh1234"));
        dialog.move(screen->availableGeometry().topLeft());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(screen->availableGeometry().contains(dialog.geometry()));

        const QList<QLabel*> labels =
            dialog.findChildren<QLabel*>(QRegularExpression(QStringLiteral("^factLabel_")));
        QVERIFY(labels.size() >= 5);
        for (const QLabel* label : labels) {
            QVERIFY2(label->isVisible(), qPrintable(label->objectName()));
            QVERIFY2(!label->wordWrap(), qPrintable(label->objectName()));
            // As wide as its text, and one line high.
            QVERIFY2(label->width() >= label->sizeHint().width(),
                     qPrintable(QStringLiteral("%1 \"%2\": %3 < %4")
                                    .arg(label->objectName(), label->text())
                                    .arg(label->width())
                                    .arg(label->sizeHint().width())));
            QVERIFY2(label->height() < 2 * label->fontMetrics().lineSpacing(),
                     qPrintable(QStringLiteral("%1 \"%2\": %3 high")
                                    .arg(label->objectName(), label->text())
                                    .arg(label->height())));
        }
        // Each value starts on its label's line.
        for (const QLabel* label : labels) {
            const QString key = label->objectName().mid(int(qstrlen("factLabel_")));
            const auto* value = dialog.findChild<QLabel*>(QStringLiteral("factValue_") + key);
            QVERIFY(value);
            QCOMPARE(value->y(), label->y());
            QVERIFY(value->alignment() & Qt::AlignTop);
            QVERIFY(value->x() >= label->x() + label->width());
        }
    }
};

int main(int argc, char* argv[])
{
    QTemporaryDir configDir;
    QByteArray screens = "{\"screens\": [";
    for (const QRect& rect : {kNotebook, kLaptop}) {
        if (rect != kNotebook)
            screens += ',';
        screens += QStringLiteral(R"({"name": "%1x%2", "x": %3, "y": %4, "width": %1, "height": %2,
                                      "logicalDpi": 96})")
                       .arg(rect.width())
                       .arg(rect.height())
                       .arg(rect.x())
                       .arg(rect.y())
                       .toUtf8();
    }
    screens += "]}";
    screensFaked = ScreenFake::useScreens(configDir, screens);
    QApplication app(argc, argv);
    TestConfirmLayout test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_confirmlayout.moc"
