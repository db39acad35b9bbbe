#include "KeychainBackend.h"

namespace OrderDesk {

KeychainBackend::~KeychainBackend() = default;

} // namespace OrderDesk
