#include "OrderPageQuery.h"

#include "LedgerDialect.h"
#include "LedgerSchema.h"
#include "OrderRowCodec.h"
#include "PaymentSortOrder.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace OrderDesk {

namespace {

Q_LOGGING_CATEGORY(lcPages, "orderdesk.ledger.pages")

constexpr const char* kContext = "OrderDesk::OrderLedger";
// A filtered page sorted by a column first looks for its rows among this many rows of the
// column's index (each read to check the filter: a few milliseconds), before it sorts the matches.
constexpr int kWalkRows = 8000;

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
// `dialect`: PostgreSQL's LIKE tells case apart; ILIKE compares as SQLite's LIKE does.
QString whereClause(const OrderQuery& query, QVariantList* values, LedgerDialect dialect,
                    const QString& prefix = QString(), bool textIndex = false)
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
        const QString like = dialect == LedgerDialect::PostgreSql ? QStringLiteral(" ILIKE ? ESCAPE '\\'")
                                                                  : QStringLiteral(" LIKE ? ESCAPE '\\'");
        const QString pattern = QLatin1Char('%') + escapeLike(needle) + QLatin1Char('%');
        for (const QString& column : LedgerSchema::textIndexColumns()) {
            likes << prefix + column + like;
            *values << pattern;
        }
        conditions << QLatin1Char('(') + likes.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    if (query.fromUtc.isValid()) {
        conditions << prefix + QStringLiteral("created_utc >= ?");
        *values << OrderRowCodec::toMs(query.fromUtc);
    }
    if (query.toUtc.isValid()) {
        conditions << prefix + QStringLiteral("created_utc < ?");
        *values << OrderRowCodec::toMs(query.toUtc);
    }
    if (query.conflictsOnly)
        conditions << prefix + QStringLiteral("conflict <> 0");
    if (conditions.isEmpty())
        return {};
    return QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

// What the page is ordered by before the id: the sort's columns, or the payment's expression.
QStringList sortColumns(const OrderSort& sort, LedgerDialect dialect)
{
    if (sort.key == OrderSortKey::Payment)
        // Without the providers every order ranks 0. A bare 0 would name a result column (SQLite
        // refuses it as out of range, PostgreSQL as position 0): a constant expression instead.
        return {sort.payment ? sort.payment->sql(dialect) : QStringLiteral("CAST(0 AS INTEGER)")};
    return LedgerSchema::sortColumns(sort.key);
}

// The values of sortColumns(sort) as the row stores them (or its provider tells them).
QVariantList sortValues(const OrderSort& sort, const OrderRecord& record)
{
    switch (sort.key) {
    case OrderSortKey::Id:
        return {};
    case OrderSortKey::Created:
        return {OrderRowCodec::toMs(record.createdUtc)};
    case OrderSortKey::Provider:
        return {OrderRowCodec::text(record.provider)};
    case OrderSortKey::Profile:
        return {OrderRowCodec::text(record.profile)};
    case OrderSortKey::Region:
        return {OrderRowCodec::text(record.region)};
    case OrderSortKey::Resource:
        return {OrderRowCodec::text(record.resourceId)};
    case OrderSortKey::Status:
        return {OrderStatusNames::key(record.status)};
    case OrderSortKey::OrderId:
        return {OrderRowCodec::text(record.orderId)};
    case OrderSortKey::RequestId:
        return {OrderRowCodec::text(record.requestId)};
    case OrderSortKey::Error:
        return {OrderRowCodec::text(record.errorCode), OrderRowCodec::text(record.errorMessage)};
    case OrderSortKey::Attempts:
        return {record.attempts};
    case OrderSortKey::Payment:
        return {sort.payment ? sort.payment->rank(record) : 0};
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
    *values << sortValues(sort, after) << after.id;
    return QLatin1Char('(') + keys.join(QStringLiteral(", ")) +
           (sort.ascending ? QStringLiteral(") > (") : QStringLiteral(") < (")) +
           placeholders.join(QStringLiteral(", ")) + QLatin1Char(')');
}

void setError(LocalizedText* error, const LocalizedText& text)
{
    if (error)
        *error = text;
}

} // namespace

OrderPageQuery::OrderPageQuery(const QString& connectionName, bool textIndex, bool sortIndexes)
    : m_connectionName(connectionName)
    , m_textIndex(textIndex)
    , m_sortIndexes(sortIndexes)
    , m_dialect(connectionName.isEmpty() ? LedgerDialect::Sqlite
                                         : ledgerDialect(QSqlDatabase::database(connectionName, false)))
{}

bool OrderPageQuery::isOpen() const
{
    return !m_connectionName.isEmpty();
}

QSqlDatabase OrderPageQuery::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString OrderPageQuery::pageStatement(const OrderQuery& query, const OrderSort& sort, int limit,
                                      const OrderRecord* after, PagePlan plan, QVariantList* values) const
{
    // Newest first with a text the index can narrow: the index's matches are read newest
    // first and the rows looked up one by one, so the first page costs as many lookups as it
    // takes to fill it, not a pass over every match.
    const bool driveByIndex = plan == PagePlan::Direct && m_textIndex && sort.key == OrderSortKey::Id &&
                              indexCanNarrow(filterNeedle(query)) && textQueueEmpty();
    const QString prefix = driveByIndex ? QStringLiteral("o.") : QString();
    QStringList keys = sortColumns(sort, m_dialect);
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
        const QString where = whereClause(query, values, m_dialect, QStringLiteral("o."));
        *values << limit;
        QStringList outerTerms;
        for (const QString& term : std::as_const(orderTerms))
            outerTerms << QStringLiteral("o.") + term;
        return QStringLiteral("SELECT ") + OrderRowCodec::qualifiedColumns() +
               QStringLiteral(" FROM (SELECT id FROM orders") + andKeyset(QString()) + orderBy +
               QStringLiteral(" LIMIT ?) AS walk") +
               // SQLite's CROSS JOIN with a condition; PostgreSQL plans the loops itself.
               (m_dialect == LedgerDialect::PostgreSql ? QStringLiteral(" JOIN")
                                                       : QStringLiteral(" CROSS JOIN")) +
               QStringLiteral(" orders AS o ON o.id = walk.id") + where + QStringLiteral(" ORDER BY ") +
               outerTerms.join(QStringLiteral(", ")) + limitClause;
    }

    QString where;
    if (driveByIndex) {
        *values << trigramMatch(filterNeedle(query));
        const QString conditions = whereClause(query, values, m_dialect, prefix);
        where = QStringLiteral(" WHERE orders_fts MATCH ?") +
                (conditions.isEmpty() ? QString() : QStringLiteral(" AND ") + conditions.mid(7));
    } else {
        // A walk in the sort column's order checks the text on the rows it passes; candidates
        // from the text index serve only a page whose matches are looked up and sorted.
        where = whereClause(query, values, m_dialect, prefix,
                            m_textIndex && (plan == PagePlan::Sorted || sort.key == OrderSortKey::Id));
    }
    where = andKeyset(where);
    *values << keysetValues;
    if (limit >= 0)
        *values << limit;

    if (driveByIndex) {
        return QStringLiteral("SELECT ") + OrderRowCodec::qualifiedColumns() +
               QStringLiteral(" FROM orders_fts CROSS JOIN orders AS o ON o.id = orders_fts.rowid") + where +
               orderBy + limitClause;
    }
    if (plan == PagePlan::Direct) {
        // The id, or a column whose index gives the rows in order: whole rows are read only for
        // the rows passed on the way to a full page.
        return QStringLiteral("SELECT ") + OrderRowCodec::columns() + QStringLiteral(" FROM orders") + where +
               orderBy + limitClause;
    }
    // The matches are sorted: the inner query reads only the sort columns, and the whole rows
    // (parameters, raw answers) are read for the page alone.
    return QStringLiteral("SELECT ") + OrderRowCodec::columns() +
           QStringLiteral(" FROM orders WHERE id IN (SELECT id FROM orders") + where + orderBy + limitClause +
           QLatin1Char(')') + orderBy;
}

OrderPageQuery::PagePlan OrderPageQuery::firstPlan(const OrderQuery& query, const OrderSort& sort,
                                                   int limit) const
{
    if (sort.key == OrderSortKey::Id)
        return PagePlan::Direct;
    // No index holds the payment: the matches are sorted.
    if (!m_sortIndexes || sort.key == OrderSortKey::Payment)
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

bool OrderPageQuery::walkReachedTheEnd(const OrderSort& sort, const OrderRecord* after) const
{
    QVariantList values;
    QString keyset;
    if (after) {
        const QStringList keys = sortColumns(sort, m_dialect) << QStringLiteral("id");
        keyset = QStringLiteral(" WHERE ") + afterCondition(keys, sort, *after, &values);
    }
    values << kWalkRows;
    QSqlQuery sql(database());
    return OrderRowCodec::prepareAndBind(sql,
                                         QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM orders") +
                                             keyset + QStringLiteral(" LIMIT ?) AS walk"),
                                         values) &&
           sql.exec() && sql.next() && sql.value(0).toInt() < kWalkRows;
}

bool OrderPageQuery::runPage(const QString& statement, const QVariantList& values,
                             QList<OrderRecord>* records, LocalizedText* error) const
{
    QSqlQuery sql(database());
    sql.setForwardOnly(true);
    if (!OrderRowCodec::prepareAndBind(sql, statement, values) || !sql.exec()) {
        const LocalizedText text =
            LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderLedger",
                                                      "The order ledger could not be read: %1"))
                .arg(sql.lastError().text());
        qCWarning(lcPages).noquote() << text.toEnglish();
        setError(error, text);
        return false;
    }
    while (sql.next())
        *records << OrderRowCodec::fromQuery(sql);
    return true;
}

QList<OrderRecord> OrderPageQuery::select(const OrderQuery& query, const OrderSort& sort, int limit,
                                          const OrderRecord* after, LocalizedText* error) const
{
    QList<OrderRecord> records;
    if (!isOpen()) {
        setError(error, LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderLedger",
                                                                  "The order ledger is not open.")));
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

QStringList OrderPageQuery::queryPlan(const OrderQuery& query, const OrderSort& sort, int limit,
                                      const OrderRecord* after) const
{
    QStringList steps;
    if (!isOpen())
        return steps;
    QVariantList values;
    const QString statement =
        pageStatement(query, sort, limit, after, firstPlan(query, sort, limit), &values);
    QSqlQuery sql(database());
    sql.setForwardOnly(true);
    const bool postgres = m_dialect == LedgerDialect::PostgreSql;
    const QString explain = postgres ? QStringLiteral("EXPLAIN ") : QStringLiteral("EXPLAIN QUERY PLAN ");
    if (!OrderRowCodec::prepareAndBind(sql, explain + statement, values) || !sql.exec()) {
        qCWarning(lcPages) << "explaining a page failed:" << sql.lastError().text();
        return steps;
    }
    // SQLite's columns: id, parent, notused, detail; PostgreSQL's: one line of text.
    while (sql.next())
        steps << sql.value(postgres ? 0 : 3).toString().trimmed();
    return steps;
}

int OrderPageQuery::count(const OrderQuery& query, int atMost) const
{
    if (!isOpen())
        return 0;
    QVariantList values;
    const QString where = whereClause(query, &values, m_dialect, QString(), m_textIndex);
    QString statement = QStringLiteral("SELECT count(*) FROM orders") + where;
    if (atMost > 0) {
        statement = QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM orders") + where +
                    QStringLiteral(" LIMIT ?) AS matches");
        values << atMost;
    }
    QSqlQuery sql(database());
    if (!OrderRowCodec::prepareAndBind(sql, statement, values) || !sql.exec() || !sql.next()) {
        qCWarning(lcPages) << "counting orders failed:" << sql.lastError().text();
        return 0;
    }
    return sql.value(0).toInt();
}

bool OrderPageQuery::matches(qint64 id, const OrderQuery& query) const
{
    if (!isOpen())
        return false;
    // One row: the filter's own comparisons decide, no index is needed to narrow it.
    QVariantList values{id};
    const QString where = whereClause(query, &values, m_dialect);
    const QString statement = QStringLiteral("SELECT EXISTS (SELECT 1 FROM orders WHERE id = ?") +
                              (where.isEmpty() ? QString() : QStringLiteral(" AND ") + where.mid(7)) +
                              QLatin1Char(')');
    QSqlQuery sql(database());
    if (!OrderRowCodec::prepareAndBind(sql, statement, values) || !sql.exec() || !sql.next()) {
        qCWarning(lcPages) << "checking order" << id
                           << "against the filter failed:" << sql.lastError().text();
        return false;
    }
    return sql.value(0).toBool();
}

bool OrderPageQuery::textQueueEmpty() const
{
    QSqlQuery query(database());
    return query.exec(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM orders_fts_queue)")) && query.next() &&
           query.value(0).toBool();
}

std::optional<OrderRecord> OrderPageQuery::order(qint64 id) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery query(database());
    if (!OrderRowCodec::prepareAndBind(query,
                                       QStringLiteral("SELECT ") + OrderRowCodec::columns() +
                                           QStringLiteral(" FROM orders WHERE id = ?"),
                                       {id}) ||
        !query.exec()) {
        qCWarning(lcPages) << "reading order" << id << "failed:" << query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return OrderRowCodec::fromQuery(query);
}

QList<OrderEvent> OrderPageQuery::events(qint64 id) const
{
    QList<OrderEvent> events;
    if (!isOpen())
        return events;
    QSqlQuery query(database());
    if (!OrderRowCodec::prepareAndBind(
            query,
            QStringLiteral("SELECT id, order_row_id, at_utc, kind, status, detail FROM order_events"
                           " WHERE order_row_id = ? ORDER BY id"),
            {id}) ||
        !query.exec()) {
        qCWarning(lcPages) << "reading the history of order" << id << "failed:" << query.lastError().text();
        return events;
    }
    while (query.next()) {
        OrderEvent event;
        event.id = query.value(0).toLongLong();
        event.orderRowId = query.value(1).toLongLong();
        event.atUtc = OrderRowCodec::fromMs(query.value(2).toLongLong());
        // Kinds this version does not know (a newer OrderDesk's) read as the neutral "outcome".
        event.kind =
            OrderEventKindNames::fromKey(query.value(3).toString()).value_or(OrderEventKind::Outcome);
        event.status = OrderStatusNames::fromKey(query.value(4).toString()).value_or(OrderStatus::Unknown);
        event.detail = query.value(5).toString();
        events << event;
    }
    return events;
}

} // namespace OrderDesk
