#include "OrderService.h"

#include "common/Clock.h"
#include "common/Credential.h"
#include "ledger/LedgerWriter.h"
#include "ledger/OrderLedger.h"
#include "ledger/OrderOutcomeRecord.h"
#include "net/OrderClient.h"
#include "net/OrderOutcome.h"
#include "providers/Provider.h"

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
{
    connect(&m_client, &OrderClient::attemptStarted, this, &OrderService::onAttemptStarted);
    connect(&m_client, &OrderClient::finished, this, &OrderService::onFinished);
}

PreparedOrder OrderService::check(const Provider& provider, OrderRequest order, const QString& profile,
                                  const Endpoint& endpoint, NonceSource& tokens)
{
    PreparedOrder prepared;
    prepared.provider = &provider;
    prepared.profile = profile;
    prepared.order = provider.withGeneratedFields(std::move(order), tokens);
    prepared.issues = provider.validate(prepared.order);
    prepared.region = provider.region(prepared.order);
    prepared.resourceId = provider.resourceId(prepared.order);
    prepared.endpoint = endpoint.isValid() ? endpoint : provider.defaultEndpoint(prepared.region);
    return prepared;
}

std::optional<OrderRecord> OrderService::recentDuplicate(const PreparedOrder& prepared) const
{
    if (!prepared.provider || !prepared.issues.isEmpty() || prepared.resourceId.isEmpty())
        return std::nullopt;
    return m_ledger.recentDuplicate(prepared.provider->id(), prepared.profile, prepared.resourceId);
}

PreparedOrder OrderService::prepare(const Provider& provider, OrderRequest order, const QString& profile,
                                    const Endpoint& endpoint) const
{
    PreparedOrder prepared = check(provider, std::move(order), profile, endpoint, m_tokens);
    prepared.duplicate = recentDuplicate(prepared);
    return prepared;
}

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
    if (!m_ledger.isOpen()) {
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

    // Rule 1 of DESIGN.md: the row and its token are committed before any byte is sent.
    writer().write(
        m_ledger.clock().nowUtc(),
        [record](OrderLedger& ledger, LocalizedText* error) { return ledger.insertPending(record, error); },
        [this, &provider, order = prepared.order, endpoint = prepared.endpoint, credential, guard,
         placed](qint64 id, const LocalizedText& error) {
            sendRecorded(id, error, provider, order, endpoint, credential, guard, placed, false);
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
                placed(0, error);
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
        placed(ledgerId, error);
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
    const std::optional<OrderRecord> record = m_ledger.order(ledgerId);
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
                                           "%1 has no idempotency token, so sending order %2 again could buy "
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
    if (const std::optional<LocalizedText> refusal = retryRefusal(ledgerId, provider)) {
        refuseLater(guard, placed, *refusal);
        return;
    }
    const OrderRecord record = *m_ledger.order(ledgerId);
    writer().write(
        m_ledger.clock().nowUtc(),
        [ledgerId](OrderLedger& ledger, LocalizedText* error) -> qint64 {
            return ledger.reopenForRetry(ledgerId, error) ? ledgerId : 0;
        },
        [this, &provider, order = OrderRequest{record.region, record.params},
         endpoint = Endpoint::parse(record.endpoint), credential, guard,
         placed](qint64 id, const LocalizedText& error) {
            sendRecorded(id, error, provider, order, endpoint, credential, guard, placed, true);
        });
}

int OrderService::markInterruptedOrders()
{
    // The ledger's clock, which dated the rows: a pinned clock must not meet the system's.
    return m_ledger.markInterrupted(m_ledger.clock().nowUtc().addSecs(-kInterruptedAfterMinutes * 60));
}

void OrderService::send(qint64 ledgerId, const Provider& provider, const OrderRequest& order,
                        const Endpoint& endpoint, const Credential& credential)
{
    const quint64 handle = m_client.send(provider, order, endpoint, credential);
    m_inFlight.insert(handle, ledgerId);
}

bool OrderService::isBusy() const
{
    return !m_inFlight.isEmpty() || (m_writer && m_writer->pending() > 0);
}

LedgerWriter& OrderService::writer()
{
    // A ledger opened again elsewhere gets a writer of its own; the old one finishes first.
    if (!m_writer || m_writer->filePath() != m_ledger.filePath())
        m_writer = std::make_unique<LedgerWriter>(m_ledger.filePath());
    return *m_writer;
}

void OrderService::onAttemptStarted(quint64 handle, int attempt)
{
    const qint64 id = m_inFlight.value(handle);
    if (id == 0)
        return;
    // Announced once recorded, so that whoever reads the ledger on the signal sees the attempt.
    writer().write(
        m_ledger.clock().nowUtc(),
        [id, attempt](OrderLedger& ledger, LocalizedText* error) -> qint64 {
            return ledger.recordAttempt(id, attempt, error) ? 1 : 0;
        },
        [this, id, attempt](qint64, const LocalizedText&) { emit attemptStarted(id, attempt); });
}

void OrderService::onFinished(quint64 handle, const OrderOutcome& outcome)
{
    const qint64 id = m_inFlight.take(handle);
    if (id == 0)
        return;
    const bool isRetry = m_retries.remove(id);
    writer().write(
        m_ledger.clock().nowUtc(),
        [id, record = toRecord(outcome, isRetry)](OrderLedger& ledger, LocalizedText* error) -> qint64 {
            return ledger.recordOutcome(id, record, error) ? 1 : 0;
        },
        [this, id, outcome](qint64 recorded, const LocalizedText& error) {
            OrderOutcome reported = outcome;
            if (!recorded) {
                // The provider's answer is still shown; the row keeps saying Pending, which later
                // becomes Unknown, so the user is never told less than what happened.
                reported.technicalDetail += QStringLiteral(" [ledger: %1]").arg(error.toEnglish());
            }
            emit finished(id, reported);
        });
}

} // namespace OrderDesk
