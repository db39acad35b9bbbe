#include "OrderLedger.h"

#include "LedgerDialect.h"
#include "LedgerFile.h"
#include "LedgerSchema.h"
#include "LedgerServer.h"
#include "LedgerTransaction.h"
#include "OrderExportReader.h"
#include "OrderImport.h"
#include "OrderRowCodec.h"
#include "common/Clock.h"
#include "settings/DataLocation.h"
#include "team/TeamLedgerLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace OrderDesk {

namespace {

Q_LOGGING_CATEGORY(lcLedger, "orderdesk.ledger")

constexpr const char* kContext = "OrderDesk::OrderLedger";

const QString kInterruptedNote =
    QStringLiteral("OrderDesk stopped before the provider's answer was recorded; the order may or may not "
                   "have been placed.");
const QString kAbandonedNote =
    QStringLiteral("OrderDesk stopped waiting for the provider's answer; the order may or may not have been "
                   "placed.");

using Codec = OrderRowCodec;

void setError(LocalizedText* error, const LocalizedText& text)
{
    if (error)
        *error = text;
}

LocalizedText notOpenError()
{
    return LocalizedText(kContext,
                         QT_TRANSLATE_NOOP("OrderDesk::OrderLedger", "The order ledger is not open."));
}

LocalizedText noSuchOrderError(qint64 id)
{
    return LocalizedText(kContext,
                         QT_TRANSLATE_NOOP("OrderDesk::OrderLedger", "There is no order %1 in the ledger."))
        .arg(id);
}

} // namespace

OrderLedger::OrderLedger(const Clock& clock)
    : m_clock(clock)
    , m_store(std::make_unique<LedgerFile>())
{}

OrderLedger::~OrderLedger()
{
    close();
}

QString OrderLedger::defaultFilePath()
{
    return DataLocation::dataDirectory() + QStringLiteral("/ledger.sqlite");
}

QString OrderLedger::currentOperator()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

bool OrderLedger::isServerLocation(const QString& location)
{
    return TeamLedgerLocation::isTeamLedger(location);
}

bool OrderLedger::open(const QString& location, LocalizedText* error, const QString& password)
{
    close();
    // The same kind of store keeps its connection's name (the window's readers hold it).
    const bool server = isServerLocation(location);
    if (server != (dynamic_cast<LedgerServer*>(m_store.get()) != nullptr)) {
        if (server)
            m_store = std::make_unique<LedgerServer>();
        else
            m_store = std::make_unique<LedgerFile>();
    }
    if (!m_store->open(location, password, error))
        return false;
    m_password = password;
    m_pages = OrderPageQuery(m_store->connectionName(), m_store->hasTextIndex(), m_store->hasSortIndexes());
    return true;
}

void OrderLedger::address(const QString& location, const QString& password)
{
    close();
    m_address = location;
    m_password = password;
}

void OrderLedger::close()
{
    m_pages = OrderPageQuery();
    m_store->close();
    m_password.clear();
    m_address.clear();
}

bool OrderLedger::hasTextIndex() const
{
    return m_store->hasTextIndex();
}

bool OrderLedger::hasServerTextIndex() const
{
    const auto* server = dynamic_cast<const LedgerServer*>(m_store.get());
    return server && server->hasTrigramIndexes();
}

bool OrderLedger::isOpen() const
{
    return m_store->isOpen();
}

bool OrderLedger::isOnServer() const
{
    return isOpen() && ledgerDialect(database()) == LedgerDialect::PostgreSql;
}

QString OrderLedger::filePath() const
{
    return m_address.isEmpty() ? m_store->location() : m_address;
}

int OrderLedger::currentSchemaVersion()
{
    return LedgerSchema::currentVersion();
}

QString OrderLedger::connectionName() const
{
    return m_store->connectionName();
}

QSqlDatabase OrderLedger::database() const
{
    return m_store->database();
}
bool OrderLedger::failWrite(const QString& technicalError, LocalizedText* error) const
{
    const LocalizedText text =
        LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderLedger",
                                                  "The order ledger could not be updated: %1"))
            .arg(technicalError);
    qCWarning(lcLedger).noquote() << text.toEnglish();
    setError(error, text);
    return false;
}

bool OrderLedger::refuse(const OrderTransitions::Change& change, LocalizedText* error) const
{
    setError(error, change.refusal);
    return false;
}

bool OrderLedger::appendEvent(qint64 id, qint64 atMs, OrderEventKind kind, OrderStatus status,
                              const QString& detail, QString* technicalError)
{
    QSqlQuery query(database());
    if (!Codec::prepareAndBind(
            query,
            QStringLiteral("INSERT INTO order_events (order_row_id, at_utc, kind, status, detail)"
                           " VALUES (?, ?, ?, ?, ?)"),
            {id, atMs, OrderEventKindNames::key(kind), OrderStatusNames::key(status), Codec::text(detail)}) ||
        !query.exec()) {
        *technicalError = query.lastError().text();
        return false;
    }
    return true;
}

std::optional<OrderLedger::RowChange> OrderLedger::beginChange(LedgerTransaction& transaction, qint64 id,
                                                               const Rule& rule, LocalizedText* error,
                                                               OrderTransitions::Change* applied) const
{
    if (!isOpen()) {
        setError(error, notOpenError());
        return std::nullopt;
    }
    QString technical;
    if (!transaction.begin(LedgerTransaction::Mode::Write, &technical)) {
        failWrite(technical, error);
        return std::nullopt;
    }
    QSqlQuery query(database());
    if (!Codec::prepareAndBind(
            query, QStringLiteral("SELECT ") + Codec::columns() + QStringLiteral(" FROM orders WHERE id = ?"),
            {id}) ||
        !query.exec()) {
        failWrite(query.lastError().text(), error);
        return std::nullopt;
    }
    if (!query.next()) {
        setError(error, noSuchOrderError(id));
        return std::nullopt;
    }
    RowChange row{Codec::fromQuery(query), {}};
    row.change = rule(row.current);
    if (applied)
        *applied = row.change;
    if (!row.change.allowed) {
        refuse(row.change, error);
        return std::nullopt;
    }
    return row;
}

std::optional<OrderRecord> OrderLedger::newestDuplicate(const QString& provider, const QString& profile,
                                                        const QString& resourceId,
                                                        std::chrono::seconds window,
                                                        QString* technicalError) const
{
    const qint64 now = Codec::toMs(m_clock.nowUtc());
    const qint64 windowMs = std::chrono::duration_cast<std::chrono::milliseconds>(window).count();
    QSqlQuery query(database());
    if (!Codec::prepareAndBind(
            query,
            QStringLiteral("SELECT ") + Codec::columns() +
                // No upper bound: another process may date its order a moment after this clock's
                // now (each is dated when it was given to its writer, and commits in lock order).
                QStringLiteral(" FROM orders WHERE provider = ? AND profile = ? AND resource_id = ?"
                               " AND created_utc > ? AND status <> ?"
                               " ORDER BY created_utc DESC, id DESC LIMIT 1"),
            {Codec::text(provider), Codec::text(profile), Codec::text(resourceId), now - windowMs,
             OrderStatusNames::key(OrderStatus::Rejected)}) ||
        !query.exec()) {
        *technicalError = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return Codec::fromQuery(query);
}

qint64 OrderLedger::insertPending(const OrderRecord& record, LocalizedText* error)
{
    return insertPending(record, Lease(), DuplicateGuard(), nullptr, error);
}

qint64 OrderLedger::insertPending(const OrderRecord& record, const Lease& lease, const DuplicateGuard& guard,
                                  std::optional<OrderRecord>* duplicate, LocalizedText* error)
{
    if (duplicate)
        duplicate->reset();
    if (!isOpen()) {
        setError(error, notOpenError());
        return 0;
    }
    if (record.provider.isEmpty()) {
        setError(error, LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderLedger",
                                                                  "An order without a provider cannot be "
                                                                  "recorded.")));
        return 0;
    }
    const qint64 now = Codec::toMs(m_clock.nowUtc());
    const QString operatorName = record.operatorName.isEmpty() ? currentOperator() : record.operatorName;

    LedgerTransaction transaction(database());
    QString technical;
    if (!transaction.begin(LedgerTransaction::Mode::Write, &technical)) {
        failWrite(technical, error);
        return 0;
    }
    // Inside the write lock: whoever recorded an order of this resource since the user confirmed
    // is seen here, and nobody else can record one before this transaction ends.
    if (guard.enabled && !record.resourceId.isEmpty()) {
        technical.clear();
        const std::optional<OrderRecord> newest =
            newestDuplicate(record.provider, record.profile, record.resourceId, guard.window, &technical);
        if (!technical.isEmpty()) {
            failWrite(technical, error);
            return 0;
        }
        if (newest && newest->id > guard.acceptedUpToId) {
            if (duplicate)
                *duplicate = newest;
            setError(error, LocalizedText(kContext,
                                          QT_TRANSLATE_NOOP("OrderDesk::OrderLedger",
                                                            "Order %1 for the same resource %2 with the same "
                                                            "account was recorded after you confirmed this "
                                                            "one. Nothing was sent; confirm again if you "
                                                            "really mean to order it twice."))
                                .arg(newest->id)
                                .arg(newest->resourceId));
            return 0;
        }
    }

    QSqlQuery query(database());
    const bool prepared = Codec::prepareAndBind(
        query,
        QStringLiteral(
            "INSERT INTO orders (created_utc, updated_utc, provider, profile, operator_name, region,"
            " resource_id, endpoint, params_json, idempotency_token, status, attempts, note, lease_owner,"
            " lease_until_utc)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?) RETURNING id"),
        {now, now, record.provider, Codec::text(record.profile), Codec::text(operatorName),
         Codec::text(record.region), Codec::text(record.resourceId), Codec::text(record.endpoint),
         Codec::paramsToJson(record.params), Codec::text(record.idempotencyToken),
         OrderStatusNames::key(OrderStatus::Pending), Codec::text(record.note),
         lease.isValid() ? lease.owner : QStringLiteral(""),
         lease.isValid() ? Codec::toMs(lease.untilUtc) : 0});
    // RETURNING rather than lastInsertId(): QPSQL's asks lastval(), the last sequence any statement
    // of the session used.
    if (!prepared || !query.exec() || !query.next()) {
        failWrite(query.lastError().text(), error);
        return 0;
    }
    const qint64 id = query.value(0).toLongLong();
    query.finish();

    QJsonObject detail;
    if (!record.idempotencyToken.isEmpty())
        detail.insert(QStringLiteral("idempotencyToken"), record.idempotencyToken);
    detail.insert(QStringLiteral("operator"), operatorName);
    if (guard.enabled && guard.acceptedUpToId > 0)
        detail.insert(QStringLiteral("confirmedDuplicateOf"), guard.acceptedUpToId);
    if (!appendEvent(id, now, OrderEventKind::Created, OrderStatus::Pending, Codec::compactJson(detail),
                     &technical) ||
        (hasTextIndex() && !LedgerSchema::drainTextIndex(database(), &technical)) ||
        !transaction.commit(&technical)) {
        failWrite(technical, error);
        return 0;
    }
    return id;
}

int OrderLedger::importRecords(const QList<OrderRecord>& records, LocalizedText* error)
{
    if (!isOpen()) {
        setError(error, notOpenError());
        return 0;
    }
    return OrderImport::write(database(), hasTextIndex(), records, m_clock.nowUtc(), error);
}

bool OrderLedger::recordAttempt(qint64 id, int attempt, LocalizedText* error)
{
    return recordAttempt(id, attempt, Lease(), error);
}

bool OrderLedger::recordAttempt(qint64 id, int attempt, const Lease& lease, LocalizedText* error)
{
    if (!isOpen()) {
        setError(error, notOpenError());
        return false;
    }
    if (attempt < 1) {
        setError(error, LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderLedger",
                                                                  "%1 is not a valid attempt number."))
                            .arg(attempt));
        return false;
    }
    const qint64 now = Codec::toMs(m_clock.nowUtc());
    LedgerTransaction transaction(database());
    const std::optional<RowChange> row = beginChange(transaction, id, OrderTransitions::attempt, error);
    if (!row)
        return false;
    const OrderRecord* current = &row->current;
    const OrderTransitions::Change& change = row->change;
    const int requests = current->attempts + 1;
    QSqlQuery query(database());
    const bool renew = lease.isValid();
    if (!Codec::prepareAndBind(
            query,
            QStringLiteral("UPDATE orders SET attempts = ?, updated_utc = ?,"
                           " lease_owner = CASE WHEN ? <> 0 THEN ? ELSE lease_owner END,"
                           " lease_until_utc = CASE WHEN ? <> 0 THEN ? ELSE lease_until_utc"
                           " END"
                           " WHERE id = ?"),
            {requests, now, renew ? 1 : 0, lease.owner, renew ? 1 : 0, Codec::toMs(lease.untilUtc), id}) ||
        !query.exec()) {
        return failWrite(query.lastError().text(), error);
    }
    QJsonObject detail;
    detail.insert(QStringLiteral("attempt"), attempt);
    detail.insert(QStringLiteral("requests"), requests);
    QString technical;
    if (!appendEvent(id, now, change.recordedAs, change.status, Codec::compactJson(detail), &technical) ||
        !transaction.commit(&technical)) {
        return failWrite(technical, error);
    }
    return true;
}

int OrderLedger::renewLeases(const QList<qint64>& ids, const Lease& lease)
{
    if (!isOpen() || ids.isEmpty() || !lease.isValid())
        return 0;
    LedgerTransaction transaction(database());
    QString technical;
    if (!transaction.begin(LedgerTransaction::Mode::Write, &technical)) {
        failWrite(technical, nullptr);
        return 0;
    }
    int renewed = 0;
    QSqlQuery query(database());
    if (!query.prepare(QStringLiteral("UPDATE orders SET lease_until_utc = ?"
                                      " WHERE id = ? AND status = ? AND lease_owner = ?"))) {
        failWrite(query.lastError().text(), nullptr);
        return 0;
    }
    for (const qint64 id : ids) {
        query.bindValue(0, Codec::toMs(lease.untilUtc));
        query.bindValue(1, id);
        query.bindValue(2, OrderStatusNames::key(OrderStatus::Pending));
        query.bindValue(3, lease.owner);
        if (!query.exec()) {
            failWrite(query.lastError().text(), nullptr);
            return 0;
        }
        renewed += query.numRowsAffected();
    }
    query.finish();
    if (!transaction.commit(&technical)) {
        failWrite(technical, nullptr);
        return 0;
    }
    return renewed;
}

bool OrderLedger::recordOutcome(qint64 id, const OrderOutcomeRecord& outcome, LocalizedText* error,
                                OrderTransitions::Change* applied)
{
    const qint64 now = Codec::toMs(m_clock.nowUtc());
    LedgerTransaction transaction(database());
    const std::optional<RowChange> row = beginChange(
        transaction, id,
        [&outcome](const OrderRecord& order) { return OrderTransitions::outcome(order, outcome.status); },
        error, applied);
    if (!row)
        return false;
    const OrderRecord* current = &row->current;
    const OrderTransitions::Change& change = row->change;
    const int attempts = outcome.attempts > current->attempts ? outcome.attempts : current->attempts;

    QJsonObject detail;
    QString technical;
    QSqlQuery query(database());
    if (change.recordedAs == OrderEventKind::LateAnswer) {
        // The answer is kept whole in the event; the row changes only where the provider's word
        // overrules a hand resolution, and then says so.
        OrderRecord answer = *current;
        answer.status = outcome.status;
        answer.orderId = outcome.orderId;
        answer.requestId = outcome.requestId;
        answer.errorCode = outcome.errorCode;
        answer.errorMessage = outcome.errorMessage;
        answer.httpStatus = outcome.httpStatus;
        answer.note = outcome.note;
        answer.rawResponse = outcome.rawResponse;
        detail = Codec::outcomeSnapshot(answer);
        detail.insert(QStringLiteral("answer"), detail.take(QStringLiteral("status")));
        detail.insert(QStringLiteral("resolution"), OrderResolutionNames::key(current->resolution));
        if (change.raisesConflict) {
            if (!Codec::prepareAndBind(
                    query,
                    QStringLiteral("UPDATE orders SET status = ?, order_id = ?, request_id = ?,"
                                   " conflict = 1, attempts = ?, raw_response = ?, lease_owner = '',"
                                   " lease_until_utc = 0, updated_utc = ? WHERE id = ?"),
                    {OrderStatusNames::key(change.status), Codec::text(outcome.orderId),
                     Codec::text(outcome.requestId), attempts, outcome.rawResponse, now, id}) ||
                !query.exec())
                return failWrite(query.lastError().text(), error);
            detail.insert(QStringLiteral("conflict"), true);
            detail.insert(QStringLiteral("previous"), Codec::outcomeSnapshot(*current));
        } else if (!Codec::prepareAndBind(
                       query,
                       QStringLiteral("UPDATE orders SET lease_owner = '', lease_until_utc = 0,"
                                      " attempts = ?, updated_utc = ? WHERE id = ?"),
                       {attempts, now, id}) ||
                   !query.exec()) {
            return failWrite(query.lastError().text(), error);
        }
    } else {
        if (!Codec::prepareAndBind(
                query,
                QStringLiteral(
                    "UPDATE orders SET status = ?, order_id = ?, request_id = ?, error_code = ?,"
                    " error_message = ?, http_status = ?, attempts = ?, raw_response = ?,"
                    " note = ?, lease_owner = '', lease_until_utc = 0, updated_utc = ? WHERE id = ?"),
                {OrderStatusNames::key(change.status), Codec::text(outcome.orderId),
                 Codec::text(outcome.requestId), Codec::text(outcome.errorCode),
                 Codec::text(outcome.errorMessage), outcome.httpStatus, attempts, outcome.rawResponse,
                 Codec::text(outcome.note), now, id}) ||
            !query.exec()) {
            return failWrite(query.lastError().text(), error);
        }
        OrderRecord after = *current;
        after.status = change.status;
        after.orderId = outcome.orderId;
        after.requestId = outcome.requestId;
        after.errorCode = outcome.errorCode;
        after.errorMessage = outcome.errorMessage;
        after.httpStatus = outcome.httpStatus;
        after.note = outcome.note;
        after.rawResponse.clear(); // the row keeps it; the event says what changed
        detail = Codec::outcomeSnapshot(after);
        detail.remove(QStringLiteral("status"));
        if (current->status != OrderStatus::Pending)
            detail.insert(QStringLiteral("previous"), Codec::outcomeSnapshot(*current));
    }
    detail.insert(QStringLiteral("attempts"), attempts);
    if (!appendEvent(id, now, change.recordedAs, change.status, Codec::compactJson(detail), &technical) ||
        !transaction.commit(&technical)) {
        return failWrite(technical, error);
    }
    return true;
}

bool OrderLedger::resolve(qint64 id, OrderResolution resolution, const QString& orderId, const QString& note,
                          LocalizedText* error, const QString& operatorName)
{
    const QDateTime nowUtc = m_clock.nowUtc();
    const qint64 now = Codec::toMs(nowUtc);
    LedgerTransaction transaction(database());
    const std::optional<RowChange> row = beginChange(
        transaction, id,
        [resolution, &nowUtc](const OrderRecord& order) {
            return OrderTransitions::resolve(order, resolution, nowUtc);
        },
        error);
    if (!row)
        return false;
    const OrderRecord* current = &row->current;
    const OrderTransitions::Change& change = row->change;

    const bool placed = resolution == OrderResolution::Placed;
    OrderRecord after = *current;
    after.status = change.status;
    after.resolution = resolution;
    if (placed) {
        if (!orderId.trimmed().isEmpty())
            after.orderId = orderId.trimmed();
        // An error shown next to a placed order would contradict it; the event keeps it.
        after.errorCode.clear();
        after.errorMessage.clear();
    }
    if (!note.isEmpty())
        after.note = note;
    if (change.clearsConflict)
        after.conflict = false;

    QSqlQuery query(database());
    if (!Codec::prepareAndBind(
            query,
            QStringLiteral(
                "UPDATE orders SET status = ?, resolution = ?, order_id = ?, error_code = ?,"
                " error_message = ?, note = ?, conflict = ?, lease_owner = '', lease_until_utc = 0,"
                " updated_utc = ? WHERE id = ?"),
            {OrderStatusNames::key(after.status), OrderResolutionNames::key(after.resolution),
             Codec::text(after.orderId), Codec::text(after.errorCode), Codec::text(after.errorMessage),
             Codec::text(after.note), after.conflict ? 1 : 0, now, id}) ||
        !query.exec()) {
        return failWrite(query.lastError().text(), error);
    }
    QJsonObject detail;
    detail.insert(QStringLiteral("resolution"), OrderResolutionNames::key(resolution));
    if (placed && !after.orderId.isEmpty())
        detail.insert(QStringLiteral("orderId"), after.orderId);
    if (!note.isEmpty())
        detail.insert(QStringLiteral("note"), note);
    detail.insert(QStringLiteral("operator"), operatorName.isEmpty() ? currentOperator() : operatorName);
    if (change.clearsConflict)
        detail.insert(QStringLiteral("conflictCleared"), true);
    detail.insert(QStringLiteral("previous"), Codec::outcomeSnapshot(*current));
    QString technical;
    if (!appendEvent(id, now, change.recordedAs, after.status, Codec::compactJson(detail), &technical) ||
        !transaction.commit(&technical)) {
        return failWrite(technical, error);
    }
    return true;
}

bool OrderLedger::reopenForRetry(qint64 id, LocalizedText* error)
{
    return reopenForRetry(id, Lease(), error);
}

bool OrderLedger::reopenForRetry(qint64 id, const Lease& lease, LocalizedText* error)
{
    const qint64 now = Codec::toMs(m_clock.nowUtc());
    LedgerTransaction transaction(database());
    const std::optional<RowChange> row = beginChange(transaction, id, OrderTransitions::retry, error);
    if (!row)
        return false;
    const OrderRecord* current = &row->current;
    const OrderTransitions::Change& change = row->change;
    // The previous answer's values would be mistaken for the new attempt's; the event keeps them.
    QSqlQuery query(database());
    if (!Codec::prepareAndBind(
            query,
            QStringLiteral("UPDATE orders SET status = ?, request_id = '', error_code = '',"
                           " error_message = '', http_status = 0, raw_response = NULL, note = '',"
                           " lease_owner = ?, lease_until_utc = ?, updated_utc = ? WHERE id = ?"),
            {OrderStatusNames::key(change.status), lease.isValid() ? lease.owner : QStringLiteral(""),
             lease.isValid() ? Codec::toMs(lease.untilUtc) : 0, now, id}) ||
        !query.exec()) {
        return failWrite(query.lastError().text(), error);
    }
    QJsonObject detail;
    detail.insert(QStringLiteral("previous"), Codec::outcomeSnapshot(*current));
    QString technical;
    if (!appendEvent(id, now, change.recordedAs, change.status, Codec::compactJson(detail), &technical) ||
        !transaction.commit(&technical)) {
        return failWrite(technical, error);
    }
    return true;
}

bool OrderLedger::abandon(qint64 id, const QString& leaseOwner, LocalizedText* error)
{
    const qint64 now = Codec::toMs(m_clock.nowUtc());
    LedgerTransaction transaction(database());
    const std::optional<RowChange> row = beginChange(
        transaction, id,
        [&leaseOwner](const OrderRecord& order) { return OrderTransitions::abandon(order, leaseOwner); },
        error);
    if (!row)
        return false;
    const OrderRecord* current = &row->current;
    const OrderTransitions::Change& change = row->change;
    QSqlQuery query(database());
    if (!Codec::prepareAndBind(query,
                               QStringLiteral("UPDATE orders SET status = ?, note = ?, lease_owner = '',"
                                              " lease_until_utc = 0, updated_utc = ? WHERE id = ?"),
                               {OrderStatusNames::key(change.status), kAbandonedNote, now, id}) ||
        !query.exec()) {
        return failWrite(query.lastError().text(), error);
    }
    QJsonObject detail;
    detail.insert(QStringLiteral("attempts"), current->attempts);
    detail.insert(QStringLiteral("sender"), leaseOwner);
    QString technical;
    if (!appendEvent(id, now, change.recordedAs, change.status, Codec::compactJson(detail), &technical) ||
        !transaction.commit(&technical)) {
        return failWrite(technical, error);
    }
    return true;
}

int OrderLedger::markInterrupted()
{
    if (!isOpen())
        return 0;
    const QDateTime nowUtc = m_clock.nowUtc();
    const qint64 now = Codec::toMs(nowUtc);
    LedgerTransaction transaction(database());
    QString technical;
    if (!transaction.begin(LedgerTransaction::Mode::Write, &technical)) {
        failWrite(technical, nullptr);
        return 0;
    }

    QList<OrderRecord> stale;
    {
        QSqlQuery query(database());
        if (!Codec::prepareAndBind(
                query,
                QStringLiteral("SELECT ") + Codec::columns() +
                    QStringLiteral(" FROM orders WHERE status = ? AND lease_until_utc <= ? ORDER BY id"),
                {OrderStatusNames::key(OrderStatus::Pending), now}) ||
            !query.exec()) {
            failWrite(query.lastError().text(), nullptr);
            return 0;
        }
        while (query.next()) {
            const OrderRecord record = Codec::fromQuery(query);
            if (OrderTransitions::interrupt(record, nowUtc).allowed)
                stale << record;
        }
    }
    for (const OrderRecord& record : std::as_const(stale)) {
        const OrderTransitions::Change change = OrderTransitions::interrupt(record, nowUtc);
        QSqlQuery query(database());
        if (!Codec::prepareAndBind(
                query,
                QStringLiteral("UPDATE orders SET status = ?, note = ?, lease_owner = '',"
                               " lease_until_utc = 0, updated_utc = ? WHERE id = ?"),
                {OrderStatusNames::key(change.status), kInterruptedNote, now, record.id}) ||
            !query.exec()) {
            failWrite(query.lastError().text(), nullptr);
            return 0;
        }
        QJsonObject detail;
        detail.insert(QStringLiteral("lastUpdateUtc"), record.updatedUtc.toString(Qt::ISODateWithMs));
        detail.insert(QStringLiteral("attempts"), record.attempts);
        if (!record.leaseOwner.isEmpty()) {
            detail.insert(QStringLiteral("sender"), record.leaseOwner);
            detail.insert(QStringLiteral("leaseUntilUtc"), record.leaseUntilUtc.toString(Qt::ISODateWithMs));
        }
        if (!record.note.isEmpty())
            detail.insert(QStringLiteral("previousNote"), record.note);
        if (!appendEvent(record.id, now, change.recordedAs, change.status, Codec::compactJson(detail),
                         &technical)) {
            failWrite(technical, nullptr);
            return 0;
        }
    }
    if (!transaction.commit(&technical)) {
        failWrite(technical, nullptr);
        return 0;
    }
    return static_cast<int>(stale.size());
}

std::optional<OrderRecord> OrderLedger::order(qint64 id) const
{
    return m_pages.order(id);
}

QStringList OrderLedger::queryPlan(const OrderQuery& query, const OrderSort& sort, int limit,
                                   const OrderRecord* after) const
{
    return m_pages.queryPlan(query, sort, limit, after);
}

QList<OrderRecord> OrderLedger::orders(const OrderQuery& query, int limit, qint64 beforeId) const
{
    OrderRecord boundary;
    boundary.id = beforeId;
    return m_pages.select(query, OrderSort(), limit, beforeId > 0 ? &boundary : nullptr, nullptr);
}

QList<OrderRecord> OrderLedger::orders(const OrderQuery& query, const OrderSort& sort, int limit,
                                       const OrderRecord* after) const
{
    return m_pages.select(query, sort, limit, after, nullptr);
}

int OrderLedger::count(const OrderQuery& query, int atMost) const
{
    return m_pages.count(query, atMost);
}

QList<OrderEvent> OrderLedger::events(qint64 id) const
{
    return m_pages.events(id);
}

std::optional<OrderRecord> OrderLedger::recentDuplicate(const QString& provider, const QString& profile,
                                                        const QString& resourceId,
                                                        std::chrono::seconds window) const
{
    if (!isOpen())
        return std::nullopt;
    QString technical;
    std::optional<OrderRecord> found = newestDuplicate(provider, profile, resourceId, window, &technical);
    if (!technical.isEmpty())
        qCWarning(lcLedger) << "duplicate check failed:" << technical;
    return found;
}

bool OrderLedger::matches(qint64 id, const OrderQuery& query) const
{
    return isOpen() && m_pages.matches(id, query);
}

bool OrderLedger::readForExport(const OrderQuery& query,
                                const std::function<bool(const OrderExportRecord&)>& visit,
                                LocalizedText* error) const
{
    if (!isOpen()) {
        setError(error, notOpenError());
        return false;
    }
    return OrderExportReader(database(), m_pages).read(query, visit, error);
}

} // namespace OrderDesk
