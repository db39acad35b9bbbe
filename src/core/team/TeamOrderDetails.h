#pragma once

#include "TeamEvent.h"
#include "TeamOrder.h"
#include "common/LocalizedText.h"
#include "orders/SummaryLine.h"

#include <QDateTime>
#include <QList>

namespace OrderDesk {

class Provider;

// An order of the team ledger as the history shows it, written once for every front end (as
// OrderDetails is for the desk's own ledger): its state in words with who and when, its facts
// as labelled lines, and each event of its history as a sentence made from the values the
// database keeps.
class TeamOrderDetails
{
public:
    // The state with who brought it there and when, e.g. "Approved by li at 2026-05-04 10:12:00".
    // `nowUtc` tells an approval that expired from one that holds.
    static LocalizedText stateText(const TeamOrder& order, const QDateTime& nowUtc);
    // State first, then who, what and when, then the provider's answer; lines without a value are
    // left out. `provider` may be nullptr (a provider this version does not know).
    static QList<SummaryLine> lines(const TeamOrder& order, const Provider* provider,
                                    const QDateTime& nowUtc);
    // When and by whom the event happened: for an event carried over from a desk's ledger, the
    // time and operator recorded there, not those of the import.
    static QDateTime eventTime(const TeamEvent& event);
    static QString eventActor(const TeamEvent& event);
    // What happened, e.g. "Approved, valid until …, with the comment: Budget line 7". Never the raw
    // JSON.
    static LocalizedText eventText(const TeamEvent& event);
    // Where the order stood after the event.
    static LocalizedText eventState(const TeamEvent& event);
};

} // namespace OrderDesk
