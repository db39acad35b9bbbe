#include "HttpRequest.h"

namespace OrderDesk {

QByteArray HttpRequest::encodedQuery() const
{
    return PercentEncoding::encodeQuery(query);
}

QByteArray HttpRequest::hostHeader() const
{
    const bool defaultPort = port < 0 || (scheme == QLatin1String("https") && port == 443) ||
                             (scheme == QLatin1String("http") && port == 80);
    QByteArray out = host.toUtf8();
    if (!defaultPort)
        out += ':' + QByteArray::number(port);
    return out;
}

QUrl HttpRequest::url() const
{
    QByteArray encoded = scheme.toLatin1() + "://" + hostHeader() + path;
    const QByteArray q = encodedQuery();
    if (!q.isEmpty())
        encoded += '?' + q;
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

QByteArray HttpRequest::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void HttpRequest::setHeader(const QByteArray& name, const QByteArray& value)
{
    for (auto& [key, existing] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            existing = value;
            return;
        }
    }
    headers.append({name, value});
}

QString HttpRequest::queryValue(const QString& name) const
{
    for (const auto& [key, value] : query) {
        if (key == name)
            return value;
    }
    return {};
}

void HttpRequest::setQueryValue(const QString& name, const QString& value)
{
    for (auto& [key, existing] : query) {
        if (key == name) {
            existing = value;
            return;
        }
    }
    query.append({name, value});
}

void HttpRequest::removeQueryValue(const QString& name)
{
    query.removeIf([&name](const QPair<QString, QString>& item) { return item.first == name; });
}

} // namespace OrderDesk
