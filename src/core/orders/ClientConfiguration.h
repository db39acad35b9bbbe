#pragma once

#include "net/NetworkOptions.h"
#include "settings/NetworkSettings.h"

namespace OrderDesk {

// Turns what the user chose in the settings into what the order client works with, so that
// the GUI and the CLI send with exactly the same timeouts, proxy and certificates.
class ClientConfiguration
{
public:
    static NetworkOptions options(const NetworkSettings& settings);
};

} // namespace OrderDesk
