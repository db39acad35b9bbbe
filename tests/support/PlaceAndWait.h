#pragma once

#include "orders/OrderService.h"

#include <QTest>

#include <optional>

// OrderService::place() and retry() answer through a callback once the ledger has the order;
// tests that only need the ledger id wait for it here.
namespace OrderDesk::PlaceAndWait {

// The ledger id, 0 with `error` (and `newerDuplicate`, when the guard stopped it) when nothing
// was sent, -1 when no answer came within 10 s.
inline qint64 wait(const std::function<void(QObject*, const OrderService::Placed&)>& send,
                   LocalizedText* error = nullptr, std::optional<OrderRecord>* newerDuplicate = nullptr)
{
    QObject context;
    std::optional<qint64> result;
    send(&context,
         [&](qint64 ledgerId, const LocalizedText& why, const std::optional<OrderRecord>& duplicate) {
             result = ledgerId;
             if (error)
                 *error = why;
             if (newerDuplicate)
                 *newerDuplicate = duplicate;
         });
    if (result) // never: the answer is always queued
        return -2;
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        return -1;
    return *result;
}

inline qint64 place(OrderService& service, const PreparedOrder& prepared, const Credential& credential,
                    LocalizedText* error = nullptr, std::optional<OrderRecord>* newerDuplicate = nullptr)
{
    return wait(
        [&](QObject* context, const OrderService::Placed& placed) {
            service.place(prepared, credential, context, placed);
        },
        error, newerDuplicate);
}

inline qint64 retry(OrderService& service, qint64 ledgerId, const Provider& provider,
                    const Credential& credential, LocalizedText* error = nullptr)
{
    return wait(
        [&](QObject* context, const OrderService::Placed& placed) {
            service.retry(ledgerId, provider, credential, context, placed);
        },
        error);
}

} // namespace OrderDesk::PlaceAndWait
