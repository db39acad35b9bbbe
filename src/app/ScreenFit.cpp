#include "ScreenFit.h"

#include <algorithm>

namespace OrderDesk {

QRect ScreenFit::fitted(const QRect& window, const QMargins& frame, const QRect& available)
{
    if (!available.isValid())
        return window;
    const QRect inside = available.marginsRemoved(frame);
    QRect result = window;
    result.setWidth(std::min(window.width(), inside.width()));
    result.setHeight(std::min(window.height(), inside.height()));
    result.moveRight(std::min(result.right(), inside.right()));
    result.moveBottom(std::min(result.bottom(), inside.bottom()));
    result.moveLeft(std::max(result.left(), inside.left()));
    result.moveTop(std::max(result.top(), inside.top()));
    return result;
}

} // namespace OrderDesk
