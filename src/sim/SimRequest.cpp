#include "SimRequest.h"

#include <algorithm>

namespace OrderDesk {

QByteArray SimRequest::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool SimRequest::hasHeader(const QByteArray& name) const
{
    return std::any_of(headers.cbegin(), headers.cend(),
                       [&name](const QPair<QByteArray, QByteArray>& header) {
                           return header.first.compare(name, Qt::CaseInsensitive) == 0;
                       });
}

QString SimRequest::queryValue(const QString& name) const
{
    for (const auto& [key, value] : query) {
        if (key == name)
            return value;
    }
    return {};
}

bool SimRequest::hasQueryValue(const QString& name) const
{
    return std::any_of(query.cbegin(), query.cend(),
                       [&name](const QPair<QString, QString>& item) { return item.first == name; });
}

QueryItems SimRequest::formParameters() const
{
    const QByteArray contentType = header(QByteArrayLiteral("Content-Type")).trimmed().toLower();
    if (!contentType.startsWith("application/x-www-form-urlencoded") || body.isEmpty())
        return {};
    QByteArray decodable = body;
    decodable.replace('+', QByteArrayLiteral("%20"));
    return PercentEncoding::decodeQuery(decodable);
}

QList<QPair<QByteArray, QByteArray>> SimRequest::rawQueryPairs(const QByteArray& leaveOut) const
{
    QList<QPair<QByteArray, QByteArray>> pairs;
    for (const QByteArray& pair : rawQuery.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QByteArray name = eq < 0 ? pair : pair.left(eq);
        if (!leaveOut.isEmpty() && name == leaveOut)
            continue;
        pairs.append({name, eq < 0 ? QByteArray() : pair.mid(eq + 1)});
    }
    return pairs;
}

QByteArray SimRequest::rawCanonicalQuery(const QByteArray& leaveOut) const
{
    return joinSorted(rawQueryPairs(leaveOut));
}

QByteArray SimRequest::joinSorted(QList<QPair<QByteArray, QByteArray>> pairs)
{
    // QByteArray compares bytes as unsigned: the byte order the providers specify.
    std::sort(pairs.begin(), pairs.end());
    QByteArray out;
    for (const auto& [name, value] : pairs) {
        if (!out.isEmpty())
            out.append('&');
        out.append(name + '=' + value);
    }
    return out;
}

} // namespace OrderDesk
