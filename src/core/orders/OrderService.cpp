#include "OrderService.h"

#include "common/Credential.h"
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

} // namespace

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

qint64 OrderService::place(const PreparedOrder& prepared, const Credential& credential, LocalizedText* error)
{
    if (!prepared.isValid()) {
        if (error)
            *error =
                LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderService",
                                                          "The order has problems that must be corrected "
                                                          "first. Nothing was sent."));
        return 0;
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
    const qint64 id = m_ledger.insertPending(record, error);
    if (id == 0)
        return 0;
    send(id, provider, prepared.order, prepared.endpoint, credential);
    return id;
}

bool OrderService::canRetrySafely(const OrderRecord& record, const Provider& provider)
{
    return record.status == OrderStatus::Unknown && record.provider == provider.id() &&
           provider.hasIdempotencyToken() && !record.idempotencyToken.isEmpty() &&
           record.params.value(provider.idempotencyField()) == record.idempotencyToken;
}

bool OrderService::retry(qint64 ledgerId, const Provider& provider, const Credential& credential,
                         LocalizedText* error)
{
    const std::optional<OrderRecord> record = m_ledger.order(ledgerId);
    if (!record) {
        if (error)
            *error = LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderService",
                                                               "There is no order %1 in the ledger."))
                         .arg(ledgerId);
        return false;
    }
    if (record->status != OrderStatus::Unknown) {
        if (error)
            *error =
                LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderService",
                                                          "Only an order whose outcome is unknown can be "
                                                          "sent again; order %1 is not."))
                    .arg(ledgerId);
        return false;
    }
    if (!canRetrySafely(*record, provider)) {
        if (error)
            *error = LocalizedText(
                         kContext,
                         QT_TRANSLATE_NOOP("OrderDesk::OrderService",
                                           "%1 has no idempotency token, so sending order %2 again could buy "
                                           "twice. Check the order list in the provider's console, then mark "
                                           "the order as placed or as not placed."))
                         .arg(provider.displayName().toString())
                         .arg(ledgerId);
        return false;
    }
    const Endpoint endpoint = Endpoint::parse(record->endpoint);
    if (!endpoint.isValid()) {
        if (error)
            *error = LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderService",
                                                               "The endpoint recorded with order %1 is not "
                                                               "valid, so it cannot be sent again."))
                         .arg(ledgerId);
        return false;
    }
    if (!m_ledger.reopenForRetry(ledgerId, error))
        return false;
    send(ledgerId, provider, OrderRequest{record->region, record->params}, endpoint, credential);
    m_retries.insert(ledgerId);
    return true;
}

int OrderService::markInterruptedOrders()
{
    return m_ledger.markInterrupted(QDateTime::currentDateTimeUtc().addSecs(-kInterruptedAfterMinutes * 60));
}

void OrderService::send(qint64 ledgerId, const Provider& provider, const OrderRequest& order,
                        const Endpoint& endpoint, const Credential& credential)
{
    const quint64 handle = m_client.send(provider, order, endpoint, credential);
    m_inFlight.insert(handle, ledgerId);
}

void OrderService::onAttemptStarted(quint64 handle, int attempt)
{
    const qint64 id = m_inFlight.value(handle);
    if (id == 0)
        return;
    m_ledger.recordAttempt(id, attempt);
    emit attemptStarted(id, attempt);
}

void OrderService::onFinished(quint64 handle, const OrderOutcome& outcome)
{
    const qint64 id = m_inFlight.take(handle);
    if (id == 0)
        return;
    OrderOutcome reported = outcome;
    LocalizedText ledgerError;
    const bool isRetry = m_retries.remove(id);
    if (!m_ledger.recordOutcome(id, toRecord(outcome, isRetry), &ledgerError)) {
        // The provider's answer is still shown; the row keeps saying Pending, which later
        // becomes Unknown, so the user is never told less than what happened.
        reported.technicalDetail += QStringLiteral(" [ledger: %1]").arg(ledgerError.toEnglish());
    }
    emit finished(id, reported);
}

} // namespace OrderDesk
