#pragma once

#include "common/LocalizedText.h"

#include <QString>

#include <optional>

namespace OrderDesk {

// What happened to an order. Stored in the ledger by key; shown by label in the language of
// the moment, never as text frozen in the file.
enum class OrderEventKind
{
    Created,     // recorded as Pending, before anything was sent
    Attempt,     // a request is about to leave
    Outcome,     // the provider's answer, or the end of the attempts without one
    LateAnswer,  // an answer that came after the order was resolved by hand or already final
    Resolved,    // the user's word on what the provider's console shows
    Interrupted, // found Pending with no live sender: a process ended without an answer
    Abandoned,   // the sender stopped waiting (quit, Ctrl+C) while the request was out
    Retry,       // sent again with the same idempotency token
    Imported     // carried over from another ledger
};

class OrderEventKindNames
{
public:
    // Stable keys of the ledger file and the CLI's JSON.
    static QString key(OrderEventKind kind);
    static std::optional<OrderEventKind> fromKey(const QString& key);
    static LocalizedText label(OrderEventKind kind);
};

} // namespace OrderDesk
