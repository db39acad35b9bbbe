#pragma once

#include <QMargins>
#include <QRect>

namespace OrderDesk {

// Where a window goes so that all of it, frame included, is on the screen's available area
// (the screen without task bars and docks): smaller where it would not fit, then moved inside.
// A pure computation, so that it is tested with any screen, not only the one a test runs on.
class ScreenFit
{
public:
    // `window` is the client area and `frame` the window manager's decoration around it.
    // Returns the client area; a window that fits already comes back unchanged.
    static QRect fitted(const QRect& window, const QMargins& frame, const QRect& available);
};

} // namespace OrderDesk
