#pragma once

#include "providers/ErrorCatalogue.h"

namespace OrderDesk {

// Alibaba Cloud's error codes for VPC CreatePhysicalConnectionOccupancyOrder and its RPC
// gateway, with what the user should do about each. The API takes a ClientToken, so
// answers that leave the outcome open may be resent with the same token.
class AliyunErrorCatalogue : public ErrorCatalogue
{
public:
    AliyunErrorCatalogue();
};

} // namespace OrderDesk
