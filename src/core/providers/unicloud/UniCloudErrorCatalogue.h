#pragma once

#include "providers/ErrorCatalogue.h"

namespace OrderDesk {

// UniCloud's error codes for the NAS CreateOrder API and its OpenAPI gateway, with what
// the user should do about each. UniCloud has no idempotency token, so no entry may be
// resent automatically unless the answer proves the order was not taken.
class UniCloudErrorCatalogue : public ErrorCatalogue
{
public:
    UniCloudErrorCatalogue();
};

} // namespace OrderDesk
