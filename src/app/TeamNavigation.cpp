#include "TeamNavigation.h"

#include "AppContext.h"
#include "TeamOrdersPage.h"
#include "common/Clock.h"
#include "team/TeamLedgerSession.h"
#include "team/TeamOrderDetails.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>

namespace OrderDesk {

namespace {

// Blue: news about the user's own order, neither a warning nor an error.
const char* const decisionStyle = "QLabel#teamDecisionBanner { background-color: #1565c0; color: #ffffff; "
                                  "padding: 2px 8px; border-radius: 3px; }";

} // namespace

TeamNavigation::TeamNavigation(AppContext& context, QPushButton* approvalsButton,
                               QPushButton* teamOrdersButton, QLabel* state, QStackedWidget* pages,
                               QStatusBar* statusBar, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_approvalsButton(approvalsButton)
    , m_teamOrdersButton(teamOrdersButton)
    , m_pages(pages)
    , m_state(state)
{
    m_decisionBanner = new QLabel(statusBar);
    m_decisionBanner->setObjectName(QStringLiteral("teamDecisionBanner"));
    m_decisionBanner->setStyleSheet(QString::fromLatin1(decisionStyle));
    m_decisionBanner->setTextFormat(Qt::RichText);
    m_decisionBanner->hide();
    connect(m_decisionBanner, &QLabel::linkActivated, this, [this] { showTeamOrders(m_decidedOrder); });
    statusBar->addWidget(m_decisionBanner);
    connect(m_approvalsButton, &QPushButton::clicked, this, &TeamNavigation::showApprovals);
    connect(m_teamOrdersButton, &QPushButton::clicked, this, [this] { showTeamOrders(); });
    connect(&m_context, &AppContext::teamLedgerChanged, this, &TeamNavigation::attach);
    attach();
}

void TeamNavigation::attach()
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = m_context.team();
    if (m_session) {
        connect(m_session, &TeamLedgerSession::stateChanged, this, &TeamNavigation::update);
        connect(m_session, &TeamLedgerSession::ordersChanged, this, &TeamNavigation::update);
        connect(m_session, &TeamLedgerSession::decisionMade, this, &TeamNavigation::onDecision);
    }
    update();
}

void TeamNavigation::update()
{
    const bool team = m_context.usesTeamLedger();
    m_approvalsButton->setVisible(team);
    m_teamOrdersButton->setVisible(team);
    m_state->setVisible(team);
    if (!team) {
        m_decisionBanner->hide();
        if (m_pages->currentWidget() &&
            (m_pages->currentWidget() == m_approvalsPage || m_pages->currentWidget() == m_teamOrdersPage))
            leave();
        return;
    }
    const int count = m_session ? m_session->decidableCount() : 0;
    m_approvalsButton->setText(count > 0 ? tr("Appro&vals (%1)").arg(count) : tr("Appro&vals"));
    m_approvalsButton->setAccessibleName(tr("Approvals: %n order(s) to decide", nullptr, count));
    m_teamOrdersButton->setText(tr("&Team orders"));
    QString state;
    if (m_session)
        state = TeamLedgerListener::stateLabel(m_session->state()).toString();
    else if (!m_context.teamLedgerError().isEmpty())
        state = tr("Team ledger: not usable");
    else
        state = tr("Team ledger: connecting…");
    m_state->setText(state);
    const QString problem =
        m_session ? m_session->problem().toString() : m_context.teamLedgerError().toString();
    m_state->setToolTip(m_session && m_session->canRecord()
                            ? tr("%1 — changes of your colleagues appear within a second.")
                                  .arg(m_session->location().display())
                            : problem);
}

void TeamNavigation::onDecision(const TeamOrder& order)
{
    m_decidedOrder = order.id;
    // Short enough for the status bar of a small screen; the state with its time and the whole
    // reason are in the tooltip and on the Team orders page.
    QString text;
    if (order.state == TeamOrderState::Declined) {
        const QString reason =
            m_decisionBanner->fontMetrics().elidedText(order.decisionNote, Qt::ElideRight, 200);
        text =
            tr("Your order %1 was declined by %2: %3").arg(QString::number(order.id), order.checker, reason);
    } else {
        text = tr("Your order %1 was approved by %2.").arg(QString::number(order.id), order.checker);
    }
    m_decisionBanner->setText(text.toHtmlEscaped() +
                              QStringLiteral(" <a href=\"show\" style=\"color:#ffffff\">") +
                              tr("Show").toHtmlEscaped() + QStringLiteral("</a>"));
    m_decisionBanner->setToolTip(TeamOrderDetails::stateText(order, m_context.clock().nowUtc()).toString());
    m_decisionBanner->show();
    if (QWidget* window = m_pages->window())
        QApplication::alert(window);
}

void TeamNavigation::retranslate()
{
    update();
    if (m_decisionBanner->isVisible() && m_session) {
        if (const std::optional<TeamOrder> order = m_session->cachedOrder(m_decidedOrder))
            onDecision(*order);
    }
}

TeamOrdersPage* TeamNavigation::approvalsPage()
{
    if (!m_approvalsPage) {
        m_approvalsPage = new TeamOrdersPage(m_context, TeamOrdersPage::Mode::Approvals, m_pages);
        connect(m_approvalsPage, &TeamOrdersPage::statusMessage, this, &TeamNavigation::statusMessage);
        m_pages->addWidget(m_approvalsPage);
    }
    return m_approvalsPage;
}

TeamOrdersPage* TeamNavigation::teamOrdersPage()
{
    if (!m_teamOrdersPage) {
        m_teamOrdersPage = new TeamOrdersPage(m_context, TeamOrdersPage::Mode::History, m_pages);
        connect(m_teamOrdersPage, &TeamOrdersPage::statusMessage, this, &TeamNavigation::statusMessage);
        m_pages->addWidget(m_teamOrdersPage);
    }
    return m_teamOrdersPage;
}

void TeamNavigation::showApprovals()
{
    m_pages->setCurrentWidget(approvalsPage());
    m_approvalsButton->setChecked(true);
    m_teamOrdersButton->setChecked(false);
    Q_EMIT shown();
}

void TeamNavigation::showTeamOrders(qint64 select)
{
    // Opened while the note of a decision shows: that order is what the user comes for.
    if (select == 0 && m_decisionBanner->isVisible())
        select = m_decidedOrder;
    m_pages->setCurrentWidget(teamOrdersPage());
    m_teamOrdersButton->setChecked(true);
    m_approvalsButton->setChecked(false);
    if (select != 0) {
        m_teamOrdersPage->selectOrder(select);
        m_decisionBanner->hide();
    }
    Q_EMIT shown();
}

void TeamNavigation::leave()
{
    m_approvalsButton->setChecked(false);
    m_teamOrdersButton->setChecked(false);
}

} // namespace OrderDesk
