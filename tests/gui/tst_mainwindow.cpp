#include "AppContext.h"
#include "HistoryPage.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "OrderPage.h"
#include "SimSandbox.h"
#include "providers/ProviderRegistry.h"
#include "settings/AppSettings.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace OrderDesk;

namespace {

const QString kBannerEnglish =
    QStringLiteral("SANDBOX — orders go to the built-in simulator, nothing is bought");
// The Simplified Chinese catalogue's text for the banner (translations/orderdesk_zh_CN.ts).
const QString kBannerChinese = QStringLiteral("沙箱环境 — 订单发往内置模拟器，不会产生任何实际购买");

// One window on its own data folder, in English, shown offscreen.
struct Fixture
{
    Fixture()
    {
        context = std::make_unique<AppContext>(dir.path(), SimSandbox::factory());
        ok = context->initialize();
        context->setLanguage(QStringLiteral("en"));
        window = std::make_unique<MainWindow>(*context);
        window->show();
    }

    template<typename T> T* find(const char* name) const
    {
        return window->findChild<T*>(QLatin1String(name));
    }
    QListWidget* providerList() const { return find<QListWidget>("providerList"); }
    QStackedWidget* pages() const { return find<QStackedWidget>("pages"); }
    QLabel* banner() const { return find<QLabel>("sandboxBanner"); }
    QLabel* status() const { return find<QLabel>("statusProfile"); }
    QString currentPage() const
    {
        return pages() && pages()->currentWidget() ? pages()->currentWidget()->objectName() : QString();
    }
    QStringList providerIds() const
    {
        QStringList ids;
        for (int row = 0; row < providerList()->count(); ++row)
            ids << providerList()->item(row)->data(Qt::UserRole).toString();
        return ids;
    }
    void clickProvider(int row) const
    {
        QListWidget* list = providerList();
        const QRect rect = list->visualItemRect(list->item(row));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    }
    // A stored profile written straight into the settings, as CredentialStore files it: the
    // window only reads profiles, so this needs no keychain.
    void addStoredProfile(const QString& provider, const QString& name, const QString& endpoint) const
    {
        QSettings& raw = context->settings().raw();
        const QString group = QStringLiteral("profiles/%1/%2/").arg(provider, name);
        raw.setValue(group + QStringLiteral("accessKeyId"), QStringLiteral("LTAI5tWindowTest0001"));
        raw.setValue(group + QStringLiteral("endpoint"), endpoint);
        raw.setValue(group + QStringLiteral("region"), QStringLiteral("cn-shanghai"));
        context->notifyProfilesChanged();
    }

    QTemporaryDir dir;
    std::unique_ptr<AppContext> context;
    std::unique_ptr<MainWindow> window;
    bool ok = false;
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MessageBox::setQuiet(true);
    }

    void init() { MessageBox::reset(); }

    void openWindow_listsFourProvidersInRegistryOrder()
    {
        Fixture fixture;
        QVERIFY(fixture.ok);
        QCOMPARE(fixture.window->objectName(), QStringLiteral("mainWindow"));
        QCOMPARE(fixture.providerIds(),
                 QStringList({QStringLiteral("volcengine"), QStringLiteral("aliyun"),
                              QStringLiteral("unicloud"), QStringLiteral("huaweicloud")}));
        QStringList names;
        for (int row = 0; row < fixture.providerList()->count(); ++row)
            names << fixture.providerList()->item(row)->text();
        QCOMPARE(names, QStringList({QStringLiteral("Volcengine"), QStringLiteral("Alibaba Cloud"),
                                     QStringLiteral("UniCloud"), QStringLiteral("Huawei Cloud")}));
        for (int row = 0; row < fixture.providerList()->count(); ++row)
            QVERIFY2(!fixture.providerList()->item(row)->icon().isNull(), qPrintable(QString::number(row)));
        // Only the page on screen is built; the others and the history when first shown.
        QCOMPARE(fixture.pages()->count(), 1);
        QCOMPARE(fixture.currentPage(), QStringLiteral("orderPage_volcengine"));
        QCOMPARE(fixture.window->currentProvider(), QStringLiteral("volcengine"));
    }

    void selectProvider_showsItsOrderPage_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("page");
        QTest::newRow("volcengine") << 0 << QStringLiteral("orderPage_volcengine");
        QTest::newRow("aliyun") << 1 << QStringLiteral("orderPage_aliyun");
        QTest::newRow("unicloud") << 2 << QStringLiteral("orderPage_unicloud");
        QTest::newRow("huaweicloud") << 3 << QStringLiteral("orderPage_huaweicloud");
    }

    void selectProvider_showsItsOrderPage()
    {
        QFETCH(int, row);
        QFETCH(QString, page);
        Fixture fixture;
        // Start elsewhere so that every row, the first included, is a change.
        fixture.clickProvider(row == 3 ? 0 : 3);
        fixture.clickProvider(row);
        QCOMPARE(fixture.currentPage(), page);
        QVERIFY(fixture.pages()->currentWidget()->isVisible());
    }

    void hiddenPages_builtOnFirstShowInTheCurrentLanguage()
    {
        Fixture fixture;
        QCOMPARE(fixture.window->findChildren<OrderPage*>().size(), 1);
        QCOMPARE(fixture.window->findChildren<HistoryPage*>().size(), 0);

        // A page built after a language change starts in that language.
        fixture.context->setLanguage(QStringLiteral("zh_CN"));
        fixture.clickProvider(1);
        QCOMPARE(fixture.currentPage(), QStringLiteral("orderPage_aliyun"));
        auto* page = qobject_cast<OrderPage*>(fixture.pages()->currentWidget());
        QVERIFY(page);
        QVERIFY(page->isVisible());
        // translations/orderdesk_zh_CN.ts: "Order with %1".
        QCOMPARE(page->findChild<QLabel*>(QStringLiteral("titleLabel"))->text(),
                 QStringLiteral("向%1下单").arg(page->provider().displayName().toString()));
        auto* profiles = page->findChild<QComboBox*>(QStringLiteral("profileCombo"));
        QCOMPARE(profiles->count(), 1);
        QCOMPARE(profiles->currentData().toString(), AppContext::sandboxProfileName());
        // Switched back, it follows like every other widget (LanguageChange is posted).
        fixture.context->setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(page->findChild<QLabel*>(QStringLiteral("titleLabel"))->text(),
                     QStringLiteral("Order with Alibaba Cloud"));

        // Shown again, the same page; the history is built when first shown, and reads the ledger.
        fixture.clickProvider(0);
        fixture.clickProvider(1);
        QCOMPARE(fixture.pages()->currentWidget(), page);
        QCOMPARE(fixture.window->findChildren<OrderPage*>().size(), 2);
        fixture.window->showHistory();
        QCOMPARE(fixture.currentPage(), QStringLiteral("historyPage"));
        QCOMPARE(fixture.window->findChildren<HistoryPage*>().size(), 1);
        auto* table = fixture.window->findChild<QTableView*>(QStringLiteral("historyTable"));
        QVERIFY(table && table->model());
        QCOMPARE(table->model()->rowCount(), 0);
        fixture.window->showHistory();
        QCOMPARE(fixture.window->findChildren<HistoryPage*>().size(), 1);
        QCOMPARE(fixture.pages()->count(), 3);
    }

    void noProfiles_sandboxBannerVisible()
    {
        Fixture fixture;
        for (int row = 0; row < 4; ++row) {
            fixture.clickProvider(row);
            QTRY_VERIFY(fixture.banner()->isVisible());
            QCOMPARE(fixture.banner()->text(), kBannerEnglish);
            QCOMPARE(fixture.status()->text(), QStringLiteral("Profile: sandbox — built-in simulator"));
        }
        // Showing where orders go does not start the simulator; only ordering does.
        QCOMPARE(fixture.context->sandbox(), nullptr);
    }

    void realProfileActive_hidesBannerAndShowsEndpoint()
    {
        Fixture fixture;
        fixture.addStoredProfile(QStringLiteral("aliyun"), QStringLiteral("finance"),
                                 QStringLiteral("https://ecs.example.test:8443"));
        fixture.clickProvider(1);
        QTRY_VERIFY(fixture.banner()->isVisible());

        fixture.context->setActiveProfile(QStringLiteral("aliyun"), QStringLiteral("finance"));
        QTRY_VERIFY(!fixture.banner()->isVisible());
        QCOMPARE(fixture.status()->text(),
                 QStringLiteral("Profile: finance — Real orders: https://ecs.example.test:8443"));

        // The other providers still use their sandbox.
        fixture.clickProvider(0);
        QTRY_VERIFY(fixture.banner()->isVisible());
        QCOMPARE(fixture.status()->text(), QStringLiteral("Profile: sandbox — built-in simulator"));

        fixture.clickProvider(1);
        QTRY_VERIFY(!fixture.banner()->isVisible());
        fixture.context->setActiveProfile(QStringLiteral("aliyun"), AppContext::sandboxProfileName());
        QTRY_VERIFY(fixture.banner()->isVisible());
    }

    void realProfileWithoutEndpoint_showsProvidersDefaultEndpoint()
    {
        Fixture fixture;
        fixture.addStoredProfile(QStringLiteral("aliyun"), QStringLiteral("finance"), QString());
        fixture.clickProvider(1);
        fixture.context->setActiveProfile(QStringLiteral("aliyun"), QStringLiteral("finance"));
        QTRY_VERIFY(!fixture.banner()->isVisible());
        const Provider* aliyun = fixture.context->providers().find(QStringLiteral("aliyun"));
        QVERIFY(aliyun);
        QCOMPARE(fixture.status()->text(),
                 QStringLiteral("Profile: finance — Real orders: ") +
                     aliyun->defaultEndpoint(QStringLiteral("cn-shanghai")).toString());
        QVERIFY(
            fixture.status()->text().startsWith(QStringLiteral("Profile: finance — Real orders: https://")));
    }

    void activeProfileRemoved_fallsBackToSandbox()
    {
        Fixture fixture;
        fixture.addStoredProfile(QStringLiteral("aliyun"), QStringLiteral("finance"), QString());
        fixture.clickProvider(1);
        fixture.context->setActiveProfile(QStringLiteral("aliyun"), QStringLiteral("finance"));
        QTRY_VERIFY(!fixture.banner()->isVisible());
        fixture.context->settings().raw().remove(QStringLiteral("profiles/aliyun/finance"));
        fixture.context->notifyProfilesChanged();
        QTRY_VERIFY(fixture.banner()->isVisible());
    }

    void historyButton_showsHistoryPage_andProviderBringsFormBack()
    {
        Fixture fixture;
        fixture.clickProvider(2);
        auto* history = fixture.find<QAbstractButton>("historyButton");
        QVERIFY(history);
        QTest::mouseClick(history, Qt::LeftButton);
        QCOMPARE(fixture.currentPage(), QStringLiteral("historyPage"));
        QVERIFY(history->isChecked());

        // The provider that was selected comes back with one click, too.
        fixture.clickProvider(2);
        QCOMPARE(fixture.currentPage(), QStringLiteral("orderPage_unicloud"));
        QVERIFY(!history->isChecked());

        fixture.find<QAction>("actionHistory")->trigger();
        QCOMPARE(fixture.currentPage(), QStringLiteral("historyPage"));
    }

    void languageActions_switchVisibleTextsAtOnce()
    {
        Fixture fixture;
        auto* menuFile = fixture.find<QMenu>("menuFile");
        auto* menuSettings = fixture.find<QMenu>("menuSettings");
        auto* chinese = fixture.find<QAction>("actionLanguageChinese");
        auto* english = fixture.find<QAction>("actionLanguageEnglish");
        auto* system = fixture.find<QAction>("actionLanguageSystem");
        QVERIFY(menuFile && menuSettings && chinese && english && system);
        QCOMPARE(menuFile->title(), QStringLiteral("&File"));
        QVERIFY(english->isChecked());
        // The language names are written in their own language, whatever the current one.
        QCOMPARE(chinese->text(), QStringLiteral("简体中文"));
        QCOMPARE(english->text(), QStringLiteral("English"));

        chinese->trigger();
        QCOMPARE(fixture.context->language(), QStringLiteral("zh_CN"));
        QVERIFY(chinese->isChecked());
        // Texts set in code change with the signal, the form's with the LanguageChange event.
        QCOMPARE(fixture.providerList()->item(0)->text(), QStringLiteral("火山引擎"));
        QCOMPARE(fixture.providerList()->item(1)->text(), QStringLiteral("阿里云"));
        QCOMPARE(fixture.banner()->text(), kBannerChinese);
        QTRY_COMPARE(menuFile->title(), QStringLiteral("文件(&F)"));
        QCOMPARE(menuSettings->title(), QStringLiteral("设置(&S)"));
        QCOMPARE(chinese->text(), QStringLiteral("简体中文"));
        QCOMPARE(english->text(), QStringLiteral("English"));

        english->trigger();
        QCOMPARE(fixture.context->language(), QStringLiteral("en"));
        QCOMPARE(fixture.providerList()->item(0)->text(), QStringLiteral("Volcengine"));
        QCOMPARE(fixture.banner()->text(), kBannerEnglish);
        QTRY_COMPARE(menuFile->title(), QStringLiteral("&File"));

        system->trigger();
        QCOMPARE(fixture.context->language(), QString());
        QVERIFY(system->isChecked());
        QCOMPARE(fixture.context->settings().language(), QString());
    }

    void savedLanguage_appliedOnStart()
    {
        QTemporaryDir dir;
        {
            AppSettings settings(dir.path() + QStringLiteral("/settings.ini"));
            settings.setLanguage(QStringLiteral("zh_CN"));
            QVERIFY(settings.sync());
        }
        AppContext context(dir.path());
        QVERIFY(context.initialize());
        QCOMPARE(context.effectiveLanguage(), QStringLiteral("zh_CN"));
        MainWindow window(context);
        window.show();
        QTRY_COMPARE(window.findChild<QMenu*>(QStringLiteral("menuFile"))->title(),
                     QStringLiteral("文件(&F)"));
        QVERIFY(window.findChild<QAction*>(QStringLiteral("actionLanguageChinese"))->isChecked());
        context.setLanguage(QStringLiteral("en"));
    }

    void environmentLanguage_overridesTheSavedOneForThisRunOnly_data()
    {
        QTest::addColumn<QString>("saved");
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("fileMenu");
        QTest::newRow("saved English, ORDERDESK_LANGUAGE=zh_CN")
            << QStringLiteral("en") << QStringLiteral("zh_CN") << QStringLiteral("文件(&F)");
        QTest::newRow("saved Chinese, ORDERDESK_LANGUAGE=en")
            << QStringLiteral("zh_CN") << QStringLiteral("en") << QStringLiteral("&File");
        QTest::newRow("following the system, ORDERDESK_LANGUAGE=zh_CN")
            << QString() << QStringLiteral("zh_CN") << QStringLiteral("文件(&F)");
    }

    void environmentLanguage_overridesTheSavedOneForThisRunOnly()
    {
        QFETCH(QString, saved);
        QFETCH(QString, environment);
        QFETCH(QString, fileMenu);
        QTemporaryDir dir;
        const QString iniPath = dir.path() + QStringLiteral("/settings.ini");
        {
            AppSettings settings(iniPath);
            settings.setLanguage(saved);
            QVERIFY(settings.sync());
        }
        qputenv("ORDERDESK_LANGUAGE", environment.toUtf8());
        const auto unset = qScopeGuard([] { qunsetenv("ORDERDESK_LANGUAGE"); });
        {
            AppContext context(dir.path());
            QVERIFY(context.initialize());
            QCOMPARE(context.effectiveLanguage(), environment);
            QCOMPARE(context.languageOverride(), environment);
            QCOMPARE(context.language(), saved);
            MainWindow window(context);
            window.show();
            QTRY_COMPARE(window.findChild<QMenu*>(QStringLiteral("menuFile"))->title(), fileMenu);
            // The menu shows the language on screen, not the saved one.
            const char* shown =
                environment == QLatin1String("en") ? "actionLanguageEnglish" : "actionLanguageChinese";
            QVERIFY(window.findChild<QAction*>(QLatin1String(shown))->isChecked());
            window.resize(700, 500);
            window.close(); // writes the window's state to the same file
        }
        AppSettings reread(iniPath);
        QCOMPARE(reread.language(), saved);
        QVERIFY(!reread.raw().value(QStringLiteral("ui/mainWindowGeometry")).toByteArray().isEmpty());

        // A language picked in the window is the user's choice again: saved, and shown.
        AppContext context(dir.path());
        QVERIFY(context.initialize());
        MainWindow window(context);
        window.show();
        const char* other =
            environment == QLatin1String("en") ? "actionLanguageChinese" : "actionLanguageEnglish";
        window.findChild<QAction*>(QLatin1String(other))->trigger();
        QCOMPARE(context.languageOverride(), QString());
        QCOMPARE(context.effectiveLanguage(),
                 environment == QLatin1String("en") ? QStringLiteral("zh_CN") : QStringLiteral("en"));
        QCOMPARE(AppSettings(iniPath).language(), context.effectiveLanguage());
        context.setLanguage(QStringLiteral("en"));
    }

    void environmentLanguage_settingsCancelBringsItBack()
    {
        QTemporaryDir dir;
        qputenv("ORDERDESK_LANGUAGE", "zh_CN");
        const auto unset = qScopeGuard([] { qunsetenv("ORDERDESK_LANGUAGE"); });
        AppContext context(dir.path());
        QVERIFY(context.initialize());
        MainWindow window(context);
        window.show();
        window.openSettings();
        auto* dialog = window.findChild<QDialog*>(QStringLiteral("settingsDialog"));
        QVERIFY(dialog);
        auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("languageCombo"));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("zh_CN"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
        QCOMPARE(context.effectiveLanguage(), QStringLiteral("en"));
        dialog->reject();
        QCOMPARE(context.effectiveLanguage(), QStringLiteral("zh_CN"));
        QCOMPARE(context.languageOverride(), QStringLiteral("zh_CN"));
        QCOMPARE(context.language(), QString());
        context.setLanguage(QStringLiteral("en"));
    }

    void chinese_loadsQtAndKeychainCatalogues()
    {
        // A Qt built from Qt Base alone, as the Windows cross-build's is, has no catalogues of its
        // own; the installer ships the one OrderDesk needs (packaging/windows/deploy-mingw.cmake).
        const QString qtCatalogue =
            QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_zh_CN.qm");
        if (!QFile::exists(qtCatalogue))
            QSKIP(qPrintable(QStringLiteral("This Qt has no Chinese catalogue to load: no %1 (Debian: "
                                            "qt6-translations-l10n).")
                                 .arg(QDir::toNativeSeparators(qtCatalogue))));
        // Debian's QtKeychain catalogue; other systems may not ship one.
        const QString keychainCatalogue =
            QStringLiteral("/usr/share/qt6keychain/translations/qtkeychain_zh.qm");
        Fixture fixture;
        const char* keychainContext = "QKeychain::ReadPasswordJobPrivate";
        const char* keychainSource = "Could not decrypt data";
        QCOMPARE(QCoreApplication::translate(keychainContext, keychainSource), QLatin1String(keychainSource));

        fixture.context->setLanguage(QStringLiteral("zh_CN"));
        // Standard buttons come from Qt's own catalogue.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
        if (QFile::exists(keychainCatalogue))
            QVERIFY(QCoreApplication::translate(keychainContext, keychainSource) !=
                    QLatin1String(keychainSource));

        fixture.context->setLanguage(QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
        QCOMPARE(QCoreApplication::translate(keychainContext, keychainSource), QLatin1String(keychainSource));
    }

    void keyboardShortcuts_pickProvidersHistoryAndQuit()
    {
        Fixture fixture;
        QApplication::setActiveWindow(fixture.window.get());
        QVERIFY(QTest::qWaitForWindowActive(fixture.window.get()));

        const QStringList pages{QStringLiteral("orderPage_volcengine"), QStringLiteral("orderPage_aliyun"),
                                QStringLiteral("orderPage_unicloud"),
                                QStringLiteral("orderPage_huaweicloud")};
        const Qt::Key keys[] = {Qt::Key_4, Qt::Key_2, Qt::Key_3, Qt::Key_1};
        for (const Qt::Key key : keys) {
            QTest::keyClick(fixture.window.get(), key, Qt::ControlModifier);
            QCOMPARE(fixture.currentPage(), pages.at(key - Qt::Key_1));
        }
        QTest::keyClick(fixture.window.get(), Qt::Key_H, Qt::ControlModifier);
        QCOMPARE(fixture.currentPage(), QStringLiteral("historyPage"));
        QTest::keyClick(fixture.window.get(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(fixture.currentPage(), QStringLiteral("orderPage_aliyun"));

        QTest::keyClick(fixture.window.get(), Qt::Key_Q, Qt::ControlModifier);
        QTRY_VERIFY(!fixture.window->isVisible());
    }

    void close_savesGeometry()
    {
        Fixture fixture;
        fixture.window->resize(760, 480);
        fixture.window->close();
        const QByteArray saved =
            fixture.context->settings().raw().value(QStringLiteral("ui/mainWindowGeometry")).toByteArray();
        QVERIFY(!saved.isEmpty());

        MainWindow second(*fixture.context);
        second.show();
        QTRY_COMPARE(second.size(), QSize(760, 480));
    }

    void menuActions_openProfilesAndSettingsDialogs()
    {
        Fixture fixture;
        fixture.find<QAction>("actionProfiles")->trigger();
        auto* profiles = fixture.find<QDialog>("profilesDialog");
        QVERIFY(profiles);
        QTRY_VERIFY(profiles->isVisible());
        auto* tree = profiles->findChild<QTreeWidget*>(QStringLiteral("profileTree"));
        QVERIFY(tree);
        // With nothing stored, one read-only sandbox profile per provider.
        QCOMPARE(tree->topLevelItemCount(), 4);
        profiles->reject();

        fixture.find<QAction>("actionSettings")->trigger();
        auto* settings = fixture.find<QDialog>("settingsDialog");
        QVERIFY(settings);
        QTRY_VERIFY(settings->isVisible());
        settings->reject();
    }

    void about_opensTheAboutDialogWithTheVersion()
    {
        Fixture fixture;
        fixture.find<QAction>("actionAbout")->trigger();
        auto* about = fixture.find<QDialog>("aboutDialog");
        QVERIFY(about);
        QTRY_VERIFY(about->isVisible());
        auto* version = about->findChild<QLabel*>(QStringLiteral("versionLabel"));
        QVERIFY(version);
        QCOMPARE(version->text(), QStringLiteral("Version ") + QStringLiteral(ORDERDESK_VERSION));
        about->reject();
    }

    void copy_confirmsInTheStatusBarBesideTheSandboxBanner_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("copied");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Copied order ID ");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("已复制订单号 ");
    }

    void copy_confirmsInTheStatusBarBesideTheSandboxBanner()
    {
        QFETCH(QString, language);
        QFETCH(QString, copied);
        Fixture fixture;
        fixture.context->setLanguage(language);
        fixture.window->showProvider(QStringLiteral("volcengine"));
        auto* page = fixture.find<OrderPage>("orderPage_volcengine");
        QVERIFY(page);
        auto* resource = page->findChild<QLineEdit*>(QStringLiteral("DirectConnectConnectionId"));
        resource->selectAll();
        QTest::keyClicks(resource, QStringLiteral("dcc-copied"));
        QSignalSpy finished(page, &OrderPage::orderFinished);
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("orderButton")), Qt::LeftButton);
        // The confirmation opens once the ledger said whether it names a recent order.
        QTRY_VERIFY(page->findChild<QDialog*>(QStringLiteral("confirmOrderDialog")) &&
                    page->findChild<QDialog*>(QStringLiteral("confirmOrderDialog"))->isVisible());
        auto* confirm = page->findChild<QDialog*>(QStringLiteral("confirmOrderDialog"));
        confirm->accept();
        QVERIFY(finished.wait(10000));
        const QString orderId = page->findChild<QLineEdit*>(QStringLiteral("outcomeOrderId"))->text();
        QVERIFY(!orderId.isEmpty());

        auto* message = fixture.find<QLabel>("statusMessage");
        QVERIFY(message && !message->isVisible());
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("copyOrderIdButton")), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), orderId);
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), copied + orderId);
        QVERIFY(fixture.banner()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!message->isVisible(), 6000);

        fixture.window->showHistory();
        auto* history = fixture.find<HistoryPage>("historyPage");
        auto* table = history->findChild<QTableView*>(QStringLiteral("historyTable"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        table->selectRow(0);
        history->findChild<QAction*>(QStringLiteral("copyOrderIdAction"))->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), orderId);
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), copied + orderId);
        fixture.context->setLanguage(QStringLiteral("en"));
    }

    void sandboxEndpoint_startsSimulatorOnLoopbackOnce()
    {
        Fixture fixture;
        const Profile sandbox = fixture.context->activeProfile(QStringLiteral("huaweicloud"));
        QVERIFY(AppContext::isSandbox(sandbox));
        const Endpoint first = fixture.context->endpointFor(sandbox);
        QVERIFY(first.isValid());
        QCOMPARE(first.scheme, QStringLiteral("http"));
        QCOMPARE(first.host, QStringLiteral("127.0.0.1"));
        QVERIFY(first.port > 0);
        QVERIFY(fixture.context->sandbox());
        QCOMPARE(fixture.context->endpointFor(fixture.context->activeProfile(QStringLiteral("aliyun"))).port,
                 first.port);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
