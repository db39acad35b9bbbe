#include "ScreenshotTour.h"

#include "AppContext.h"
#include "MainWindow.h"
#include "OrderFlowSupport.h"
#include "SimSandbox.h"
#include "credentials/CredentialStore.h"
#include "ledger/LedgerReader.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

namespace OrderDesk {

ScreenshotTour::ScreenshotTour(const QString& language, const QSize& windowSize, const QDir& output)
    : m_language(language)
    , m_windowSize(windowSize)
    , m_output(output)
{}

bool ScreenshotTour::waitUntil(const std::function<bool()>& condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    return true;
}

void ScreenshotTour::save(QWidget* widget, const QString& name)
{
    if (!widget) {
        std::fprintf(stderr, "screenshot %s: nothing to show\n", qPrintable(name));
        return;
    }
    // Let layouts, fonts and pending repaints settle first.
    waitUntil([] { return false; }, 300);
    const QString file = m_output.filePath(name + QLatin1Char('_') + m_language + QStringLiteral(".png"));
    if (widget->grab().save(file)) {
        ++m_saved;
        std::printf("%s\n", qPrintable(file));
    } else {
        std::fprintf(stderr, "could not write %s\n", qPrintable(file));
    }
}

void ScreenshotTour::selectProvider(MainWindow& window, int row)
{
    if (auto* list = window.findChild<QListWidget*>(QStringLiteral("providerList")))
        list->setCurrentRow(row);
}

void ScreenshotTour::fillForm(QWidget* page, const QString& provider, const QString& word)
{
    if (!page)
        return;
    for (const QString& param : OrderFlowSupport::params(provider, word)) {
        const QString name = param.section(QLatin1Char('='), 0, 0);
        const QString value = param.section(QLatin1Char('='), 1);
        // OrderDesk generates the token for every new order; typing the seed's would resend it.
        if (name == QLatin1String("ClientToken"))
            continue;
        QWidget* input = page->findChild<QWidget*>(name);
        if (auto* edit = qobject_cast<QLineEdit*>(input)) {
            edit->setText(value);
        } else if (auto* spin = qobject_cast<QSpinBox*>(input)) {
            spin->setValue(value.toInt());
        } else if (auto* combo = qobject_cast<QComboBox*>(input)) {
            const int index = combo->findData(value);
            combo->setCurrentIndex(index >= 0 ? index : combo->findText(value));
        } else if (auto* check = qobject_cast<QCheckBox*>(input)) {
            check->setChecked(value == QLatin1String("true") || value == QLatin1String("1"));
        } else if (input && input->metaObject()->indexOfMethod("setValue(QString)") >= 0) {
            QMetaObject::invokeMethod(input, "setValue", Q_ARG(QString, value));
        }
    }
}

QWidget* ScreenshotTour::waitForDialog(const char* objectName)
{
    QWidget* found = nullptr;
    waitUntil([&] {
        for (QWidget* top : QApplication::topLevelWidgets()) {
            if (top->objectName() == QLatin1String(objectName) && top->isVisible())
                found = top;
        }
        return found != nullptr;
    });
    return found;
}

void ScreenshotTour::placeOrder(MainWindow& window, int row, const QString& name,
                                const QString& confirmationName)
{
    selectProvider(window, row);
    const QString provider = OrderFlowSupport::providers().at(row);
    QWidget* page = window.findChild<QWidget*>(QStringLiteral("orderPage_") + provider);
    auto* order = page ? page->findChild<QPushButton*>(QStringLiteral("orderButton")) : nullptr;
    if (!order || !waitUntil([&] { return order->isEnabled(); })) {
        std::fprintf(stderr, "screenshot %s: the Order button stays off\n", qPrintable(name));
        return;
    }
    order->click();
    QWidget* dialog = waitForDialog("confirmOrderDialog");
    if (!confirmationName.isEmpty())
        save(dialog, confirmationName);
    // A long order asks for a tick before it can be placed.
    if (auto* longTerm =
            dialog ? dialog->findChild<QCheckBox*>(QStringLiteral("confirmLongTermCheck")) : nullptr;
        longTerm && longTerm->isVisible())
        longTerm->setChecked(true);
    auto* box = dialog ? dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox")) : nullptr;
    if (!box)
        return;
    box->button(QDialogButtonBox::Ok)->click();
    waitUntil([&] { return !dialog->isVisible(); });
    auto* outcome = page->findChild<QWidget*>(QStringLiteral("outcomeBox"));
    waitUntil([&] { return order->isEnabled() && outcome && outcome->isVisible(); });
    save(&window, name);
}

void ScreenshotTour::confirmWithRealAccount(AppContext& context, MainWindow& window)
{
    // Placed with a made-up key at a made-up endpoint: the confirmation is only looked at.
    Profile profile;
    profile.provider = QStringLiteral("aliyun");
    profile.name = QStringLiteral("finance-main");
    profile.accessKeyId = QStringLiteral("LTAI5tQ8ExampleKey1234");
    profile.endpoint = QStringLiteral("http://127.0.0.1:9");
    profile.region = QStringLiteral("cn-hangzhou");
    bool saved = false;
    bool done = false;
    context.credentials().saveProfile(profile, QStringLiteral("not-a-real-secret"), &window,
                                      [&](const CredentialResult& result) {
                                          saved = result.ok;
                                          done = true;
                                      });
    if (!waitUntil([&] { return done; }) || !saved) {
        std::fprintf(stderr, "screenshot confirm_real: the keychain did not store the account\n");
        return;
    }
    context.notifyProfilesChanged();
    context.setActiveProfile(profile.provider, profile.name);
    selectProvider(window, 1);
    QWidget* page = window.findChild<QWidget*>(QStringLiteral("orderPage_aliyun"));
    auto* account = page ? page->findChild<QComboBox*>(QStringLiteral("profileCombo")) : nullptr;
    if (account)
        account->setCurrentIndex(account->findData(profile.name));
    fillForm(page, QStringLiteral("aliyun"), QStringLiteral("tour"));
    auto* order = page ? page->findChild<QPushButton*>(QStringLiteral("orderButton")) : nullptr;
    if (!order || !waitUntil([&] { return order->isEnabled(); }))
        return;
    order->click();
    if (auto* dialog = qobject_cast<QDialog*>(waitForDialog("confirmOrderDialog"))) {
        save(dialog, QStringLiteral("confirm_real"));
        dialog->reject();
        waitUntil([&] { return !dialog->isVisible(); });
    }
    if (account)
        account->setCurrentIndex(account->findData(AppContext::sandboxProfileName()));
}

int ScreenshotTour::run()
{
    QTemporaryDir data;
    AppContext context(data.path(), SimSandbox::factory());
    context.initialize();
    context.setLanguage(m_language);
    MainWindow window(context);
    window.resize(m_windowSize);
    window.show();
    waitUntil([&] { return window.isVisible(); });
    save(&window, QStringLiteral("main"));

    const QStringList providers = OrderFlowSupport::providers();
    for (int row = 0; row < providers.size(); ++row) {
        selectProvider(window, row);
        QWidget* page = window.findChild<QWidget*>(QStringLiteral("orderPage_") + providers.at(row));
        fillForm(page, providers.at(row), QStringLiteral("tour"));
        save(&window, QStringLiteral("form_") + providers.at(row));
    }

    // Alibaba Cloud without AutoPay: created unpaid, to be paid in the console.
    placeOrder(window, 1, QStringLiteral("outcome_awaiting_payment"), QStringLiteral("confirm_sandbox"));
    // Volcengine pays at once; Huawei Cloud says to check the console.
    placeOrder(window, 0, QStringLiteral("outcome_paid"));
    placeOrder(window, 3, QStringLiteral("outcome_check_console"));

    // Two years: the confirmation asks for a second look at the length.
    selectProvider(window, 0);
    QWidget* volcengine = window.findChild<QWidget*>(QStringLiteral("orderPage_volcengine"));
    fillForm(volcengine, QStringLiteral("volcengine"), QStringLiteral("twoyears"));
    if (auto* unit = volcengine ? volcengine->findChild<QComboBox*>(QStringLiteral("PeriodUnit")) : nullptr)
        unit->setCurrentIndex(unit->findData(QStringLiteral("Year")));
    if (auto* period = volcengine ? volcengine->findChild<QSpinBox*>(QStringLiteral("Period")) : nullptr)
        period->setValue(2);
    placeOrder(window, 0, QStringLiteral("outcome_paid_two_years"), QStringLiteral("confirm_two_years"));

    // Refused by the provider: its error with the catalogue's explanation.
    QWidget* aliyun = window.findChild<QWidget*>(QStringLiteral("orderPage_aliyun"));
    fillForm(aliyun, QStringLiteral("aliyun"), QStringLiteral("notfound"));
    placeOrder(window, 1, QStringLiteral("outcome_rejected"));

    // The connection drops after UniCloud took the order: the outcome is unknown.
    QWidget* unicloud = window.findChild<QWidget*>(QStringLiteral("orderPage_unicloud"));
    fillForm(unicloud, QStringLiteral("unicloud"), QStringLiteral("drop"));
    placeOrder(window, 2, QStringLiteral("outcome_unknown"));

    confirmWithRealAccount(context, window);

    if (auto* history = window.findChild<QAbstractButton*>(QStringLiteral("historyButton"))) {
        history->click();
        // The last order selected, so that its details show below the table.
        if (auto* table = window.findChild<QTableView*>(QStringLiteral("historyTable"))) {
            waitUntil([&] { return table->model() && table->model()->rowCount() > 0; });
            table->selectRow(0);
            // The details and the count are read in the ledger's reader thread.
            waitUntil([&] { return context.ledgerReader().pending() == 0; });
        }
        save(&window, QStringLiteral("history"));
    }

    // The About dialog: versions and licenses.
    if (auto* about = window.findChild<QAction*>(QStringLiteral("actionAbout"))) {
        about->trigger();
        if (auto* dialog = qobject_cast<QDialog*>(waitForDialog("aboutDialog"))) {
            save(dialog, QStringLiteral("about"));
            dialog->reject();
        }
    }
    return m_saved;
}

} // namespace OrderDesk
