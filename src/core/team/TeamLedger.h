#pragma once

#include "TeamEvent.h"
#include "TeamHashChain.h"
#include "TeamLedgerLocation.h"
#include "TeamOrder.h"
#include "common/LocalizedText.h"

#include <QList>
#include <QMap>
#include <QString>

#include <chrono>
#include <optional>

class QSqlDatabase;
class QSqlQuery;

namespace OrderDesk {

// A ledger a team shares on PostgreSQL, with maker–checker approval (docs/ARCHITECTURE.md, "The
// team ledger"). Every rule is the database's: this class calls its functions and reads its
// tables, and a refusal comes back as `error` (TeamLedgerError) with nothing changed. Who acts is
// the role the connection logged in with. Each call waits for the database, so a TeamLedger
// belongs to one thread, never the GUI's.
class TeamLedger
{
public:
    TeamLedger();
    ~TeamLedger();
    TeamLedger(const TeamLedger&) = delete;
    TeamLedger& operator=(const TeamLedger&) = delete;

    // Logs in (password empty: libpq's PGPASSWORD or password file) and checks that the database
    // holds a team ledger of a version this program knows, unless `forInit`.
    bool open(const TeamLedgerLocation& location, const QString& password, LocalizedText* error = nullptr,
              bool forInit = false);
    void close();
    bool isOpen() const;
    const TeamLedgerLocation& location() const { return m_location; }
    // The role this connection acts as (session_user), recorded on every event.
    QString user() const { return m_user; }
    // The SQLSTATE of the last failure, for tests and the CLI's exit codes.
    QString lastSqlState() const { return m_lastSqlState; }

    // Administration, by a role that may create roles: the schema, its roles and functions, and
    // the desks' journal beside it (TeamJournal).
    bool initialize(LocalizedText* error = nullptr);
    bool grant(const QString& role, bool maker, bool checker, LocalizedText* error = nullptr);

    struct Policy
    {
        enum class Approval
        {
            All,
            None,
            LongerThan
        };
        Approval approval = Approval::All;
        int longerThanMonths = 0;
        double expiryHours = 4;
        double duplicateWindowHours = 24;
    };
    std::optional<Policy> policy(LocalizedText* error = nullptr) const;
    // Only a member of orderdesk_owner; expiryHours <= 0 keeps the expiry.
    bool setPolicy(const Policy& policy, LocalizedText* error = nullptr);
    // Whether the current role may prepare and send (maker), approve and decline (checker).
    bool isMaker() const;
    bool isChecker() const;

    struct Submission
    {
        QString provider;
        QString profile;
        QString resourceId;
        QString region;
        QString endpoint;
        QMap<QString, QString> params;
        QString clientToken;
        // The duplicate guard: an order of the resource in the team's window newer than
        // acceptedUpToId (the one the user saw and accepted) refuses the submission.
        bool guard = true;
        qint64 acceptedUpToId = 0;
    };
    // The new order's id and state (awaiting approval, or approved by the policy).
    std::optional<TeamOrder> submit(const Submission& submission, LocalizedText* error = nullptr);
    bool approve(qint64 id, const QString& payloadHash, const QString& comment,
                 LocalizedText* error = nullptr);
    bool decline(qint64 id, const QString& payloadHash, const QString& reason,
                 LocalizedText* error = nullptr);
    bool withdraw(qint64 id, const QString& reason, LocalizedText* error = nullptr);
    // Takes an approved order for sending, the one claim that wins; the order as claimed.
    std::optional<TeamOrder> claim(qint64 id, std::chrono::seconds lease, LocalizedText* error = nullptr);
    bool recordAttempt(qint64 id, int attempt, std::chrono::seconds lease, LocalizedText* error = nullptr);
    struct Outcome
    {
        TeamOrderState state = TeamOrderState::Unknown; // Succeeded, Rejected or Unknown
        QString orderId;
        QString providerStatus;
        QString errorCode;
        QString errorMessage;
        QString requestId;
        int attempts = 0;
        qint64 journalId = 0; // the sender's own ledger entry of the same order
    };
    bool recordOutcome(qint64 id, const Outcome& outcome, LocalizedText* error = nullptr);
    bool resolve(qint64 id, bool placed, const QString& orderId, const QString& note,
                 LocalizedText* error = nullptr);

    std::optional<TeamOrder> order(qint64 id, LocalizedText* error = nullptr) const;
    // Newest first; all states when `states` is empty, all orders when `limit` is 0.
    QList<TeamOrder> orders(const QList<TeamOrderState>& states = {}, int limit = 200,
                            LocalizedText* error = nullptr) const;
    // What checkers have to decide: orders awaiting approval and approvals that expired, oldest first.
    QList<TeamOrder> approvalQueue(LocalizedText* error = nullptr) const;
    // The newest order of the resource the team's duplicate guard would stop a new one for.
    std::optional<TeamOrder> recentDuplicate(const QString& provider, const QString& profile,
                                             const QString& resourceId) const;
    QList<TeamEvent> events(qint64 id, LocalizedText* error = nullptr) const;
    // Every order's hash chain; `ok` false when the ledger could not be read.
    QList<TeamHashChain::Problem> verify(bool* ok, LocalizedText* error = nullptr) const;

    // The QSqlDatabase connection name, for a listener or a reader in the same thread.
    QString connectionName() const { return m_connectionName; }

private:
    QSqlDatabase database() const;
    bool connectAndCheck(const QString& password, LocalizedText* error, bool forInit);
    bool fail(const QSqlQuery& query, LocalizedText* error) const;
    QList<TeamOrder> readOrders(const QString& where, const QVariantList& values, LocalizedText* error) const;

    TeamLedgerLocation m_location;
    QString m_connectionName;
    QString m_user;
    QString m_password; // for the journal's own connection in initialize()
    mutable QString m_lastSqlState;
};

} // namespace OrderDesk
