#include "OrderLedger.h"

#include "LedgerSchema.h"
#include "OrderCsvWriter.h"
#include "common/Clock.h"
#include "settings/DataLocation.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace OrderDesk {

namespace {

Q_LOGGING_CATEGORY(lcLedger, "orderdesk.ledger")

constexpr const char* kContext = "OrderDesk::OrderLedger";
constexpr int kBusyTimeoutMs = 5000;
constexpr int kExportPageSize = 500;
// A filtered page sorted by a column first looks for its rows among this many rows of the
// column's index (each read to check the filter: a few milliseconds), before it sorts the matches.
constexpr int kWalkRows = 8000;

// The column order recordFrom() reads.
const QLatin1String
    kColumns("id, created_utc, updated_utc, provider, profile, operator_name, region, resource_id, endpoint,"
             " params_json, idempotency_token, status, order_id, request_id, error_code, error_message,"
             " http_status, attempts, raw_response, resolution, note");

const QString kResolutionPlaced = QStringLiteral("placed");
const QString kResolutionNotPlaced = QStringLiteral("not_placed");
const QString kInterruptedNote =
    QStringLiteral("OrderDesk stopped before the provider's answer was recorded; the order may or may not "
                   "have been placed.");

qint64 toMs(const QDateTime& time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// SQLite stores a null QString as NULL, which the NOT NULL columns refuse.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString compactJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString paramsToJson(const QMap<QString, QString>& params)
{
    QJsonObject object;
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        object.insert(it.key(), it.value());
    return compactJson(object);
}

QMap<QString, QString> paramsFromJson(const QString& json)
{
    QMap<QString, QString> params;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        params.insert(it.key(), it.value().toString());
    return params;
}

OrderStatus statusFromKey(const QString& key)
{
    return OrderStatusNames::fromKey(key).value_or(OrderStatus::Unknown);
}

OrderRecord recordFrom(const QSqlQuery& query)
{
    OrderRecord record;
    record.id = query.value(0).toLongLong();
    record.createdUtc = fromMs(query.value(1).toLongLong());
    record.updatedUtc = fromMs(query.value(2).toLongLong());
    record.provider = query.value(3).toString();
    record.profile = query.value(4).toString();
    record.operatorName = query.value(5).toString();
    record.region = query.value(6).toString();
    record.resourceId = query.value(7).toString();
    record.endpoint = query.value(8).toString();
    record.params = paramsFromJson(query.value(9).toString());
    record.idempotencyToken = query.value(10).toString();
    record.status = statusFromKey(query.value(11).toString());
    record.orderId = query.value(12).toString();
    record.requestId = query.value(13).toString();
    record.errorCode = query.value(14).toString();
    record.errorMessage = query.value(15).toString();
    record.httpStatus = query.value(16).toInt();
    record.attempts = query.value(17).toInt();
    record.rawResponse = query.value(18).toByteArray();
    record.resolution = query.value(19).toString();
    record.note = query.value(20).toString();
    return record;
}

// The outcome values of a row, kept in an event before they are replaced.
QJsonObject outcomeSnapshot(const OrderRecord& record)
{
    QJsonObject object;
    object.insert(QStringLiteral("status"), OrderStatusNames::key(record.status));
    const auto put = [&object](const char* name, const QString& value) {
        if (!value.isEmpty())
            object.insert(QLatin1String(name), value);
    };
    put("orderId", record.orderId);
    put("requestId", record.requestId);
    put("errorCode", record.errorCode);
    put("errorMessage", record.errorMessage);
    put("note", record.note);
    put("rawResponse", QString::fromUtf8(record.rawResponse));
    if (record.httpStatus != 0)
        object.insert(QStringLiteral("httpStatus"), record.httpStatus);
    return object;
}

QString escapeLike(const QString& value)
{
    QString escaped;
    escaped.reserve(value.size() + 8);
    for (const QChar c : value) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped;
}

// The text filter's needle as the ledger compares it.
QString filterNeedle(const OrderQuery& query)
{
    return query.text.trimmed();
}

// Whether the trigram index can narrow the filter: it knows nothing of needles shorter than
// one trigram.
bool indexCanNarrow(const QString& needle)
{
    return needle.toUcs4().size() >= 3;
}

// Every trigram of the needle must be in a candidate row, in any column and any place. That is
// a superset of the rows that contain the needle (the index folds case beyond ASCII, and does
// not check that the trigrams are adjacent, or in one column); the LIKE that follows keeps
// exactly the rows the filter has always matched.
QString trigramMatch(const QString& needle)
{
    const QList<uint> characters = needle.toUcs4();
    QStringList terms;
    for (int i = 0; i + 3 <= characters.size(); ++i) {
        QString trigram = QString::fromUcs4(reinterpret_cast<const char32_t*>(characters.constData() + i), 3);
        trigram.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        const QString term = QLatin1Char('"') + trigram + QLatin1Char('"');
        if (!terms.contains(term))
            terms << term;
    }
    return terms.join(QStringLiteral(" AND "));
}

// Only fixed SQL fragments go into the statement; every value from the query is bound.
// `prefix` qualifies the column names ("o." when the statement joins the text index).
// `textIndex`: the ledger's trigram index may narrow the text filter (see trigramMatch).
QString whereClause(const OrderQuery& query, QVariantList* values, const QString& prefix = QString(),
                    bool textIndex = false)
{
    QStringList conditions;
    if (!query.provider.isEmpty()) {
        conditions << prefix + QStringLiteral("provider = ?");
        *values << query.provider;
    }
    if (query.status) {
        conditions << prefix + QStringLiteral("status = ?");
        *values << OrderStatusNames::key(*query.status);
    }
    const QString needle = filterNeedle(query);
    if (!needle.isEmpty()) {
        if (textIndex && indexCanNarrow(needle) && prefix.isEmpty()) {
            conditions << QStringLiteral("(id IN (SELECT rowid FROM orders_fts WHERE orders_fts MATCH ?)"
                                         " OR id IN (SELECT id FROM orders_fts_queue))");
            *values << trigramMatch(needle);
        }
        QStringList likes;
        const QString pattern = QLatin1Char('%') + escapeLike(needle) + QLatin1Char('%');
        for (const QString& column : LedgerSchema::textIndexColumns()) {
            likes << prefix + column + QStringLiteral(" LIKE ? ESCAPE '\\'");
            *values << pattern;
        }
        conditions << QLatin1Char('(') + likes.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    if (query.fromUtc.isValid()) {
        conditions << prefix + QStringLiteral("created_utc >= ?");
        *values << toMs(query.fromUtc);
    }
    if (query.toUtc.isValid()) {
        conditions << prefix + QStringLiteral("created_utc < ?");
        *values << toMs(query.toUtc);
    }
    if (conditions.isEmpty())
        return {};
    return QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

// kColumns of the table named "o".
QString qualifiedColumns()
{
    static const QString columns = [] {
        QStringList names = QString(kColumns).split(QStringLiteral(", "));
        for (QString& name : names)
            name.prepend(QStringLiteral("o."));
        return names.join(QStringLiteral(", "));
    }();
    return columns;
}

// The values of LedgerSchema::sortColumns(key) as the row stores them.
QVariantList sortValues(OrderSortKey key, const OrderRecord& record)
{
    switch (key) {
    case OrderSortKey::Id:
        return {};
    case OrderSortKey::Created:
        return {toMs(record.createdUtc)};
    case OrderSortKey::Provider:
        return {text(record.provider)};
    case OrderSortKey::Profile:
        return {text(record.profile)};
    case OrderSortKey::Region:
        return {text(record.region)};
    case OrderSortKey::Resource:
        return {text(record.resourceId)};
    case OrderSortKey::Status:
        return {OrderStatusNames::key(record.status)};
    case OrderSortKey::OrderId:
        return {text(record.orderId)};
    case OrderSortKey::RequestId:
        return {text(record.requestId)};
    case OrderSortKey::Error:
        return {text(record.errorCode), text(record.errorMessage)};
    case OrderSortKey::Attempts:
        return {record.attempts};
    }
    return {};
}

// Whether an index other than the sort column's can find the matches of the filter: a text
// shorter than a trigram cannot be found but by reading every row, in whichever order.
bool narrowable(const OrderQuery& query, bool textIndex)
{
    return !query.provider.isEmpty() || query.status || query.fromUtc.isValid() || query.toUtc.isValid() ||
           (textIndex && indexCanNarrow(filterNeedle(query)));
}

// The rows after `after` in the order of `keys` (the sort's columns, then the id) as one row
// value comparison, which compares column by column exactly as ORDER BY does; its values are
// appended to `values`.
QString afterCondition(const QStringList& keys, const OrderSort& sort, const OrderRecord& after,
                       QVariantList* values)
{
    QStringList placeholders;
    for (qsizetype i = 0; i < keys.size(); ++i)
        placeholders << QStringLiteral("?");
    *values << sortValues(sort.key, after) << after.id;
    return QLatin1Char('(') + keys.join(QStringLiteral(", ")) +
           (sort.ascending ? QStringLiteral(") > (") : QStringLiteral(") < (")) +
           placeholders.join(QStringLiteral(", ")) + QLatin1Char(')');
}

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
    if (!folder.exists() && !QDir().mkpath(folder.absolutePath())) {
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
    if (!LedgerSchema::looksLikeSqlite(absolute)) {
        setError(error, notSqlite);
        return false;
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
    m_textIndex = textIndex;
    m_sortIndexes = sortIndexes;
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
    m_open = false;
    m_textIndex = false;
    m_sortIndexes = false;
    m_filePath.clear();
}

bool OrderLedger::textQueueEmpty() const
{
    QSqlQuery query(database());
    return query.exec(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM orders_fts_queue)")) && query.next() &&
           query.value(0).toBool();
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

bool OrderLedger::appendEvent(qint64 id, qint64 atMs, const QString& kind, OrderStatus status,
                              const QString& detail, QString* technicalError)
{
    QSqlQuery query(database());
    if (!query.prepare(QStringLiteral("INSERT INTO order_events (order_row_id, at_utc, kind, status, detail)"
                                      " VALUES (?, ?, ?, ?, ?)"))) {
        *technicalError = query.lastError().text();
        return false;
    }
    query.addBindValue(id);
    query.addBindValue(atMs);
    query.addBindValue(kind);
    query.addBindValue(OrderStatusNames::key(status));
    query.addBindValue(text(detail));
    if (!query.exec()) {
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
    if (!prepareAndBind(query,
                        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM orders WHERE id = ?"),
                        {id}) ||
        !query.exec()) {
        failWrite(query.lastError().text(), error);
        return std::nullopt;
    }
    if (!query.next()) {
        setError(error, noSuchOrderError(id));
        return std::nullopt;
    }
    return recordFrom(query);
}

qint64 OrderLedger::insertPending(const OrderRecord& record, LocalizedText* error)
{
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
    const qint64 now = toMs(m_clock.nowUtc());
    const QString operatorName = record.operatorName.isEmpty() ? currentOperator() : record.operatorName;

    Transaction transaction(database());
    QString technical;
    if (!transaction.begin(Transaction::Mode::Write, &technical)) {
        failWrite(technical, error);
        return 0;
    }

    QSqlQuery query(database());
    const bool prepared = prepareAndBind(
        query,
        QStringLiteral(
            "INSERT INTO orders (created_utc, updated_utc, provider, profile, operator_name, region,"
            " resource_id, endpoint, params_json, idempotency_token, status, attempts, note)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)"),
        {now, now, record.provider, text(record.profile), text(operatorName), text(record.region),
         text(record.resourceId), text(record.endpoint), paramsToJson(record.params),
         text(record.idempotencyToken), OrderStatusNames::key(OrderStatus::Pending), text(record.note)});
    if (!prepared || !query.exec()) {
        failWrite(query.lastError().text(), error);
        return 0;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    query.finish();

    QJsonObject detail;
    if (!record.idempotencyToken.isEmpty())
        detail.insert(QStringLiteral("idempotencyToken"), record.idempotencyToken);
    if (!appendEvent(id, now, QStringLiteral("created"), OrderStatus::Pending, compactJson(detail),
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
    const qint64 now = toMs(m_clock.nowUtc());
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
            "error_code,"
            " error_message, http_status, attempts, raw_response, resolution, note)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) ||
        !event.prepare(QStringLiteral("INSERT INTO order_events (order_row_id, at_utc, kind, status, detail)"
                                      " VALUES (?, ?, 'imported', ?, '{}')"))) {
        failWrite(insert.lastError().isValid() ? insert.lastError().text() : event.lastError().text(), error);
        return 0;
    }
    for (const OrderRecord& record : records) {
        const qint64 created = record.createdUtc.isValid() ? toMs(record.createdUtc) : now;
        const qint64 updated = record.updatedUtc.isValid() ? toMs(record.updatedUtc) : created;
        const QString status = OrderStatusNames::key(record.status);
        const QVariantList values{created,
                                  updated,
                                  record.provider,
                                  text(record.profile),
                                  text(record.operatorName.isEmpty() ? defaultOperator : record.operatorName),
                                  text(record.region),
                                  text(record.resourceId),
                                  text(record.endpoint),
                                  paramsToJson(record.params),
                                  text(record.idempotencyToken),
                                  status,
                                  text(record.orderId),
                                  text(record.requestId),
                                  text(record.errorCode),
                                  text(record.errorMessage),
                                  record.httpStatus,
                                  record.attempts,
                                  record.rawResponse.isNull() ? QVariant() : QVariant(record.rawResponse),
                                  text(record.resolution),
                                  text(record.note)};
        for (int i = 0; i < values.size(); ++i)
            insert.bindValue(i, values.at(i));
        if (!insert.exec()) {
            failWrite(insert.lastError().text(), error);
            return 0;
        }
        event.bindValue(0, insert.lastInsertId());
        event.bindValue(1, updated);
        event.bindValue(2, status);
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
    const qint64 now = toMs(m_clock.nowUtc());
    Transaction transaction(database());
    const std::optional<OrderRecord> current = beginRowWrite(transaction, id, error);
    if (!current)
        return false;
    QString technical;
    if (current->status != OrderStatus::Pending) {
        setError(error, LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderLedger",
                                                                  "An attempt can only be recorded for a "
                                                                  "pending order; order %1 is not pending."))
                            .arg(id));
        return false;
    }
    QSqlQuery query(database());
    if (!prepareAndBind(query, QStringLiteral("UPDATE orders SET attempts = ?, updated_utc = ? WHERE id = ?"),
                        {attempt, now, id}) ||
        !query.exec()) {
        return failWrite(query.lastError().text(), error);
    }
    QJsonObject detail;
    detail.insert(QStringLiteral("attempt"), attempt);
    if (!appendEvent(id, now, QStringLiteral("attempt"), OrderStatus::Pending, compactJson(detail),
                     &technical) ||
        !transaction.commit(&technical)) {
        return failWrite(technical, error);
    }
    return true;
}

bool OrderLedger::recordOutcome(qint64 id, const OrderOutcomeRecord& outcome, LocalizedText* error)
{
    if (!m_open) {
        setError(error, notOpenError());
        return false;
    }
    if (outcome.status == OrderStatus::Pending) {
        setError(error, LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderLedger",
                                                                  "Pending is not an outcome: an outcome is "
                                                                  "succeeded, rejected or unknown.")));
        return false;
    }
    const qint64 now = toMs(m_clock.nowUtc());
    Transaction transaction(database());
    const std::optional<OrderRecord> current = beginRowWrite(transaction, id, error);
    if (!current)
        return false;
    QString technical;
    const bool open = current->status == OrderStatus::Pending ||
                      (current->status == OrderStatus::Unknown && current->resolution.isEmpty());
    if (!open) {
        setError(error, LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderLedger",
                                                                  "The outcome of order %1 is already final; "
                                                                  "it was not changed."))
                            .arg(id));
        return false;
    }
    const int attempts = outcome.attempts > 0 ? outcome.attempts : current->attempts;
    QSqlQuery query(database());
    if (!prepareAndBind(
            query,
            QStringLiteral("UPDATE orders SET status = ?, order_id = ?, request_id = ?, error_code = ?,"
                           " error_message = ?, http_status = ?, attempts = ?, raw_response = ?,"
                           " note = ?, updated_utc = ? WHERE id = ?"),
            {OrderStatusNames::key(outcome.status), text(outcome.orderId), text(outcome.requestId),
             text(outcome.errorCode), text(outcome.errorMessage), outcome.httpStatus, attempts,
             outcome.rawResponse, text(outcome.note), now, id}) ||
        !query.exec()) {
        return failWrite(query.lastError().text(), error);
    }

    OrderRecord after = *current;
    after.status = outcome.status;
    after.orderId = outcome.orderId;
    after.requestId = outcome.requestId;
    after.errorCode = outcome.errorCode;
    after.errorMessage = outcome.errorMessage;
    after.httpStatus = outcome.httpStatus;
    after.note = outcome.note;
    after.rawResponse.clear(); // the row keeps it; the event says what changed
    QJsonObject detail = outcomeSnapshot(after);
    detail.remove(QStringLiteral("status"));
    detail.insert(QStringLiteral("attempts"), attempts);
    if (current->status != OrderStatus::Pending)
        detail.insert(QStringLiteral("previous"), outcomeSnapshot(*current));
    if (!appendEvent(id, now, QStringLiteral("outcome"), outcome.status, compactJson(detail), &technical) ||
        !transaction.commit(&technical)) {
        return failWrite(technical, error);
    }
    return true;
}

bool OrderLedger::resolve(qint64 id, bool placed, const QString& orderId, const QString& note,
                          LocalizedText* error)
{
    if (!m_open) {
        setError(error, notOpenError());
        return false;
    }
    const qint64 now = toMs(m_clock.nowUtc());
    Transaction transaction(database());
    const std::optional<OrderRecord> current = beginRowWrite(transaction, id, error);
    if (!current)
        return false;
    QString technical;
    if (current->status != OrderStatus::Unknown && current->status != OrderStatus::Pending) {
        setError(error,
                 LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderLedger",
                                                           "Only an order whose outcome is unknown can "
                                                           "be marked as placed or as not placed; the "
                                                           "outcome of order %1 is already final."))
                     .arg(id));
        return false;
    }

    OrderRecord after = *current;
    after.status = placed ? OrderStatus::Succeeded : OrderStatus::Rejected;
    after.resolution = placed ? kResolutionPlaced : kResolutionNotPlaced;
    if (placed) {
        if (!orderId.trimmed().isEmpty())
            after.orderId = orderId.trimmed();
        // An error shown next to a placed order would contradict it; the event keeps it.
        after.errorCode.clear();
        after.errorMessage.clear();
    }
    if (!note.isEmpty())
        after.note = note;

    QSqlQuery query(database());
    if (!prepareAndBind(
            query,
            QStringLiteral("UPDATE orders SET status = ?, resolution = ?, order_id = ?, error_code = ?,"
                           " error_message = ?, note = ?, updated_utc = ? WHERE id = ?"),
            {OrderStatusNames::key(after.status), after.resolution, text(after.orderId),
             text(after.errorCode), text(after.errorMessage), text(after.note), now, id}) ||
        !query.exec()) {
        return failWrite(query.lastError().text(), error);
    }
    QJsonObject detail;
    detail.insert(QStringLiteral("resolution"), after.resolution);
    if (placed && !after.orderId.isEmpty())
        detail.insert(QStringLiteral("orderId"), after.orderId);
    if (!note.isEmpty())
        detail.insert(QStringLiteral("note"), note);
    detail.insert(QStringLiteral("previous"), outcomeSnapshot(*current));
    if (!appendEvent(id, now, QStringLiteral("resolved"), after.status, compactJson(detail), &technical) ||
        !transaction.commit(&technical)) {
        return failWrite(technical, error);
    }
    return true;
}

bool OrderLedger::reopenForRetry(qint64 id, LocalizedText* error)
{
    if (!m_open) {
        setError(error, notOpenError());
        return false;
    }
    const qint64 now = toMs(m_clock.nowUtc());
    Transaction transaction(database());
    const std::optional<OrderRecord> current = beginRowWrite(transaction, id, error);
    if (!current)
        return false;
    QString technical;
    if (current->status != OrderStatus::Unknown) {
        setError(error,
                 LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderLedger",
                                                           "Only an order whose outcome is unknown can "
                                                           "be sent again; order %1 is not."))
                     .arg(id));
        return false;
    }
    // The previous answer's values would be mistaken for the new attempt's; the event keeps them.
    QSqlQuery query(database());
    if (!prepareAndBind(query,
                        QStringLiteral("UPDATE orders SET status = ?, request_id = '', error_code = '',"
                                       " error_message = '', http_status = 0, raw_response = NULL, note = '',"
                                       " updated_utc = ? WHERE id = ?"),
                        {OrderStatusNames::key(OrderStatus::Pending), now, id}) ||
        !query.exec()) {
        return failWrite(query.lastError().text(), error);
    }
    QJsonObject detail;
    detail.insert(QStringLiteral("previous"), outcomeSnapshot(*current));
    if (!appendEvent(id, now, QStringLiteral("retry"), OrderStatus::Pending, compactJson(detail),
                     &technical) ||
        !transaction.commit(&technical)) {
        return failWrite(technical, error);
    }
    return true;
}

int OrderLedger::markInterrupted(const QDateTime& staleBeforeUtc)
{
    if (!m_open || !staleBeforeUtc.isValid())
        return 0;
    const qint64 now = toMs(m_clock.nowUtc());
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
                QStringLiteral("SELECT ") + kColumns +
                    QStringLiteral(" FROM orders WHERE status = ? AND updated_utc < ? ORDER BY id"),
                {OrderStatusNames::key(OrderStatus::Pending), toMs(staleBeforeUtc)}) ||
            !query.exec()) {
            failWrite(query.lastError().text(), nullptr);
            return 0;
        }
        while (query.next())
            stale << recordFrom(query);
    }
    for (const OrderRecord& record : std::as_const(stale)) {
        QSqlQuery query(database());
        if (!prepareAndBind(
                query, QStringLiteral("UPDATE orders SET status = ?, note = ?, updated_utc = ? WHERE id = ?"),
                {OrderStatusNames::key(OrderStatus::Unknown), kInterruptedNote, now, record.id}) ||
            !query.exec()) {
            failWrite(query.lastError().text(), nullptr);
            return 0;
        }
        QJsonObject detail;
        detail.insert(QStringLiteral("lastUpdateUtc"), record.updatedUtc.toString(Qt::ISODateWithMs));
        detail.insert(QStringLiteral("attempts"), record.attempts);
        if (!record.note.isEmpty())
            detail.insert(QStringLiteral("previousNote"), record.note);
        if (!appendEvent(record.id, now, QStringLiteral("interrupted"), OrderStatus::Unknown,
                         compactJson(detail), &technical)) {
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
    if (!prepareAndBind(query,
                        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM orders WHERE id = ?"),
                        {id}) ||
        !query.exec()) {
        qCWarning(lcLedger) << "reading order" << id << "failed:" << query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return recordFrom(query);
}

QString OrderLedger::pageStatement(const OrderQuery& query, const OrderSort& sort, int limit,
                                   const OrderRecord* after, PagePlan plan, QVariantList* values) const
{
    // Newest first with a text the index can narrow: the index's matches are read newest
    // first and the rows looked up one by one, so the first page costs as many lookups as it
    // takes to fill it, not a pass over every match.
    const bool driveByIndex = plan == PagePlan::Direct && m_textIndex && sort.key == OrderSortKey::Id &&
                              indexCanNarrow(filterNeedle(query)) && textQueueEmpty();
    const QString prefix = driveByIndex ? QStringLiteral("o.") : QString();
    QStringList keys = LedgerSchema::sortColumns(sort.key);
    keys << (driveByIndex ? QStringLiteral("orders_fts.rowid") : QStringLiteral("id"));
    QVariantList keysetValues;
    const QString keyset = after ? afterCondition(keys, sort, *after, &keysetValues) : QString();
    const QString direction = sort.ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QStringList orderTerms;
    for (const QString& key : keys)
        orderTerms << key + direction;
    const QString orderBy = QStringLiteral(" ORDER BY ") + orderTerms.join(QStringLiteral(", "));
    const auto andKeyset = [&keyset](const QString& where) -> QString {
        if (keyset.isEmpty())
            return where;
        return where + (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + keyset;
    };
    const QString limitClause = limit >= 0 ? QStringLiteral(" LIMIT ?") : QString();

    if (plan == PagePlan::Walk) {
        // The first kWalkRows rows in the sort's order come from its index alone, then each is
        // looked up by its id to check the filter (CROSS JOIN keeps that order of the loops: the
        // filter's own index would read all of its matches), and the page is the first that pass.
        *values << keysetValues << kWalkRows;
        const QString where = whereClause(query, values, QStringLiteral("o."));
        *values << limit;
        QStringList outerTerms;
        for (const QString& term : std::as_const(orderTerms))
            outerTerms << QStringLiteral("o.") + term;
        return QStringLiteral("SELECT ") + qualifiedColumns() +
               QStringLiteral(" FROM (SELECT id FROM orders") + andKeyset(QString()) + orderBy +
               QStringLiteral(" LIMIT ?) AS walk CROSS JOIN orders AS o ON o.id = walk.id") + where +
               QStringLiteral(" ORDER BY ") + outerTerms.join(QStringLiteral(", ")) + limitClause;
    }

    QString where;
    if (driveByIndex) {
        *values << trigramMatch(filterNeedle(query));
        const QString conditions = whereClause(query, values, prefix);
        where = QStringLiteral(" WHERE orders_fts MATCH ?") +
                (conditions.isEmpty() ? QString() : QStringLiteral(" AND ") + conditions.mid(7));
    } else {
        // A walk in the sort column's order checks the text on the rows it passes; candidates
        // from the text index serve only a page whose matches are looked up and sorted.
        where = whereClause(query, values, prefix,
                            m_textIndex && (plan == PagePlan::Sorted || sort.key == OrderSortKey::Id));
    }
    where = andKeyset(where);
    *values << keysetValues;
    if (limit >= 0)
        *values << limit;

    if (driveByIndex) {
        return QStringLiteral("SELECT ") + qualifiedColumns() +
               QStringLiteral(" FROM orders_fts CROSS JOIN orders AS o ON o.id = orders_fts.rowid") + where +
               orderBy + limitClause;
    }
    if (plan == PagePlan::Direct) {
        // The id, or a column whose index gives the rows in order: whole rows are read only for
        // the rows passed on the way to a full page.
        return QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM orders") + where + orderBy +
               limitClause;
    }
    // The matches are sorted: the inner query reads only the sort columns, and the whole rows
    // (parameters, raw answers) are read for the page alone.
    return QStringLiteral("SELECT ") + kColumns +
           QStringLiteral(" FROM orders WHERE id IN (SELECT id FROM orders") + where + orderBy + limitClause +
           QLatin1Char(')') + orderBy;
}

OrderLedger::PagePlan OrderLedger::firstPlan(const OrderQuery& query, const OrderSort& sort, int limit) const
{
    if (sort.key == OrderSortKey::Id)
        return PagePlan::Direct;
    if (!m_sortIndexes)
        return PagePlan::Sorted;
    // Nothing but the sort's index can find the rows (no filter, or a text too short for the
    // trigram index): the page is the first rows of the index that pass.
    if (!narrowable(query, m_textIndex))
        return PagePlan::Direct;
    // A provider or a status sorted by itself: its index finds the rows and gives their order.
    OrderQuery others = query;
    if (sort.key == OrderSortKey::Provider)
        others.provider.clear();
    else if (sort.key == OrderSortKey::Status)
        others.status.reset();
    if (!narrowable(others, m_textIndex))
        return PagePlan::Direct;
    return limit > 0 ? PagePlan::Walk : PagePlan::Sorted;
}

bool OrderLedger::walkReachedTheEnd(const OrderSort& sort, const OrderRecord* after) const
{
    QVariantList values;
    QString keyset;
    if (after) {
        const QStringList keys = LedgerSchema::sortColumns(sort.key) << QStringLiteral("id");
        keyset = QStringLiteral(" WHERE ") + afterCondition(keys, sort, *after, &values);
    }
    values << kWalkRows;
    QSqlQuery sql(database());
    return prepareAndBind(sql,
                          QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM orders") + keyset +
                              QStringLiteral(" LIMIT ?)"),
                          values) &&
           sql.exec() && sql.next() && sql.value(0).toInt() < kWalkRows;
}

bool OrderLedger::runPage(const QString& statement, const QVariantList& values, QList<OrderRecord>* records,
                          LocalizedText* error) const
{
    QSqlQuery sql(database());
    sql.setForwardOnly(true);
    if (!prepareAndBind(sql, statement, values) || !sql.exec()) {
        const LocalizedText text =
            LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderLedger",
                                                      "The order ledger could not be read: %1"))
                .arg(sql.lastError().text());
        qCWarning(lcLedger).noquote() << text.toEnglish();
        setError(error, text);
        return false;
    }
    while (sql.next())
        *records << recordFrom(sql);
    return true;
}

QList<OrderRecord> OrderLedger::select(const OrderQuery& query, const OrderSort& sort, int limit,
                                       const OrderRecord* after, LocalizedText* error) const
{
    QList<OrderRecord> records;
    if (!m_open) {
        setError(error, notOpenError());
        return records;
    }
    const PagePlan plan = firstPlan(query, sort, limit);
    QVariantList values;
    if (!runPage(pageStatement(query, sort, limit, after, plan, &values), values, &records, error))
        return {};
    // A short walk fills the page when the filter keeps many of the rows at this point of the
    // order; otherwise the filter's own index finds the matches and they are sorted. The filter
    // and the sort may go together (a provider's regions, the error codes of Rejected orders),
    // so the walk is bounded rather than trusted to find the matches soon.
    if (plan == PagePlan::Walk && records.size() < limit && !walkReachedTheEnd(sort, after)) {
        records.clear();
        values.clear();
        if (!runPage(pageStatement(query, sort, limit, after, PagePlan::Sorted, &values), values, &records,
                     error))
            return {};
    }
    return records;
}

QStringList OrderLedger::queryPlan(const OrderQuery& query, const OrderSort& sort, int limit,
                                   const OrderRecord* after) const
{
    QStringList steps;
    if (!m_open)
        return steps;
    QVariantList values;
    const QString statement =
        pageStatement(query, sort, limit, after, firstPlan(query, sort, limit), &values);
    QSqlQuery sql(database());
    sql.setForwardOnly(true);
    if (!prepareAndBind(sql, QStringLiteral("EXPLAIN QUERY PLAN ") + statement, values) || !sql.exec()) {
        qCWarning(lcLedger) << "explaining a page failed:" << sql.lastError().text();
        return steps;
    }
    // Columns: id, parent, notused, detail.
    while (sql.next())
        steps << sql.value(3).toString();
    return steps;
}

QList<OrderRecord> OrderLedger::orders(const OrderQuery& query, int limit, qint64 beforeId) const
{
    OrderRecord boundary;
    boundary.id = beforeId;
    return select(query, OrderSort(), limit, beforeId > 0 ? &boundary : nullptr, nullptr);
}

QList<OrderRecord> OrderLedger::orders(const OrderQuery& query, const OrderSort& sort, int limit,
                                       const OrderRecord* after) const
{
    return select(query, sort, limit, after, nullptr);
}

int OrderLedger::count(const OrderQuery& query, int atMost) const
{
    if (!m_open)
        return 0;
    QVariantList values;
    const QString where = whereClause(query, &values, QString(), m_textIndex);
    QString statement = QStringLiteral("SELECT count(*) FROM orders") + where;
    if (atMost > 0) {
        statement = QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM orders") + where +
                    QStringLiteral(" LIMIT ?)");
        values << atMost;
    }
    QSqlQuery sql(database());
    if (!prepareAndBind(sql, statement, values) || !sql.exec() || !sql.next()) {
        qCWarning(lcLedger) << "counting orders failed:" << sql.lastError().text();
        return 0;
    }
    return sql.value(0).toInt();
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
        event.atUtc = fromMs(query.value(2).toLongLong());
        event.kind = query.value(3).toString();
        event.status = statusFromKey(query.value(4).toString());
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
    const qint64 now = toMs(m_clock.nowUtc());
    const qint64 windowMs = std::chrono::duration_cast<std::chrono::milliseconds>(window).count();
    QSqlQuery query(database());
    if (!prepareAndBind(
            query,
            QStringLiteral("SELECT ") + kColumns +
                QStringLiteral(" FROM orders WHERE provider = ? AND profile = ? AND resource_id = ?"
                               " AND created_utc > ? AND created_utc <= ? AND status <> ?"
                               " ORDER BY created_utc DESC, id DESC LIMIT 1"),
            {text(provider), text(profile), text(resourceId), now - windowMs, now,
             OrderStatusNames::key(OrderStatus::Rejected)}) ||
        !query.exec()) {
        qCWarning(lcLedger) << "duplicate check failed:" << query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return recordFrom(query);
}

bool OrderLedger::exportCsv(const QString& filePath, const OrderQuery& query, LocalizedText* error) const
{
    if (!m_open) {
        setError(error, notOpenError());
        return false;
    }
    const auto writeFailed = [&](const QString& technical) {
        const LocalizedText text =
            LocalizedText(kContext,
                          QT_TRANSLATE_NOOP("OrderDesk::OrderLedger", "The file %1 could not be written: %2"))
                .arg(QDir::toNativeSeparators(filePath))
                .arg(technical);
        qCWarning(lcLedger).noquote() << text.toEnglish();
        setError(error, text);
        return false;
    };

    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        return writeFailed(file.errorString());
    file.write(OrderCsvWriter::byteOrderMark());
    file.write(OrderCsvWriter::headerLine());

    // One read transaction: the file shows the ledger at one instant even while another
    // process records outcomes.
    Transaction snapshot(database());
    QString technical;
    if (!snapshot.begin(Transaction::Mode::Read, &technical)) {
        file.cancelWriting();
        return writeFailed(technical);
    }
    const OrderSort oldestFirst{OrderSortKey::Id, true};
    std::optional<OrderRecord> last;
    for (;;) {
        LocalizedText readError;
        const QList<OrderRecord> page =
            select(query, oldestFirst, kExportPageSize, last ? &*last : nullptr, &readError);
        if (!readError.isEmpty()) {
            file.cancelWriting();
            setError(error, readError);
            return false;
        }
        for (const OrderRecord& record : page)
            file.write(OrderCsvWriter::recordLine(record));
        if (page.size() < kExportPageSize)
            break;
        last = page.constLast();
    }
    snapshot.commit(&technical);
    if (!file.commit())
        return writeFailed(file.errorString());
    return true;
}

} // namespace OrderDesk
