#include "Sandbox.h"

namespace OrderDesk {

Sandbox::~Sandbox() = default;

} // namespace OrderDesk
