#include "OrderResolution.h"

namespace OrderDesk {

QString OrderResolutionNames::key(OrderResolution resolution)
{
    switch (resolution) {
    case OrderResolution::None:
        return QStringLiteral("");
    case OrderResolution::Placed:
        return QStringLiteral("placed");
    case OrderResolution::NotPlaced:
        return QStringLiteral("not_placed");
    }
    return QStringLiteral("");
}

std::optional<OrderResolution> OrderResolutionNames::fromKey(const QString& key)
{
    for (OrderResolution resolution :
         {OrderResolution::None, OrderResolution::Placed, OrderResolution::NotPlaced}) {
        if (key == OrderResolutionNames::key(resolution))
            return resolution;
    }
    return std::nullopt;
}

LocalizedText OrderResolutionNames::label(OrderResolution resolution)
{
    constexpr const char* context = "OrderDesk::OrderResolutionNames";
    switch (resolution) {
    case OrderResolution::None:
        return {};
    case OrderResolution::Placed:
        return LocalizedText(
            context, QT_TRANSLATE_NOOP("OrderDesk::OrderResolutionNames", "Marked as placed by hand"));
    case OrderResolution::NotPlaced:
        return LocalizedText(
            context, QT_TRANSLATE_NOOP("OrderDesk::OrderResolutionNames", "Marked as not placed by hand"));
    }
    return {};
}

} // namespace OrderDesk
