#pragma once

#include "Clock.h"

namespace OrderDesk {

// A clock that says what it is told: for tests, dry runs with a pinned time, and the
// simulator's clock-skew faults.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(const QDateTime& now = {});
    QDateTime nowUtc() const override;
    void setNow(const QDateTime& now);
    void advanceSeconds(qint64 seconds);

private:
    QDateTime m_now;
};

} // namespace OrderDesk
