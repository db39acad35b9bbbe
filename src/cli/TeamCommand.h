#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace OrderDesk {

class CliContext;
class TeamLedger;
struct Credential;
struct PreparedOrder;
struct TeamOrder;

// The team ledger from the command line (docs/ARCHITECTURE.md, "The team ledger"): its set-up
// ("ledger init|grant|policy|verify|password|import"), the approval queue ("approvals"), the decisions
// ("approve", "decline"), taking back ("withdraw"), sending an approved order ("send"), and
// "order" on a team ledger. Every rule is the database's; this class asks and words the answers.
class TeamCommand
{
    Q_DECLARE_TR_FUNCTIONS(OrderDesk::TeamCommand)

public:
    explicit TeamCommand(CliContext& context);

    int runLedger(const QStringList& arguments);    // arguments[0] == "ledger"
    int runApprovals(const QStringList& arguments); // "approvals"
    int runApprove(const QStringList& arguments);   // "approve"
    int runDecline(const QStringList& arguments);   // "decline"
    int runWithdraw(const QStringList& arguments);  // "withdraw"
    int runSend(const QStringList& arguments);      // "send"

    // "order" on a team ledger, after the order was checked: recorded as awaiting approval
    // (exit code 6), or sent at once when the team's policy needs no approval for it.
    int placeOrder(const PreparedOrder& prepared, const Credential& credential, bool yes, bool allowDuplicate,
                   bool json);

    // An order as --json prints it: the keys of the CLI contract for a team ledger's order.
    static QJsonObject orderJson(const TeamOrder& order);

private:
    int ledgerInit();
    int ledgerGrant(const QStringList& arguments);
    int ledgerPolicy(const QStringList& arguments);
    int ledgerVerify(const QStringList& arguments);
    int ledgerPassword();
    // Moves a desk's own ledger file into the team ledger, every order with its history.
    int ledgerImport(const QStringList& arguments);
    // The order as it will be sent, rebuilt from its parameters; nullopt after printing why.
    std::optional<PreparedOrder> preparedFrom(const TeamOrder& order);
    // Claims order `id`, sends it and records the outcome in the team ledger.
    int sendApproved(TeamLedger& team, qint64 id, const QString& profileName, bool json);
    int refused(const QString& message, bool json, qint64 id = 0);
    // The team ledger for "COMMAND ID": the order number from the arguments and the ledger opened;
    // nullptr after printing `usage` (no number), `teamOnly` (no team ledger) or why it cannot be
    // opened, with the exit code in `failure`.
    TeamLedger* teamForOrder(const QCommandLineParser& parser, const QString& usage, const QString& teamOnly,
                             qint64* id, int* failure);

    CliContext& m_context;
};

} // namespace OrderDesk
