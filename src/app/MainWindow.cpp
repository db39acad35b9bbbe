#include "MainWindow.h"

#include "AboutDialog.h"
#include "AppContext.h"
#include "HistoryPage.h"
#include "MessageBox.h"
#include "Mnemonics.h"
#include "OrderPage.h"
#include "ProfilesDialog.h"
#include "ScreenFit.h"
#include "SettingsDialog.h"
#include "TeamNavigation.h"
#include "common/Endpoint.h"
#include "credentials/Profile.h"
#include "ledger/LedgerReader.h"
#include "ledger/OrderLedger.h"
#include "ledger/OrderQuery.h"
#include "orders/OrderService.h"
#include "providers/ProviderRegistry.h"
#include "settings/AppSettings.h"
#include "ui_MainWindow.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QWindow>

namespace OrderDesk {

namespace {

const char* const geometryKey = "ui/mainWindowGeometry";
const char* const splitterKey = "ui/mainWindowSplitter";

// Amber with near-black text reads the same on a light and a dark palette, which is the
// point: the sandbox must never be mistaken for real orders.
const char* const bannerStyle = "QLabel#sandboxBanner { background-color: #ffb300; color: #1a1a1a; "
                                "font-weight: bold; padding: 2px 8px; border-radius: 3px; }";
// Red: money may be owed for an order the ledger was told was never placed.
const char* const conflictStyle = "QLabel#conflictBanner { background-color: #c62828; color: #ffffff; "
                                  "font-weight: bold; padding: 2px 8px; border-radius: 3px; }";

QIcon providerIcon(const QString& providerId)
{
    return QIcon(QStringLiteral(":/icons/provider-%1.svg").arg(providerId));
}

} // namespace

MainWindow::MainWindow(AppContext& context, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context)
    , ui(std::make_unique<Ui::MainWindow>())
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/orderdesk.svg")));
    ui->historyButton->setIcon(QIcon(QStringLiteral(":/icons/history.svg")));
    ui->actionHistory->setIcon(ui->historyButton->icon());
    ui->actionProfiles->setIcon(QIcon(QStringLiteral(":/icons/profiles.svg")));
    ui->actionSettings->setIcon(QIcon(QStringLiteral(":/icons/settings.svg")));

    buildProviderList();
    buildStatusBar();
    m_team = new TeamNavigation(m_context, ui->approvalsButton, ui->teamOrdersButton, ui->teamLedgerState,
                                ui->pages, ui->statusBar, this);
    connect(m_team, &TeamNavigation::shown, this, [this] { ui->historyButton->setChecked(false); });
    connect(m_team, &TeamNavigation::statusMessage, this, &MainWindow::showStatusMessage);
    connectActions();
    retranslate();
    updateConflicts();
    restoreWindowState();

    connect(&m_context, &AppContext::activeProfileChanged, this, [this](const QString& provider) {
        if (provider == m_provider)
            updateStatus();
    });
    connect(&m_context, &AppContext::profilesChanged, this, &MainWindow::updateStatus);
    connect(&m_context, &AppContext::ledgerChanged, this, &MainWindow::updateConflicts);
    connect(&m_context, &AppContext::ledgerProblem, this, &MainWindow::reportStartupProblem);
    // The texts set in code follow at once; the form's follow with the LanguageChange event.
    connect(&m_context, &AppContext::languageChanged, this, [this] {
        updateLanguageActions();
        updateTexts();
    });

    if (ui->providerList->count() > 0)
        ui->providerList->setCurrentRow(0);
    if (!m_context.ledgerError().isEmpty())
        QTimer::singleShot(0, this, &MainWindow::reportStartupProblem);
}

MainWindow::~MainWindow() = default;

QString MainWindow::currentProvider() const
{
    return m_provider;
}

void MainWindow::buildProviderList()
{
    const QList<const Provider*> providers = m_context.providers().all();
    int index = 0;
    for (const Provider* provider : providers) {
        auto* item = new QListWidgetItem(providerIcon(provider->id()), provider->displayName().toString(),
                                         ui->providerList);
        item->setData(Qt::UserRole, provider->id());
        m_orderPages.append(nullptr);

        // Ctrl+1 … Ctrl+4, in the order of the list.
        ++index;
        if (index <= 9) {
            auto* shortcut =
                new QShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + index)), this);
            const QString id = provider->id();
            connect(shortcut, &QShortcut::activated, this, [this, id] { showProvider(id); });
        }
    }

    connect(ui->providerList, &QListWidget::currentRowChanged, this, &MainWindow::onProviderRowChanged);
    // A click on the provider already selected brings its page back from the history.
    connect(ui->providerList, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { showProvider(item->data(Qt::UserRole).toString()); });
}

OrderPage* MainWindow::orderPage(int row)
{
    OrderPage*& page = m_orderPages[row];
    if (!page) {
        const Provider* provider =
            m_context.providers().find(ui->providerList->item(row)->data(Qt::UserRole).toString());
        page = new OrderPage(m_context, *provider, ui->pages);
        page->setWindowMnemonics(Mnemonics::inWidgets(this, ui->pages));
        connect(page, &OrderPage::statusMessage, this, &MainWindow::showStatusMessage);
        ui->pages->addWidget(page);
    }
    return page;
}

HistoryPage* MainWindow::historyPage()
{
    if (!m_historyPage) {
        m_historyPage = new HistoryPage(m_context, ui->pages);
        connect(m_historyPage, &HistoryPage::statusMessage, this, &MainWindow::showStatusMessage);
        ui->pages->addWidget(m_historyPage);
    }
    return m_historyPage;
}

void MainWindow::buildStatusBar()
{
    m_sandboxBanner = new QLabel(this);
    m_sandboxBanner->setObjectName(QStringLiteral("sandboxBanner"));
    m_sandboxBanner->setStyleSheet(QString::fromLatin1(bannerStyle));
    m_statusProfile = new QLabel(this);
    m_statusProfile->setObjectName(QStringLiteral("statusProfile"));
    m_statusProfile->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // It takes the room the banners leave, and is cut rather than widening the window.
    m_statusProfile->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_conflictBanner = new QLabel(this);
    m_conflictBanner->setObjectName(QStringLiteral("conflictBanner"));
    m_conflictBanner->setStyleSheet(QString::fromLatin1(conflictStyle));
    m_conflictBanner->setTextFormat(Qt::RichText);
    connect(m_conflictBanner, &QLabel::linkActivated, this, &MainWindow::showHistory);
    m_conflictBanner->hide();
    ui->statusBar->addWidget(m_sandboxBanner);
    ui->statusBar->addWidget(m_conflictBanner);
    ui->statusBar->addWidget(m_statusProfile, 1);
    // Beside the banners rather than QStatusBar::showMessage(), which would hide them while
    // it shows: the sandbox banner must stay in sight.
    m_statusMessage = new QLabel(this);
    m_statusMessage->setObjectName(QStringLiteral("statusMessage"));
    m_statusMessage->hide();
    ui->statusBar->addPermanentWidget(m_statusMessage);
    m_statusMessageTimer.setSingleShot(true);
    m_statusMessageTimer.setInterval(4000);
    connect(&m_statusMessageTimer, &QTimer::timeout, this, [this] {
        m_statusMessage->hide();
        m_statusMessage->clear();
    });
    // Read once at start (the warning of the next start) and again whenever an answer conflicts
    // or the user resolves an order.
    connect(&m_context.orders(), &OrderService::lateAnswer, this, &MainWindow::updateConflicts);
    connect(&m_context.orders(), &OrderService::resolved, this, &MainWindow::updateConflicts);
    connect(&m_context.orders(), &OrderService::idle, this, [this] {
        if (m_closeWhenIdle)
            close();
    });
}

void MainWindow::showStatusMessage(const QString& message)
{
    // Never wider than half the window: a long message must not widen the window past a
    // small screen. The whole of it is in the tooltip.
    const QString line = message.section(QLatin1Char('\n'), 0, 0);
    m_statusMessage->setText(
        m_statusMessage->fontMetrics().elidedText(line, Qt::ElideRight, qMax(400, width() / 2)));
    m_statusMessage->setToolTip(message);
    m_statusMessage->show();
    m_statusMessageTimer.start();
}

void MainWindow::updateConflicts()
{
    if (!m_context.ledger().hasLocation()) {
        showConflicts(0);
        return;
    }
    OrderQuery query;
    query.conflictsOnly = true;
    m_context.ledgerReader().read<int>(
        this, [query](const OrderLedger& ledger) { return ledger.count(query); },
        [this](const int& count, const LocalizedText& error) {
            if (error.isEmpty())
                showConflicts(count);
        });
}

void MainWindow::showConflicts(int count)
{
    m_conflicts = count;
    m_conflictBanner->setVisible(m_conflicts > 0);
    m_conflictBanner->setText(
        tr("⚠ %n order(s) in conflict: placed by the provider after being marked as not placed — "
           "<a href=\"history\" style=\"color:#ffffff\">see the order history</a>",
           nullptr, m_conflicts));
    m_conflictBanner->setAccessibleName(
        tr("%n order(s) in conflict: placed by the provider after being marked as not placed", nullptr,
           m_conflicts));
}

void MainWindow::askBeforeQuitting()
{
    if (m_quitQuestion)
        return;
    const int count = m_context.orders().inFlightCount();
    auto* box = new QMessageBox(QMessageBox::Warning, tr("An order is being sent"),
                                tr("%n order(s) are on their way to the provider and the answer has not "
                                   "come yet. If OrderDesk quits now, the order may still be placed, and its "
                                   "outcome is recorded as unknown until you check the provider's console.",
                                   nullptr, count),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("quitWhileSendingBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* wait = box->addButton(tr("&Wait for the answer"), QMessageBox::AcceptRole);
    wait->setObjectName(QStringLiteral("waitButton"));
    QPushButton* quit = box->addButton(tr("&Quit now, resolve later"), QMessageBox::DestructiveRole);
    quit->setObjectName(QStringLiteral("quitNowButton"));
    box->setDefaultButton(wait);
    box->setEscapeButton(wait);
    connect(wait, &QPushButton::clicked, this, [this] {
        m_closeWhenIdle = true;
        ui->statusBar->showMessage(
            tr("Waiting for the provider's answer; OrderDesk closes once it is recorded."));
    });
    connect(quit, &QPushButton::clicked, this, [this] {
        // Recorded as "stopped waiting" (Unknown) before the window goes, so that it can be
        // resolved at once instead of after its lease expires.
        m_context.orders().abandonInFlight(this, [this](int) {
            m_quitAnyway = true;
            close();
        });
    });
    m_quitQuestion = box;
    box->open();
}

void MainWindow::connectActions()
{
    connect(ui->historyButton, &QPushButton::clicked, this, &MainWindow::showHistory);
    connect(ui->actionHistory, &QAction::triggered, this, &MainWindow::showHistory);
    connect(ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui->actionProfiles, &QAction::triggered, this, &MainWindow::openProfiles);
    connect(ui->actionSettings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    ui->actionLanguageSystem->setData(QString());
    ui->actionLanguageChinese->setData(QStringLiteral("zh_CN"));
    ui->actionLanguageEnglish->setData(QStringLiteral("en"));
    for (QAction* action : {ui->actionLanguageSystem, ui->actionLanguageChinese, ui->actionLanguageEnglish}) {
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, action] { m_context.setLanguage(action->data().toString()); });
    }
    updateLanguageActions();
}

void MainWindow::showProvider(const QString& providerId)
{
    for (int row = 0; row < ui->providerList->count(); ++row) {
        if (ui->providerList->item(row)->data(Qt::UserRole).toString() != providerId)
            continue;
        if (ui->providerList->currentRow() != row)
            ui->providerList->setCurrentRow(row);
        else
            onProviderRowChanged(row);
        return;
    }
}

void MainWindow::onProviderRowChanged(int row)
{
    if (row < 0 || row >= ui->providerList->count())
        return;
    m_provider = ui->providerList->item(row)->data(Qt::UserRole).toString();
    ui->pages->setCurrentWidget(orderPage(row));
    ui->historyButton->setChecked(false);
    m_team->leave();
    updateStatus();
}

void MainWindow::showHistory()
{
    ui->historyButton->setChecked(true);
    m_team->leave();
    // Showing the page reads the ledger; asked again while it is shown, read it again.
    if (m_historyPage && ui->pages->currentWidget() == m_historyPage)
        m_historyPage->refresh();
    ui->pages->setCurrentWidget(historyPage());
}

void MainWindow::openProfiles()
{
    if (!m_profilesDialog) {
        m_profilesDialog = new ProfilesDialog(m_context, this);
        m_profilesDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_profilesDialog->open();
    m_profilesDialog->raise();
    m_profilesDialog->activateWindow();
}

void MainWindow::openSettings()
{
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(m_context, this);
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_settingsDialog->open();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Closing would abort the request while the provider may still place the order.
    if (!m_quitAnyway && m_context.orders().inFlightCount() > 0) {
        event->ignore();
        askBeforeQuitting();
        return;
    }
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::retranslate()
{
    ui->retranslateUi(this);
    updateTexts();
    // The order forms label their fields with letters the window leaves free.
    const QString letters = Mnemonics::inWidgets(this, ui->pages);
    for (OrderPage* page : std::as_const(m_orderPages)) {
        if (page)
            page->setWindowMnemonics(letters);
    }
}

void MainWindow::updateTexts()
{
    m_sandboxBanner->setText(tr("SANDBOX — orders go to the built-in simulator, nothing is bought"));
    m_sandboxBanner->setToolTip(
        tr("The active profile uses the sandbox: OrderDesk started a simulator on this "
           "computer that answers like the provider. Choose a real profile to buy."));
    m_sandboxBanner->setAccessibleName(m_sandboxBanner->text());
    if (m_conflictBanner && m_conflicts > 0)
        showConflicts(m_conflicts);
    ui->actionQuit->setToolTip(tr("Quit OrderDesk (Ctrl+Q)"));
    updateProviderNames();
    updateStatus();
    m_team->retranslate();
}

void MainWindow::updateProviderNames()
{
    for (int row = 0; row < ui->providerList->count(); ++row) {
        QListWidgetItem* item = ui->providerList->item(row);
        const Provider* provider = m_context.providers().find(item->data(Qt::UserRole).toString());
        if (!provider)
            continue;
        item->setText(provider->displayName().toString());
        item->setToolTip(tr("Place an order with %1 (Ctrl+%2)").arg(item->text()).arg(row + 1));
    }
}

void MainWindow::updateStatus()
{
    const Provider* provider = m_context.providers().find(m_provider);
    if (!provider) {
        m_statusProfile->clear();
        m_sandboxBanner->hide();
        return;
    }
    const Profile profile = m_context.activeProfile(m_provider);
    if (AppContext::isSandbox(profile)) {
        m_sandboxBanner->show();
        m_statusProfile->setText(tr("Profile: %1 — built-in simulator").arg(profile.name));
        m_statusProfile->setToolTip(m_statusProfile->text());
        return;
    }
    m_sandboxBanner->hide();
    Endpoint endpoint = m_context.endpointFor(profile);
    if (!endpoint.isValid())
        endpoint =
            provider->defaultEndpoint(profile.region.isEmpty() ? provider->defaultRegion() : profile.region);
    m_statusProfile->setText(tr("Profile: %1 — Real orders: %2").arg(profile.name, endpoint.toString()));
    m_statusProfile->setToolTip(m_statusProfile->text());
}

void MainWindow::updateLanguageActions()
{
    const QString language = m_context.languageChoiceShown();
    for (QAction* action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == language);
}

void MainWindow::showAbout()
{
    // One About dialog at a time: a second click brings the open one forward.
    auto* dialog = findChild<AboutDialog*>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->open();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::restoreWindowState()
{
    QSettings& settings = m_context.settings().raw();
    const QByteArray geometry = settings.value(QLatin1String(geometryKey)).toByteArray();
    const bool restored = !geometry.isEmpty() && restoreGeometry(geometry);
    if (!restored)
        resize(1100, 720);
    fitToScreen(restored);
    const QByteArray splitter = settings.value(QLatin1String(splitterKey)).toByteArray();
    if (splitter.isEmpty() || !ui->splitter->restoreState(splitter))
        ui->splitter->setSizes({220, 880});
}

void MainWindow::fitToScreen(bool placed)
{
    if (windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen))
        return;
    const QScreen* screen = this->screen();
    if (!screen)
        return;
    // Before the window is shown its frame is not known: the title bar's height is what Qt
    // itself keeps free above a restored window. Once shown, the window system says.
    QMargins frame(0, style()->pixelMetric(QStyle::PM_TitleBarHeight, nullptr, this), 0, 0);
    if (const QWindow* handle = windowHandle(); handle && isVisible() && !handle->frameMargins().isNull())
        frame = handle->frameMargins();
    const QRect fitted = ScreenFit::fitted(geometry(), frame, screen->availableGeometry());
    if (fitted == geometry())
        return;
    // A window placed by the saved geometry is moved too; a new one is left for the window
    // manager to place.
    if (placed)
        setGeometry(fitted);
    else
        resize(fitted.size());
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (m_fittedWithFrame)
        return;
    m_fittedWithFrame = true;
    // Queued: the frame is known once the window system has shown the window.
    QTimer::singleShot(0, this, [this] { fitToScreen(true); });
}

void MainWindow::saveWindowState()
{
    QSettings& settings = m_context.settings().raw();
    const QByteArray geometry = saveGeometry();
    const QByteArray splitter = ui->splitter->saveState();
    // Rewriting an unchanged settings file would cost every quit two disk flushes.
    if (settings.value(QLatin1String(geometryKey)).toByteArray() == geometry &&
        settings.value(QLatin1String(splitterKey)).toByteArray() == splitter)
        return;
    settings.setValue(QLatin1String(geometryKey), geometry);
    settings.setValue(QLatin1String(splitterKey), splitter);
    m_context.settings().sync();
}

void MainWindow::reportStartupProblem()
{
    MessageBox::critical(this, tr("Order history unavailable"),
                         tr("The order history could not be opened, so no order can be placed until this is "
                            "fixed.") +
                             QStringLiteral("\n\n") + m_context.ledgerError().toString());
}

} // namespace OrderDesk
