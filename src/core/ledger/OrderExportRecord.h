#pragma once

#include "OrderRecord.h"

#include <QString>

namespace OrderDesk {

// An order as the exports write it. The row's note holds either the user's words or
// OrderDesk's English technical text; only the order's "resolved" events tell which, so the
// reader splits them here, with who resolved the order by hand.
struct OrderExportRecord
{
    OrderRecord record;
    QString userNote;   // what the user wrote when resolving the order by hand
    QString systemNote; // OrderDesk's technical text, in English
    QString resolvedBy; // the operator of the last resolution by hand
};

} // namespace OrderDesk
