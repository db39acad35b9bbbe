#include "NonceSource.h"

namespace OrderDesk {

NonceSource::~NonceSource() = default;

} // namespace OrderDesk
