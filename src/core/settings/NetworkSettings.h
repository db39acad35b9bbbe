#pragma once

#include <QString>

namespace OrderDesk {

// What the user chose on the Network page of the settings. The proxy password is a secret and
// therefore lives in the system keychain, never here.
struct NetworkSettings
{
    static constexpr int MinimumTimeoutSeconds = 1;
    static constexpr int MaximumTimeoutSeconds = 3600;

    int connectTimeoutSeconds = 15;
    int transferTimeoutSeconds = 60;
    enum class ProxyMode
    {
        System,
        None,
        Manual
    } proxyMode = ProxyMode::System;
    QString proxyHost;
    int proxyPort = 0;
    QString proxyUser;
    // A PEM bundle added to the system CAs, for corporate proxies that inspect TLS.
    QString extraCaFile;

    bool operator==(const NetworkSettings& other) const
    {
        return connectTimeoutSeconds == other.connectTimeoutSeconds &&
               transferTimeoutSeconds == other.transferTimeoutSeconds && proxyMode == other.proxyMode &&
               proxyHost == other.proxyHost && proxyPort == other.proxyPort && proxyUser == other.proxyUser &&
               extraCaFile == other.extraCaFile;
    }
    bool operator!=(const NetworkSettings& other) const { return !(*this == other); }
};

} // namespace OrderDesk
