#pragma once

#include "LedgerStore.h"
#include "OrderEvent.h"
#include "OrderExportRecord.h"
#include "OrderOutcomeRecord.h"
#include "OrderPageQuery.h"
#include "OrderQuery.h"
#include "OrderRecord.h"
#include "OrderSort.h"
#include "OrderTransitions.h"
#include "common/LocalizedText.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QSqlDatabase;
class QSqlQuery;

namespace OrderDesk {

class Clock;
class LedgerTransaction;

// Every order ever placed, in one SQLite file that the GUI and the CLI may share, or in a
// PostgreSQL database that several computers share (docs/ARCHITECTURE.md, "Two stores").
// Write-ahead: a row is committed as Pending before the order is sent, so a crash at any
// point leaves a row, never nothing. Each change of an order is one transaction that also
// appends an event, so the history survives later changes of the row.
// An OrderLedger uses its own database connection and belongs to the thread that created it.
class OrderLedger
{
public:
    explicit OrderLedger(const Clock& clock);
    ~OrderLedger();
    OrderLedger(const OrderLedger&) = delete;
    OrderLedger& operator=(const OrderLedger&) = delete;

    // DataLocation::dataDirectory() + "/ledger.sqlite" (ORDERDESK_DATA_DIR moves it).
    static QString defaultFilePath();
    // The operating system's user name, recorded with each order.
    static QString currentOperator();

    // Whether `location` names a database server (postgresql://) rather than a file.
    static bool isServerLocation(const QString& location);

    // A file path: creates the folder, refuses (untouched) a file that is not a ledger of this or
    // an older version, then upgrades an older one. A postgresql://ROLE@HOST:PORT/DATABASE
    // address: logs in with `password` (empty: libpq's PGPASSWORD or password file), creates the
    // ledger's schema when the database has none, refuses one that is not a ledger. Opening again
    // closes the ledger opened before. A server is waited for: never on the GUI thread.
    bool open(const QString& location, LocalizedText* error = nullptr, const QString& password = {});
    // Names where the ledger is without connecting from this thread, closing what was open: for a
    // window, whose writer and readers connect in threads of their own (LedgerWriter,
    // LedgerReader), so that a server is never waited for on the GUI thread. isOpen() is false;
    // filePath() and password() say where and how the other threads connect.
    void address(const QString& location, const QString& password = {});
    void close();
    bool isOpen() const;
    // Open here, or addressed for the threads that work on it.
    bool hasLocation() const { return isOpen() || !m_address.isEmpty(); }
    bool isOnServer() const;
    // Whether the text filter is narrowed by the file's trigram index (SQLite with FTS5); the
    // results are the same either way.
    bool hasTextIndex() const;
    // Whether a server ledger's text filter is narrowed by trigram indexes (pg_trgm, LedgerServer).
    bool hasServerTextIndex() const;
    // The file path, or the server's postgresql:// address, it was opened or addressed with.
    QString filePath() const;
    // The password a server ledger was opened or addressed with, for another connection of the
    // same program (LedgerWriter, LedgerReader); empty for a file.
    QString password() const { return m_password; }
    // The clock that dates this ledger's rows and events.
    const Clock& clock() const { return m_clock; }
    static int currentSchemaVersion();
    // The QSqlDatabase connection name, for read-only use in the same thread.
    QString connectionName() const;

    // Who sends an order, and until when it counts as in flight without news (see OrderTransitions).
    struct Lease
    {
        QString owner;
        QDateTime untilUtc;
        bool isValid() const { return !owner.isEmpty() && untilUtc.isValid(); }
    };
    // The duplicate guard as the order's confirmation left it: an order of the same provider,
    // account and resource created within `window` that is newer than `acceptedUpToId` (the one
    // the user saw and confirmed, 0 for none) stops the insert.
    struct DuplicateGuard
    {
        bool enabled = false;
        qint64 acceptedUpToId = 0;
        std::chrono::seconds window = std::chrono::hours(24);
    };

    // Inserts the row as Pending with attempts 0, times from the clock, and commits it
    // (synchronous=FULL) before returning. Status and outcome fields of `record` are
    // ignored; an empty operatorName becomes currentOperator(). With a guard, the check for a
    // recent order of the resource runs in the same write transaction, so two processes cannot
    // both pass it: a newer duplicate is returned in `duplicate` and nothing is written.
    // With a lease, the order is in flight for its sender from the start.
    // Returns the row id, 0 on failure.
    qint64 insertPending(const OrderRecord& record, LocalizedText* error = nullptr);
    qint64 insertPending(const OrderRecord& record, const Lease& lease, const DuplicateGuard& guard,
                         std::optional<OrderRecord>* duplicate, LocalizedText* error = nullptr);
    // Whole records as they are (status, outcome, attempts and both times; an invalid time
    // becomes the clock's now, an empty operatorName currentOperator()), such as orders carried
    // over from another ledger, in one transaction: all of them or none. Each gets one
    // "imported" event with its status. Ids are assigned in list order. Returns how many
    // were written; 0 and `error` on failure.
    int importRecords(const QList<OrderRecord>& records, LocalizedText* error = nullptr);
    // A Pending row only: one more request sent (attempts counts every request of the order),
    // and the lease renewed when one is given.
    bool recordAttempt(qint64 id, int attempt, LocalizedText* error = nullptr);
    bool recordAttempt(qint64 id, int attempt, const Lease& lease, LocalizedText* error = nullptr);
    // Moves the lease of the sender's Pending orders forward. Returns how many were renewed.
    int renewLeases(const QList<qint64>& ids, const Lease& lease);
    // The sender's last word; releases its lease. Never refused for the order's state (see
    // OrderTransitions::outcome): `applied` says whether it was a late answer and whether it
    // raised a conflict. attempts 0 keeps the count.
    bool recordOutcome(qint64 id, const OrderOutcomeRecord& outcome, LocalizedText* error = nullptr,
                       OrderTransitions::Change* applied = nullptr);
    // The user's word on an order nobody is sending: placed → Succeeded with `orderId` (an
    // empty one keeps the recorded order id); not placed → NotPlaced. Refused while a live lease
    // holds the order. A non-empty note replaces the row's note; the event records the values
    // replaced and `operatorName` (empty: currentOperator()).
    bool resolve(qint64 id, OrderResolution resolution, const QString& orderId, const QString& note,
                 LocalizedText* error = nullptr, const QString& operatorName = {});
    // Unknown → Pending for a retry, event "retry" with the values the new attempt will replace,
    // leased to the retrying sender. Whether a retry is safe (an idempotency token) is the caller's
    // judgement.
    bool reopenForRetry(qint64 id, LocalizedText* error = nullptr);
    bool reopenForRetry(qint64 id, const Lease& lease, LocalizedText* error = nullptr);
    // The sender gives up waiting on its own order (quit, Ctrl+C): Pending → Unknown, lease released.
    bool abandon(qint64 id, const QString& leaseOwner, LocalizedText* error = nullptr);
    // Pending rows whose lease has expired on the ledger's clock (their sender ended without an
    // answer) become Unknown with an "interrupted" event. Returns how many; 0 also when the
    // ledger cannot be written.
    int markInterrupted();

    std::optional<OrderRecord> order(qint64 id) const;
    // Newest first (id descending); beforeId > 0 continues after the row with that id.
    QList<OrderRecord> orders(const OrderQuery& query, int limit = -1, qint64 beforeId = 0) const;
    // Sorted by `sort`, continuing after the row `after` when given: the page starts behind that
    // row's sort value and id as it was read, so pages neither skip nor repeat orders whose
    // values tie, even while new orders arrive.
    QList<OrderRecord> orders(const OrderQuery& query, const OrderSort& sort, int limit,
                              const OrderRecord* after = nullptr) const;
    // With atMost > 0, counting stops there: a text search over a million orders can match most
    // of them, and an exact figure would read them all on every keystroke.
    int count(const OrderQuery& query, int atMost = 0) const;
    // How SQLite finds that page (EXPLAIN QUERY PLAN of the first statement tried, one step a
    // line), for diagnostics.
    QStringList queryPlan(const OrderQuery& query, const OrderSort& sort, int limit,
                          const OrderRecord* after = nullptr) const;
    // Oldest first.
    QList<OrderEvent> events(qint64 id) const;
    // The newest row for the same provider + profile + resource created after now - window,
    // ignoring Rejected rows (the provider bought nothing). A NotPlaced row
    // counts: a hand resolution may be wrong.
    std::optional<OrderRecord> recentDuplicate(const QString& provider, const QString& profile,
                                               const QString& resourceId,
                                               std::chrono::seconds window = std::chrono::hours(24)) const;

    // Whether the order is among those `query` matches now (a changed order may have left a
    // filter that showed it).
    bool matches(qint64 id, const OrderQuery& query) const;

    // The rows matching `query`, oldest first, for an export (OrderCsvExport, OrderXlsxExport):
    // read in one transaction, so that a file shows the ledger at one instant; with what the
    // events say about the note (OrderExportRecord). `visit` returns false to stop; then, or
    // when the ledger cannot be read (`error`), returns false.
    bool readForExport(const OrderQuery& query, const std::function<bool(const OrderExportRecord&)>& visit,
                       LocalizedText* error = nullptr) const;

private:
    QSqlDatabase database() const;
    // A row as it was read for a change, and what the rules say of that change.
    struct RowChange
    {
        OrderRecord current;
        OrderTransitions::Change change;
    };
    using Rule = std::function<OrderTransitions::Change(const OrderRecord&)>;
    // Starts the write transaction, reads the row and asks `rule` (OrderTransitions) about the
    // change; nothing, with `error`, when the ledger is closed, the row missing or the change
    // refused. `applied` receives the rule's answer, a refusal included.
    std::optional<RowChange> beginChange(LedgerTransaction& transaction, qint64 id, const Rule& rule,
                                         LocalizedText* error,
                                         OrderTransitions::Change* applied = nullptr) const;
    std::optional<OrderRecord> newestDuplicate(const QString& provider, const QString& profile,
                                               const QString& resourceId, std::chrono::seconds window,
                                               QString* technicalError) const;
    bool appendEvent(qint64 id, qint64 atMs, OrderEventKind kind, OrderStatus status, const QString& detail,
                     QString* technicalError);
    bool failWrite(const QString& technicalError, LocalizedText* error) const;
    bool refuse(const OrderTransitions::Change& change, LocalizedText* error) const;

    const Clock& m_clock;
    std::unique_ptr<LedgerStore> m_store;
    QString m_password;
    QString m_address; // address(): where the other threads connect
    OrderPageQuery m_pages;
};

} // namespace OrderDesk
