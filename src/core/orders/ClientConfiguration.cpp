#include "ClientConfiguration.h"

#include <QNetworkProxy>

namespace OrderDesk {

NetworkOptions ClientConfiguration::options(const NetworkSettings& settings, const QString& proxyPassword)
{
    NetworkOptions options;
    options.connectTimeout = std::chrono::seconds(qMax(1, settings.connectTimeoutSeconds));
    options.transferTimeout = std::chrono::seconds(qMax(1, settings.transferTimeoutSeconds));
    options.extraCaFile = settings.extraCaFile;
    switch (settings.proxyMode) {
    case NetworkSettings::ProxyMode::System:
        options.proxyMode = NetworkOptions::ProxyMode::System;
        break;
    case NetworkSettings::ProxyMode::None:
        options.proxyMode = NetworkOptions::ProxyMode::None;
        break;
    case NetworkSettings::ProxyMode::Manual:
        options.proxyMode = NetworkOptions::ProxyMode::Manual;
        options.manualProxy = QNetworkProxy(QNetworkProxy::HttpProxy, settings.proxyHost,
                                            static_cast<quint16>(settings.proxyPort), settings.proxyUser,
                                            settings.proxyUser.isEmpty() ? QString() : proxyPassword);
        break;
    }
    return options;
}

} // namespace OrderDesk
