#include "TeamOrderState.h"

#include <QCoreApplication>

namespace OrderDesk {

namespace {

constexpr const char* kContext = "OrderDesk::TeamOrderStates";

struct StateName
{
    TeamOrderState state;
    const char* key;
    const char* label;
};

const StateName kNames[] = {
    {TeamOrderState::AwaitingApproval, "awaiting_approval",
     QT_TRANSLATE_NOOP("OrderDesk::TeamOrderStates", "Awaiting approval")},
    {TeamOrderState::Approved, "approved", QT_TRANSLATE_NOOP("OrderDesk::TeamOrderStates", "Approved")},
    {TeamOrderState::Declined, "declined", QT_TRANSLATE_NOOP("OrderDesk::TeamOrderStates", "Declined")},
    {TeamOrderState::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("OrderDesk::TeamOrderStates", "Withdrawn")},
    {TeamOrderState::Sending, "sending", QT_TRANSLATE_NOOP("OrderDesk::TeamOrderStates", "Being sent")},
    {TeamOrderState::Succeeded, "succeeded", QT_TRANSLATE_NOOP("OrderDesk::TeamOrderStates", "Succeeded")},
    {TeamOrderState::Rejected, "rejected", QT_TRANSLATE_NOOP("OrderDesk::TeamOrderStates", "Rejected")},
    {TeamOrderState::Unknown, "unknown", QT_TRANSLATE_NOOP("OrderDesk::TeamOrderStates", "Outcome unknown")},
    {TeamOrderState::NotPlaced, "not_placed",
     QT_TRANSLATE_NOOP("OrderDesk::TeamOrderStates", "Not placed (resolved by hand)")},
};

} // namespace

QString TeamOrderStates::key(TeamOrderState state)
{
    for (const StateName& name : kNames) {
        if (name.state == state)
            return QString::fromLatin1(name.key);
    }
    return {};
}

std::optional<TeamOrderState> TeamOrderStates::fromKey(const QString& key)
{
    const QString wanted = key.trimmed().toLower();
    for (const StateName& name : kNames) {
        if (wanted == QLatin1String(name.key))
            return name.state;
    }
    return std::nullopt;
}

LocalizedText TeamOrderStates::label(TeamOrderState state)
{
    for (const StateName& name : kNames) {
        if (name.state == state)
            return LocalizedText(kContext, name.label);
    }
    return {};
}

QList<TeamOrderState> TeamOrderStates::all()
{
    QList<TeamOrderState> states;
    for (const StateName& name : kNames)
        states.append(name.state);
    return states;
}

} // namespace OrderDesk
