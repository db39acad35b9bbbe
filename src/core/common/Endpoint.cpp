#include "Endpoint.h"

#include <QHostAddress>
#include <QUrl>

namespace OrderDesk {

QString Endpoint::toString() const
{
    QString out = scheme + QStringLiteral("://") + host;
    if (port >= 0)
        out += QLatin1Char(':') + QString::number(port);
    return out;
}

bool Endpoint::isLoopback() const
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Endpoint Endpoint::parse(const QString& text, LocalizedText* error)
{
    const auto fail = [error](const char* message, const QString& arg) {
        if (error)
            *error = LocalizedText("OrderDesk::Endpoint", message).arg(arg);
        return Endpoint{};
    };
    QString trimmed = text.trimmed();
    while (trimmed.endsWith(QLatin1Char('/')))
        trimmed.chop(1);
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return fail(
            QT_TRANSLATE_NOOP("OrderDesk::Endpoint",
                              "\"%1\" is not an endpoint. Write it as https://host or https://host:port."),
            text);
    if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        return fail(
            QT_TRANSLATE_NOOP("OrderDesk::Endpoint",
                              "The endpoint \"%1\" must start with https:// (or http:// for the local "
                              "simulator)."),
            text);
    if (!url.path().isEmpty() || url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
        return fail(
            QT_TRANSLATE_NOOP("OrderDesk::Endpoint",
                              "The endpoint \"%1\" must be only scheme, host and port; OrderDesk adds the "
                              "provider's path itself."),
            text);
    Endpoint endpoint;
    endpoint.scheme = url.scheme();
    endpoint.host = url.host();
    endpoint.port = url.port(-1);
    // Orders and AccessKey signatures never cross a network in clear text; plain http
    // exists only for the simulator on this machine.
    if (endpoint.scheme == QLatin1String("http") && !endpoint.isLoopback())
        return fail(
            QT_TRANSLATE_NOOP("OrderDesk::Endpoint",
                              "The endpoint \"%1\" must use https://. Plain http:// is allowed only for "
                              "the local simulator on 127.0.0.1."),
            text);
    return endpoint;
}

} // namespace OrderDesk
