#pragma once

#include "OrderExportCell.h"
#include "OrderExportRecord.h"
#include "providers/OrderTerm.h"
#include "providers/PaymentState.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace OrderDesk {

class ProviderRegistry;

// The columns of an order export, the same for the spreadsheet and the CSV: titles and labels
// in the language installed when the file is written; what only a provider knows (its name,
// the subscription length, how the order is paid) asked of the provider.
class OrderExportColumns
{
public:
    // The order of cells().
    enum Column
    {
        LedgerId,
        Created,
        CreatedUtc,
        Updated,
        UpdatedUtc,
        ProviderName,
        Profile,
        Region,
        ResourceId,
        TermLength,
        TermUnit,
        Status,
        Resolution,
        Payment,
        OrderId,
        RequestId,
        Operator,
        ResolvedBy,
        UserNote,
        SystemNote,
        ErrorCode,
        ErrorMessage,
        HttpStatus,
        Attempts,
        IdempotencyToken,
        EndpointUrl,
        Parameters,
        ColumnCount
    };

    static QStringList titles();
    // A spreadsheet's column width, in characters.
    static int width(Column column);
    // Columns of identifiers: text even where they look like numbers.
    static bool isIdentifier(Column column);

    static QList<OrderExportCell> cells(const OrderExportRecord& order, const ProviderRegistry& providers);

    // What the order's parameters buy, as its provider reads them; nullopt for an unknown
    // provider or parameters that name no length.
    static std::optional<OrderTerm> term(const OrderRecord& record, const ProviderRegistry& providers);
    // Whether money may still be owed: only for an order the provider created (Succeeded);
    // nothing was bought otherwise, or it is not known yet.
    static std::optional<PaymentState> payment(const OrderRecord& record, const ProviderRegistry& providers);
};

} // namespace OrderDesk
