#pragma once

#include "providers/ErrorCatalogue.h"

namespace OrderDesk {

// Huawei Cloud's errors for the Data Security Center period order: the service's own code
// from the API page and the API gateway's codes, which come spelled APIG.xxxx or APIGW.xxxx.
// The API has no idempotency token, so no entry may be resent automatically unless the
// answer proves the order was not taken.
class HuaweiCloudErrorCatalogue : public ErrorCatalogue
{
public:
    HuaweiCloudErrorCatalogue();
};

} // namespace OrderDesk
