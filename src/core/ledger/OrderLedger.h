#pragma once

#include "OrderEvent.h"
#include "OrderOutcomeRecord.h"
#include "OrderQuery.h"
#include "OrderRecord.h"
#include "OrderSort.h"
#include "common/LocalizedText.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <chrono>
#include <optional>

class QSqlDatabase;
class QSqlQuery;

namespace OrderDesk {

class Clock;

// Every order ever placed, in one SQLite file that the GUI and the CLI may share.
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

    // Creates the folder, refuses (untouched) a file that is not a ledger of this or an older
    // version, then upgrades an older one. Opening again closes the file opened before.
    bool open(const QString& filePath, LocalizedText* error = nullptr);
    void close();
    bool isOpen() const;
    // Whether the text filter is narrowed by the trigram index (SQLite with FTS5); the results
    // are the same either way.
    bool hasTextIndex() const;
    QString filePath() const;
    // The clock that dates this ledger's rows and events.
    const Clock& clock() const { return m_clock; }
    static int currentSchemaVersion();
    // The QSqlDatabase connection name, for read-only use in the same thread.
    QString connectionName() const;

    // Inserts the row as Pending with attempts 0, times from the clock, and commits it
    // (synchronous=FULL) before returning. Status and outcome fields of `record` are
    // ignored; an empty operatorName becomes currentOperator(). Returns the row id, 0 on failure.
    qint64 insertPending(const OrderRecord& record, LocalizedText* error = nullptr);
    // Whole records as they are (status, outcome, attempts and both times; an invalid time
    // becomes the clock's now, an empty operatorName currentOperator()), such as orders carried
    // over from another ledger, in one transaction: all of them or none. Each gets one
    // "imported" event with its status. Ids are assigned in list order. Returns how many
    // were written; 0 and `error` on failure.
    int importRecords(const QList<OrderRecord>& records, LocalizedText* error = nullptr);
    // A Pending row only. Also refreshes the row's update time, which markInterrupted reads.
    bool recordAttempt(qint64 id, int attempt, LocalizedText* error = nullptr);
    // A Pending row, or an Unknown one that the user has not resolved (a late but definitive
    // answer is worth more than an Unknown). Final rows are refused. attempts 0 keeps the count.
    bool recordOutcome(qint64 id, const OrderOutcomeRecord& outcome, LocalizedText* error = nullptr);
    // The user's word on an Unknown or Pending row: placed → Succeeded with `orderId`
    // (an empty one keeps the recorded order id) and resolution "placed"; not placed →
    // Rejected with resolution "not_placed". A non-empty note replaces the row's note.
    // The values replaced are kept in the "resolved" event.
    bool resolve(qint64 id, bool placed, const QString& orderId, const QString& note,
                 LocalizedText* error = nullptr);
    // Unknown → Pending for a retry, event "retry" with the values the new attempt will replace.
    // Whether a retry is safe (an idempotency token) is the caller's judgement.
    bool reopenForRetry(qint64 id, LocalizedText* error = nullptr);
    // Pending rows not updated since `staleBeforeUtc` (their process died) become Unknown
    // with an "interrupted" event. Returns how many; 0 also when the ledger cannot be written.
    int markInterrupted(const QDateTime& staleBeforeUtc);

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
    // The newest row for the same provider + profile + resource created in
    // (now - window, now], ignoring Rejected rows (nothing was bought).
    std::optional<OrderRecord> recentDuplicate(const QString& provider, const QString& profile,
                                               const QString& resourceId,
                                               std::chrono::seconds window = std::chrono::hours(24)) const;

    // The rows matching `query`, oldest first, as CSV for Excel (see OrderCsvWriter), written
    // through QSaveFile so that a failure never leaves half a file.
    bool exportCsv(const QString& filePath, const OrderQuery& query, LocalizedText* error = nullptr) const;

private:
    class Transaction;

    QSqlDatabase database() const;
    QList<OrderRecord> select(const OrderQuery& query, const OrderSort& sort, int limit,
                              const OrderRecord* after, LocalizedText* error) const;
    enum class PagePlan
    {
        Direct, // in the order of the id or of the sort column's index, filtered on the way
        Walk,   // the filter checked on the first rows of the sort column's index only
        Sorted  // the filter's matches, sorted
    };
    PagePlan firstPlan(const OrderQuery& query, const OrderSort& sort, int limit) const;
    // The statement of `plan` for that page, its values appended to `values`.
    QString pageStatement(const OrderQuery& query, const OrderSort& sort, int limit, const OrderRecord* after,
                          PagePlan plan, QVariantList* values) const;
    // Whether fewer rows than a walk reads follow `after` in the sort's order.
    bool walkReachedTheEnd(const OrderSort& sort, const OrderRecord* after) const;
    bool runPage(const QString& statement, const QVariantList& values, QList<OrderRecord>* records,
                 LocalizedText* error) const;
    // Starts a write transaction and reads the row it is about to change.
    std::optional<OrderRecord> beginRowWrite(Transaction& transaction, qint64 id, LocalizedText* error) const;
    bool appendEvent(qint64 id, qint64 atMs, const QString& kind, OrderStatus status, const QString& detail,
                     QString* technicalError);
    bool failWrite(const QString& technicalError, LocalizedText* error) const;
    // No row waits to be indexed: the index alone can find every candidate.
    bool textQueueEmpty() const;

    const Clock& m_clock;
    QString m_connectionName;
    QString m_filePath;
    bool m_open = false;
    bool m_textIndex = false;
    bool m_sortIndexes = false;
};

} // namespace OrderDesk
