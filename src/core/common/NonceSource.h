#pragma once

#include <QString>

namespace OrderDesk {

// Signature nonces and idempotency tokens come through this interface so that a
// signature can be reproduced byte for byte in tests.
class NonceSource
{
public:
    virtual ~NonceSource();
    virtual QString nextNonce() = 0;
};

} // namespace OrderDesk
