#pragma once

#include "NonceSource.h"

namespace OrderDesk {

// Random version-4 UUIDs without braces: unique enough for SignatureNonce and
// short enough (36 ASCII characters) for every provider's ClientToken limit of 64.
class UuidNonceSource final : public NonceSource
{
public:
    QString nextNonce() override;
};

} // namespace OrderDesk
