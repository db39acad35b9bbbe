#include "V4Canonical.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QString>

#include <algorithm>

namespace OrderDesk {

V4Canonical::Headers V4Canonical::canonicalHeaders(const HeaderList& headers)
{
    HeaderList normalized;
    normalized.reserve(headers.size());
    for (const auto& [name, value] : headers)
        normalized.append({name.toLower(), value.trimmed()});
    std::stable_sort(normalized.begin(), normalized.end(),
                     [](const auto& left, const auto& right) { return left.first < right.first; });

    Headers out;
    for (const auto& [name, value] : normalized) {
        out.canonical += name + ':' + value + '\n';
        if (!out.signedNames.isEmpty())
            out.signedNames += ';';
        out.signedNames += name;
    }
    return out;
}

QByteArray V4Canonical::canonicalRequest(const QByteArray& method, const QByteArray& canonicalUri,
                                         const QByteArray& canonicalQuery, const Headers& headers,
                                         const QByteArray& payloadHash)
{
    // The canonical headers end with their own '\n', so a blank line separates them from
    // the signed-header list, as every published example shows.
    return method + '\n' + canonicalUri + '\n' + canonicalQuery + '\n' + headers.canonical + '\n' +
           headers.signedNames + '\n' + payloadHash;
}

V4Canonical::HeaderList V4Canonical::headersWithHost(const HttpRequest& request)
{
    HeaderList out = request.headers;
    const bool hasHost = std::any_of(out.cbegin(), out.cend(), [](const auto& header) {
        return header.first.compare("host", Qt::CaseInsensitive) == 0;
    });
    if (!hasHost)
        out.append({QByteArrayLiteral("host"), request.hostHeader()});
    return out;
}

void V4Canonical::collapseDuplicateHeaders(HttpRequest& request)
{
    HeaderList kept;
    for (qsizetype i = request.headers.size() - 1; i >= 0; --i) {
        const auto& header = request.headers.at(i);
        const bool seen = std::any_of(kept.cbegin(), kept.cend(), [&header](const auto& later) {
            return later.first.compare(header.first, Qt::CaseInsensitive) == 0;
        });
        if (!seen)
            kept.prepend(header);
    }
    request.headers = kept;
}

void V4Canonical::removeHeader(HttpRequest& request, const QByteArray& name)
{
    request.headers.removeIf([&name](const QPair<QByteArray, QByteArray>& header) {
        return header.first.compare(name, Qt::CaseInsensitive) == 0;
    });
}

QByteArray V4Canonical::basicDateTime(const QDateTime& time)
{
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    // Formatted by hand rather than through QDateTime::toString so that no locale can
    // substitute its own digits.
    return QString::asprintf("%04d%02d%02dT%02d%02d%02dZ", date.year(), date.month(), date.day(),
                             clock.hour(), clock.minute(), clock.second())
        .toLatin1();
}

QByteArray V4Canonical::sha256Hex(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray V4Canonical::hmacSha256(const QByteArray& key, const QByteArray& message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

} // namespace OrderDesk
