#pragma once

#include <memory>
#include <utility>

namespace OrderDesk {

class PaymentSortOrder;

// The value the order list is sorted by. Text columns compare by their stored bytes; the
// status and the provider by their stable keys, so that the order does not depend on the
// language shown.
enum class OrderSortKey
{
    Id,
    Created,
    Provider,
    Profile,
    Region,
    Resource,
    Status,
    OrderId,
    RequestId,
    Error, // the error code, then the message
    Attempts,
    Payment // as the order's provider tells it (OrderSort::payment)
};

// Ties are broken by the ledger id in the same direction, so that every order has exactly one
// place in the list and a page can continue after the last row of the one before (keyset).
struct OrderSort
{
    OrderSort() = default;
    OrderSort(OrderSortKey sortKey, bool sortAscending,
              std::shared_ptr<const PaymentSortOrder> paymentOrder = {})
        : key(sortKey)
        , ascending(sortAscending)
        , payment(std::move(paymentOrder))
    {}

    OrderSortKey key = OrderSortKey::Id;
    bool ascending = false; // the default: newest first
    // For OrderSortKey::Payment, which no column stores: how each order's provider tells it.
    // Without it every order sorts as unpaid-or-none, that is by the ledger id.
    std::shared_ptr<const PaymentSortOrder> payment;

    bool operator==(const OrderSort& other) const { return key == other.key && ascending == other.ascending; }
    bool operator!=(const OrderSort& other) const { return !(*this == other); }
};

} // namespace OrderDesk
