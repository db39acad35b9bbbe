#include "OrderEventKind.h"

#include <array>

namespace OrderDesk {

namespace {

constexpr const char* kContext = "OrderDesk::OrderEventKindNames";

struct Entry
{
    OrderEventKind kind;
    const char* key;
    const char* label;
};

constexpr std::array<Entry, 9> kEntries{{
    {OrderEventKind::Created, "created", QT_TRANSLATE_NOOP("OrderDesk::OrderEventKindNames", "Recorded")},
    {OrderEventKind::Attempt, "attempt", QT_TRANSLATE_NOOP("OrderDesk::OrderEventKindNames", "Sent")},
    {OrderEventKind::Outcome, "outcome", QT_TRANSLATE_NOOP("OrderDesk::OrderEventKindNames", "Answer")},
    {OrderEventKind::LateAnswer, "late_answer",
     QT_TRANSLATE_NOOP("OrderDesk::OrderEventKindNames", "Late answer")},
    {OrderEventKind::Resolved, "resolved",
     QT_TRANSLATE_NOOP("OrderDesk::OrderEventKindNames", "Resolved by hand")},
    {OrderEventKind::Interrupted, "interrupted",
     QT_TRANSLATE_NOOP("OrderDesk::OrderEventKindNames", "Interrupted")},
    {OrderEventKind::Abandoned, "abandoned",
     QT_TRANSLATE_NOOP("OrderDesk::OrderEventKindNames", "Stopped waiting")},
    {OrderEventKind::Retry, "retry", QT_TRANSLATE_NOOP("OrderDesk::OrderEventKindNames", "Sent again")},
    {OrderEventKind::Imported, "imported", QT_TRANSLATE_NOOP("OrderDesk::OrderEventKindNames", "Imported")},
}};

const Entry* entry(OrderEventKind kind)
{
    for (const Entry& e : kEntries) {
        if (e.kind == kind)
            return &e;
    }
    return nullptr;
}

} // namespace

QString OrderEventKindNames::key(OrderEventKind kind)
{
    const Entry* e = entry(kind);
    return e ? QString::fromLatin1(e->key) : QString();
}

std::optional<OrderEventKind> OrderEventKindNames::fromKey(const QString& key)
{
    for (const Entry& e : kEntries) {
        if (key == QLatin1String(e.key))
            return e.kind;
    }
    return std::nullopt;
}

LocalizedText OrderEventKindNames::label(OrderEventKind kind)
{
    const Entry* e = entry(kind);
    return e ? LocalizedText(kContext, e->label) : LocalizedText();
}

} // namespace OrderDesk
