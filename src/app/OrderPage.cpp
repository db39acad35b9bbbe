#include "OrderPage.h"

#include "AppContext.h"
#include "ConfirmOrderDialog.h"
#include "FormBinder.h"
#include "MessageBox.h"
#include "Mnemonics.h"
#include "ProviderForms.h"
#include "credentials/CredentialResult.h"
#include "orders/OrderService.h"
#include "orders/OutcomeReport.h"
#include "providers/Provider.h"
#include "team/TeamLedgerSession.h"
#include "team/TeamOrderMapping.h"
#include "ui_OrderPage.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>

namespace OrderDesk {

namespace {

// The inputs of a form that Tab stops at, in the form's own order.
QList<QWidget*> tabStops(QWidget* form)
{
    QList<QWidget*> stops;
    for (QWidget* widget = form->nextInFocusChain(); widget && widget != form;
         widget = widget->nextInFocusChain()) {
        if ((widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy())
            stops.append(widget);
    }
    return stops;
}

QColor toneFor(const QPalette& palette, OrderOutcome::Kind kind)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    switch (kind) {
    case OrderOutcome::Kind::Accepted:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20);
    case OrderOutcome::Kind::Unknown:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0x9a, 0x4a, 0x00);
    case OrderOutcome::Kind::Rejected:
    case OrderOutcome::Kind::NotSent:
        break;
    }
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

} // namespace

OrderPage::OrderPage(AppContext& context, const Provider& provider, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_provider(provider)
    , ui(std::make_unique<Ui::OrderPage>())
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("orderPage_") + provider.id());
    QFont titleFont = ui->titleLabel->font();
    titleFont.setBold(true);
    if (titleFont.pointSizeF() > 0)
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    ui->titleLabel->setFont(titleFont);
    QFont outcomeFont = ui->outcomeTitle->font();
    outcomeFont.setBold(true);
    ui->outcomeTitle->setFont(outcomeFont);
    ui->copyOrderIdButton->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    ui->outcomeBox->hide();
    ui->formError->hide();

    createForm();

    connect(ui->profileCombo, &QComboBox::currentIndexChanged, this, &OrderPage::onProfileChosen);
    connect(ui->orderButton, &QPushButton::clicked, this, &OrderPage::startOrder);
    connect(ui->cancelButton, &QPushButton::clicked, this, &OrderPage::cancelWaiting);
    connect(ui->copyOrderIdButton, &QPushButton::clicked, this, &OrderPage::copyOrderId);
    connect(m_binder, &FormBinder::changed, this, &OrderPage::revalidate);
    connect(m_binder, &FormBinder::edited, this, &OrderPage::clearOutcome);
    connect(m_binder, &FormBinder::submitRequested, this, &OrderPage::startOrder);
    connect(&m_context, &AppContext::profilesChanged, this, &OrderPage::reloadProfiles);
    connect(&m_context, &AppContext::activeProfileChanged, this, [this](const QString& changed) {
        if (changed == m_provider.id())
            selectActiveProfile();
    });
    OrderService& orders = m_context.orders();
    connect(&orders, &OrderService::attemptStarted, this, &OrderPage::onAttemptStarted);
    connect(&orders, &OrderService::finished, this, &OrderPage::onOrderFinished);
    connect(&m_context, &AppContext::teamLedgerChanged, this, &OrderPage::attachTeam);
    attachTeam();

    retranslate();
    reloadProfiles();
    setState(State::Idle);
}

OrderPage::~OrderPage() = default;

void OrderPage::attachTeam()
{
    if (m_team)
        disconnect(m_team, nullptr, this, nullptr);
    m_team = m_context.team();
    if (m_team)
        connect(m_team, &TeamLedgerSession::stateChanged, this, &OrderPage::revalidate);
    if (m_binder)
        revalidate();
}

bool OrderPage::teamBlocksOrders() const
{
    // Fail closed: with a team ledger, nothing is prepared that it cannot record.
    return m_context.usesTeamLedger() && !(m_team && m_team->canRecord());
}

void OrderPage::submitToTeam()
{
    if (teamBlocksOrders()) {
        endWithoutSending(LocalizedText(
            "OrderDesk::OrderPage",
            QT_TRANSLATE_NOOP("OrderDesk::OrderPage", "The team ledger cannot be reached, so nothing was "
                                                      "recorded or sent. Try again when it is connected.")));
        return;
    }
    setState(State::Sending);
    // The team's own duplicate guard decides in the database; the confirmation named any order
    // of this computer's journal.
    const TeamLedger::Submission submission = TeamOrderMapping::submission(*m_prepared, false, 0);
    m_team->submit(
        submission, this, [this](const std::optional<TeamOrder>& order, const LocalizedText& error) {
            if (m_state != State::Sending)
                return;
            if (!order) {
                endWithoutSending(error);
                return;
            }
            // The token now belongs to the recorded order; the next order gets its own.
            for (const FieldSpec& field : m_provider.schema().fields()) {
                if (field.generated)
                    m_binder->setValue(field.name, QString());
            }
            if (order->state == TeamOrderState::AwaitingApproval) {
                m_prepared.reset();
                m_shown = Shown{};
                m_shown.awaitingTeamId = order->id;
                setState(State::Idle);
                renderOutcome();
                Q_EMIT statusMessage(tr("Order %1 awaits approval.").arg(order->id));
                return;
            }
            // The team's rules need no approval for this order: it is sent at once, as approved.
            m_context.sendTeamOrder(*order, this,
                                    [this](qint64 journalId, const std::optional<OrderOutcome>& outcome,
                                           const LocalizedText& why) {
                                        if (!outcome) {
                                            endWithoutSending(why);
                                            return;
                                        }
                                        showFinished(journalId, *outcome);
                                        if (!why.isEmpty())
                                            MessageBox::warning(this, tr("Team ledger"), why.toString());
                                    });
        });
}

void OrderPage::createForm()
{
    m_form = m_context.forms().create(m_provider.id());
    m_form->setObjectName(QStringLiteral("providerForm"));
    const QList<QWidget*> inputs = tabStops(m_form);
    // Inserted above the spacer that keeps a short form at the top.
    ui->formContainerLayout->insertWidget(0, m_form);
    m_binder = new FormBinder(m_provider, m_form, m_form);
    reserveMnemonics();
    setupTabOrder(inputs);
}

void OrderPage::setupTabOrder(const QList<QWidget*>& formInputs)
{
    QList<QWidget*> order{ui->profileCombo};
    order.append(formInputs);
    order.append(
        {ui->orderButton, ui->cancelButton, ui->outcomeOrderId, ui->copyOrderIdButton, ui->outcomeRequestId});
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
}

void OrderPage::setWindowMnemonics(const QString& letters)
{
    m_windowMnemonics = letters;
    reserveMnemonics();
}

void OrderPage::reserveMnemonics()
{
    // The page's own (Account, Order, Cancel, Order ID, Copy, Request ID) are read from its
    // widgets: translations choose their letters too.
    m_binder->setReservedMnemonics(m_windowMnemonics + Mnemonics::inWidgets(this, m_form));
}

Profile OrderPage::currentProfile() const
{
    const QString name = ui->profileCombo->currentData().toString();
    for (const Profile& profile : m_context.profiles(m_provider.id())) {
        if (profile.name == name)
            return profile;
    }
    return m_context.activeProfile(m_provider.id());
}

bool OrderPage::isBusy() const
{
    return m_state == State::ReadingCredential || m_state == State::Sending;
}

void OrderPage::reloadProfiles()
{
    {
        const QSignalBlocker blocker(ui->profileCombo);
        ui->profileCombo->clear();
        for (const Profile& profile : m_context.profiles(m_provider.id())) {
            const bool sandbox = AppContext::isSandbox(profile);
            ui->profileCombo->addItem(sandbox ? tr("Sandbox (built-in simulator)") : profile.name,
                                      profile.name);
            const int index = ui->profileCombo->count() - 1;
            if (sandbox)
                ui->profileCombo->setItemData(
                    index, tr("Orders go to the simulator built into OrderDesk; nothing is bought."),
                    Qt::ToolTipRole);
            else
                ui->profileCombo->setItemData(index, tr("AccessKey ID: %1").arg(profile.accessKeyId),
                                              Qt::ToolTipRole);
        }
    }
    selectActiveProfile();
}

void OrderPage::selectActiveProfile()
{
    const int index = ui->profileCombo->findData(m_context.activeProfile(m_provider.id()).name);
    {
        const QSignalBlocker blocker(ui->profileCombo);
        ui->profileCombo->setCurrentIndex(std::max(index, 0));
    }
    prefillRegion();
    revalidate();
}

void OrderPage::onProfileChosen(int index)
{
    if (index < 0)
        return;
    m_context.setActiveProfile(m_provider.id(), ui->profileCombo->itemData(index).toString());
    clearOutcome();
    prefillRegion();
    revalidate();
}

void OrderPage::prefillRegion()
{
    const QString field = m_provider.regionParameter();
    if (field.isEmpty())
        return;
    const QString current = m_binder->value(field);
    // Only a region the page itself put there gives way to the next account's default.
    if (!current.isEmpty() && current != m_prefilledRegion)
        return;
    const QString region = currentProfile().region.trimmed();
    m_prefilledRegion = region.isEmpty() ? m_provider.defaultRegion() : region;
    m_binder->setValue(field, m_prefilledRegion);
}

OrderRequest OrderPage::currentRequest() const
{
    // What would be sent: the slips the form corrects when a field is left count as corrected.
    OrderRequest request = m_provider.normalized(m_binder->request()).request;
    // Without a region parameter, the account's default region is where the order goes.
    if (m_provider.regionParameter().isEmpty())
        request.region = currentProfile().region.trimmed();
    return request;
}

void OrderPage::revalidate()
{
    const QList<ValidationIssue> issues = m_provider.validate(currentRequest());
    m_binder->setIssues(issues);
    QStringList general;
    for (const ValidationIssue& issue : m_binder->generalIssues())
        general.append(issue.message.toString());
    if (!m_formError.isEmpty())
        general.append(m_formError.toString());
    ui->formError->setText(general.join(QLatin1Char('\n')));
    ui->formError->setVisible(!general.isEmpty());
    ui->orderButton->setEnabled(m_state == State::Idle && issues.isEmpty() && !teamBlocksOrders());
    renderOrderHint();
}

void OrderPage::renderOrderHint()
{
    QString hint;
    if (m_state == State::Idle && !m_binder->issues().isEmpty()) {
        const QStringList labels = m_binder->labelsWithIssues();
        if (labels.isEmpty())
            hint = tr("To order, correct the problem shown above.");
        else
            //: %1 lists the labels of the fields that are missing or wrong, e.g. "Region ID, Period"
            hint = tr("To order, fill in or correct: %1.").arg(labels.join(tr(", ")));
    } else if (m_state == State::Idle && teamBlocksOrders()) {
        hint = tr("The team ledger cannot be reached, so nothing can be ordered now: nothing is sent that "
                  "the team ledger has not recorded.");
    }
    ui->orderHint->setText(hint);
    ui->orderHint->setVisible(!hint.isEmpty());
    // A disabled button still shows its tooltip: the reason is where the pointer is.
    ui->orderButton->setToolTip(
        hint.isEmpty() ? tr("Shows a summary of the order to confirm; nothing is sent before you confirm.")
                       : hint);
}

void OrderPage::startOrder()
{
    if (m_state != State::Idle)
        return;
    m_formError = {};
    // Enter pressed in a field does not leave it: correct it here too, with its note.
    m_binder->normalizeAll();
    revalidate();
    if (!ui->orderButton->isEnabled()) {
        // Enter on a form with mistakes: show every message, not only the touched fields'.
        m_binder->revealAll();
        revalidate();
        return;
    }
    const Profile profile = currentProfile();
    const Endpoint endpoint = m_context.endpointFor(profile);
    if (AppContext::isSandbox(profile) && !endpoint.isValid()) {
        // Never fall back to the real endpoint with the sandbox's key.
        m_formError = LocalizedText("OrderDesk::OrderPage",
                                    QT_TRANSLATE_NOOP("OrderDesk::OrderPage",
                                                      "The built-in simulator could not be started, so "
                                                      "nothing was sent. Restart OrderDesk and try again."));
        revalidate();
        return;
    }
    PreparedOrder prepared = m_context.orders().prepare(m_provider, currentRequest(), profile.name, endpoint);
    if (!prepared.isValid()) {
        m_binder->revealAll();
        if (prepared.issues.isEmpty())
            m_formError = LocalizedText("OrderDesk::OrderPage",
                                        QT_TRANSLATE_NOOP("OrderDesk::OrderPage",
                                                          "OrderDesk knows no endpoint for region %1. Check "
                                                          "the region, or set an endpoint in the profile."))
                              .arg(prepared.region);
        revalidate();
        return;
    }
    m_prepared = prepared;
    m_orderProfile = profile;
    setState(State::Confirming);
    // The confirmation names a recent order of the same resource: asked of the ledger in its
    // writer's thread, the dialog opens with the answer.
    const quint64 check = ++m_duplicateCheck;
    m_context.orders().findRecentDuplicate(
        prepared, this, [this, check](const std::optional<OrderRecord>& duplicate) {
            if (check != m_duplicateCheck || m_state != State::Confirming || !m_prepared)
                return;
            m_prepared->duplicate = duplicate;
            openConfirmation();
        });
}

void OrderPage::openConfirmation()
{
    if (!m_dialog) {
        // Built for the first order rather than with the page: the window's first paint
        // does not need it.
        m_dialog = new ConfirmOrderDialog(this);
        m_dialog->setWindowModality(Qt::WindowModal);
        connect(m_dialog, &QDialog::accepted, this, &OrderPage::onConfirmed);
        connect(m_dialog, &QDialog::rejected, this, &OrderPage::onConfirmationCancelled);
    }
    m_dialog->setOrder(*m_prepared, m_orderProfile.accessKeyId, AppContext::isSandbox(m_orderProfile));
    m_dialog->open();
}

void OrderPage::onConfirmed()
{
    if (m_state != State::Confirming || !m_prepared)
        return;
    if (m_context.usesTeamLedger()) {
        submitToTeam();
        return;
    }
    setState(State::ReadingCredential);
    const quint64 request = ++m_credentialRequest;
    m_context.readCredential(m_orderProfile, this, [this, request](const CredentialResult& result) {
        onCredential(result, request);
    });
}

void OrderPage::onConfirmationCancelled()
{
    if (m_state != State::Confirming)
        return;
    m_prepared.reset();
    setState(State::Idle);
}

void OrderPage::onCredential(const CredentialResult& result, quint64 request)
{
    if (request != m_credentialRequest || m_state != State::ReadingCredential || !m_prepared)
        return;
    if (!result.ok) {
        endWithoutSending(result.error, result.technicalDetail);
        return;
    }
    m_attempt = 0;
    setState(State::Sending);
    m_context.orders().place(*m_prepared, result.credential, this,
                             [this](qint64 ledgerId, const LocalizedText& error,
                                    const std::optional<OrderRecord>& newerDuplicate) {
                                 if (m_state != State::Sending)
                                     return;
                                 if (newerDuplicate && m_prepared)
                                     askAgainForDuplicate(*newerDuplicate);
                                 else if (ledgerId == 0)
                                     endWithoutSending(error);
                                 else
                                     m_ledgerId = ledgerId;
                             });
}

void OrderPage::askAgainForDuplicate(const OrderRecord& newer)
{
    // Another window, process or colleague recorded an order of this resource after the user
    // confirmed; the ledger refused this one before anything was sent. The same confirmation,
    // now naming that order, asks again.
    m_prepared->duplicate = newer;
    setState(State::Confirming);
    m_dialog->setOrder(*m_prepared, m_orderProfile.accessKeyId, AppContext::isSandbox(m_orderProfile));
    m_dialog->open();
}

void OrderPage::cancelWaiting()
{
    if (m_state != State::ReadingCredential)
        return;
    ++m_credentialRequest;
    endWithoutSending(LocalizedText("OrderDesk::OrderPage",
                                    QT_TRANSLATE_NOOP("OrderDesk::OrderPage",
                                                      "You cancelled the order before it was sent. Nothing "
                                                      "was ordered.")));
}

void OrderPage::endWithoutSending(const LocalizedText& reason, const QString& detail)
{
    m_prepared.reset();
    m_shown = Shown{};
    m_shown.notSentReason = reason;
    m_shown.notSentDetail = detail;
    setState(State::Idle);
    renderOutcome();
}

void OrderPage::onAttemptStarted(qint64 ledgerId, int attempt)
{
    if (ledgerId != m_ledgerId || m_state != State::Sending)
        return;
    m_attempt = attempt;
    renderProgress();
}

void OrderPage::onOrderFinished(qint64 ledgerId, const OrderOutcome& outcome)
{
    if (ledgerId == 0 || ledgerId != m_ledgerId || m_state != State::Sending)
        return;
    m_ledgerId = 0;
    showFinished(ledgerId, outcome);
}

void OrderPage::showFinished(qint64 ledgerId, const OrderOutcome& outcome)
{
    m_shown = Shown{};
    m_shown.outcome = outcome;
    m_shown.ledgerId = ledgerId;
    // As recorded: the service records the prepared order's parameters as they are.
    if (m_prepared)
        m_shown.params = m_prepared->order.params;
    m_prepared.reset();
    // The next order gets a token of its own: the one just used belongs to this order.
    for (const FieldSpec& field : m_provider.schema().fields()) {
        if (field.generated)
            m_binder->setValue(field.name, QString());
    }
    setState(State::Idle);
    renderOutcome();
    Q_EMIT orderFinished(ledgerId);
}

void OrderPage::setState(State state)
{
    m_state = state;
    const bool busy = isBusy();
    ui->busyIndicator->setVisible(busy);
    ui->cancelButton->setEnabled(state == State::ReadingCredential);
    m_form->setEnabled(!busy);
    ui->profileCombo->setEnabled(!busy);
    renderProgress();
    revalidate();
}

void OrderPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslate();
        reserveMnemonics();
        reloadProfiles();
        renderProgress();
        renderOutcome();
        renderOrderHint();
    } else if (event->type() == QEvent::PaletteChange) {
        renderOutcome();
    }
    QWidget::changeEvent(event);
}

void OrderPage::retranslate()
{
    ui->titleLabel->setText(tr("Order with %1").arg(m_provider.displayName().toString()));
    ui->outcomeExplanation->setAccessibleName(tr("Explanation"));
}

void OrderPage::renderProgress()
{
    QString text;
    if (m_state == State::ReadingCredential)
        text = tr("Reading the AccessKey from the keychain…");
    else if (m_state == State::Sending)
        text =
            m_attempt > 1 ? tr("Sending the order (attempt %1)…").arg(m_attempt) : tr("Sending the order…");
    ui->progressText->setText(text);
}

void OrderPage::renderOutcome()
{
    const bool hasOutcome = m_shown.outcome.has_value();
    if (m_shown.awaitingTeamId != 0) {
        ui->outcomeTitle->setText(tr("Recorded; waiting for approval"));
        ui->outcomeTitle->setPalette(palette());
        ui->outcomeOrderId->clear();
        ui->outcomeRequestId->clear();
        ui->copyOrderIdButton->setEnabled(false);
        ui->outcomeExplanation->setText(
            tr("Order %1 is in the team ledger and waits for a second person to approve it. Nothing was sent "
               "and nothing is paid yet. You will see the decision here in OrderDesk; once it is approved, "
               "send "
               "it from Team orders.")
                .arg(m_shown.awaitingTeamId));
        ui->outcomeBox->show();
        return;
    }
    if (!hasOutcome && m_shown.notSentReason.isEmpty()) {
        ui->outcomeBox->hide();
        ui->outcomeOrderId->clear();
        ui->outcomeRequestId->clear();
        ui->outcomeExplanation->clear();
        return;
    }
    const QString provider = m_provider.displayName().toString();
    const OrderOutcome::Kind kind = hasOutcome ? m_shown.outcome->kind : OrderOutcome::Kind::NotSent;
    const OutcomeReport report =
        hasOutcome ? OutcomeReport::from(*m_shown.outcome, m_provider, m_shown.ledgerId, m_shown.params)
                   : OutcomeReport::notSent(m_shown.notSentReason, m_shown.notSentDetail);
    const QString title = report.title.toString();
    const QString orderId = report.orderId;
    const QString requestId = report.requestId;
    QStringList explanation;
    for (const LocalizedText& paragraph : report.paragraphs)
        explanation.append(paragraph.toString());
    // The next steps, as this window offers them.
    const QString entry = QString::number(m_shown.ledgerId);
    if (report.resolveByHand)
        explanation.append(tr("Once you have checked, record the result in the order history (entry %1): "
                              "mark it as placed, with the provider's order ID, or as not placed.")
                               .arg(entry));
    if (report.retrySafely)
        explanation.append(tr("You can also send it again from the order history: it keeps its "
                              "client token, so %1 cannot place it twice.")
                               .arg(provider));
    if (!report.details.isEmpty())
        explanation.append(report.details.toString());

    ui->outcomeTitle->setText(title);
    QPalette palette = ui->outcomeTitle->palette();
    palette.setColor(QPalette::WindowText, toneFor(this->palette(), kind));
    ui->outcomeTitle->setPalette(palette);
    ui->outcomeOrderId->setText(orderId);
    ui->outcomeOrderId->setCursorPosition(0);
    ui->outcomeRequestId->setText(requestId);
    ui->outcomeRequestId->setCursorPosition(0);
    ui->copyOrderIdButton->setEnabled(!orderId.isEmpty());
    ui->outcomeExplanation->setText(explanation.join(QStringLiteral("\n\n")));
    ui->outcomeBox->show();
}

void OrderPage::clearOutcome()
{
    // Left on screen, the last order's outcome and order ID would read as the answer to the
    // order being edited.
    if (m_state != State::Idle ||
        (!m_shown.outcome && m_shown.notSentReason.isEmpty() && m_shown.awaitingTeamId == 0))
        return;
    m_shown = Shown{};
    renderOutcome();
}

void OrderPage::copyOrderId()
{
    const QString orderId = ui->outcomeOrderId->text();
    if (orderId.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(orderId);
    Q_EMIT statusMessage(tr("Copied order ID %1").arg(orderId));
}

} // namespace OrderDesk
