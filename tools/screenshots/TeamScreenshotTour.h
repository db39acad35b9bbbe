#pragma once

#include "ScreenshotTour.h"

namespace OrderDesk {

// The team ledger as two colleagues see it, on the PostgreSQL that pg_virtualenv started around
// the tour: the settings with the ledger's address, an order waiting for approval, the approvals
// page and dialog, the maker told of the approval, the order sent, and a ledger that is offline.
class TeamScreenshotTour : public ScreenshotTour
{
public:
    using ScreenshotTour::ScreenshotTour;
    static constexpr int kScreens = 7;
    // Why the tour cannot run (no PostgreSQL), or empty.
    static QString missingServer();
    int run();
};

} // namespace OrderDesk
