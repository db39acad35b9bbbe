#pragma once

#include "Clock.h"

namespace OrderDesk {

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override;
};

} // namespace OrderDesk
