#pragma once

#include "net/NetworkOptions.h"
#include "settings/NetworkSettings.h"

#include <QString>

namespace OrderDesk {

// Turns what the user chose in the settings into what the order client works with, so that
// the GUI and the CLI send with exactly the same timeouts, proxy and certificates.
class ClientConfiguration
{
public:
    // proxyPassword comes from the keychain (CredentialStore::readProxyPassword); it is used
    // with the manual proxy only.
    static NetworkOptions options(const NetworkSettings& settings, const QString& proxyPassword = {});
};

} // namespace OrderDesk
