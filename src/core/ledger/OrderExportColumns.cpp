#include "OrderExportColumns.h"

#include "providers/ProviderRegistry.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace OrderDesk {

namespace {

constexpr const char* kContext = "OrderDesk::OrderExportColumns";

struct ColumnSpec
{
    const char* title;
    int width;
};

const ColumnSpec kColumns[OrderExportColumns::ColumnCount] = {
    {QT_TRANSLATE_NOOP("OrderDesk::OrderExportColumns", "Ledger ID"), 9},
    {QT_TRANSLATE_NOOP("OrderDesk::OrderExportColumns", "Created"), 20},
    {QT_TRANSLATE_NOOP("OrderDesk::OrderExportColumns", "Created (UTC)"), 20},
    {QT_TRANSLATE_NOOP("OrderDesk::OrderExportColumns", "Updated"), 20},
    {QT_TRANSLATE_NOOP("OrderDesk::OrderExportColumns", "Updated (UTC)"), 20},
    {QT_TRANSLATE_NOOP("OrderDesk::OrderExportColumns", "Provider"), 16},
    {QT_TRANSLATE_NOOP("OrderDesk::OrderExportColumns", "Profile"), 16},
    {QT_TRANSLATE_NOOP("OrderDesk::OrderExportColumns", "Region"), 16},
    {QT_TRANSLATE_NOOP("OrderDesk::OrderExportColumns", "Resource ID"), 30},
    {QT_TRANSLATE_NOOP("OrderDesk::OrderExportColumns", "Subscription length"), 10},
    {QT_TRANSLATE_NOOP("OrderDesk::OrderExportColumns", "Length unit"), 10},
    {QT_TRANSLATE_NOOP("OrderDesk::OrderExportColumns", "Status"), 18},
    {QT_TRANSLATE_NOOP("OrderDesk::OrderExportColumns", "Resolution"), 26},
    {QT_TRANSLATE_NOOP("OrderDesk::OrderExportColumns", "Payment"), 30},
    {QT_TRANSLATE_NOOP("OrderDesk::OrderExportColumns", "Order ID"), 24},
    {QT_TRANSLATE_NOOP("OrderDesk::OrderExportColumns", "Request ID"), 36},
    {QT_TRANSLATE_NOOP("OrderDesk::OrderExportColumns", "Operator"), 14},
    {QT_TRANSLATE_NOOP("OrderDesk::OrderExportColumns", "Resolved by"), 14},
    {QT_TRANSLATE_NOOP("OrderDesk::OrderExportColumns", "Note"), 30},
    {QT_TRANSLATE_NOOP("OrderDesk::OrderExportColumns", "System note"), 40},
    {QT_TRANSLATE_NOOP("OrderDesk::OrderExportColumns", "Error code"), 24},
    {QT_TRANSLATE_NOOP("OrderDesk::OrderExportColumns", "Error message"), 40},
    {QT_TRANSLATE_NOOP("OrderDesk::OrderExportColumns", "HTTP status"), 8},
    {QT_TRANSLATE_NOOP("OrderDesk::OrderExportColumns", "Attempts"), 8},
    {QT_TRANSLATE_NOOP("OrderDesk::OrderExportColumns", "Client token"), 24},
    {QT_TRANSLATE_NOOP("OrderDesk::OrderExportColumns", "Endpoint"), 30},
    {QT_TRANSLATE_NOOP("OrderDesk::OrderExportColumns", "Parameters"), 60},
};

QString resolutionText(const OrderRecord& record)
{
    if (record.conflict)
        return QCoreApplication::translate(
            kContext,
            QT_TRANSLATE_NOOP("OrderDesk::OrderExportColumns",
                              "Conflict: marked as not placed by hand, but the provider answered that "
                              "it placed the order"));
    switch (record.resolution) {
    case OrderResolution::None:
        return {};
    case OrderResolution::Placed:
        return QCoreApplication::translate(
            kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderExportColumns", "Placed (confirmed by user)"));
    case OrderResolution::NotPlaced:
        return QCoreApplication::translate(
            kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderExportColumns", "Not placed (confirmed by user)"));
    }
    return {};
}

QString paramsText(const QMap<QString, QString>& params)
{
    if (params.isEmpty())
        return {};
    QJsonObject object;
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

QStringList OrderExportColumns::titles()
{
    QStringList titles;
    for (const ColumnSpec& column : kColumns)
        titles << QCoreApplication::translate(kContext, column.title);
    return titles;
}

int OrderExportColumns::width(Column column)
{
    return column >= 0 && column < ColumnCount ? kColumns[column].width : 10;
}

bool OrderExportColumns::isIdentifier(Column column)
{
    switch (column) {
    case ResourceId:
    case OrderId:
    case RequestId:
    case IdempotencyToken:
        return true;
    default:
        return false;
    }
}

std::optional<OrderTerm> OrderExportColumns::term(const OrderRecord& record,
                                                  const ProviderRegistry& providers)
{
    const OrderDesk::Provider* provider = providers.find(record.provider);
    return provider ? provider->term(record.params) : std::nullopt;
}

std::optional<PaymentState> OrderExportColumns::payment(const OrderRecord& record,
                                                        const ProviderRegistry& providers)
{
    const OrderDesk::Provider* provider = providers.find(record.provider);
    if (!provider || record.status != OrderStatus::Succeeded)
        return std::nullopt;
    return provider->payment(record.params);
}

QList<OrderExportCell> OrderExportColumns::cells(const OrderExportRecord& order,
                                                 const ProviderRegistry& providers)
{
    const OrderRecord& record = order.record;
    const OrderDesk::Provider* provider = providers.find(record.provider);
    const std::optional<OrderTerm> orderTerm = term(record, providers);
    const std::optional<PaymentState> paid = payment(record, providers);
    using Cell = OrderExportCell;

    QList<Cell> cells(ColumnCount);
    cells[LedgerId] = Cell::ofNumber(record.id);
    cells[Created] = Cell::ofTime(record.createdUtc, Cell::Kind::LocalTime);
    cells[CreatedUtc] = Cell::ofTime(record.createdUtc, Cell::Kind::UtcTime);
    cells[Updated] = Cell::ofTime(record.updatedUtc, Cell::Kind::LocalTime);
    cells[UpdatedUtc] = Cell::ofTime(record.updatedUtc, Cell::Kind::UtcTime);
    cells[ProviderName] = Cell::ofText(provider ? provider->displayName().toString() : record.provider);
    cells[Profile] = Cell::ofText(record.profile);
    cells[Region] = Cell::ofText(record.region);
    cells[ResourceId] = Cell::ofText(record.resourceId);
    if (orderTerm) {
        cells[TermLength] = Cell::ofNumber(orderTerm->length);
        cells[TermUnit] = Cell::ofText(OrderTerm::unitLabel(orderTerm->unit).toString());
    }
    cells[Status] = Cell::ofText(OrderStatusNames::label(record.status).toString());
    cells[Resolution] = Cell::ofText(resolutionText(record));
    if (paid)
        cells[Payment] = Cell::ofText(PaymentStateNames::label(*paid).toString());
    cells[OrderId] = Cell::ofText(record.orderId);
    cells[RequestId] = Cell::ofText(record.requestId);
    cells[Operator] = Cell::ofText(record.operatorName);
    cells[ResolvedBy] = Cell::ofText(order.resolvedBy);
    cells[UserNote] = Cell::ofText(order.userNote);
    cells[SystemNote] = Cell::ofText(order.systemNote);
    cells[ErrorCode] = Cell::ofText(record.errorCode);
    cells[ErrorMessage] = Cell::ofText(record.errorMessage);
    if (record.httpStatus != 0)
        cells[HttpStatus] = Cell::ofNumber(record.httpStatus);
    cells[Attempts] = Cell::ofNumber(record.attempts);
    cells[IdempotencyToken] = Cell::ofText(record.idempotencyToken);
    cells[EndpointUrl] = Cell::ofText(record.endpoint);
    cells[Parameters] = Cell::ofText(paramsText(record.params));
    return cells;
}

} // namespace OrderDesk
