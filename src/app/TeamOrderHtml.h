#pragma once

#include "team/TeamEvent.h"
#include "team/TeamOrder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace OrderDesk {

class ProviderRegistry;

// An order of the team ledger as the details pane and the approval dialog show it: the sentence
// the maker confirmed, the facts with who and when, the exact parameters and, once read, the
// events. The words are TeamOrderDetails' and OrderConfirmation's; this only lays them out.
class TeamOrderHtml
{
    Q_DECLARE_TR_FUNCTIONS(OrderDesk::TeamOrderHtml)

public:
    static QString html(const TeamOrder& order, const ProviderRegistry& providers, const QDateTime& nowUtc,
                        const QList<TeamEvent>& events = {});
};

} // namespace OrderDesk
