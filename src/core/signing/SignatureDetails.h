#pragma once

#include "common/HttpRequest.h"

#include <QByteArray>

namespace OrderDesk {

// What a signer produced, kept apart so that tests can compare every intermediate value
// with a provider's published example and so that a SignatureDoesNotMatch reply (which
// often quotes the server's own string to sign) can be diagnosed.
struct SignatureDetails
{
    HttpRequest request;         // the request as it must be sent
    QByteArray canonicalRequest; // V4 schemes: the canonical request; RPC schemes: the canonicalized query
    QByteArray stringToSign;
    QByteArray signature; // hex (V4 schemes) or Base64 (RPC schemes), not percent-encoded
};

} // namespace OrderDesk
