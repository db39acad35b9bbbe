#include "TeamOrderMapping.h"

#include "net/OrderOutcome.h"
#include "orders/OrderService.h"
#include "providers/Provider.h"
#include "providers/ProviderRegistry.h"

#include <QCoreApplication>

namespace OrderDesk {

namespace {

constexpr const char* kContext = "OrderDesk::TeamOrderMapping";

} // namespace

TeamLedger::Submission TeamOrderMapping::submission(const PreparedOrder& prepared, bool allowDuplicate,
                                                    qint64 acceptedUpToId)
{
    TeamLedger::Submission submission;
    submission.provider = prepared.provider->id();
    submission.profile = prepared.profile;
    submission.resourceId = prepared.resourceId;
    submission.region = prepared.region;
    submission.endpoint = prepared.endpoint.toString();
    submission.params = prepared.order.params;
    if (prepared.provider->hasIdempotencyToken())
        submission.clientToken = prepared.order.value(prepared.provider->idempotencyField());
    submission.guard = !allowDuplicate;
    submission.acceptedUpToId = acceptedUpToId;
    return submission;
}

std::optional<PreparedOrder> TeamOrderMapping::toSend(const TeamOrder& order,
                                                      const ProviderRegistry& providers, NonceSource& tokens,
                                                      LocalizedText* error)
{
    const Provider* provider = providers.find(order.provider);
    if (!provider) {
        if (error)
            *error =
                LocalizedText(kContext,
                              QT_TRANSLATE_NOOP("OrderDesk::TeamOrderMapping",
                                                "Order %1 is for the provider \"%2\", which this OrderDesk "
                                                "does not know."),
                              {QString::number(order.id), order.provider});
        return std::nullopt;
    }
    OrderRequest request;
    request.params = order.params;
    request.region = order.region;
    PreparedOrder prepared =
        OrderService::check(*provider, request, order.profile, Endpoint::parse(order.endpoint), tokens);
    if (prepared.order.params != order.params || !prepared.isValid()) {
        if (error)
            *error =
                LocalizedText(kContext,
                              QT_TRANSLATE_NOOP("OrderDesk::TeamOrderMapping",
                                                "Order %1 cannot be sent as it was recorded: its parameters "
                                                "are no longer valid for %2. Withdraw it and prepare it "
                                                "again."),
                              {QString::number(order.id), provider->displayName().toString()});
        return std::nullopt;
    }
    prepared.duplicateAllowed = true;
    return prepared;
}

TeamLedger::Outcome TeamOrderMapping::outcome(const OrderOutcome& outcome, qint64 journalId)
{
    TeamLedger::Outcome result;
    switch (outcome.kind) {
    case OrderOutcome::Kind::Accepted:
        result.state = TeamOrderState::Succeeded;
        break;
    case OrderOutcome::Kind::Rejected:
    case OrderOutcome::Kind::NotSent:
        result.state = TeamOrderState::Rejected;
        break;
    case OrderOutcome::Kind::Unknown:
        result.state = TeamOrderState::Unknown;
        break;
    }
    result.orderId = outcome.reply.orderId;
    result.errorCode = outcome.kind == OrderOutcome::Kind::NotSent && outcome.reply.errorCode.isEmpty()
                           ? QStringLiteral("not_sent")
                           : outcome.reply.errorCode;
    result.errorMessage = outcome.reply.errorMessage;
    result.requestId = outcome.reply.requestId;
    result.attempts = outcome.attempts;
    result.journalId = journalId;
    return result;
}

} // namespace OrderDesk
