#pragma once

#include "SignatureDetails.h"
#include "common/HttpRequest.h"
#include "common/PercentEncoding.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace OrderDesk {

// Alibaba Cloud's RPC signature v1 algorithm, which UniCloud reuses unchanged over a
// different set of common parameters (see AliyunRpcSigner and UniCloudSigner):
//   StringToSign = METHOD + "&" + percentEncode("/") + "&" + percentEncode(canonicalQuery)
//   Signature    = Base64(HMAC-SHA1(secret + "&", StringToSign))
// The canonical query is percent-encoded twice in the string to sign, so a ':' in the
// Timestamp appears there as %253A.
class RpcSignature
{
public:
    // "yyyy-MM-ddTHH:mm:ssZ" in UTC, whatever the time zone of the argument.
    static QByteArray timestamp(const QDateTime& time);

    // All parameters except Signature, encoded and sorted in byte order (names, then values).
    static QByteArray canonicalQuery(const QueryItems& parameters);
    static QByteArray stringToSign(const QByteArray& method, const QByteArray& canonicalQuery);
    static QByteArray signature(const QString& secret, const QByteArray& stringToSign);

    // Signs the request's query (any earlier Signature dropped) plus alsoSigned, parameters
    // that travel elsewhere (a form body), and appends Signature as the last query item.
    static SignatureDetails sign(const HttpRequest& request, const QString& secret,
                                 const QueryItems& alsoSigned = {});

    // Removes every occurrence of name, then appends it once: a re-signed request never
    // carries two nonces or timestamps.
    static void replaceQueryValue(HttpRequest& request, const QString& name, const QString& value);
    static bool hasQueryValue(const HttpRequest& request, const QString& name);
};

} // namespace OrderDesk
