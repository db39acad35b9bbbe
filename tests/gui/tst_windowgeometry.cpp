#include "AppContext.h"
#include "ConfirmOrderDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "OrderPage.h"
#include "ScreenFake.h"
#include "ScreenFit.h"
#include "SimSandbox.h"
#include "TestArtifacts.h"
#include "settings/AppSettings.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace OrderDesk;

namespace {

// A notebook's screen: 1024×600, smaller than the window's default size of 1100×720.
const QRect kSmallScreen(0, 0, 1024, 600);

struct Fixture
{
    Fixture()
    {
        TestArtifacts::keepIfAsked(dir);
        context = std::make_unique<AppContext>(dir.path(), SimSandbox::factory());
        ok = context->initialize();
        context->setLanguage(QStringLiteral("en"));
    }

    MainWindow& open()
    {
        window = std::make_unique<MainWindow>(*context);
        window->show();
        return *window;
    }

    QTemporaryDir dir;
    std::unique_ptr<AppContext> context;
    std::unique_ptr<MainWindow> window;
    bool ok = false;
};

QString describe(const QRect& rect)
{
    return QStringLiteral("%1,%2 %3×%4").arg(rect.x()).arg(rect.y()).arg(rect.width()).arg(rect.height());
}

// The widget is on the screen: all of it inside the window and the window inside the area.
void verifyOnScreen(const QWidget* widget, const QRect& available)
{
    QVERIFY(widget->isVisible());
    const QRect global(widget->mapToGlobal(QPoint(0, 0)), widget->size());
    QVERIFY2(available.contains(global),
             qPrintable(widget->objectName() + QLatin1Char(' ') + describe(global) +
                        QStringLiteral(" not in ") + describe(available)));
    QVERIFY2(widget->visibleRegion().boundingRect() == widget->rect(),
             qPrintable(widget->objectName() + QStringLiteral(" is partly hidden")));
}

void verifyFits(const QWidget& window, const QRect& available)
{
    QVERIFY2(available.contains(window.frameGeometry()),
             qPrintable(describe(window.frameGeometry()) + QStringLiteral(" not in ") + describe(available)));
}

bool screensFaked = false;

} // namespace

class TestWindowGeometry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!screensFaked)
            QSKIP(ScreenFake::kNoOffscreenPlugin);
        QStandardPaths::setTestModeEnabled(true);
        MessageBox::setQuiet(true);
        QCOMPARE(QGuiApplication::primaryScreen()->geometry(), kSmallScreen);
    }

    void fitted_data()
    {
        QTest::addColumn<QRect>("window");
        QTest::addColumn<QMargins>("frame");
        QTest::addColumn<QRect>("available");
        QTest::addColumn<QRect>("expected");
        const QMargins titleBar(0, 30, 0, 0);
        QTest::newRow("fits: unchanged")
            << QRect(100, 80, 800, 500) << titleBar << QRect(0, 0, 1920, 1080) << QRect(100, 80, 800, 500);
        QTest::newRow("default size on 1024x600")
            << QRect(0, 0, 1100, 720) << titleBar << kSmallScreen << QRect(0, 30, 1024, 570);
        QTest::newRow("task bar at the bottom")
            << QRect(0, 0, 1100, 720) << titleBar << QRect(0, 0, 1024, 560) << QRect(0, 30, 1024, 530);
        QTest::newRow("task bar at the top")
            << QRect(0, 0, 1100, 720) << titleBar << QRect(0, 40, 1024, 560) << QRect(0, 70, 1024, 530);
        QTest::newRow("saved on a larger screen, off to the right")
            << QRect(1500, 300, 1100, 720) << titleBar << kSmallScreen << QRect(0, 30, 1024, 570);
        QTest::newRow("fits in size, hangs over the bottom right")
            << QRect(600, 400, 800, 500) << titleBar << QRect(0, 0, 1280, 800) << QRect(480, 300, 800, 500);
        QTest::newRow("second screen to the left")
            << QRect(-1200, 10, 1100, 720) << QMargins(4, 30, 4, 4) << QRect(-1024, 0, 1024, 600)
            << QRect(-1020, 30, 1016, 566);
        QTest::newRow("no screen: unchanged")
            << QRect(0, 0, 1100, 720) << titleBar << QRect() << QRect(0, 0, 1100, 720);
    }

    void fitted()
    {
        QFETCH(QRect, window);
        QFETCH(QMargins, frame);
        QFETCH(QRect, available);
        QFETCH(QRect, expected);
        const QRect result = ScreenFit::fitted(window, frame, available);
        QCOMPARE(result, expected);
        if (available.isValid())
            QVERIFY(available.contains(result.marginsAdded(frame)));
    }

    void firstStart_fitsTheScreenWithTheOrderButtonOnIt()
    {
        Fixture fixture;
        QVERIFY(fixture.ok);
        MainWindow& window = fixture.open();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect available = window.screen()->availableGeometry();
        verifyFits(window, available);
        // Not shrunk further than needed: as wide as the screen allows.
        QCOMPARE(window.width(), available.width() - (window.frameGeometry().width() - window.width()));

        window.showProvider(QStringLiteral("volcengine"));
        auto* page = window.findChild<OrderPage*>(QStringLiteral("orderPage_volcengine"));
        QVERIFY(page);
        auto* order = page->findChild<QPushButton*>(QStringLiteral("orderButton"));
        verifyOnScreen(order, available);

        // The outcome of an order takes room below the form; the button stays on the screen.
        auto* resource = page->findChild<QLineEdit*>(QStringLiteral("DirectConnectConnectionId"));
        QVERIFY(resource);
        resource->selectAll();
        QTest::keyClicks(resource, QStringLiteral("dcc-geometry"));
        QVERIFY(order->isEnabled());
        QSignalSpy finished(page, &OrderPage::orderFinished);
        QTest::mouseClick(order, Qt::LeftButton);
        // The confirmation opens once the ledger said whether it names a recent order.
        QTRY_VERIFY(page->findChild<ConfirmOrderDialog*>(QStringLiteral("confirmOrderDialog")) &&
                    page->findChild<ConfirmOrderDialog*>(QStringLiteral("confirmOrderDialog"))->isVisible());
        auto* dialog = page->findChild<ConfirmOrderDialog*>(QStringLiteral("confirmOrderDialog"));
        verifyFits(*dialog, available);
        QTest::mouseClick(
            dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok),
            Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QTRY_VERIFY(page->findChild<QGroupBox*>(QStringLiteral("outcomeBox"))->isVisible());
        verifyOnScreen(order, available);
        verifyOnScreen(page->findChild<QPushButton*>(QStringLiteral("copyOrderIdButton")), available);

        window.showHistory();
        verifyOnScreen(window.findChild<QPushButton*>(QStringLiteral("exportButton")), available);
    }

    void savedGeometryTooLarge_isShrunkOntoTheScreen()
    {
        Fixture fixture;
        QVERIFY(fixture.ok);
        {
            // What a larger screen left in the settings: 1100×720 at 300,200.
            MainWindow larger(*fixture.context);
            larger.setGeometry(300, 200, 1100, 720);
            fixture.context->settings().raw().setValue(QStringLiteral("ui/mainWindowGeometry"),
                                                       larger.saveGeometry());
        }
        MainWindow& window = fixture.open();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        verifyFits(window, window.screen()->availableGeometry());
        auto* order = window.findChild<QPushButton*>(QStringLiteral("orderButton"));
        verifyOnScreen(order, window.screen()->availableGeometry());
    }

    void savedGeometryThatFits_isRestoredAsSaved()
    {
        Fixture fixture;
        QVERIFY(fixture.ok);
        {
            MainWindow& first = fixture.open();
            QVERIFY(QTest::qWaitForWindowExposed(&first));
            first.setGeometry(60, 80, 760, 480);
            first.close();
        }
        MainWindow second(*fixture.context);
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        QCOMPARE(second.geometry(), QRect(60, 80, 760, 480));
    }
};

int main(int argc, char* argv[])
{
    QTemporaryDir configDir;
    const QByteArray screens =
        QStringLiteral(R"({"screens": [{"name": "notebook", "x": %1, "y": %2, "width": %3,
                                    "height": %4, "logicalDpi": 96}]})")
            .arg(kSmallScreen.x())
            .arg(kSmallScreen.y())
            .arg(kSmallScreen.width())
            .arg(kSmallScreen.height())
            .toUtf8();
    screensFaked = ScreenFake::useScreens(configDir, screens);
    QApplication app(argc, argv);
    TestWindowGeometry test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_windowgeometry.moc"
