#include "OrderStatus.h"

namespace OrderDesk {

QString OrderStatusNames::key(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Pending:
        return QStringLiteral("pending");
    case OrderStatus::Succeeded:
        return QStringLiteral("succeeded");
    case OrderStatus::Rejected:
        return QStringLiteral("rejected");
    case OrderStatus::Unknown:
        return QStringLiteral("unknown");
    case OrderStatus::NotPlaced:
        return QStringLiteral("not_placed");
    }
    return QStringLiteral("unknown");
}

std::optional<OrderStatus> OrderStatusNames::fromKey(const QString& key)
{
    const QString wanted = key.trimmed();
    for (OrderStatus status : all()) {
        if (wanted.compare(OrderStatusNames::key(status), Qt::CaseInsensitive) == 0)
            return status;
    }
    return std::nullopt;
}

LocalizedText OrderStatusNames::label(OrderStatus status)
{
    constexpr const char* context = "OrderDesk::OrderStatusNames";
    switch (status) {
    case OrderStatus::Pending:
        return LocalizedText(context, QT_TRANSLATE_NOOP("OrderDesk::OrderStatusNames", "Pending"));
    case OrderStatus::Succeeded:
        return LocalizedText(context, QT_TRANSLATE_NOOP("OrderDesk::OrderStatusNames", "Succeeded"));
    case OrderStatus::Rejected:
        return LocalizedText(context, QT_TRANSLATE_NOOP("OrderDesk::OrderStatusNames", "Rejected"));
    case OrderStatus::Unknown:
        return LocalizedText(context, QT_TRANSLATE_NOOP("OrderDesk::OrderStatusNames", "Unknown"));
    case OrderStatus::NotPlaced:
        return LocalizedText(
            context, QT_TRANSLATE_NOOP("OrderDesk::OrderStatusNames", "Not placed (resolved by hand)"));
    }
    return {};
}

QList<OrderStatus> OrderStatusNames::all()
{
    return {OrderStatus::Pending, OrderStatus::Succeeded, OrderStatus::Rejected, OrderStatus::Unknown,
            OrderStatus::NotPlaced};
}

} // namespace OrderDesk
