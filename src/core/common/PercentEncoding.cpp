#include "PercentEncoding.h"

#include <algorithm>

namespace OrderDesk {

namespace {

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.' || c == '~';
}

} // namespace

QByteArray PercentEncoding::encode(const QByteArray& utf8)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(utf8.size() * 3);
    for (const char c : utf8) {
        if (isUnreserved(c)) {
            out.append(c);
        } else {
            const auto byte = static_cast<unsigned char>(c);
            out.append('%');
            out.append(hex[byte >> 4]);
            out.append(hex[byte & 0x0F]);
        }
    }
    return out;
}

QByteArray PercentEncoding::encode(const QString& text)
{
    return encode(text.toUtf8());
}

QByteArray PercentEncoding::encodeQuery(const QueryItems& items)
{
    QByteArray out;
    for (const auto& [name, value] : items) {
        if (!out.isEmpty())
            out.append('&');
        out.append(encode(name));
        out.append('=');
        out.append(encode(value));
    }
    return out;
}

QByteArray PercentEncoding::canonicalQuery(const QueryItems& items)
{
    QList<QPair<QByteArray, QByteArray>> encoded;
    encoded.reserve(items.size());
    for (const auto& [name, value] : items)
        encoded.append({encode(name), encode(value)});
    // QByteArray compares bytes as unsigned, which is the byte order the providers specify.
    std::sort(encoded.begin(), encoded.end());
    QByteArray out;
    for (const auto& [name, value] : encoded) {
        if (!out.isEmpty())
            out.append('&');
        out.append(name);
        out.append('=');
        out.append(value);
    }
    return out;
}

QueryItems PercentEncoding::decodeQuery(const QByteArray& encodedQuery)
{
    QueryItems items;
    if (encodedQuery.isEmpty())
        return items;
    for (const QByteArray& pair : encodedQuery.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QByteArray name = eq < 0 ? pair : pair.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        items.append({QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
                      QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return items;
}

} // namespace OrderDesk
