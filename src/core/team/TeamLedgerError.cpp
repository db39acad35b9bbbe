#include "TeamLedgerError.h"

#include <QCoreApplication>
#include <QSqlError>

namespace OrderDesk {

namespace {

constexpr const char* kContext = "OrderDesk::TeamLedgerError";

struct Explanation
{
    const char* state;
    const char* text;
};

// %1 is the SQLSTATE and the database's own message, for whoever looks into it.
const Explanation kExplanations[] = {
    {"OD001",
     QT_TRANSLATE_NOOP("OrderDesk::TeamLedgerError",
                       "You have no right to prepare or send orders in this team ledger. Ask its "
                       "administrator to run \"orderdesk-cli ledger grant YOUR_ROLE --maker\". (%1)")},
    {"OD002",
     QT_TRANSLATE_NOOP("OrderDesk::TeamLedgerError",
                       "You have no right to approve or decline orders in this team ledger. Ask its "
                       "administrator to run \"orderdesk-cli ledger grant YOUR_ROLE --checker\". (%1)")},
    {"OD003",
     QT_TRANSLATE_NOOP("OrderDesk::TeamLedgerError",
                       "You prepared this order, so you cannot approve or decline it: a second person "
                       "must check it. (%1)")},
    {"OD004",
     QT_TRANSLATE_NOOP("OrderDesk::TeamLedgerError", "There is no such order in the team ledger. (%1)")},
    {"OD005",
     QT_TRANSLATE_NOOP("OrderDesk::TeamLedgerError",
                       "This order is not waiting for approval (any more): someone decided it, or it "
                       "was withdrawn or sent. Nothing was changed. (%1)")},
    {"OD006", QT_TRANSLATE_NOOP("OrderDesk::TeamLedgerError",
                                "The order was changed after you read it (or after it was approved). Read it "
                                "again; a changed order needs a new approval. (%1)")},
    {"OD007", QT_TRANSLATE_NOOP("OrderDesk::TeamLedgerError",
                                "The approval of this order has expired. A checker must approve it again "
                                "before it can be sent. (%1)")},
    {"OD008",
     QT_TRANSLATE_NOOP("OrderDesk::TeamLedgerError",
                       "Someone else has already taken this order for sending; it is sent only once. "
                       "Its history shows who. (%1)")},
    {"OD009", QT_TRANSLATE_NOOP("OrderDesk::TeamLedgerError",
                                "This order is not approved, so it cannot be sent (or changed) now. (%1)")},
    {"OD010", QT_TRANSLATE_NOOP("OrderDesk::TeamLedgerError",
                                "The same resource was ordered recently with the same account (in the team "
                                "ledger). Look at that order first; to order again anyway, confirm the "
                                "duplicate. (%1)")},
    {"OD011",
     QT_TRANSLATE_NOOP("OrderDesk::TeamLedgerError",
                       "An order of the same resource with the same account is still open in the team "
                       "ledger (awaiting approval, approved, being sent or with an unknown outcome). "
                       "Finish, withdraw or resolve it first. (%1)")},
    {"OD012", QT_TRANSLATE_NOOP("OrderDesk::TeamLedgerError",
                                "A decline needs a reason, so that the person who prepared the order knows "
                                "what to change. (%1)")},
    {"OD013", QT_TRANSLATE_NOOP(
                  "OrderDesk::TeamLedgerError",
                  "This order is not being sent by you, so its outcome cannot be recorded by you. (%1)")},
    {"OD014", QT_TRANSLATE_NOOP("OrderDesk::TeamLedgerError",
                                "Only the team ledger's owner (a member of orderdesk_owner) may change its "
                                "rules or import orders. (%1)")},
    {"OD015",
     QT_TRANSLATE_NOOP("OrderDesk::TeamLedgerError",
                       "This order cannot be resolved now: only an order whose outcome is unknown, or "
                       "whose sender has gone quiet, can be. (%1)")},
    {"OD016", QT_TRANSLATE_NOOP("OrderDesk::TeamLedgerError",
                                "Only the person who prepared an order may change or withdraw it. (%1)")},
    {"OD017",
     QT_TRANSLATE_NOOP("OrderDesk::TeamLedgerError", "The team ledger refused the request as invalid. (%1)")},
    {"OD901", QT_TRANSLATE_NOOP("OrderDesk::TeamLedgerError",
                                "The history of the team ledger cannot be changed or removed. (%1)")},
    // Insufficient privilege: a table written directly, or a function without the right.
    {"42501", QT_TRANSLATE_NOOP("OrderDesk::TeamLedgerError",
                                "Your database role has no right to do this in the team ledger. (%1)")},
    {"28P01",
     QT_TRANSLATE_NOOP("OrderDesk::TeamLedgerError",
                       "The team ledger refused the login: check the role name and its password. (%1)")},
    {"28000",
     QT_TRANSLATE_NOOP("OrderDesk::TeamLedgerError",
                       "The team ledger refused the login: check the role name and its password. (%1)")},
    {"3D000", QT_TRANSLATE_NOOP("OrderDesk::TeamLedgerError",
                                "The database named in the team ledger's address does not exist. (%1)")},
    {"3F000", QT_TRANSLATE_NOOP("OrderDesk::TeamLedgerError",
                                "This database holds no team ledger yet. Its administrator creates one with "
                                "\"orderdesk-cli ledger init\". (%1)")},
    {"42P01", QT_TRANSLATE_NOOP("OrderDesk::TeamLedgerError",
                                "This database holds no team ledger yet. Its administrator creates one with "
                                "\"orderdesk-cli ledger init\". (%1)")},
};

} // namespace

QString TeamLedgerError::sqlState(const QSqlError& error)
{
    return error.nativeErrorCode();
}

bool TeamLedgerError::isRefusal(const QString& sqlState)
{
    return sqlState.startsWith(QLatin1String("OD")) || sqlState == QLatin1String("42501");
}

LocalizedText TeamLedgerError::explain(const QSqlError& error)
{
    return explain(sqlState(error), error.databaseText());
}

LocalizedText TeamLedgerError::explain(const QString& sqlState, const QString& databaseMessage)
{
    // The database's message keeps only its first line; the rest is the driver's context.
    const QString message = databaseMessage.section(QLatin1Char('\n'), 0, 0).trimmed();
    for (const Explanation& explanation : kExplanations) {
        if (sqlState == QLatin1String(explanation.state))
            return LocalizedText(kContext, explanation.text, {sqlState + QStringLiteral(": ") + message});
    }
    if (sqlState.startsWith(QLatin1String("08")) || sqlState.isEmpty())
        return LocalizedText(kContext,
                             QT_TRANSLATE_NOOP("OrderDesk::TeamLedgerError",
                                               "The team ledger cannot be reached: %1. Nothing is sent while "
                                               "it cannot record the order; try again when it is back."),
                             {message.isEmpty() ? sqlState : message});
    return LocalizedText(
        kContext,
        QT_TRANSLATE_NOOP("OrderDesk::TeamLedgerError", "The team ledger could not do this: %1 (%2)."),
        {message, sqlState});
}

} // namespace OrderDesk
