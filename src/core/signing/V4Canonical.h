#pragma once

#include "common/HttpRequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>

namespace OrderDesk {

// The pieces Volcengine's HMAC-SHA256 scheme and Huawei's SDK-HMAC-SHA256 scheme share
// byte for byte: both descend from AWS Signature V4 and build the same canonical request
// (METHOD, URI, query, headers, signed-header list, payload hash). They differ only in the
// canonical URI, the string to sign and the key, which each signer keeps to itself.
class V4Canonical
{
public:
    using HeaderList = QList<QPair<QByteArray, QByteArray>>;

    struct Headers
    {
        QByteArray canonical;   // "name:value\n" per header, lower-case names, sorted
        QByteArray signedNames; // "name;name;..." in the same order
    };

    // Lower-cases the names, trims the values (inner spaces stay: the Volcengine demo signs
    // "application/x-www-form-urlencoded; charset=utf-8" verbatim) and sorts by name in
    // byte order. Names are expected to be unique ignoring case.
    static Headers canonicalHeaders(const HeaderList& headers);

    static QByteArray canonicalRequest(const QByteArray& method, const QByteArray& canonicalUri,
                                       const QByteArray& canonicalQuery, const Headers& headers,
                                       const QByteArray& payloadHash);

    // The request's headers plus the Host header Qt will send: an explicit Host header wins,
    // otherwise host[:port] from the request itself. The server checks the host it received,
    // so a loopback simulator's port must be part of what is signed.
    static HeaderList headersWithHost(const HttpRequest& request);

    // Keeps only the last value of each header name (ignoring case), as QNetworkRequest's
    // setRawHeader would: the request then carries exactly the headers that are signed.
    static void collapseDuplicateHeaders(HttpRequest& request);
    static void removeHeader(HttpRequest& request, const QByteArray& name);

    // ISO 8601 basic format in UTC, "yyyyMMdd'T'HHmmss'Z'"; sub-second parts are dropped.
    static QByteArray basicDateTime(const QDateTime& time);

    static QByteArray sha256Hex(const QByteArray& data);
    static QByteArray hmacSha256(const QByteArray& key, const QByteArray& message);
};

} // namespace OrderDesk
