#include "OrderTransitions.h"

namespace OrderDesk {

namespace {

constexpr const char* kContext = "OrderDesk::OrderTransitions";

OrderTransitions::Change to(OrderStatus status, OrderEventKind kind)
{
    OrderTransitions::Change change;
    change.allowed = true;
    change.status = status;
    change.recordedAs = kind;
    return change;
}

OrderTransitions::Change refused(OrderStatus status, const LocalizedText& why)
{
    OrderTransitions::Change change;
    change.status = status;
    change.refusal = why;
    return change;
}

} // namespace

bool OrderTransitions::isInFlight(const OrderRecord& order, const QDateTime& nowUtc)
{
    return order.status == OrderStatus::Pending && order.leaseUntilUtc.isValid() &&
           order.leaseUntilUtc > nowUtc;
}

bool OrderTransitions::isInterrupted(const OrderRecord& order, const QDateTime& nowUtc)
{
    return order.status == OrderStatus::Pending && !isInFlight(order, nowUtc);
}

OrderTransitions::Change OrderTransitions::attempt(const OrderRecord& order)
{
    if (order.status == OrderStatus::Pending)
        return to(OrderStatus::Pending, OrderEventKind::Attempt);
    return refused(order.status,
                   LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderTransitions",
                                                             "An attempt can only be recorded for "
                                                             "a pending order; order %1 is not "
                                                             "pending."))
                       .arg(order.id));
}

OrderTransitions::Change OrderTransitions::outcome(const OrderRecord& order, OrderStatus answer)
{
    if (answer == OrderStatus::Pending || answer == OrderStatus::NotPlaced) {
        return refused(order.status,
                       LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderTransitions",
                                                                 "Only succeeded, rejected or unknown is an "
                                                                 "answer of the provider.")));
    }
    // A late but definitive answer is worth more than an Unknown.
    if (order.status == OrderStatus::Pending ||
        (order.status == OrderStatus::Unknown && order.resolution == OrderResolution::None))
        return to(answer, OrderEventKind::Outcome);
    // The user said "not placed", and the provider says it placed the order: the provider knows.
    // The conflict stays visible until the user looks at it again.
    if (order.status == OrderStatus::NotPlaced && answer == OrderStatus::Succeeded) {
        Change change = to(OrderStatus::Succeeded, OrderEventKind::LateAnswer);
        change.raisesConflict = true;
        return change;
    }
    // Anything else adds nothing the row does not say: kept as an event, the row stays.
    return to(order.status, OrderEventKind::LateAnswer);
}

OrderTransitions::Change OrderTransitions::resolve(const OrderRecord& order, OrderResolution resolution,
                                                   const QDateTime& nowUtc)
{
    const OrderStatus target =
        resolution == OrderResolution::Placed ? OrderStatus::Succeeded : OrderStatus::NotPlaced;
    if (resolution == OrderResolution::None)
        return refused(order.status,
                       LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderTransitions",
                                                                 "Say whether the order was placed "
                                                                 "or not.")));
    if (isInFlight(order, nowUtc)) {
        return refused(
            order.status,
            LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderTransitions",
                                                      "Order %1 is being sent right now (by %2), and the "
                                                      "provider may still answer. Wait for the answer; "
                                                      "resolve it only if its outcome stays unknown."))
                .arg(order.id)
                .arg(order.leaseOwner));
    }
    Change change = to(target, OrderEventKind::Resolved);
    if (order.status == OrderStatus::Unknown || order.status == OrderStatus::Pending)
        return change;
    if (order.conflict) {
        change.clearsConflict = true;
        return change;
    }
    return refused(order.status,
                   LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderTransitions",
                                                             "Only an order whose outcome is "
                                                             "unknown can be marked as placed or "
                                                             "as not placed; the outcome of order "
                                                             "%1 is already final."))
                       .arg(order.id));
}

OrderTransitions::Change OrderTransitions::interrupt(const OrderRecord& order, const QDateTime& nowUtc)
{
    if (isInterrupted(order, nowUtc))
        return to(OrderStatus::Unknown, OrderEventKind::Interrupted);
    return refused(order.status, LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderTransitions",
                                                                           "Order %1 is not an interrupted "
                                                                           "pending order."))
                                     .arg(order.id));
}

OrderTransitions::Change OrderTransitions::abandon(const OrderRecord& order, const QString& leaseOwner)
{
    if (order.status == OrderStatus::Pending && !leaseOwner.isEmpty() && order.leaseOwner == leaseOwner)
        return to(OrderStatus::Unknown, OrderEventKind::Abandoned);
    return refused(order.status,
                   LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderTransitions",
                                                             "Order %1 is not being sent by this "
                                                             "process."))
                       .arg(order.id));
}

OrderTransitions::Change OrderTransitions::retry(const OrderRecord& order)
{
    if (order.status == OrderStatus::Unknown && order.resolution == OrderResolution::None)
        return to(OrderStatus::Pending, OrderEventKind::Retry);
    return refused(order.status,
                   LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderTransitions",
                                                             "Only an order whose outcome is "
                                                             "unknown can be sent again; order %1 "
                                                             "is not."))
                       .arg(order.id));
}

bool OrderTransitions::canResolve(const OrderRecord& order, const QDateTime& nowUtc)
{
    return resolve(order, OrderResolution::Placed, nowUtc).allowed;
}

} // namespace OrderDesk
