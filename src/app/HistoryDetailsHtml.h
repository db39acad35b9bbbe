#pragma once

#include "ledger/OrderEvent.h"
#include "ledger/OrderRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace OrderDesk {

class Provider;

// The history page's details of one order, in the language of the moment: a conflict or a send
// in flight first, the facts, what to do about an open outcome, the parameters, the order's
// events and the provider's answer, laid out.
class HistoryDetailsHtml
{
    // The page's own texts, translated under the page's name as they always were.
    Q_DECLARE_TR_FUNCTIONS(OrderDesk::HistoryPage)

public:
    // `provider`: the order's, nullptr when this version does not know it. `resolvable`: whether
    // the page offers Resolve for it now (HistoryPage::isResolvable).
    static QString html(const OrderRecord& record, const QList<OrderEvent>& events, const Provider* provider,
                        const QDateTime& nowUtc, bool resolvable);
};

} // namespace OrderDesk
