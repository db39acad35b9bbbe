#include "Clock.h"

namespace OrderDesk {

Clock::~Clock() = default;

} // namespace OrderDesk
