#include "AboutDialog.h"
#include "AppContext.h"
#include "MainWindow.h"
#include "MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace OrderDesk;

namespace {

const QString kVersion = QStringLiteral(ORDERDESK_VERSION);

// One window on its own data folder, in English, shown offscreen, with its About dialog open.
struct Fixture
{
    Fixture()
    {
        context = std::make_unique<AppContext>(dir.path());
        ok = context->initialize();
        context->setLanguage(QStringLiteral("en"));
        window = std::make_unique<MainWindow>(*context);
        window->show();
    }

    AboutDialog* openAbout() const
    {
        window->findChild<QAction*>(QStringLiteral("actionAbout"))->trigger();
        return window->findChild<AboutDialog*>(QStringLiteral("aboutDialog"));
    }

    QTemporaryDir dir;
    std::unique_ptr<AppContext> context;
    std::unique_ptr<MainWindow> window;
    bool ok = false;
};

QString labelText(QWidget* dialog, const char* name)
{
    auto* label = dialog->findChild<QLabel*>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1String(name));
}

// What the label shows, without the markup of its links.
QString plainText(QWidget* dialog, const char* name)
{
    QString text = labelText(dialog, name);
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return text;
}

} // namespace

class TestAboutDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MessageBox::setQuiet(true);
    }

    void init() { MessageBox::reset(); }

    void actionAbout_opensWindowModalDialogOnce()
    {
        Fixture fixture;
        QVERIFY(fixture.ok);
        AboutDialog* dialog = fixture.openAbout();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->windowModality(), Qt::WindowModal);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("About OrderDesk"));
        // No message box any more: the dialog is the whole answer.
        QCOMPARE(MessageBox::count(), 0);

        // A second click brings the same dialog forward instead of stacking another.
        QCOMPARE(fixture.openAbout(), dialog);
        QCOMPARE(fixture.window->findChildren<AboutDialog*>().size(), 1);
    }

    void open_showsVersionsOfOrderDeskQtAndQtKeychain()
    {
        Fixture fixture;
        AboutDialog* dialog = fixture.openAbout();
        QVERIFY(dialog);
        QCOMPARE(labelText(dialog, "nameLabel"), QStringLiteral("OrderDesk"));
        QCOMPARE(labelText(dialog, "versionLabel"), QStringLiteral("Version ") + kVersion);
        QCOMPARE(labelText(dialog, "qtVersionLabel"),
                 QStringLiteral("Qt %1 (built with Qt %2)")
                     .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
        const QString keychain = QStringLiteral(ORDERDESK_EXPECTED_QTKEYCHAIN_VERSION);
        QVERIFY(!keychain.isEmpty());
        QCOMPARE(AboutDialog::qtKeychainVersion(), keychain);
        QCOMPARE(labelText(dialog, "keychainVersionLabel"), QStringLiteral("QtKeychain ") + keychain);
    }

    void open_listsTheFourLicenses_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("component");
        QTest::addColumn<QString>("license");
        QTest::addColumn<QString>("url");
        QTest::newRow("orderdesk") << QStringLiteral("license_orderdesk") << QStringLiteral("OrderDesk")
                                   << QStringLiteral("MIT License (MIT)")
                                   << QStringLiteral("https://opensource.org/license/mit/");
        QTest::newRow("qt") << QStringLiteral("license_qt") << QStringLiteral("Qt")
                            << QStringLiteral("GNU Lesser General Public License version 3 (LGPL-3.0-only)")
                            << QStringLiteral("https://www.qt.io/licensing/");
        QTest::newRow("qtkeychain") << QStringLiteral("license_qtkeychain") << QStringLiteral("QtKeychain")
                                    << QStringLiteral("BSD 2-Clause License (BSD-2-Clause)")
                                    << QStringLiteral("https://github.com/frankosterfeld/qtkeychain");
        QTest::newRow("sqlite") << QStringLiteral("license_sqlite") << QStringLiteral("SQLite")
                                << QStringLiteral("Public domain")
                                << QStringLiteral("https://www.sqlite.org/copyright.html");
    }

    void open_listsTheFourLicenses()
    {
        QFETCH(QString, label);
        QFETCH(QString, component);
        QFETCH(QString, license);
        QFETCH(QString, url);
        Fixture fixture;
        AboutDialog* dialog = fixture.openAbout();
        QVERIFY(dialog);
        const QByteArray name = label.toLatin1();
        auto* widget = dialog->findChild<QLabel*>(label);
        QVERIFY(widget);
        QVERIFY(widget->openExternalLinks());
        QVERIFY2(plainText(dialog, name.constData()).startsWith(component + QStringLiteral(" — ") + license),
                 qPrintable(plainText(dialog, name.constData())));
        QVERIFY2(labelText(dialog, name.constData()).contains(QStringLiteral("href=\"%1\"").arg(url)),
                 qPrintable(labelText(dialog, name.constData())));
    }

    void qtLicense_offersTheSourceAndTheRightToRelink()
    {
        Fixture fixture;
        AboutDialog* dialog = fixture.openAbout();
        QVERIFY(dialog);
        const QString qt = plainText(dialog, "license_qt");
        QVERIFY2(qt.contains(QStringLiteral("replace them with your own build of Qt")), qPrintable(qt));
        QVERIFY2(qt.contains(QStringLiteral("complete source code of the Qt libraries")), qPrintable(qt));
        QVERIFY(
            labelText(dialog, "license_qt").contains(QStringLiteral("mailto:maintainers@orderdesk.invalid")));
    }

    void aboutQt_goesThroughTheMessageBoxSeam()
    {
        Fixture fixture;
        AboutDialog* dialog = fixture.openAbout();
        QVERIFY(dialog);
        auto* button = dialog->findChild<QPushButton*>(QStringLiteral("aboutQtButton"));
        QVERIFY(button);
        QCOMPARE(button->text(), QStringLiteral("About &Qt"));
        button->click();
        QCOMPARE(MessageBox::count(), 1);
        QCOMPARE(MessageBox::lastTitle(), QStringLiteral("About Qt"));
        QVERIFY(dialog->isVisible());
    }

    void switchToChinese_retranslatesEveryText()
    {
        Fixture fixture;
        AboutDialog* dialog = fixture.openAbout();
        QVERIFY(dialog);
        fixture.context->setLanguage(QStringLiteral("zh_CN"));
        // The Simplified Chinese catalogue's texts (translations/orderdesk_zh_CN.ts).
        QTRY_COMPARE(dialog->windowTitle(), QStringLiteral("关于 OrderDesk"));
        QCOMPARE(labelText(dialog, "versionLabel"), QStringLiteral("版本 ") + kVersion);
        QCOMPARE(labelText(dialog, "qtVersionLabel"),
                 QStringLiteral("Qt %1（构建时使用 Qt %2）")
                     .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
        QCOMPARE(dialog->findChild<QPushButton*>(QStringLiteral("aboutQtButton"))->text(),
                 QStringLiteral("关于 Qt(&Q)"));
        QVERIFY(plainText(dialog, "license_orderdesk")
                    .startsWith(QStringLiteral("OrderDesk — MIT 许可证（MIT）。")));
        QVERIFY(plainText(dialog, "license_qt").contains(QStringLiteral("LGPL-3.0-only")));
        QVERIFY(plainText(dialog, "license_qt").contains(QStringLiteral("完整源代码")));
        QVERIFY(plainText(dialog, "license_qtkeychain")
                    .contains(QStringLiteral("BSD 两条款许可证（BSD-2-Clause）")));
        QCOMPARE(plainText(dialog, "license_sqlite"),
                 QStringLiteral("SQLite — 公有领域。用于存储订单历史记录。"));

        // And back: nothing stays behind in Chinese.
        fixture.context->setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(dialog->windowTitle(), QStringLiteral("About OrderDesk"));
        QCOMPARE(plainText(dialog, "license_sqlite"),
                 QStringLiteral("SQLite — Public domain. Stores the order history."));
    }

    void escape_closesTheDialog()
    {
        Fixture fixture;
        QPointer<AboutDialog> dialog = fixture.openAbout();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QPushButton* close = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
                                 ->button(QDialogButtonBox::Close);
        QVERIFY(close);
        QVERIFY(close->isDefault());
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("aboutQtButton"))->isDefault());

        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QCOMPARE(MessageBox::count(), 0);
    }

    void returnKey_closesWithTheDefaultButton()
    {
        Fixture fixture;
        QPointer<AboutDialog> dialog = fixture.openAbout();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTest::keyClick(dialog, Qt::Key_Return);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QCOMPARE(MessageBox::count(), 0);
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
