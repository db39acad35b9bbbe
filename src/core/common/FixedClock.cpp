#include "FixedClock.h"

namespace OrderDesk {

FixedClock::FixedClock(const QDateTime& now)
    : m_now(now.toUTC())
{}

QDateTime FixedClock::nowUtc() const
{
    return m_now;
}

void FixedClock::setNow(const QDateTime& now)
{
    m_now = now.toUTC();
}

void FixedClock::advanceSeconds(qint64 seconds)
{
    m_now = m_now.addSecs(seconds);
}

} // namespace OrderDesk
