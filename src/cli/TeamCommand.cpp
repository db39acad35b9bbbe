#include "TeamCommand.h"

#include "CliContext.h"
#include "CredentialResolver.h"
#include "OrderCommand.h"
#include "credentials/CredentialResult.h"
#include "credentials/CredentialStore.h"
#include "ledger/OrderLedger.h"
#include "net/OrderOutcome.h"
#include "orders/OrderConfirmation.h"
#include "orders/OrderService.h"
#include "providers/ProviderRegistry.h"
#include "team/TeamLedger.h"
#include "team/TeamLedgerError.h"
#include "team/TeamLedgerImport.h"
#include "team/TeamOrderMapping.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <chrono>

namespace OrderDesk {

namespace {

QString timeText(const QDateTime& utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(Qt::ISODate) : QString();
}

} // namespace

QJsonObject TeamCommand::orderJson(const TeamOrder& order)
{
    return QJsonObject{
        {QStringLiteral("ledger_id"), order.id},
        {QStringLiteral("provider"), order.provider},
        {QStringLiteral("profile"), order.profile},
        {QStringLiteral("resource"), order.resourceId},
        {QStringLiteral("region"), order.region},
        {QStringLiteral("status"), TeamOrderStates::key(order.state)},
        {QStringLiteral("maker"), order.maker},
        {QStringLiteral("created_at"), order.createdUtc.toString(Qt::ISODateWithMs)},
        {QStringLiteral("checker"), order.checker},
        {QStringLiteral("decided_at"), order.decidedUtc.toString(Qt::ISODateWithMs)},
        {QStringLiteral("decision_note"), order.decisionNote},
        {QStringLiteral("approval_expires_at"), order.approvalExpiresUtc.toString(Qt::ISODateWithMs)},
        {QStringLiteral("sender"), order.sender},
        {QStringLiteral("order_id"), order.providerOrderId},
        {QStringLiteral("payload_hash"), order.payloadHash},
        {QStringLiteral("client_token"), order.clientToken}};
}

TeamCommand::TeamCommand(CliContext& context)
    : m_context(context)
{}

TeamLedger* TeamCommand::teamForOrder(const QCommandLineParser& parser, const QString& usage,
                                      const QString& teamOnly, qint64* id, int* failure)
{
    const QStringList positional = parser.positionalArguments();
    bool isNumber = false;
    *id = positional.size() == 2 ? positional.at(1).toLongLong(&isNumber) : 0;
    if (!isNumber || *id <= 0) {
        *failure = m_context.usageError(usage);
        return nullptr;
    }
    if (!m_context.usesTeamLedger()) {
        *failure = m_context.usageError(teamOnly);
        return nullptr;
    }
    TeamLedger* team = m_context.teamLedger();
    if (!team)
        *failure = CliContext::NotSent;
    return team;
}

int TeamCommand::refused(const QString& message, bool json, qint64 id)
{
    if (json) {
        QJsonObject object{{QStringLiteral("status"), QStringLiteral("refused")},
                           {QStringLiteral("message"), message}};
        if (id > 0)
            object.insert(QStringLiteral("ledger_id"), id);
        m_context.printJson(object);
    }
    m_context.printError(message);
    return CliContext::UsageError;
}

int TeamCommand::runLedger(const QStringList& arguments)
{
    const QString action = arguments.value(1);
    if (!m_context.usesTeamLedger() && action != QLatin1String("init"))
        return m_context.usageError(tr("\"ledger %1\" works on a team ledger: give its address with --ledger "
                                       "postgresql://ROLE@HOST:PORT/DATABASE or ORDERDESK_LEDGER.")
                                        .arg(action));
    if (action == QLatin1String("init")) {
        if (arguments.size() == 3)
            m_context.setLedgerOverride(arguments.at(2));
        else if (arguments.size() != 2)
            return m_context.usageError(tr("\"ledger init\" takes the team ledger's address."));
        if (!m_context.usesTeamLedger())
            return m_context.usageError(
                tr("\"ledger init\" needs a postgresql://ROLE@HOST:PORT/DATABASE address."));
        return ledgerInit();
    }
    if (action == QLatin1String("grant"))
        return ledgerGrant(arguments.mid(1));
    if (action == QLatin1String("policy"))
        return ledgerPolicy(arguments.mid(1));
    if (action == QLatin1String("verify"))
        return ledgerVerify(arguments.mid(1));
    if (action == QLatin1String("password"))
        return ledgerPassword();
    if (action == QLatin1String("import"))
        return ledgerImport(arguments.mid(1));
    return m_context.usageError(tr("\"ledger\" takes init, grant, policy, verify, password or import."));
}

int TeamCommand::ledgerInit()
{
    TeamLedger* team = m_context.teamLedger(true);
    if (!team)
        return CliContext::NotSent;
    LocalizedText error;
    if (!team->initialize(&error)) {
        m_context.printError(error.toString());
        return CliContext::NotSent;
    }
    m_context.out() << tr("The team ledger is ready at %1. Give people their rights with \"orderdesk-cli "
                          "ledger grant ROLE --maker\" (prepare and send) or \"--checker\" (approve).")
                           .arg(team->location().display())
                    << '\n';
    m_context.out().flush();
    return CliContext::Success;
}

int TeamCommand::ledgerGrant(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption makerOption(QStringLiteral("maker"));
    const QCommandLineOption checkerOption(QStringLiteral("checker"));
    parser.addOptions({makerOption, checkerOption});
    if (!m_context.parse(parser, arguments))
        return CliContext::UsageError;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || (!parser.isSet(makerOption) && !parser.isSet(checkerOption)))
        return m_context.usageError(
            tr("\"ledger grant\" takes one database role and --maker, --checker or both."));
    TeamLedger* team = m_context.teamLedger();
    if (!team)
        return CliContext::NotSent;
    LocalizedText error;
    if (!team->grant(positional.at(1), parser.isSet(makerOption), parser.isSet(checkerOption), &error))
        return refused(error.toString(), false);
    m_context.out() << tr("%1 may now %2.")
                           .arg(positional.at(1),
                                parser.isSet(makerOption) && parser.isSet(checkerOption)
                                    ? tr("prepare, send, approve and decline orders (never their own)")
                                : parser.isSet(makerOption) ? tr("prepare and send orders")
                                                            : tr("approve and decline orders of others"))
                    << '\n';
    m_context.out().flush();
    return CliContext::Success;
}

int TeamCommand::ledgerPolicy(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption approvalOption(QStringLiteral("approval"), QString(), QStringLiteral("RULE"));
    const QCommandLineOption expiryOption(QStringLiteral("expiry-hours"), QString(), QStringLiteral("H"));
    parser.addOptions({approvalOption, expiryOption});
    if (!m_context.parse(parser, arguments))
        return CliContext::UsageError;
    QStringList positional = parser.positionalArguments();
    TeamLedger* team = m_context.teamLedger();
    if (!team)
        return CliContext::NotSent;
    LocalizedText error;
    std::optional<TeamLedger::Policy> policy = team->policy(&error);
    if (!policy)
        return refused(error.toString(), false);
    if (parser.isSet(approvalOption) || parser.isSet(expiryOption)) {
        const QString rule = parser.value(approvalOption);
        if (rule == QLatin1String("all")) {
            policy->approval = TeamLedger::Policy::Approval::All;
        } else if (rule == QLatin1String("none")) {
            policy->approval = TeamLedger::Policy::Approval::None;
        } else if (rule == QLatin1String("longer-than-months")) {
            bool ok = false;
            const int months = positional.value(1).toInt(&ok);
            if (positional.size() != 2 || !ok || months < 0)
                return m_context.usageError(tr("--approval longer-than-months needs a number of months, e.g. "
                                               "\"--approval longer-than-months 12\"."));
            policy->approval = TeamLedger::Policy::Approval::LongerThan;
            policy->longerThanMonths = months;
        } else if (parser.isSet(approvalOption)) {
            return m_context.usageError(tr("--approval takes all, none or longer-than-months N."));
        }
        policy->expiryHours = 0;
        if (parser.isSet(expiryOption)) {
            bool ok = false;
            policy->expiryHours = parser.value(expiryOption).toDouble(&ok);
            if (!ok || policy->expiryHours <= 0)
                return m_context.usageError(tr("--expiry-hours takes a number of hours above 0."));
        }
        if (!team->setPolicy(*policy, &error))
            return refused(error.toString(), false);
        policy = team->policy(&error);
        if (!policy)
            return refused(error.toString(), false);
    }
    const QString rule = policy->approval == TeamLedger::Policy::Approval::All
                             ? tr("every order needs a second person's approval")
                         : policy->approval == TeamLedger::Policy::Approval::None
                             ? tr("no order needs approval")
                             : tr("orders longer than %n month(s) need a second "
                                  "person's approval",
                                  nullptr, policy->longerThanMonths);
    m_context.out() << tr("Team ledger rules: %1; an approval holds for %2 hours; the same resource is not "
                          "ordered twice within %3 hours.")
                           .arg(rule, QString::number(policy->expiryHours),
                                QString::number(policy->duplicateWindowHours))
                    << '\n';
    m_context.out().flush();
    return CliContext::Success;
}

int TeamCommand::ledgerVerify(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    parser.addOption(jsonOption);
    if (!m_context.parse(parser, arguments))
        return CliContext::UsageError;
    TeamLedger* team = m_context.teamLedger();
    if (!team)
        return CliContext::NotSent;
    bool ok = false;
    LocalizedText error;
    const QList<TeamHashChain::Problem> problems = team->verify(&ok, &error);
    if (!ok) {
        m_context.printError(error.toString());
        return CliContext::NotSent;
    }
    if (parser.isSet(jsonOption)) {
        QJsonArray list;
        for (const TeamHashChain::Problem& problem : problems)
            list.append(QJsonObject{{QStringLiteral("ledger_id"), problem.orderId},
                                    {QStringLiteral("problem"), problem.reason.toString()}});
        m_context.printJson(QJsonObject{
            {QStringLiteral("status"), problems.isEmpty() ? QStringLiteral("ok") : QStringLiteral("changed")},
            {QStringLiteral("problems"), list}});
    } else if (problems.isEmpty()) {
        m_context.out() << tr("Every order's history in the team ledger is intact.") << '\n';
        m_context.out().flush();
    }
    for (const TeamHashChain::Problem& problem : problems)
        m_context.err() << tr("Order %1: %2").arg(problem.orderId).arg(problem.reason.toString()) << '\n';
    if (!problems.isEmpty())
        m_context.err()
            << tr("The team ledger was changed outside OrderDesk. Keep a copy of the database as it "
                  "is and tell its administrator.")
            << '\n';
    m_context.err().flush();
    return problems.isEmpty() ? CliContext::Success : CliContext::VerifyFailed;
}

int TeamCommand::ledgerImport(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    parser.addOption(jsonOption);
    if (!m_context.parse(parser, arguments))
        return CliContext::UsageError;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return m_context.usageError(
            tr("\"ledger import\" takes one ledger file of OrderDesk (ledger.sqlite)."));
    const bool json = parser.isSet(jsonOption);
    // Opening a ledger creates a missing file: a mistyped name must not become an empty import.
    const QFileInfo file(positional.at(1));
    if (!file.isFile())
        return m_context.usageError(
            tr("There is no ledger file %1.").arg(QDir::toNativeSeparators(positional.at(1))));
    TeamLedger* team = m_context.teamLedger();
    if (!team)
        return CliContext::NotSent;
    OrderLedger desk(m_context.clock());
    LocalizedText error;
    if (!desk.open(file.absoluteFilePath(), &error))
        return refused(error.toString(), json);
    QString state;
    const std::optional<TeamLedgerImport::Result> result =
        TeamLedgerImport::run(*team, desk, file.fileName(), &error, &state);
    if (!result) {
        refused(tr("Nothing was imported: %1").arg(error.toString()), json);
        return TeamLedgerError::isRefusal(state) || state.isEmpty() ? CliContext::UsageError
                                                                    : CliContext::NotSent;
    }
    if (json) {
        QJsonArray ids;
        for (const qint64 id : result->importedIds)
            ids.append(id);
        m_context.printJson(QJsonObject{{QStringLiteral("status"), QStringLiteral("imported")},
                                        {QStringLiteral("file"), file.fileName()},
                                        {QStringLiteral("orders"), result->orders},
                                        {QStringLiteral("imported"), result->imported},
                                        {QStringLiteral("skipped"), result->skipped},
                                        {QStringLiteral("events"), result->events},
                                        {QStringLiteral("ledger_ids"), ids}});
        return CliContext::Success;
    }
    QTextStream& out = m_context.out();
    if (result->imported > 0)
        out << tr("%1: %Ln order(s) moved into the team ledger with their history (%2 events), as orders %3 "
                  "to %4.",
                  nullptr, result->imported)
                   .arg(file.fileName())
                   .arg(result->events)
                   .arg(result->importedIds.constFirst())
                   .arg(result->importedIds.constLast())
            << '\n';
    else
        out << tr("%1: no order was moved.").arg(file.fileName()) << '\n';
    if (result->skipped > 0)
        out << tr("%Ln order(s) of the file were already in the team ledger, from an earlier import, and "
                  "were "
                  "skipped.",
                  nullptr, result->skipped)
            << '\n';
    out.flush();
    return CliContext::Success;
}

int TeamCommand::ledgerPassword()
{
    const std::optional<TeamLedgerLocation> location = TeamLedgerLocation::parse(m_context.ledgerSetting());
    if (!location)
        return m_context.usageError(tr("Give the team ledger's address with --ledger."));
    const QString password =
        m_context.readSecretLine(tr("Password of %1 for %2:").arg(location->user, location->display()));
    const CredentialResult result = CliContext::awaitKeychain([&](QObject* context, auto done) {
        m_context.credentials().savePassword(location->passwordKey(), password, context, std::move(done));
    });
    if (!result.ok) {
        m_context.printError(result.error.toString());
        return CliContext::NotSent;
    }
    m_context.out() << (password.isEmpty() ? tr("The password was removed from the system keychain.")
                                           : tr("The password is kept in the system keychain."))
                    << '\n';
    m_context.out().flush();
    return CliContext::Success;
}

int TeamCommand::runApprovals(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    parser.addOption(jsonOption);
    if (!m_context.parse(parser, arguments))
        return CliContext::UsageError;
    if (!m_context.usesTeamLedger())
        return m_context.usageError(
            tr("Approvals exist on a team ledger only: give its address with --ledger."));
    TeamLedger* team = m_context.teamLedger();
    if (!team)
        return CliContext::NotSent;
    LocalizedText error;
    const QList<TeamOrder> queue = team->approvalQueue(&error);
    if (!error.isEmpty())
        return refused(error.toString(), parser.isSet(jsonOption));
    if (parser.isSet(jsonOption)) {
        QJsonArray list;
        for (const TeamOrder& order : queue) {
            QJsonObject object = orderJson(order);
            if (const std::optional<PreparedOrder> prepared = preparedFrom(order))
                object.insert(QStringLiteral("sentence"), OrderConfirmation::sentence(*prepared, QString()));
            list.append(object);
        }
        m_context.printJson(QJsonObject{{QStringLiteral("approvals"), list}});
        return CliContext::Success;
    }
    QTextStream& out = m_context.out();
    if (queue.isEmpty())
        out << tr("No order is waiting for approval.") << '\n';
    for (const TeamOrder& order : queue) {
        out << tr("Order %1, prepared by %2 at %3:")
                   .arg(QString::number(order.id), order.maker, timeText(order.createdUtc))
            << '\n';
        if (const std::optional<PreparedOrder> prepared = preparedFrom(order))
            out << "  " << OrderConfirmation::sentence(*prepared, QString()) << '\n';
        if (order.state == TeamOrderState::Approved)
            out << "  "
                << tr("Its approval by %1 expired at %2.")
                       .arg(order.checker, timeText(order.approvalExpiresUtc))
                << '\n';
    }
    out.flush();
    return CliContext::Success;
}

int TeamCommand::runApprove(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption commentOption(QStringLiteral("comment"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption yesOption(QStringLiteral("yes"));
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    parser.addOptions({commentOption, yesOption, jsonOption});
    if (!m_context.parse(parser, arguments))
        return CliContext::UsageError;
    qint64 id = 0;
    int failure = CliContext::Success;
    TeamLedger* team = teamForOrder(
        parser, tr("\"approve\" takes the ledger number of one order, e.g. \"approve 12\"."),
        tr("Approvals exist on a team ledger only: give its address with --ledger."), &id, &failure);
    if (!team)
        return failure;
    const bool json = parser.isSet(jsonOption);
    LocalizedText error;
    const std::optional<TeamOrder> order = team->order(id, &error);
    if (!order)
        return refused(error.toString(), json, id);
    const std::optional<PreparedOrder> prepared = preparedFrom(*order);
    if (!prepared)
        return CliContext::UsageError;
    // What the checker approves is exactly what was read and shown here: its hash goes with the decision.
    if (TeamHashChain::payloadHash(order->payloadText) != order->payloadHash)
        return refused(tr("Order %1's parameters do not match their recorded hash; it is not approved. Run "
                          "\"orderdesk-cli ledger verify\".")
                           .arg(id),
                       json, id);
    OrderCommand(m_context).printSummary(*prepared, json);
    m_context.err() << tr("Prepared by %1 at %2.").arg(order->maker, timeText(order->createdUtc)) << '\n';
    m_context.err().flush();
    if (!parser.isSet(yesOption) &&
        !m_context.confirm(
            tr("Approve order %1 so that it can be sent and paid? Type y to confirm:").arg(id))) {
        m_context.err() << tr("Not approved; nothing was changed.") << '\n';
        m_context.err().flush();
        return CliContext::NotSent;
    }
    if (!team->approve(id, order->payloadHash, parser.value(commentOption), &error))
        return refused(error.toString(), json, id);
    const std::optional<TeamOrder> approved = team->order(id);
    if (json) {
        m_context.printJson(approved ? orderJson(*approved) : QJsonObject{{QStringLiteral("ledger_id"), id}});
    } else {
        m_context.out() << tr("Order %1 is approved until %2. Whoever has the right may now send it: "
                              "\"orderdesk-cli send %1\".")
                               .arg(QString::number(id),
                                    approved ? timeText(approved->approvalExpiresUtc) : QString())
                        << '\n';
        m_context.out().flush();
    }
    return CliContext::Success;
}

int TeamCommand::runDecline(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption reasonOption(QStringLiteral("reason"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    parser.addOptions({reasonOption, jsonOption});
    if (!m_context.parse(parser, arguments))
        return CliContext::UsageError;
    qint64 id = 0;
    int failure = CliContext::Success;
    TeamLedger* team = teamForOrder(
        parser,
        tr("\"decline\" takes the ledger number of one order and --reason, e.g. "
           "\"decline 12 --reason …\"."),
        tr("Approvals exist on a team ledger only: give its address with --ledger."), &id, &failure);
    if (!team)
        return failure;
    const bool json = parser.isSet(jsonOption);
    LocalizedText error;
    const std::optional<TeamOrder> order = team->order(id, &error);
    if (!order)
        return refused(error.toString(), json, id);
    // An empty reason goes to the database too, which refuses it: the rule is in one place.
    if (!team->decline(id, order->payloadHash, parser.value(reasonOption), &error))
        return refused(error.toString(), json, id);
    if (json) {
        if (const std::optional<TeamOrder> declined = team->order(id))
            m_context.printJson(orderJson(*declined));
    } else {
        m_context.out()
            << tr("Order %1 is declined; %2 will see your reason.").arg(QString::number(id), order->maker)
            << '\n';
        m_context.out().flush();
    }
    return CliContext::Success;
}

int TeamCommand::runWithdraw(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption reasonOption(QStringLiteral("reason"), QString(), QStringLiteral("TEXT"));
    parser.addOption(reasonOption);
    if (!m_context.parse(parser, arguments))
        return CliContext::UsageError;
    qint64 id = 0;
    int failure = CliContext::Success;
    TeamLedger* team = teamForOrder(
        parser, tr("\"withdraw\" takes the ledger number of one order."),
        tr("Withdrawing works on a team ledger only: give its address with --ledger."), &id, &failure);
    if (!team)
        return failure;
    LocalizedText error;
    if (!team->withdraw(id, parser.value(reasonOption), &error))
        return refused(error.toString(), false, id);
    m_context.out() << tr("Order %1 is withdrawn; it will not be sent.").arg(id) << '\n';
    m_context.out().flush();
    return CliContext::Success;
}

int TeamCommand::runSend(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption profileOption(QStringLiteral("profile"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    parser.addOptions({profileOption, jsonOption});
    if (!m_context.parse(parser, arguments))
        return CliContext::UsageError;
    qint64 id = 0;
    int failure = CliContext::Success;
    TeamLedger* team =
        teamForOrder(parser, tr("\"send\" takes the ledger number of one approved order, e.g. \"send 12\"."),
                     tr("\"send\" sends approved orders of a team ledger: give its address with "
                        "--ledger."),
                     &id, &failure);
    if (!team)
        return failure;
    return sendApproved(*team, id, parser.value(profileOption), parser.isSet(jsonOption));
}

std::optional<PreparedOrder> TeamCommand::preparedFrom(const TeamOrder& order)
{
    LocalizedText error;
    std::optional<PreparedOrder> prepared =
        TeamOrderMapping::toSend(order, m_context.providers(), m_context.nonces(), &error);
    if (!prepared)
        m_context.printError(error.toString());
    return prepared;
}

int TeamCommand::placeOrder(const PreparedOrder& checked, const Credential& credential, bool yes,
                            bool allowDuplicate, bool json)
{
    TeamLedger* team = m_context.teamLedger();
    if (!team)
        return CliContext::NotSent;
    PreparedOrder prepared = checked;
    const bool sandbox = prepared.profile == QLatin1String("sandbox");
    OrderCommand orders(m_context);
    orders.printSummary(prepared, json, credential.accessKeyId, sandbox);
    const std::optional<TeamOrder> duplicate =
        team->recentDuplicate(prepared.provider->id(), prepared.profile, prepared.resourceId);
    if (duplicate) {
        m_context.err()
            << tr("Warning: the team ledger holds order %1 for the same resource %2 with the same "
                  "account, prepared by %3 at %4 (%5). Ordering it again may pay twice.")
                   .arg(QString::number(duplicate->id), duplicate->resourceId, duplicate->maker,
                        timeText(duplicate->createdUtc), TeamOrderStates::label(duplicate->state).toString())
            << '\n';
        m_context.err().flush();
        const bool confirmed =
            yes ? allowDuplicate
                : m_context.confirm(tr("Order this resource a second time? Type y to confirm:"));
        if (!confirmed) {
            if (json)
                m_context.printJson(QJsonObject{{QStringLiteral("provider"), prepared.provider->id()},
                                                {QStringLiteral("status"), QStringLiteral("duplicate")},
                                                {QStringLiteral("duplicate_of"), duplicate->id}});
            m_context.err() << tr("Not confirmed; nothing was recorded or sent.") << '\n';
            m_context.err().flush();
            return CliContext::NotSent;
        }
    }
    if (!yes && !orders.confirmLongTerm(prepared, json))
        return CliContext::NotSent;
    if (!yes &&
        !m_context.confirm(tr("Place this order and pay for it (after approval, where the team's rules ask "
                              "for one)? Type y to confirm:"))) {
        m_context.err() << tr("Not confirmed; nothing was recorded or sent.") << '\n';
        m_context.err().flush();
        return CliContext::NotSent;
    }
    const TeamLedger::Submission submission =
        TeamOrderMapping::submission(prepared, allowDuplicate, duplicate ? duplicate->id : 0);
    LocalizedText error;
    const std::optional<TeamOrder> recorded = team->submit(submission, &error);
    if (!recorded) {
        if (json)
            m_context.printJson(QJsonObject{{QStringLiteral("provider"), prepared.provider->id()},
                                            {QStringLiteral("status"), QStringLiteral("refused")},
                                            {QStringLiteral("message"), error.toString()}});
        m_context.printError(error.toString());
        return team->lastSqlState().startsWith(QLatin1String("OD")) ? CliContext::UsageError
                                                                    : CliContext::NotSent;
    }
    if (recorded->state == TeamOrderState::AwaitingApproval) {
        if (json) {
            m_context.printJson(orderJson(*recorded));
        } else {
            m_context.out()
                << tr("Order %1 is recorded in the team ledger and awaits approval by a second person. "
                      "Nothing was sent yet. After approval, send it with \"orderdesk-cli send %1\".")
                       .arg(recorded->id)
                << '\n';
            m_context.out().flush();
        }
        return CliContext::AwaitingApproval;
    }
    return sendApproved(*team, recorded->id, QString(), json);
}

int TeamCommand::sendApproved(TeamLedger& team, qint64 id, const QString& profileName, bool json)
{
    LocalizedText error;
    std::optional<TeamOrder> order = team.order(id, &error);
    if (!order)
        return refused(error.toString(), json, id);
    std::optional<PreparedOrder> prepared = preparedFrom(*order);
    if (!prepared)
        return CliContext::UsageError;
    // The recorded account, unless another profile is named: the order belongs to that account.
    QString profile = profileName;
    if (profile.isEmpty() && order->profile != QLatin1String("sandbox") &&
        !order->profile.startsWith(QLatin1String("env:")))
        profile = order->profile;
    CredentialResolver credentials(m_context);
    if (!credentials.selectProfile(*prepared->provider, profile))
        return CliContext::UsageError;
    if (!credentials.resolve(*prepared->provider, prepared->endpoint))
        return CliContext::NotSent;
    OrderService* service = m_context.orderService();
    if (!service)
        return CliContext::NotSent;
    const auto lease =
        std::chrono::duration_cast<std::chrono::seconds>(service->leaseDuration()) + std::chrono::seconds(1);
    // Fail closed: the claim is written before anything is sent, and only one claim wins.
    order = team.claim(id, lease, &error);
    if (!order)
        return refused(error.toString(), json, id);
    bool recorded = false;
    LocalizedText recordError;
    const QMetaObject::Connection attempts =
        QObject::connect(service, &OrderService::attemptStarted, service,
                         [&](qint64, int attempt) { team.recordAttempt(id, attempt, lease); });
    const int code = OrderCommand(m_context).sendConfirmed(
        *prepared, credentials.credential(), json, [&](qint64 journalId, const OrderOutcome& outcome) {
            recorded = team.recordOutcome(id, TeamOrderMapping::outcome(outcome, journalId), &recordError);
        });
    QObject::disconnect(attempts);
    if (!recorded) {
        m_context.printError(
            tr("The outcome of order %1 could not be recorded in the team ledger: %2 This computer's own "
               "ledger "
               "holds it; record it in the team ledger with \"orderdesk-cli resolve\" once it is back.")
                .arg(QString::number(id),
                     recordError.isEmpty() ? tr("no answer came.") : recordError.toString()));
        return code == CliContext::Success ? CliContext::Unknown : code;
    }
    return code;
}

} // namespace OrderDesk
