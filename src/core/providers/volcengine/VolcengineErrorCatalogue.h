#pragma once

#include "providers/ErrorCatalogue.h"

namespace OrderDesk {

// Volcengine's error codes for CreateDirectConnectConnectionOrder and its OpenAPI gateway,
// with what the user should do about each. The API takes a ClientToken, so answers that
// leave the outcome open may be resent with the same token.
class VolcengineErrorCatalogue : public ErrorCatalogue
{
public:
    VolcengineErrorCatalogue();
};

} // namespace OrderDesk
