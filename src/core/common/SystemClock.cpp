#include "SystemClock.h"

namespace OrderDesk {

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace OrderDesk
