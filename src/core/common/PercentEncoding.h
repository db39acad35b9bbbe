#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace OrderDesk {

using QueryItems = QList<QPair<QString, QString>>;

// RFC 3986 percent-encoding as all four providers sign it: only A-Z a-z 0-9 - _ . ~ stay
// literal, everything else (UTF-8 bytes) becomes %XY with upper-case hex, so a space is
// %20, '*' is %2A and '+' is %2B. QUrl/QUrlQuery are not used for this because they
// leave sub-delimiters such as '*' and '+' alone, which breaks the signature.
class PercentEncoding
{
public:
    static QByteArray encode(const QByteArray& utf8);
    static QByteArray encode(const QString& text);

    // "name=value" pairs joined with '&', encoded, in the order given.
    static QByteArray encodeQuery(const QueryItems& items);

    // The same pairs sorted by encoded name, then encoded value, in byte order: the
    // canonical query of the V4-style (Volcengine, Huawei) and RPC (Alibaba, UniCloud) schemes.
    static QByteArray canonicalQuery(const QueryItems& items);

    // Decodes a raw query string such as the one a server receives. '+' stays '+':
    // the providers' encoding never uses it for a space.
    static QueryItems decodeQuery(const QByteArray& encodedQuery);
};

} // namespace OrderDesk
