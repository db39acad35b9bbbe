#include "OrderService.h"

#include "common/Clock.h"
#include "common/Credential.h"
#include "ledger/LedgerWriter.h"
#include "ledger/OrderLedger.h"
#include "ledger/OrderOutcomeRecord.h"
#include "net/OrderClient.h"
#include "net/OrderOutcome.h"
#include "providers/Provider.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QUuid>

#include <algorithm>
#include <memory>

namespace OrderDesk {

namespace {

constexpr const char* kContext = "OrderDesk::OrderService";

// The ledger's error code for an order that never left this computer: nothing was bought.
const QString kNotSentCode = QStringLiteral("NotSent");

OrderOutcomeRecord toRecord(const OrderOutcome& outcome, bool isRetry)
{
    OrderOutcomeRecord record;
    record.attempts = outcome.attempts;
    record.httpStatus = outcome.reply.httpStatus;
    record.requestId = outcome.reply.requestId;
    record.rawResponse = outcome.reply.rawBody;
    record.note = outcome.technicalDetail;
    switch (outcome.kind) {
    case OrderOutcome::Kind::Accepted:
        record.status = OrderStatus::Succeeded;
        record.orderId = outcome.reply.orderId;
        break;
    case OrderOutcome::Kind::Rejected:
        record.status = OrderStatus::Rejected;
        record.errorCode = outcome.reply.errorCode;
        record.errorMessage = outcome.reply.errorMessage;
        break;
    case OrderOutcome::Kind::Unknown:
        record.status = OrderStatus::Unknown;
        record.errorCode = outcome.reply.errorCode;
        record.errorMessage = outcome.reply.errorMessage;
        break;
    case OrderOutcome::Kind::NotSent:
        if (isRetry) {
            // This attempt never left, but the first one may have placed the order: still unknown.
            record.status = OrderStatus::Unknown;
            break;
        }
        // Definitive: no complete request left the machine, so nothing can have been ordered.
        record.status = OrderStatus::Rejected;
        record.errorCode = kNotSentCode;
        record.errorMessage = outcome.explanation.toEnglish();
        break;
    }
    if (outcome.clockSkewSeconds)
        record.note += QStringLiteral(" (clock skew %1 s)").arg(*outcome.clockSkewSeconds);
    return record;
}

// Who sends: readable in a refusal ("being sent by …") and unique to this service.
QString makeLeaseOwner()
{
    const QString user = OrderLedger::currentOperator();
    return QStringLiteral("%1@%2 pid %3 #%4")
        .arg(user.isEmpty() ? QStringLiteral("?") : user, QHostInfo::localHostName())
        .arg(QCoreApplication::applicationPid())
        .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
}

LocalizedText notOpen()
{
    return LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderService",
                                                     "The order ledger is not open, so the order cannot be "
                                                     "recorded. Nothing was sent."));
}

} // namespace

OrderService::~OrderService() = default;

OrderService::OrderService(OrderLedger& ledger, OrderClient& client, NonceSource& tokens, QObject* parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_client(client)
    , m_tokens(tokens)
    , m_leaseOwner(makeLeaseOwner())
{
    connect(&m_client, &OrderClient::attemptStarted, this, &OrderService::onAttemptStarted);
    connect(&m_client, &OrderClient::finished, this, &OrderService::onFinished);
    connect(&m_renewal, &QTimer::timeout, this, &OrderService::renewLeases);
}

std::chrono::milliseconds OrderService::leaseDuration() const
{
    const NetworkOptions& options = m_client.options();
    const RetryPolicy::Tuning& tuning = m_client.retryTuning();
    // Between two signs of life a healthy sender waits at most one attempt and the backoff
    // before the next; the margin covers a busy ledger (its busy timeout) and a slow machine.
    constexpr std::chrono::milliseconds margin{30000};
    return options.connectTimeout + options.transferTimeout +
           std::max(tuning.maxDelay, tuning.idempotentProcessingDelay) + margin;
}

void OrderService::setLeaseRenewalInterval(std::chrono::milliseconds interval)
{
    m_renewalOverride = interval;
}

PreparedOrder OrderService::check(const Provider& provider, OrderRequest order, const QString& profile,
                                  const Endpoint& endpoint, NonceSource& tokens)
{
    PreparedOrder prepared;
    prepared.provider = &provider;
    prepared.profile = profile;
    NormalizedRequest normalized = provider.normalized(order);
    prepared.notes = std::move(normalized.notes);
    prepared.order = provider.withGeneratedFields(std::move(normalized.request), tokens);
    prepared.issues = provider.validate(prepared.order);
    prepared.region = provider.region(prepared.order);
    prepared.resourceId = provider.resourceId(prepared.order);
    prepared.endpoint = endpoint.isValid() ? endpoint : provider.defaultEndpoint(prepared.region);
    return prepared;
}

namespace {

// Only a valid order names a resource the duplicate guard can look for.
bool hasDuplicateQuestion(const PreparedOrder& prepared)
{
    return prepared.provider && prepared.issues.isEmpty() && !prepared.resourceId.isEmpty();
}

} // namespace

std::optional<OrderRecord> OrderService::recentDuplicate(const PreparedOrder& prepared) const
{
    if (!hasDuplicateQuestion(prepared))
        return std::nullopt;
    return m_ledger.recentDuplicate(prepared.provider->id(), prepared.profile, prepared.resourceId);
}

PreparedOrder OrderService::prepare(const Provider& provider, OrderRequest order, const QString& profile,
                                    const Endpoint& endpoint) const
{
    return check(provider, std::move(order), profile, endpoint, m_tokens);
}

void OrderService::findRecentDuplicate(const PreparedOrder& prepared, QObject* context, FoundDuplicate done)
{
    const QPointer<QObject> guard(context);
    if (!hasDuplicateQuestion(prepared) || !m_ledger.hasLocation()) {
        QMetaObject::invokeMethod(
            this,
            [guard, done] {
                if (guard)
                    done(std::nullopt);
            },
            Qt::QueuedConnection);
        return;
    }
    // In the writer's thread, behind every write this service gave before: an order this window
    // has just recorded is seen.
    auto found = std::make_shared<std::optional<OrderRecord>>();
    writer().write(
        m_ledger.clock().nowUtc(),
        [provider = prepared.provider->id(), profile = prepared.profile, resource = prepared.resourceId,
         found](OrderLedger& ledger, LocalizedText*) -> qint64 {
            *found = ledger.recentDuplicate(provider, profile, resource);
            return 1;
        },
        [guard, done, found](qint64, const LocalizedText&) {
            if (guard)
                done(*found);
        });
}

namespace {

OrderLedger::Lease leaseFrom(const QString& owner, const QDateTime& nowUtc,
                             std::chrono::milliseconds duration)
{
    return OrderLedger::Lease{owner, nowUtc.addMSecs(duration.count())};
}

} // namespace

void OrderService::place(const PreparedOrder& prepared, const Credential& credential, QObject* context,
                         Placed placed)
{
    const QPointer<QObject> guard(context);
    const auto refuse = [this, guard, placed](const LocalizedText& error) {
        refuseLater(guard, placed, error);
    };
    if (!prepared.isValid()) {
        refuse(LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderService",
                                                         "The order has problems that must be corrected "
                                                         "first. Nothing was sent.")));
        return;
    }
    if (!m_ledger.hasLocation()) {
        refuse(notOpen());
        return;
    }
    const Provider& provider = *prepared.provider;
    OrderRecord record;
    record.provider = provider.id();
    record.profile = prepared.profile;
    record.operatorName = OrderLedger::currentOperator();
    record.region = prepared.region;
    record.resourceId = prepared.resourceId;
    record.endpoint = prepared.endpoint.toString();
    record.params = prepared.order.params;
    if (provider.hasIdempotencyToken())
        record.idempotencyToken = prepared.order.value(provider.idempotencyField());

    OrderLedger::DuplicateGuard duplicateGuard;
    duplicateGuard.enabled = !prepared.duplicateAllowed;
    duplicateGuard.acceptedUpToId = prepared.duplicate ? prepared.duplicate->id : 0;
    const QDateTime now = m_ledger.clock().nowUtc();
    auto newerDuplicate = std::make_shared<std::optional<OrderRecord>>();

    // Write ahead (docs/ARCHITECTURE.md): the row, its token and the sender's lease are committed
    // before any byte is sent, in the transaction that checks the duplicate guard once more.
    writer().write(
        now,
        [record, lease = leaseFrom(m_leaseOwner, now, leaseDuration()), duplicateGuard,
         newerDuplicate](OrderLedger& ledger, LocalizedText* error) {
            return ledger.insertPending(record, lease, duplicateGuard, newerDuplicate.get(), error);
        },
        [this, &provider, order = prepared.order, endpoint = prepared.endpoint, credential, guard, placed,
         newerDuplicate](qint64 id, const LocalizedText& error) {
            sendRecorded(
                id, error, provider, order, endpoint, credential, guard,
                [placed, newerDuplicate](qint64 ledgerId, const LocalizedText& reason,
                                         const std::optional<OrderRecord>&) {
                    placed(ledgerId, reason, *newerDuplicate);
                },
                false);
        });
}

void OrderService::refuseLater(const QPointer<QObject>& context, const Placed& placed,
                               const LocalizedText& error)
{
    // Never from within the call: callers set up their state after place() or retry() returns.
    QMetaObject::invokeMethod(
        this,
        [context, placed, error] {
            if (context)
                placed(0, error, std::nullopt);
        },
        Qt::QueuedConnection);
}

void OrderService::sendRecorded(qint64 ledgerId, const LocalizedText& error, const Provider& provider,
                                const OrderRequest& order, const Endpoint& endpoint,
                                const Credential& credential, const QPointer<QObject>& context,
                                const Placed& placed, bool isRetry)
{
    if (ledgerId != 0) {
        if (isRetry)
            m_retries.insert(ledgerId);
        send(ledgerId, provider, order, endpoint, credential);
    }
    if (context)
        placed(ledgerId, error, std::nullopt);
    emitIdleWhenDone();
}

bool OrderService::canRetrySafely(const OrderRecord& record, const Provider& provider)
{
    return record.status == OrderStatus::Unknown && record.provider == provider.id() &&
           provider.hasIdempotencyToken() && !record.idempotencyToken.isEmpty() &&
           record.params.value(provider.idempotencyField()) == record.idempotencyToken;
}

std::optional<LocalizedText> OrderService::retryRefusal(qint64 ledgerId, const Provider& provider) const
{
    if (!m_ledger.isOpen())
        return notOpen();
    return retryRefusal(m_ledger.order(ledgerId), ledgerId, provider);
}

std::optional<LocalizedText> OrderService::retryRefusal(const std::optional<OrderRecord>& record,
                                                        qint64 ledgerId, const Provider& provider)
{
    if (!record)
        return LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderService",
                                                         "There is no order %1 in the ledger."))
            .arg(ledgerId);
    if (record->status != OrderStatus::Unknown)
        return LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderService",
                                                         "Only an order whose outcome is unknown can be "
                                                         "sent again; order %1 is not."))
            .arg(ledgerId);
    if (!canRetrySafely(*record, provider))
        return LocalizedText(kContext, QT_TRANSLATE_NOOP(
                                           "OrderDesk::OrderService",
                                           "%1 has no client token, so sending order %2 again could buy "
                                           "twice. Check the order list in the provider's console, then mark "
                                           "the order as placed or as not placed."))
            .arg(provider.displayName().toString())
            .arg(ledgerId);
    if (!Endpoint::parse(record->endpoint).isValid())
        return LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderService",
                                                         "The endpoint recorded with order %1 is not "
                                                         "valid, so it cannot be sent again."))
            .arg(ledgerId);
    return std::nullopt;
}

void OrderService::retry(qint64 ledgerId, const Provider& provider, const Credential& credential,
                         QObject* context, Placed placed)
{
    const QPointer<QObject> guard(context);
    if (!m_ledger.hasLocation()) {
        refuseLater(guard, placed, notOpen());
        return;
    }
    const QDateTime now = m_ledger.clock().nowUtc();
    // The order is read, judged and reopened in the writer's thread, so that the window never
    // waits for the ledger; what is sent is the row as it was reopened.
    auto reopened = std::make_shared<OrderRecord>();
    writer().write(
        now,
        [ledgerId, &provider, lease = leaseFrom(m_leaseOwner, now, leaseDuration()),
         reopened](OrderLedger& ledger, LocalizedText* error) -> qint64 {
            const std::optional<OrderRecord> record = ledger.order(ledgerId);
            if (const std::optional<LocalizedText> refusal = retryRefusal(record, ledgerId, provider)) {
                *error = *refusal;
                return 0;
            }
            *reopened = *record;
            return ledger.reopenForRetry(ledgerId, lease, error) ? ledgerId : 0;
        },
        [this, &provider, reopened, credential, guard, placed](qint64 id, const LocalizedText& error) {
            sendRecorded(id, error, provider, OrderRequest{reopened->region, reopened->params},
                         Endpoint::parse(reopened->endpoint), credential, guard, placed, true);
        });
}

void OrderService::resolve(qint64 ledgerId, OrderResolution resolution, const QString& orderId,
                           const QString& note, QObject* context, Done done)
{
    const QPointer<QObject> guard(context);
    if (!m_ledger.hasLocation()) {
        QMetaObject::invokeMethod(
            this,
            [guard, done] {
                if (guard)
                    done(false, notOpen());
            },
            Qt::QueuedConnection);
        return;
    }
    writer().write(
        m_ledger.clock().nowUtc(),
        [ledgerId, resolution, orderId, note](OrderLedger& ledger, LocalizedText* error) -> qint64 {
            return ledger.resolve(ledgerId, resolution, orderId, note, error) ? 1 : 0;
        },
        [this, ledgerId, guard, done](qint64 ok, const LocalizedText& error) {
            if (ok)
                emit resolved(ledgerId);
            if (guard)
                done(ok != 0, error);
            emitIdleWhenDone();
        });
}

void OrderService::markInterruptedOrders()
{
    if (!m_ledger.hasLocation())
        return;
    // The ledger's clock, which dated the leases: a pinned clock must not meet the system's.
    writer().write(
        m_ledger.clock().nowUtc(),
        [](OrderLedger& ledger, LocalizedText*) -> qint64 { return ledger.markInterrupted() + 1; },
        [this](qint64 countPlusOne, const LocalizedText&) {
            emit interruptedMarked(static_cast<int>(std::max<qint64>(countPlusOne - 1, 0)));
            emitIdleWhenDone();
        });
}

void OrderService::abandonInFlight(QObject* context, std::function<void(int abandoned)> done)
{
    const QPointer<QObject> guard(context);
    const QList<qint64> ids = m_inFlight.values();
    if (ids.isEmpty() || !m_ledger.hasLocation()) {
        QMetaObject::invokeMethod(
            this,
            [guard, done] {
                if (guard)
                    done(0);
            },
            Qt::QueuedConnection);
        return;
    }
    writer().write(
        m_ledger.clock().nowUtc(),
        [ids, owner = m_leaseOwner](OrderLedger& ledger, LocalizedText*) -> qint64 {
            qint64 abandoned = 0;
            for (const qint64 id : ids)
                abandoned += ledger.abandon(id, owner) ? 1 : 0;
            return abandoned + 1;
        },
        [guard, done](qint64 abandonedPlusOne, const LocalizedText&) {
            if (guard)
                done(static_cast<int>(std::max<qint64>(abandonedPlusOne - 1, 0)));
        });
}

void OrderService::renewLeases()
{
    const QList<qint64> ids = m_inFlight.values();
    if (ids.isEmpty()) {
        m_renewal.stop();
        return;
    }
    const QDateTime now = m_ledger.clock().nowUtc();
    writer().write(now,
                   [ids, lease = leaseFrom(m_leaseOwner, now, leaseDuration())](OrderLedger& ledger,
                                                                                LocalizedText*) -> qint64 {
                       return ledger.renewLeases(ids, lease) + 1;
                   });
}

void OrderService::emitIdleWhenDone()
{
    if (!isBusy())
        emit idle();
}

void OrderService::send(qint64 ledgerId, const Provider& provider, const OrderRequest& order,
                        const Endpoint& endpoint, const Credential& credential)
{
    const quint64 handle = m_client.send(provider, order, endpoint, credential);
    m_inFlight.insert(handle, ledgerId);
    if (!m_renewal.isActive()) {
        // Read now: the client's timeouts may have changed since the service was made.
        m_renewal.start(m_renewalOverride.value_or(
            std::chrono::duration_cast<std::chrono::milliseconds>(leaseDuration() / 4)));
    }
}

bool OrderService::isBusy() const
{
    return !m_inFlight.isEmpty() || (m_writer && m_writer->pending() > 0);
}

int OrderService::inFlightCount() const
{
    return static_cast<int>(m_inFlight.size());
}

LedgerWriter& OrderService::writer()
{
    // A ledger opened again elsewhere, or with another password, gets a writer of its own; the
    // old one finishes first.
    if (!m_writer || m_writer->filePath() != m_ledger.filePath() ||
        m_writer->password() != m_ledger.password())
        m_writer = std::make_unique<LedgerWriter>(m_ledger.filePath(), m_ledger.password());
    return *m_writer;
}

void OrderService::onAttemptStarted(quint64 handle, int attempt)
{
    const qint64 id = m_inFlight.value(handle);
    if (id == 0)
        return;
    // Announced once recorded, so that whoever reads the ledger on the signal sees the attempt.
    const QDateTime now = m_ledger.clock().nowUtc();
    writer().write(
        now,
        [id, attempt, lease = leaseFrom(m_leaseOwner, now, leaseDuration())](OrderLedger& ledger,
                                                                             LocalizedText* error) -> qint64 {
            return ledger.recordAttempt(id, attempt, lease, error) ? 1 : 0;
        },
        [this, id, attempt](qint64, const LocalizedText&) { emit attemptStarted(id, attempt); });
}

void OrderService::onFinished(quint64 handle, const OrderOutcome& outcome)
{
    const qint64 id = m_inFlight.take(handle);
    if (id == 0)
        return;
    const bool isRetry = m_retries.remove(id);
    if (m_inFlight.isEmpty())
        m_renewal.stop();
    auto applied = std::make_shared<OrderTransitions::Change>();
    writer().write(
        m_ledger.clock().nowUtc(),
        [id, record = toRecord(outcome, isRetry), applied](OrderLedger& ledger, LocalizedText* error)
            -> qint64 { return ledger.recordOutcome(id, record, error, applied.get()) ? 1 : 0; },
        [this, id, outcome, applied](qint64 recorded, const LocalizedText& error) {
            OrderOutcome reported = outcome;
            if (!recorded) {
                // The provider's answer is still shown; the row keeps saying Pending, which later
                // becomes Unknown, so the user is never told less than what happened.
                reported.technicalDetail += QStringLiteral(" [ledger: %1]").arg(error.toEnglish());
            } else if (applied->recordedAs == OrderEventKind::LateAnswer) {
                emit lateAnswer(id, applied->raisesConflict);
            }
            emit finished(id, reported);
            emitIdleWhenDone();
        });
}

} // namespace OrderDesk
