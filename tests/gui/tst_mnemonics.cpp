#include "AppContext.h"
#include "FormFill.h"
#include "HistoryPage.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "MnemonicCheck.h"
#include "OrderFlowSupport.h"
#include "OrderPage.h"
#include "ProductInfosEditor.h"
#include "SimSandbox.h"
#include "TestArtifacts.h"
#include "ledger/OrderLedger.h"
#include "ledger/OrderRecord.h"
#include "providers/Provider.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace OrderDesk;
using FormFill::fill;
using namespace MnemonicCheck;

namespace {

constexpr int kAnswerTimeoutMs = 10000;

template<typename T> T* child(QWidget* parent, const char* name)
{
    return parent ? parent->findChild<T*>(QLatin1String(name)) : nullptr;
}

QDialog* shownDialog(QWidget* parent, const char* name)
{
    auto* dialog = child<QDialog>(parent, name);
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

} // namespace

// Alt+letter must reach one control: in every window and dialog, in both languages, no two
// visible controls take the same letter.
class TestMnemonics : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;

    void open(const QString& language)
    {
        m_dir = TestArtifacts::temporaryDir();
        m_context = std::make_unique<AppContext>(m_dir->path(), SimSandbox::factory());
        QVERIFY(m_context->initialize());
        m_context->setLanguage(language);
        m_window = std::make_unique<MainWindow>(*m_context);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    // Orders the page's sample order and waits for the outcome; with `again`, the same order
    // a second time, stopping at the confirmation, which then asks about the duplicate.
    void order(OrderPage* page, const QString& word, bool again = false)
    {
        for (const QString& param : OrderFlowSupport::params(page->provider().id(), word)) {
            const qsizetype eq = param.indexOf(QLatin1Char('='));
            fill(page, param.left(eq), param.mid(eq + 1));
        }
        auto* orderButton = child<QPushButton>(page, "orderButton");
        QVERIFY2(orderButton->isEnabled(), qPrintable(child<QLabel>(page, "formError")->text()));
        QTest::mouseClick(orderButton, Qt::LeftButton);
        // The confirmation opens once the ledger said whether it names a recent order.
        QTRY_VERIFY(shownDialog(page, "confirmOrderDialog"));
        auto* confirm = qobject_cast<QDialog*>(shownDialog(page, "confirmOrderDialog"));
        if (again)
            return;
        QSignalSpy finished(page, &OrderPage::orderFinished);
        confirm->accept();
        QVERIFY(finished.wait(kAnswerTimeoutMs));
        QVERIFY(child<QGroupBox>(page, "outcomeBox")->isVisible());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MessageBox::setQuiet(true);
    }

    void cleanup()
    {
        if (m_context)
            m_context->setLanguage(QStringLiteral("en"));
        m_window.reset();
        m_context.reset();
        m_dir.reset();
    }

    void languages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void mainWindow_eachOrderPageAndTheConfirmation_data() { languages_data(); }
    void mainWindow_eachOrderPageAndTheConfirmation()
    {
        QFETCH(QString, language);
        open(language);
        for (const QString& provider : OrderFlowSupport::providers()) {
            m_window->showProvider(provider);
            auto* page = m_window->findChild<OrderPage*>(QStringLiteral("orderPage_") + provider);
            QVERIFY(page && page->isVisible());
            verifyUnique(m_window.get(), provider + QStringLiteral(" form"));
            if (QTest::currentTestFailed())
                return;

            // The outcome adds its Order ID, Copy and Request ID.
            order(page, QStringLiteral("keys"));
            if (QTest::currentTestFailed())
                return;
            verifyUnique(m_window.get(), provider + QStringLiteral(" form with an outcome"));

            // The same order again: the confirmation with its duplicate question.
            order(page, QStringLiteral("keys"), true);
            QDialog* confirm = shownDialog(page, "confirmOrderDialog");
            QVERIFY(confirm);
            QVERIFY(child<QCheckBox>(confirm, "confirmDuplicateCheck")->isVisible());
            verifyUnique(confirm, provider + QStringLiteral(" confirmation of a duplicate"));
            confirm->reject();
            if (QTest::currentTestFailed())
                return;
        }
    }

    // Switched while the window is open: the window, the pages and the product table take
    // their new letters in an order of their own, and the forms' labels must end up clear of all.
    void mainWindow_languageSwitchedWhileOpen()
    {
        open(QStringLiteral("en"));
        for (const QString& provider : OrderFlowSupport::providers())
            m_window->showProvider(provider);
        for (const QString& language :
             {QStringLiteral("zh_CN"), QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            m_context->setLanguage(language);
            QTRY_COMPARE(m_window->findChild<QMenuBar*>()->actions().first()->text(),
                         language == QLatin1String("en") ? QStringLiteral("&File")
                                                         : QStringLiteral("文件(&F)"));
            for (const QString& provider : OrderFlowSupport::providers()) {
                m_window->showProvider(provider);
                verifyUnique(m_window.get(), language + QLatin1Char(' ') + provider);
                if (QTest::currentTestFailed())
                    return;
            }
        }
    }

    void mainWindow_historyAndResolveDialog_data() { languages_data(); }
    void mainWindow_historyAndResolveDialog()
    {
        QFETCH(QString, language);
        open(language);
        OrderRecord unknown;
        unknown.provider = QStringLiteral("unicloud");
        unknown.profile = QStringLiteral("sandbox");
        unknown.resourceId = QStringLiteral("nas-keys");
        unknown.status = OrderStatus::Unknown;
        unknown.attempts = 1;
        QCOMPARE(m_context->ledger().importRecords({unknown}), 1);

        m_window->showHistory();
        auto* history = m_window->findChild<HistoryPage*>(QStringLiteral("historyPage"));
        QVERIFY(history && history->isVisible());
        verifyUnique(m_window.get(), QStringLiteral("history"));

        auto* table = child<QTableView>(history, "historyTable");
        QTRY_COMPARE(table->model()->rowCount(), 1);
        table->selectRow(0);
        auto* resolve = child<QPushButton>(history, "resolveButton");
        QVERIFY(resolve->isEnabled());
        QTest::mouseClick(resolve, Qt::LeftButton);
        QDialog* dialog = shownDialog(history, "resolveOrderDialog");
        verifyUnique(dialog, QStringLiteral("resolve"));
        dialog->reject();
    }

    void profileDialogs_data() { languages_data(); }
    void profileDialogs()
    {
        QFETCH(QString, language);
        open(language);
        m_window->openProfiles();
        QDialog* profiles = shownDialog(m_window.get(), "profilesDialog");
        verifyUnique(profiles, QStringLiteral("profiles"));

        QTest::mouseClick(child<QPushButton>(profiles, "addButton"), Qt::LeftButton);
        QDialog* edit = shownDialog(profiles, "profileEditDialog");
        verifyUnique(edit, QStringLiteral("profile edit"));
        edit->reject();
        profiles->reject();
    }

    void settingsDialog_data() { languages_data(); }
    void settingsDialog()
    {
        QFETCH(QString, language);
        open(language);
        m_window->openSettings();
        QDialog* settings = shownDialog(m_window.get(), "settingsDialog");
        QVERIFY(settings);
        QVERIFY(child<QLineEdit>(settings, "proxyPassword")->isVisible());
        verifyUnique(settings, QStringLiteral("settings"));
        settings->reject();
    }

    void aboutDialog_data() { languages_data(); }
    void aboutDialog()
    {
        QFETCH(QString, language);
        open(language);
        m_window->findChild<QAction*>(QStringLiteral("actionAbout"))->trigger();
        QDialog* about = shownDialog(m_window.get(), "aboutDialog");
        verifyUnique(about, QStringLiteral("about"));
        about->reject();
    }

    // The check itself sees a clash where there is one, standard buttons included.
    void clashes_areFound()
    {
        QDialog dialog;
        dialog.setObjectName(QStringLiteral("clashing"));
        auto* label = new QLabel(QStringLiteral("&Connect timeout:"), &dialog);
        label->setBuddy(new QLineEdit(&dialog));
        auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        label->move(0, 0);
        box->move(0, 40);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QList<Claim> found = claims(&dialog);
        QStringList letters;
        for (const Claim& claim : found)
            letters << claim.letter;
        letters.sort();
        QCOMPARE(letters, QStringList({QStringLiteral("C"), QStringLiteral("C"), QStringLiteral("O")}));
    }
};

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
