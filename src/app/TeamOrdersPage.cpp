#include "TeamOrdersPage.h"

#include "AppContext.h"
#include "MessageBox.h"
#include "TeamDecisionDialog.h"
#include "TeamOrderHtml.h"
#include "common/Clock.h"
#include "orders/OutcomeReport.h"
#include "providers/ProviderRegistry.h"
#include "team/TeamLedgerSession.h"
#include "team/TeamOrderSender.h"
#include "team/TeamOrderTableModel.h"
#include "ui_TeamOrdersPage.h"

#include <QEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>

namespace OrderDesk {

TeamOrdersPage::TeamOrdersPage(AppContext& context, Mode mode, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_mode(mode)
    , ui(std::make_unique<Ui::TeamOrdersPage>())
{
    ui->setupUi(this);
    setObjectName(mode == Mode::Approvals ? QStringLiteral("approvalsPage")
                                          : QStringLiteral("teamHistoryPage"));
    m_model = new TeamOrderTableModel(m_context.providers(), this);
    ui->ordersTable->setModel(m_model);
    ui->ordersTable->verticalHeader()->hide();
    ui->ordersTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    ui->ordersTable->horizontalHeader()->setStretchLastSection(true);
    ui->splitter->setStretchFactor(0, 3);
    ui->splitter->setStretchFactor(1, 2);
    // Approving and declining are for checkers on the approvals page; sending and withdrawing
    // are for makers, on both pages.
    ui->approveButton->setVisible(mode == Mode::Approvals);
    ui->declineButton->setVisible(mode == Mode::Approvals);
    connect(ui->ordersTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        renderDetails();
        updateActions();
    });
    connect(ui->approveButton, &QPushButton::clicked, this, [this] { decide(true); });
    connect(ui->declineButton, &QPushButton::clicked, this, [this] { decide(false); });
    connect(ui->sendButton, &QPushButton::clicked, this, &TeamOrdersPage::send);
    connect(ui->withdrawButton, &QPushButton::clicked, this, &TeamOrdersPage::withdraw);
    connect(&m_context, &AppContext::teamLedgerChanged, this, &TeamOrdersPage::attach);
    retranslate();
    attach();
}

TeamOrdersPage::~TeamOrdersPage() = default;

void TeamOrdersPage::attach()
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = m_context.team();
    if (m_session) {
        connect(m_session, &TeamLedgerSession::ordersChanged, this, &TeamOrdersPage::reload);
        connect(m_session, &TeamLedgerSession::stateChanged, this, [this] {
            retranslate();
            updateActions();
        });
    }
    reload();
    retranslate();
}

void TeamOrdersPage::reload()
{
    const qint64 selected = selectedId();
    QList<TeamOrder> orders;
    if (m_session)
        orders = m_mode == Mode::Approvals ? m_session->approvalQueue() : m_session->orders();
    m_model->setOrders(orders, m_context.clock().nowUtc());
    if (selected != 0 && !selectOrder(selected))
        ui->ordersTable->clearSelection();
    // The oldest waiting order, or the newest of the team: the details show at once.
    if (selectedId() == 0 && m_model->rowCount() > 0)
        selectOrder(m_model->orderAt(0)->id);
    // The events of the shown order may have grown: read them again.
    m_eventsOf = 0;
    renderDetails();
    updateActions();
}

bool TeamOrdersPage::selectOrder(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    ui->ordersTable->setCurrentIndex(m_model->index(row, 0));
    ui->ordersTable->selectRow(row);
    return true;
}

qint64 TeamOrdersPage::selectedId() const
{
    const TeamOrder* order = selectedOrder();
    return order ? order->id : 0;
}

const TeamOrder* TeamOrdersPage::selectedOrder() const
{
    const QModelIndex current = ui->ordersTable->selectionModel()->currentIndex();
    return current.isValid() ? m_model->orderAt(current.row()) : nullptr;
}

void TeamOrdersPage::renderDetails()
{
    const TeamOrder* order = selectedOrder();
    if (!order) {
        ui->detailsView->setHtml(QStringLiteral("<p>") +
                                 tr("Select an order to see what it buys.").toHtmlEscaped() +
                                 QStringLiteral("</p>"));
        return;
    }
    const QDateTime now = m_context.clock().nowUtc();
    ui->detailsView->setHtml(TeamOrderHtml::html(*order, m_context.providers(), now,
                                                 m_eventsOf == order->id ? m_events : QList<TeamEvent>()));
    if (m_eventsOf != order->id && m_session) {
        const qint64 id = order->id;
        m_eventsOf = id;
        m_events.clear();
        m_session->events(id, this, [this, id](const QList<TeamEvent>& events, const LocalizedText&) {
            if (m_eventsOf != id)
                return;
            m_events = events;
            if (const TeamOrder* shown = selectedOrder(); shown && shown->id == id)
                ui->detailsView->setHtml(
                    TeamOrderHtml::html(*shown, m_context.providers(), m_context.clock().nowUtc(), m_events));
        });
    }
}

void TeamOrdersPage::updateActions()
{
    const TeamOrder* order = selectedOrder();
    const bool connected = m_session && m_session->canRecord();
    const QDateTime now = m_context.clock().nowUtc();
    const bool approvalHolds = order && order->state == TeamOrderState::Approved &&
                               (!order->approvalExpiresUtc.isValid() || order->approvalExpiresUtc > now);
    const bool decidable = order && m_session && m_session->mayDecide(*order) && !approvalHolds;
    const bool own = order && m_session && order->maker == m_session->user();
    const bool sendable = order && m_session && m_session->isMaker() && approvalHolds &&
                          !(m_context.teamSender() && m_context.teamSender()->isSending(order->id));
    const bool withdrawable =
        own && (order->state == TeamOrderState::AwaitingApproval || order->state == TeamOrderState::Approved);
    const bool idle = connected && !m_busy;
    ui->approveButton->setEnabled(idle && decidable);
    ui->declineButton->setEnabled(idle && decidable);
    ui->sendButton->setEnabled(idle && sendable);
    ui->withdrawButton->setEnabled(idle && withdrawable);

    QString hint;
    if (!m_session) {
        hint = m_context.usesTeamLedger() ? tr("Connecting to the team ledger…")
                                          : tr("No team ledger is set. Set its address under Settings.");
    } else if (!connected) {
        hint = tr("The team ledger cannot be reached, so nothing can be approved or sent until it is back: "
                  "nothing is sent that the team ledger has not recorded.");
    } else if (!order) {
        hint = m_model->rowCount() == 0
                   ? (m_mode == Mode::Approvals ? tr("Nothing is waiting for approval.")
                                                : tr("The team ledger holds no order yet."))
                   : tr("Select an order.");
    } else if (m_mode == Mode::Approvals && own && order->state == TeamOrderState::AwaitingApproval) {
        hint = tr("You prepared this order, so another person must approve it.");
    } else if (m_mode == Mode::Approvals && !m_session->isChecker()) {
        hint = tr("Your login %1 may not approve orders. Ask the team ledger's owner for the checker right.")
                   .arg(m_session->user());
    } else if (approvalHolds && !m_session->isMaker()) {
        hint = tr("Approved. A colleague with the right to send orders sends it.");
    } else if (approvalHolds) {
        hint = tr("Approved until %1. Send it now to place the order and pay for it.")
                   .arg(QLocale().toString(order->approvalExpiresUtc.toLocalTime(), QLocale::ShortFormat));
    }
    ui->actionHint->setText(hint);
}

void TeamOrdersPage::retranslate()
{
    if (m_mode == Mode::Approvals) {
        ui->titleLabel->setText(tr("Approvals"));
        ui->introLabel->setText(tr("Orders your colleagues prepared that wait for a second person. Read what "
                                   "each one buys and for how long, then approve or decline it. You cannot "
                                   "approve your own orders."));
    } else {
        ui->titleLabel->setText(tr("Team orders"));
        ui->introLabel->setText(tr("Every order of your team, newest first, with who prepared, approved and "
                                   "sent it, and when. Approved orders are sent from here."));
    }
    QString state;
    if (m_session) {
        //: %1 is the state, e.g. "Team ledger: connected"; %2 the address; %3 the login
        state = tr("%1 (%2, logged in as %3)")
                    .arg(TeamLedgerListener::stateLabel(m_session->state()).toString(),
                         m_session->location().display(),
                         m_session->user().isEmpty() ? tr("not yet") : m_session->user());
        if (!m_session->canRecord() && !m_session->problem().isEmpty())
            state += QLatin1Char(' ') + m_session->problem().toString();
    } else if (!m_context.teamLedgerError().isEmpty()) {
        state = m_context.teamLedgerError().toString();
    }
    ui->ledgerStateLabel->setText(state);
    ui->ledgerStateLabel->setVisible(!state.isEmpty());
    m_model->retranslate();
    renderDetails();
    updateActions();
}

void TeamOrdersPage::decide(bool approve)
{
    const TeamOrder* order = selectedOrder();
    if (!order || !m_session)
        return;
    auto* dialog = new TeamDecisionDialog(
        approve ? TeamDecisionDialog::Decision::Approve : TeamDecisionDialog::Decision::Decline, *order,
        TeamOrderHtml::html(*order, m_context.providers(), m_context.clock().nowUtc()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { onDecided(dialog); });
    dialog->open();
}

void TeamOrdersPage::onDecided(TeamDecisionDialog* dialog)
{
    if (!m_session)
        return;
    const TeamOrder order = dialog->order();
    const bool approve = dialog->decision() == TeamDecisionDialog::Decision::Approve;
    m_busy = true;
    updateActions();
    auto done = [this, order, approve](bool ok, const LocalizedText& error) {
        m_busy = false;
        updateActions();
        if (!ok) {
            showRefusal(approve ? tr("Not approved") : tr("Not declined"), error.toString());
            return;
        }
        Q_EMIT statusMessage(approve ? tr("Order %1 is approved.").arg(order.id)
                                     : tr("Order %1 is declined.").arg(order.id));
    };
    // The hash of the payload the checker read: a change since then makes the database refuse.
    if (approve)
        m_session->approve(order.id, order.payloadHash, dialog->note(), this, done);
    else
        m_session->decline(order.id, order.payloadHash, dialog->note(), this, done);
}

void TeamOrdersPage::send()
{
    const TeamOrder* selected = selectedOrder();
    if (!selected || !m_session)
        return;
    const TeamOrder order = *selected;
    m_busy = true;
    updateActions();
    Q_EMIT statusMessage(tr("Sending order %1…").arg(order.id));
    m_context.sendTeamOrder(
        order, this,
        [this, order](qint64 journalId, const std::optional<OrderOutcome>& outcome,
                      const LocalizedText& error) {
            m_busy = false;
            updateActions();
            if (!outcome) {
                showRefusal(tr("Not sent"), error.toString());
                return;
            }
            // The title in the status bar; the whole report when the user has something to do.
            const Provider* provider = m_context.providers().find(order.provider);
            if (!provider)
                return;
            const OutcomeReport report = OutcomeReport::from(*outcome, *provider, journalId, order.params);
            Q_EMIT statusMessage(tr("Order %1: %2").arg(QString::number(order.id), report.title.toString()));
            if (outcome->kind == OrderOutcome::Kind::Accepted && error.isEmpty())
                return;
            QStringList parts{report.title.toString()};
            for (const LocalizedText& paragraph : report.paragraphs)
                parts << paragraph.toString();
            if (!report.details.isEmpty())
                parts << report.details.toString();
            if (!error.isEmpty())
                parts << error.toString();
            showRefusal(tr("Order %1").arg(order.id), parts.join(QStringLiteral("\n\n")));
        });
}

void TeamOrdersPage::withdraw()
{
    const TeamOrder* selected = selectedOrder();
    if (!selected || !m_session)
        return;
    const qint64 id = selected->id;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Withdraw order %1").arg(id),
        tr("Withdraw order %1? It will not be sent. Why (kept in the team ledger)?").arg(id),
        QLineEdit::Normal, QString(), &ok);
    if (!ok || !m_session)
        return;
    m_busy = true;
    updateActions();
    m_session->withdraw(id, reason.trimmed(), this, [this, id](bool done, const LocalizedText& error) {
        m_busy = false;
        updateActions();
        if (!done)
            showRefusal(tr("Not withdrawn"), error.toString());
        else
            Q_EMIT statusMessage(tr("Order %1 is withdrawn.").arg(id));
    });
}

void TeamOrdersPage::showRefusal(const QString& title, const QString& message)
{
    MessageBox::warning(this, title, message);
}

void TeamOrdersPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace OrderDesk
