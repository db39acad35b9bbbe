#include "RequestPreview.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace OrderDesk {

namespace {

bool isSignatureParameter(const QString& name)
{
    return name == QLatin1String("Signature");
}

// The URL as sent, but with the mask written literally: percent-encoding "********"
// would make it unreadable.
QString previewUrl(const HttpRequest& request)
{
    QString url = request.scheme + QStringLiteral("://") + QString::fromUtf8(request.hostHeader()) +
                  QString::fromLatin1(request.path);
    QStringList items;
    for (const auto& [name, value] : request.query) {
        items.append(QString::fromLatin1(PercentEncoding::encode(name)) + QLatin1Char('=') +
                     (isSignatureParameter(name) ? QLatin1String(RequestPreview::kMask)
                                                 : QString::fromLatin1(PercentEncoding::encode(value))));
    }
    if (!items.isEmpty())
        url += QLatin1Char('?') + items.join(QLatin1Char('&'));
    return url;
}

} // namespace

HttpRequest RequestPreview::masked(const HttpRequest& request)
{
    HttpRequest copy = request;
    for (auto& [name, value] : copy.query) {
        if (isSignatureParameter(name))
            value = QLatin1String(kMask);
    }
    static const QRegularExpression signature(QStringLiteral("(Signature=)[^,\\s]*"));
    for (auto& [name, value] : copy.headers) {
        if (name.compare("Authorization", Qt::CaseInsensitive) == 0) {
            QString text = QString::fromLatin1(value);
            text.replace(signature, QStringLiteral("\\1") + QLatin1String(kMask));
            value = text.toLatin1();
        }
    }
    return copy;
}

QString RequestPreview::render(const HttpRequest& request)
{
    const HttpRequest shown = masked(request);
    QString out =
        QString::fromLatin1(shown.method) + QLatin1Char(' ') + previewUrl(shown) + QLatin1Char('\n');
    out += QStringLiteral("Host: ") + QString::fromUtf8(shown.hostHeader()) + QLatin1Char('\n');
    for (const auto& [name, value] : shown.headers)
        out +=
            QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value) + QLatin1Char('\n');
    if (!shown.body.isEmpty())
        out += QLatin1Char('\n') + QString::fromUtf8(shown.body) + QLatin1Char('\n');
    return out;
}

QJsonObject RequestPreview::toJson(const HttpRequest& request)
{
    const HttpRequest shown = masked(request);
    QJsonObject headers;
    headers.insert(QStringLiteral("Host"), QString::fromUtf8(shown.hostHeader()));
    for (const auto& [name, value] : shown.headers)
        headers.insert(QString::fromLatin1(name), QString::fromUtf8(value));
    return QJsonObject{{QStringLiteral("method"), QString::fromLatin1(shown.method)},
                       {QStringLiteral("url"), previewUrl(shown)},
                       {QStringLiteral("headers"), headers},
                       {QStringLiteral("body"), QString::fromUtf8(shown.body)}};
}

} // namespace OrderDesk
