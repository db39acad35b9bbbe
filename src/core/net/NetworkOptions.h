#pragma once

#include <QNetworkProxy>
#include <QString>

#include <chrono>

namespace OrderDesk {

// How OrderClient reaches the providers: timeouts, the answer size it accepts, the proxy and
// an extra CA bundle for company proxies that inspect TLS. TLS verification itself is not an
// option: it is always on.
struct NetworkOptions
{
    // Until the request has been fully written (QNetworkReply::requestSent). A request cut off
    // before that never reached the provider whole, so the order is known not to be placed.
    std::chrono::milliseconds connectTimeout{15000};
    // After that, until the answer is complete. Past this point the order may exist.
    std::chrono::milliseconds transferTimeout{60000};
    qint64 maxResponseBytes = 1024 * 1024;

    enum class ProxyMode
    {
        System, // the operating system's proxy settings
        None,
        Manual // manualProxy
    };
    ProxyMode proxyMode = ProxyMode::System;
    QNetworkProxy manualProxy;

    // A PEM file whose certificates are trusted in addition to the system's. When it cannot be
    // read, nothing is sent.
    QString extraCaFile;
};

} // namespace OrderDesk
