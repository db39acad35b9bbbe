#include "TeamLedger.h"

#include "TeamJournal.h"
#include "TeamLedgerError.h"
#include "TeamLedgerSchema.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace OrderDesk {

namespace {

constexpr const char* kContext = "OrderDesk::TeamLedger";

// Times are read as milliseconds since the epoch, so that no driver reads them in local time.
const QString kOrderColumns = QStringLiteral(
    "id, provider, profile, resource_id, region, endpoint, payload::text, payload_hash, client_token, "
    "coalesce(term_months::text, ''), state, maker, (extract(epoch FROM created_at) * 1000)::bigint, "
    "approval_required, coalesce(checker, ''), (extract(epoch FROM decided_at) * 1000)::bigint, "
    "decision_note, coalesce(approved_hash, ''), (extract(epoch FROM approval_expires_at) * 1000)::bigint, "
    "coalesce(sender, ''), (extract(epoch FROM lease_until) * 1000)::bigint, attempts, provider_order_id, "
    "provider_status, error_code, error_message, request_id, (extract(epoch FROM updated_at) * "
    "1000)::bigint");

QDateTime utcFrom(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

TeamOrder orderFrom(const QSqlQuery& query)
{
    TeamOrder order;
    int c = 0;
    order.id = query.value(c++).toLongLong();
    order.provider = query.value(c++).toString();
    order.profile = query.value(c++).toString();
    order.resourceId = query.value(c++).toString();
    order.region = query.value(c++).toString();
    order.endpoint = query.value(c++).toString();
    order.payloadText = query.value(c++).toString();
    const QJsonObject payload = QJsonDocument::fromJson(order.payloadText.toUtf8()).object();
    for (auto it = payload.begin(); it != payload.end(); ++it)
        order.params.insert(it.key(), it.value().toString());
    order.payloadHash = query.value(c++).toString();
    order.clientToken = query.value(c++).toString();
    order.termMonths = query.value(c++).toString();
    order.state = TeamOrderStates::fromKey(query.value(c++).toString()).value_or(TeamOrderState::Unknown);
    order.maker = query.value(c++).toString();
    order.createdUtc = utcFrom(query.value(c++));
    order.approvalRequired = query.value(c++).toBool();
    order.checker = query.value(c++).toString();
    order.decidedUtc = utcFrom(query.value(c++));
    order.decisionNote = query.value(c++).toString();
    order.approvedHash = query.value(c++).toString();
    order.approvalExpiresUtc = utcFrom(query.value(c++));
    order.sender = query.value(c++).toString();
    order.leaseUntilUtc = utcFrom(query.value(c++));
    order.attempts = query.value(c++).toInt();
    order.providerOrderId = query.value(c++).toString();
    order.providerStatus = query.value(c++).toString();
    order.errorCode = query.value(c++).toString();
    order.errorMessage = query.value(c++).toString();
    order.requestId = query.value(c++).toString();
    order.updatedUtc = utcFrom(query.value(c++));
    return order;
}

QString payloadJson(const QMap<QString, QString>& params)
{
    QJsonObject object;
    for (auto it = params.begin(); it != params.end(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// A role name as an SQL identifier: GRANT takes no parameters.
QString quotedIdentifier(const QString& name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

TeamLedger::TeamLedger() = default;

TeamLedger::~TeamLedger()
{
    close();
}

QSqlDatabase TeamLedger::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool TeamLedger::open(const TeamLedgerLocation& location, const QString& password, LocalizedText* error,
                      bool forInit)
{
    close();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        if (error)
            *error = LocalizedText(
                kContext, QT_TRANSLATE_NOOP("OrderDesk::TeamLedger",
                                            "This installation of OrderDesk cannot reach a team ledger: "
                                            "Qt's PostgreSQL driver (QPSQL) is missing."));
        return false;
    }
    m_location = location;
    m_connectionName = QStringLiteral("orderdesk-team-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_password = password;
    // close() removes the connection, which no QSqlDatabase handle may still hold.
    const bool opened = connectAndCheck(password, error, forInit);
    if (!opened)
        close();
    return opened;
}

bool TeamLedger::connectAndCheck(const QString& password, LocalizedText* error, bool forInit)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    m_location.configure(db, password);
    if (!db.open()) {
        m_lastSqlState = TeamLedgerError::sqlState(db.lastError());
        if (error)
            *error = TeamLedgerError::explain(db.lastError());
        return false;
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT session_user")) || !query.next())
        return fail(query, error);
    m_user = query.value(0).toString();
    if (forInit)
        return true;
    const int version = TeamLedgerSchema::version(db, error);
    if (version == 0) {
        if (error)
            *error = TeamLedgerError::explain(QStringLiteral("3F000"), QStringLiteral("schema orderdesk"));
        return false;
    }
    if (version > TeamLedgerSchema::currentVersion()) {
        if (error)
            *error = LocalizedText(kContext,
                                   QT_TRANSLATE_NOOP("OrderDesk::TeamLedger",
                                                     "This team ledger was made by a newer OrderDesk (schema "
                                                     "version %1). Update OrderDesk."),
                                   {QString::number(version)});
        return false;
    }
    return version > 0;
}

void TeamLedger::close()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = database();
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_user.clear();
    m_password.clear();
}

bool TeamLedger::isOpen() const
{
    return !m_connectionName.isEmpty() && database().isOpen();
}

bool TeamLedger::fail(const QSqlQuery& query, LocalizedText* error) const
{
    m_lastSqlState = TeamLedgerError::sqlState(query.lastError());
    if (error)
        *error = TeamLedgerError::explain(query.lastError());
    return false;
}

bool TeamLedger::initialize(LocalizedText* error)
{
    QSqlDatabase db = database();
    if (!TeamLedgerSchema::migrate(db, error))
        return false;
    // The administrator who made the ledger may change its rules (set_policy) as its owner.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("GRANT orderdesk_owner TO ") + quotedIdentifier(m_user)))
        return fail(query, error);
    return TeamJournal::create(m_location, m_password, db, error);
}

bool TeamLedger::grant(const QString& role, bool maker, bool checker, LocalizedText* error)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
    query.addBindValue(role);
    if (!query.exec())
        return fail(query, error);
    if (!query.next()) {
        if (error)
            *error =
                LocalizedText(kContext,
                              QT_TRANSLATE_NOOP("OrderDesk::TeamLedger",
                                                "There is no database role \"%1\". Create it first, e.g. "
                                                "CREATE ROLE %1 LOGIN PASSWORD '…'."),
                              {role});
        return false;
    }
    QStringList groups;
    if (maker)
        groups << QStringLiteral("orderdesk_maker");
    if (checker)
        groups << QStringLiteral("orderdesk_checker");
    for (const QString& group : groups) {
        if (!query.exec(QStringLiteral("GRANT %1 TO %2").arg(group, quotedIdentifier(role))))
            return fail(query, error);
    }
    return true;
}

std::optional<TeamLedger::Policy> TeamLedger::policy(LocalizedText* error) const
{
    QSqlQuery query(database());
    if (!query.exec(
            QStringLiteral("SELECT approval, coalesce(longer_than_months, 0), "
                           "extract(epoch FROM approval_expiry)::float8 / 3600, "
                           "extract(epoch FROM duplicate_window)::float8 / 3600 FROM orderdesk.policy")) ||
        !query.next()) {
        fail(query, error);
        return std::nullopt;
    }
    Policy policy;
    const QString approval = query.value(0).toString();
    policy.approval = approval == QLatin1String("none")          ? Policy::Approval::None
                      : approval == QLatin1String("longer_than") ? Policy::Approval::LongerThan
                                                                 : Policy::Approval::All;
    policy.longerThanMonths = query.value(1).toInt();
    policy.expiryHours = query.value(2).toDouble();
    policy.duplicateWindowHours = query.value(3).toDouble();
    return policy;
}

bool TeamLedger::setPolicy(const Policy& policy, LocalizedText* error)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT orderdesk.set_policy(?, ?, ?)"));
    query.addBindValue(policy.approval == Policy::Approval::None         ? QStringLiteral("none")
                       : policy.approval == Policy::Approval::LongerThan ? QStringLiteral("longer_than")
                                                                         : QStringLiteral("all"));
    query.addBindValue(policy.longerThanMonths);
    query.addBindValue(policy.expiryHours > 0 ? QVariant(policy.expiryHours) : QVariant());
    return query.exec() || fail(query, error);
}

bool TeamLedger::isMaker() const
{
    QSqlQuery query(database());
    return query.exec(QStringLiteral("SELECT pg_has_role(session_user, 'orderdesk_maker', 'MEMBER')")) &&
           query.next() && query.value(0).toBool();
}

bool TeamLedger::isChecker() const
{
    QSqlQuery query(database());
    return query.exec(QStringLiteral("SELECT pg_has_role(session_user, 'orderdesk_checker', 'MEMBER')")) &&
           query.next() && query.value(0).toBool();
}

std::optional<TeamOrder> TeamLedger::submit(const Submission& submission, LocalizedText* error)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT order_id FROM orderdesk.submit(?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)"));
    query.addBindValue(submission.provider);
    query.addBindValue(submission.profile);
    query.addBindValue(submission.resourceId);
    query.addBindValue(submission.region);
    query.addBindValue(submission.endpoint);
    query.addBindValue(payloadJson(submission.params));
    query.addBindValue(submission.clientToken);
    query.addBindValue(submission.guard);
    query.addBindValue(submission.acceptedUpToId);
    if (!query.exec() || !query.next()) {
        fail(query, error);
        return std::nullopt;
    }
    return order(query.value(0).toLongLong(), error);
}

bool TeamLedger::approve(qint64 id, const QString& payloadHash, const QString& comment, LocalizedText* error)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT orderdesk.approve(?, ?, ?)"));
    query.addBindValue(id);
    query.addBindValue(payloadHash);
    query.addBindValue(comment);
    return query.exec() || fail(query, error);
}

bool TeamLedger::decline(qint64 id, const QString& payloadHash, const QString& reason, LocalizedText* error)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT orderdesk.decline(?, ?, ?)"));
    query.addBindValue(id);
    query.addBindValue(payloadHash);
    query.addBindValue(reason);
    return query.exec() || fail(query, error);
}

bool TeamLedger::withdraw(qint64 id, const QString& reason, LocalizedText* error)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT orderdesk.withdraw(?, ?)"));
    query.addBindValue(id);
    query.addBindValue(reason);
    return query.exec() || fail(query, error);
}

std::optional<TeamOrder> TeamLedger::claim(qint64 id, std::chrono::seconds lease, LocalizedText* error)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT id FROM orderdesk.claim(?, ?)"));
    query.addBindValue(id);
    query.addBindValue(qint64(lease.count()));
    if (!query.exec() || !query.next()) {
        fail(query, error);
        return std::nullopt;
    }
    return order(id, error);
}

bool TeamLedger::recordAttempt(qint64 id, int attempt, std::chrono::seconds lease, LocalizedText* error)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT orderdesk.record_attempt(?, ?, ?)"));
    query.addBindValue(id);
    query.addBindValue(attempt);
    query.addBindValue(qint64(lease.count()));
    return query.exec() || fail(query, error);
}

bool TeamLedger::recordOutcome(qint64 id, const Outcome& outcome, LocalizedText* error)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT orderdesk.record_outcome(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(id);
    query.addBindValue(TeamOrderStates::key(outcome.state));
    query.addBindValue(outcome.orderId);
    query.addBindValue(outcome.providerStatus);
    query.addBindValue(outcome.errorCode);
    query.addBindValue(outcome.errorMessage);
    query.addBindValue(outcome.requestId);
    query.addBindValue(outcome.attempts);
    query.addBindValue(outcome.journalId);
    return query.exec() || fail(query, error);
}

bool TeamLedger::resolve(qint64 id, bool placed, const QString& orderId, const QString& note,
                         LocalizedText* error)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT orderdesk.resolve(?, ?, ?, ?)"));
    query.addBindValue(id);
    query.addBindValue(placed);
    query.addBindValue(orderId);
    query.addBindValue(note);
    return query.exec() || fail(query, error);
}

QList<TeamOrder> TeamLedger::readOrders(const QString& where, const QVariantList& values,
                                        LocalizedText* error) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT ") + kOrderColumns + QStringLiteral(" FROM orderdesk.orders ") +
                  where);
    for (const QVariant& value : values)
        query.addBindValue(value);
    QList<TeamOrder> result;
    if (!query.exec()) {
        fail(query, error);
        return result;
    }
    while (query.next())
        result.append(orderFrom(query));
    return result;
}

std::optional<TeamOrder> TeamLedger::order(qint64 id, LocalizedText* error) const
{
    LocalizedText failure;
    const QList<TeamOrder> found = readOrders(QStringLiteral("WHERE id = ?"), {id}, &failure);
    if (found.isEmpty()) {
        if (error)
            *error = failure.isEmpty()
                         ? TeamLedgerError::explain(QStringLiteral("OD004"), QString::number(id))
                         : failure;
        return std::nullopt;
    }
    return found.first();
}

QList<TeamOrder> TeamLedger::orders(const QList<TeamOrderState>& states, int limit,
                                    LocalizedText* error) const
{
    QStringList keys;
    for (TeamOrderState state : states)
        keys << TeamOrderStates::key(state);
    // LIMIT NULL is no limit.
    const QVariant atMost = limit > 0 ? QVariant(limit) : QVariant();
    if (keys.isEmpty())
        return readOrders(QStringLiteral("ORDER BY id DESC LIMIT ?::bigint"), {atMost}, error);
    // One text of keys instead of a variable list of placeholders.
    return readOrders(
        QStringLiteral("WHERE state = ANY (string_to_array(?, ',')) ORDER BY id DESC LIMIT ?::bigint"),
        {keys.join(QLatin1Char(',')), atMost}, error);
}

QList<TeamOrder> TeamLedger::approvalQueue(LocalizedText* error) const
{
    return readOrders(
        QStringLiteral("WHERE state = 'awaiting_approval' OR (state = 'approved' AND approval_required "
                       "AND approval_expires_at <= clock_timestamp()) ORDER BY id"),
        {}, error);
}

std::optional<TeamOrder> TeamLedger::recentDuplicate(const QString& provider, const QString& profile,
                                                     const QString& resourceId) const
{
    const QList<TeamOrder> found = readOrders(
        QStringLiteral(
            "WHERE provider = ? AND profile = ? AND resource_id = ? AND (state IN ('awaiting_approval', "
            "'approved', 'sending', 'unknown') OR (created_at > clock_timestamp() - (SELECT "
            "duplicate_window FROM orderdesk.policy) AND state NOT IN ('rejected', 'declined', "
            "'withdrawn'))) ORDER BY id DESC LIMIT 1"),
        {provider, profile, resourceId}, nullptr);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<TeamEvent> TeamLedger::events(qint64 id, LocalizedText* error) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT order_id, seq, (extract(epoch FROM at) * 1000)::bigint, "
                                 "floor(extract(epoch FROM at) * 1000000)::bigint::text, actor::text, kind, "
                                 "state, detail::text, prev_hash, "
                                 "hash FROM orderdesk.events WHERE order_id = ? ORDER BY seq"));
    query.addBindValue(id);
    QList<TeamEvent> result;
    if (!query.exec()) {
        fail(query, error);
        return result;
    }
    while (query.next()) {
        TeamEvent event;
        event.orderId = query.value(0).toLongLong();
        event.seq = query.value(1).toInt();
        event.atUtc = utcFrom(query.value(2));
        event.atMicros = query.value(3).toString();
        event.actor = query.value(4).toString();
        event.kind = query.value(5).toString();
        event.state = query.value(6).toString();
        event.detailText = query.value(7).toString();
        event.prevHash = query.value(8).toString();
        event.hash = query.value(9).toString();
        result.append(event);
    }
    return result;
}

QList<TeamHashChain::Problem> TeamLedger::verify(bool* ok, LocalizedText* error) const
{
    QList<TeamHashChain::Problem> problems;
    *ok = false;
    // One snapshot for the whole check, so that orders changing meanwhile are seen consistently.
    QSqlDatabase db = database();
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"))) {
        fail(begin, error);
        return problems;
    }
    LocalizedText failure;
    const QList<TeamOrder> all = readOrders(QStringLiteral("ORDER BY id"), {}, &failure);
    bool read = failure.isEmpty();
    for (const TeamOrder& order : all) {
        if (!read)
            break;
        const QList<TeamEvent> chain = events(order.id, &failure);
        read = failure.isEmpty();
        problems += TeamHashChain::check(order, chain);
    }
    // Events of an order that is gone cannot exist (a foreign key), but a database administrator
    // could drop it: count them too.
    QSqlQuery orphans(db);
    if (read && orphans.exec(QStringLiteral("SELECT DISTINCT e.order_id FROM orderdesk.events e LEFT JOIN "
                                            "orderdesk.orders o ON o.id = e.order_id WHERE o.id IS NULL"))) {
        while (orphans.next())
            problems.append(
                {orphans.value(0).toLongLong(),
                 LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::TeamLedger",
                                                           "The order's row is missing; its history "
                                                           "remains."))});
    }
    QSqlQuery end(db);
    end.exec(QStringLiteral("COMMIT"));
    if (!read) {
        if (error)
            *error = failure;
        return problems;
    }
    *ok = true;
    return problems;
}

} // namespace OrderDesk
