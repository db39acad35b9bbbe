#include "OrderLedger.h"

#include "LedgerSchema.h"
#include "OrderExportReader.h"
#include "OrderRowCodec.h"
#include "common/Clock.h"
#include "settings/DataLocation.h"
#include "settings/OwnerOnlyFiles.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace OrderDesk {

namespace {

Q_LOGGING_CATEGORY(lcLedger, "orderdesk.ledger")

constexpr const char* kContext = "OrderDesk::OrderLedger";
constexpr int kBusyTimeoutMs = 5000;

const QString kInterruptedNote =
    QStringLiteral("OrderDesk stopped before the provider's answer was recorded; the order may or may not "
                   "have been placed.");
const QString kAbandonedNote =
    QStringLiteral("OrderDesk stopped waiting for the provider's answer; the order may or may not have been "
                   "placed.");

using Codec = OrderRowCodec;

bool prepareAndBind(QSqlQuery& query, const QString& statement, const QVariantList& values)
{
    if (!query.prepare(statement))
        return false;
    for (const QVariant& value : values)
        query.addBindValue(value);
    return true;
}

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

QAtomicInteger<quint32> connectionCounter;

// The ledger files this process has open through SQLite, with how many connections each.
// Reading such a file with a descriptor of our own and closing it would release every POSIX
// lock this process holds on it (a close drops all of a process's fcntl locks on the file), and
// another process could then take the file as unused: checkpoint and reset the WAL under the
// open connections, which corrupts what they read. The app's writer thread opens the file the
// window already has open, so this is not rare.
QMutex openFilesMutex;
QHash<QString, int> openFiles;

bool isOpenInThisProcess(const QString& absolutePath)
{
    const QMutexLocker locker(&openFilesMutex);
    return openFiles.value(absolutePath) > 0;
}

void noteOpened(const QString& absolutePath)
{
    const QMutexLocker locker(&openFilesMutex);
    ++openFiles[absolutePath];
}

void noteClosed(const QString& absolutePath)
{
    const QMutexLocker locker(&openFilesMutex);
    if (--openFiles[absolutePath] <= 0)
        openFiles.remove(absolutePath);
}

} // namespace

// One write (IMMEDIATE: the write lock is taken before anything is read, so a row checked
// inside cannot change before it is updated) or one consistent read (DEFERRED). Rolled back
// unless committed.
class OrderLedger::Transaction
{
public:
    enum class Mode
    {
        Write,
        Read
    };

    explicit Transaction(const QSqlDatabase& db)
        : m_db(db)
    {}
    ~Transaction()
    {
        if (m_active) {
            QSqlQuery query(m_db);
            query.exec(QStringLiteral("ROLLBACK"));
        }
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool begin(Mode mode, QString* technicalError)
    {
        QSqlQuery query(m_db);
        if (!query.exec(mode == Mode::Write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"))) {
            *technicalError = query.lastError().text();
            return false;
        }
        m_active = true;
        return true;
    }

    bool commit(QString* technicalError)
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("COMMIT"))) {
            *technicalError = query.lastError().text();
            return false;
        }
        m_active = false;
        return true;
    }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

OrderLedger::OrderLedger(const Clock& clock)
    : m_clock(clock)
    , m_connectionName(QStringLiteral("orderdesk-ledger-%1").arg(++connectionCounter))
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

bool OrderLedger::open(const QString& filePath, LocalizedText* error)
{
    close();
    const QString absolute = QFileInfo(filePath).absoluteFilePath();
    const QString nativePath = QDir::toNativeSeparators(absolute);
    const QDir folder = QFileInfo(absolute).absoluteDir();
    // A new folder is the ledger's own and made private; one that exists is left as it is.
    if (!folder.exists() && !OwnerOnlyFiles::ensureFolder(folder.absolutePath())) {
        setError(error, LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderLedger",
                                                                  "The folder %1 for the order ledger could "
                                                                  "not be created."))
                            .arg(QDir::toNativeSeparators(folder.absolutePath())));
        return false;
    }
    const LocalizedText notSqlite =
        LocalizedText(kContext,
                      QT_TRANSLATE_NOOP("OrderDesk::OrderLedger",
                                        "The file %1 is not an OrderDesk order ledger (it is not an "
                                        "SQLite database). It was left unchanged."))
            .arg(nativePath);
    // A file another connection of this process has open is known to be a ledger, and must not be
    // read with a descriptor of our own (see openFiles).
    if (!isOpenInThisProcess(absolute) && !LedgerSchema::looksLikeSqlite(absolute)) {
        setError(error, notSqlite);
        return false;
    }
    // Created 0600 before SQLite sees it, so that its -wal and -shm files are 0600 too (SQLite gives
    // them the database's permissions). An existing file is narrowed only once it proves to be a
    // ledger, below.
    if (!QFileInfo::exists(absolute)) {
        QString technical;
        if (!OwnerOnlyFiles::prepareFile(absolute, &technical))
            qCWarning(lcLedger) << "the ledger file could not be created private:" << technical;
    }

    LocalizedText failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(absolute);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
        const LocalizedText cannotOpen =
            LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderLedger", "The order ledger %1 could "
                                                                                "not be opened: %2"))
                .arg(nativePath);
        QString technical;
        int version = 0;
        if (!db.open()) {
            failure = cannotOpen.arg(db.lastError().text());
        } else {
            switch (LedgerSchema::inspect(db, &version, &technical)) {
            case LedgerSchema::State::NotSqlite:
                failure = notSqlite;
                break;
            case LedgerSchema::State::Foreign:
                failure = LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderLedger",
                                                                    "The file %1 is an SQLite database of "
                                                                    "another application, not an OrderDesk "
                                                                    "order ledger. It was left unchanged."))
                              .arg(nativePath);
                break;
            case LedgerSchema::State::Newer:
                failure =
                    LocalizedText(kContext,
                                  QT_TRANSLATE_NOOP("OrderDesk::OrderLedger",
                                                    "The order ledger %1 was written by a newer version of "
                                                    "OrderDesk (ledger version %2; this version reads up to "
                                                    "%3). Update OrderDesk to open it. The file was left "
                                                    "unchanged."))
                        .arg(nativePath)
                        .arg(version)
                        .arg(LedgerSchema::currentVersion());
                break;
            case LedgerSchema::State::Unreadable:
                failure = cannotOpen.arg(technical);
                break;
            case LedgerSchema::State::Current:
            case LedgerSchema::State::Upgradable:
                break;
            }
        }

        if (failure.isEmpty()) {
            // WAL lets the GUI read while the CLI writes; FULL makes each commit durable, which
            // is the point of writing ahead. Some file systems cannot do WAL: the default
            // rollback journal is still safe, only less concurrent.
            QSqlQuery pragma(db);
            if (!pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !pragma.next() ||
                pragma.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
                qCWarning(lcLedger) << "WAL journal not available for" << absolute
                                    << pragma.lastError().text();
            }
            pragma.finish();
            const QStringList settings{QStringLiteral("PRAGMA synchronous = FULL"),
                                       QStringLiteral("PRAGMA foreign_keys = ON"),
                                       QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs)};
            for (const QString& statement : settings) {
                if (!pragma.exec(statement)) {
                    failure = cannotOpen.arg(pragma.lastError().text());
                    break;
                }
                pragma.finish();
            }
        }

        if (failure.isEmpty() && version < LedgerSchema::currentVersion() &&
            !LedgerSchema::upgrade(db, version, &technical)) {
            failure = LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderLedger",
                                                                "The order ledger %1 could not be upgraded "
                                                                "to version %2: %3"))
                          .arg(nativePath)
                          .arg(LedgerSchema::currentVersion())
                          .arg(technical);
        }
        if (!failure.isEmpty())
            db.close();
    }

    bool textIndex = false;
    bool sortIndexes = false;
    if (failure.isEmpty()) {
        // A ledger names accounts, resources and orders: nobody else on the machine should read it,
        // also when an older OrderDesk created it with the umask's permissions.
        QString technical;
        if (!OwnerOnlyFiles::prepareFile(absolute, &technical))
            qCWarning(lcLedger) << "the ledger's permissions could not be narrowed:" << technical;
    }
    if (failure.isEmpty()) {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        QString technical;
        // Without the index the filter scans the table: slower, the same results.
        if (!LedgerSchema::ensureTextIndex(db, &textIndex, &technical))
            qCWarning(lcLedger) << "the text index of" << absolute << "could not be built:" << technical;
        // Without them a sort by a column reads and sorts every order: slower, the same results.
        technical.clear();
        if (!LedgerSchema::ensureSortIndexes(db, &sortIndexes, &technical) || !sortIndexes)
            qCWarning(lcLedger) << "the sort indexes of" << absolute << "could not be built:" << technical;
    }

    if (!failure.isEmpty()) {
        QSqlDatabase::removeDatabase(m_connectionName);
        qCWarning(lcLedger).noquote() << failure.toEnglish();
        setError(error, failure);
        return false;
    }
    m_filePath = absolute;
    m_open = true;
    noteOpened(absolute);
    m_textIndex = textIndex;
    m_pages = OrderPageQuery(m_connectionName, textIndex, sortIndexes);
    return true;
}

void OrderLedger::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    if (m_open)
        noteClosed(m_filePath);
    m_open = false;
    m_textIndex = false;
    m_pages = OrderPageQuery();
    m_filePath.clear();
}

bool OrderLedger::hasTextIndex() const
{
    return m_textIndex;
}

bool OrderLedger::isOpen() const
{
    return m_open;
}

QString OrderLedger::filePath() const
{
    return m_filePath;
}

int OrderLedger::currentSchemaVersion()
{
    return LedgerSchema::currentVersion();
}

QString OrderLedger::connectionName() const
{
    return m_connectionName;
}

QSqlDatabase OrderLedger::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
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
    if (!prepareAndBind(
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

std::optional<OrderRecord> OrderLedger::beginRowWrite(Transaction& transaction, qint64 id,
                                                      LocalizedText* error) const
{
    QString technical;
    if (!transaction.begin(Transaction::Mode::Write, &technical)) {
        failWrite(technical, error);
        return std::nullopt;
    }
    QSqlQuery query(database());
    if (!prepareAndBind(
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
    return Codec::fromQuery(query);
}

std::optional<OrderRecord> OrderLedger::newestDuplicate(const QString& provider, const QString& profile,
                                                        const QString& resourceId,
                                                        std::chrono::seconds window,
                                                        QString* technicalError) const
{
    const qint64 now = Codec::toMs(m_clock.nowUtc());
    const qint64 windowMs = std::chrono::duration_cast<std::chrono::milliseconds>(window).count();
    QSqlQuery query(database());
    if (!prepareAndBind(
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
    if (!m_open) {
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

    Transaction transaction(database());
    QString technical;
    if (!transaction.begin(Transaction::Mode::Write, &technical)) {
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
    const bool prepared = prepareAndBind(
        query,
        QStringLiteral(
            "INSERT INTO orders (created_utc, updated_utc, provider, profile, operator_name, region,"
            " resource_id, endpoint, params_json, idempotency_token, status, attempts, note, lease_owner,"
            " lease_until_utc)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)"),
        {now, now, record.provider, Codec::text(record.profile), Codec::text(operatorName),
         Codec::text(record.region), Codec::text(record.resourceId), Codec::text(record.endpoint),
         Codec::paramsToJson(record.params), Codec::text(record.idempotencyToken),
         OrderStatusNames::key(OrderStatus::Pending), Codec::text(record.note),
         lease.isValid() ? lease.owner : QStringLiteral(""),
         lease.isValid() ? Codec::toMs(lease.untilUtc) : 0});
    if (!prepared || !query.exec()) {
        failWrite(query.lastError().text(), error);
        return 0;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    query.finish();

    QJsonObject detail;
    if (!record.idempotencyToken.isEmpty())
        detail.insert(QStringLiteral("idempotencyToken"), record.idempotencyToken);
    detail.insert(QStringLiteral("operator"), operatorName);
    if (guard.enabled && guard.acceptedUpToId > 0)
        detail.insert(QStringLiteral("confirmedDuplicateOf"), guard.acceptedUpToId);
    if (!appendEvent(id, now, OrderEventKind::Created, OrderStatus::Pending, Codec::compactJson(detail),
                     &technical) ||
        (m_textIndex && !LedgerSchema::drainTextIndex(database(), &technical)) ||
        !transaction.commit(&technical)) {
        failWrite(technical, error);
        return 0;
    }
    return id;
}

int OrderLedger::importRecords(const QList<OrderRecord>& records, LocalizedText* error)
{
    if (!m_open) {
        setError(error, notOpenError());
        return 0;
    }
    for (const OrderRecord& record : records) {
        if (record.provider.isEmpty()) {
            setError(error, LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderLedger",
                                                                      "An order without a provider cannot be "
                                                                      "recorded.")));
            return 0;
        }
    }
    if (records.isEmpty())
        return 0;
    const qint64 now = Codec::toMs(m_clock.nowUtc());
    const QString defaultOperator = currentOperator();

    Transaction transaction(database());
    QString technical;
    if (!transaction.begin(Transaction::Mode::Write, &technical)) {
        failWrite(technical, error);
        return 0;
    }
    // Prepared once: the statement is compiled once for the whole list.
    QSqlQuery insert(database());
    QSqlQuery event(database());
    if (!insert.prepare(QStringLiteral(
            "INSERT INTO orders (created_utc, updated_utc, provider, profile, operator_name, region,"
            " resource_id, endpoint, params_json, idempotency_token, status, order_id, request_id, "
            "error_code, error_message, http_status, attempts, raw_response, resolution, note, conflict)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) ||
        !event.prepare(QStringLiteral("INSERT INTO order_events (order_row_id, at_utc, kind, status, detail)"
                                      " VALUES (?, ?, ?, ?, '{}')"))) {
        failWrite(insert.lastError().isValid() ? insert.lastError().text() : event.lastError().text(), error);
        return 0;
    }
    for (const OrderRecord& record : records) {
        const qint64 created = record.createdUtc.isValid() ? Codec::toMs(record.createdUtc) : now;
        const qint64 updated = record.updatedUtc.isValid() ? Codec::toMs(record.updatedUtc) : created;
        const QString status = OrderStatusNames::key(record.status);
        const QVariantList values{
            created,
            updated,
            record.provider,
            Codec::text(record.profile),
            Codec::text(record.operatorName.isEmpty() ? defaultOperator : record.operatorName),
            Codec::text(record.region),
            Codec::text(record.resourceId),
            Codec::text(record.endpoint),
            Codec::paramsToJson(record.params),
            Codec::text(record.idempotencyToken),
            status,
            Codec::text(record.orderId),
            Codec::text(record.requestId),
            Codec::text(record.errorCode),
            Codec::text(record.errorMessage),
            record.httpStatus,
            record.attempts,
            record.rawResponse.isNull() ? QVariant() : QVariant(record.rawResponse),
            OrderResolutionNames::key(record.resolution),
            Codec::text(record.note),
            record.conflict ? 1 : 0};
        for (int i = 0; i < values.size(); ++i)
            insert.bindValue(i, values.at(i));
        if (!insert.exec()) {
            failWrite(insert.lastError().text(), error);
            return 0;
        }
        event.bindValue(0, insert.lastInsertId());
        event.bindValue(1, updated);
        event.bindValue(2, OrderEventKindNames::key(OrderEventKind::Imported));
        event.bindValue(3, status);
        if (!event.exec()) {
            failWrite(event.lastError().text(), error);
            return 0;
        }
    }
    insert.finish();
    event.finish();
    if ((m_textIndex && !LedgerSchema::drainTextIndex(database(), &technical)) ||
        !transaction.commit(&technical)) {
        failWrite(technical, error);
        return 0;
    }
    return static_cast<int>(records.size());
}

bool OrderLedger::recordAttempt(qint64 id, int attempt, LocalizedText* error)
{
    return recordAttempt(id, attempt, Lease(), error);
}

bool OrderLedger::recordAttempt(qint64 id, int attempt, const Lease& lease, LocalizedText* error)
{
    if (!m_open) {
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
    Transaction transaction(database());
    const std::optional<OrderRecord> current = beginRowWrite(transaction, id, error);
    if (!current)
        return false;
    const OrderTransitions::Change change = OrderTransitions::attempt(*current);
    if (!change.allowed)
        return refuse(change, error);
    const int requests = current->attempts + 1;
    QSqlQuery query(database());
    const bool renew = lease.isValid();
    if (!prepareAndBind(query,
                        QStringLiteral("UPDATE orders SET attempts = ?, updated_utc = ?,"
                                       " lease_owner = CASE WHEN ? THEN ? ELSE lease_owner END,"
                                       " lease_until_utc = CASE WHEN ? THEN ? ELSE lease_until_utc END"
                                       " WHERE id = ?"),
                        {requests, now, renew, lease.owner, renew, Codec::toMs(lease.untilUtc), id}) ||
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
    if (!m_open || ids.isEmpty() || !lease.isValid())
        return 0;
    Transaction transaction(database());
    QString technical;
    if (!transaction.begin(Transaction::Mode::Write, &technical)) {
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
    if (!m_open) {
        setError(error, notOpenError());
        return false;
    }
    const qint64 now = Codec::toMs(m_clock.nowUtc());
    Transaction transaction(database());
    const std::optional<OrderRecord> current = beginRowWrite(transaction, id, error);
    if (!current)
        return false;
    const OrderTransitions::Change change = OrderTransitions::outcome(*current, outcome.status);
    if (applied)
        *applied = change;
    if (!change.allowed)
        return refuse(change, error);
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
            if (!prepareAndBind(
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
        } else if (!prepareAndBind(query,
                                   QStringLiteral("UPDATE orders SET lease_owner = '', lease_until_utc = 0,"
                                                  " attempts = ?, updated_utc = ? WHERE id = ?"),
                                   {attempts, now, id}) ||
                   !query.exec()) {
            return failWrite(query.lastError().text(), error);
        }
    } else {
        if (!prepareAndBind(
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
    if (!m_open) {
        setError(error, notOpenError());
        return false;
    }
    const QDateTime nowUtc = m_clock.nowUtc();
    const qint64 now = Codec::toMs(nowUtc);
    Transaction transaction(database());
    const std::optional<OrderRecord> current = beginRowWrite(transaction, id, error);
    if (!current)
        return false;
    const OrderTransitions::Change change = OrderTransitions::resolve(*current, resolution, nowUtc);
    if (!change.allowed)
        return refuse(change, error);

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
    if (!prepareAndBind(
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
    if (!m_open) {
        setError(error, notOpenError());
        return false;
    }
    const qint64 now = Codec::toMs(m_clock.nowUtc());
    Transaction transaction(database());
    const std::optional<OrderRecord> current = beginRowWrite(transaction, id, error);
    if (!current)
        return false;
    const OrderTransitions::Change change = OrderTransitions::retry(*current);
    if (!change.allowed)
        return refuse(change, error);
    // The previous answer's values would be mistaken for the new attempt's; the event keeps them.
    QSqlQuery query(database());
    if (!prepareAndBind(query,
                        QStringLiteral("UPDATE orders SET status = ?, request_id = '', error_code = '',"
                                       " error_message = '', http_status = 0, raw_response = NULL, note = '',"
                                       " lease_owner = ?, lease_until_utc = ?, updated_utc = ? WHERE id = ?"),
                        {OrderStatusNames::key(change.status),
                         lease.isValid() ? lease.owner : QStringLiteral(""),
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
    if (!m_open) {
        setError(error, notOpenError());
        return false;
    }
    const qint64 now = Codec::toMs(m_clock.nowUtc());
    Transaction transaction(database());
    const std::optional<OrderRecord> current = beginRowWrite(transaction, id, error);
    if (!current)
        return false;
    const OrderTransitions::Change change = OrderTransitions::abandon(*current, leaseOwner);
    if (!change.allowed)
        return refuse(change, error);
    QSqlQuery query(database());
    if (!prepareAndBind(query,
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
    if (!m_open)
        return 0;
    const QDateTime nowUtc = m_clock.nowUtc();
    const qint64 now = Codec::toMs(nowUtc);
    Transaction transaction(database());
    QString technical;
    if (!transaction.begin(Transaction::Mode::Write, &technical)) {
        failWrite(technical, nullptr);
        return 0;
    }

    QList<OrderRecord> stale;
    {
        QSqlQuery query(database());
        if (!prepareAndBind(
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
        if (!prepareAndBind(query,
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
    if (!m_open)
        return std::nullopt;
    QSqlQuery query(database());
    if (!prepareAndBind(
            query, QStringLiteral("SELECT ") + Codec::columns() + QStringLiteral(" FROM orders WHERE id = ?"),
            {id}) ||
        !query.exec()) {
        qCWarning(lcLedger) << "reading order" << id << "failed:" << query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return Codec::fromQuery(query);
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
    QList<OrderEvent> events;
    if (!m_open)
        return events;
    QSqlQuery query(database());
    if (!prepareAndBind(
            query,
            QStringLiteral("SELECT id, order_row_id, at_utc, kind, status, detail FROM order_events"
                           " WHERE order_row_id = ? ORDER BY id"),
            {id}) ||
        !query.exec()) {
        qCWarning(lcLedger) << "reading the history of order" << id << "failed:" << query.lastError().text();
        return events;
    }
    while (query.next()) {
        OrderEvent event;
        event.id = query.value(0).toLongLong();
        event.orderRowId = query.value(1).toLongLong();
        event.atUtc = Codec::fromMs(query.value(2).toLongLong());
        // Kinds this version does not know (a newer OrderDesk's) read as the neutral "outcome".
        event.kind =
            OrderEventKindNames::fromKey(query.value(3).toString()).value_or(OrderEventKind::Outcome);
        event.status = OrderStatusNames::fromKey(query.value(4).toString()).value_or(OrderStatus::Unknown);
        event.detail = query.value(5).toString();
        events << event;
    }
    return events;
}

std::optional<OrderRecord> OrderLedger::recentDuplicate(const QString& provider, const QString& profile,
                                                        const QString& resourceId,
                                                        std::chrono::seconds window) const
{
    if (!m_open)
        return std::nullopt;
    QString technical;
    std::optional<OrderRecord> found = newestDuplicate(provider, profile, resourceId, window, &technical);
    if (!technical.isEmpty())
        qCWarning(lcLedger) << "duplicate check failed:" << technical;
    return found;
}

bool OrderLedger::matches(qint64 id, const OrderQuery& query) const
{
    return m_open && m_pages.matches(id, query);
}

bool OrderLedger::readForExport(const OrderQuery& query,
                                const std::function<bool(const OrderExportRecord&)>& visit,
                                LocalizedText* error) const
{
    if (!m_open) {
        setError(error, notOpenError());
        return false;
    }
    return OrderExportReader(database(), m_pages).read(query, visit, error);
}

} // namespace OrderDesk
