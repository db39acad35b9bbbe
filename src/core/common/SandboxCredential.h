#pragma once

#include "Credential.h"

namespace OrderDesk {

// The key pair of the built-in sandbox: the local simulator accepts it by default and the
// app's sandbox profile uses it, so that the whole order flow can be rehearsed before any
// real AccessKey is entered. It opens nothing but the simulator.
struct SandboxCredential
{
    static Credential pair()
    {
        return {QStringLiteral("AKODSANDBOX0000000000"),
                QStringLiteral("orderdesk-sandbox-secret-not-for-real-orders")};
    }
};

} // namespace OrderDesk
