#pragma once

#include "common/LocalizedText.h"

#include <QString>

namespace OrderDesk {

class Provider;

// What OrderClient tells the user when an order ended without a provider's refusal to explain
// it: when nothing was sent, and when it is not known whether the order exists.
class OutcomeText
{
public:
    enum class Uncertainty
    {
        NoAnswer,        // timed out or dropped after the request was sent
        UnreadableAnswer // an answer too large, unreadable, or a server error
    };
    // The provider's own text, which names where in its console to look and whether sending
    // it again is safe; a general one for a provider without.
    static LocalizedText unknown(const Provider& provider, Uncertainty why);

    enum class NotSentReason
    {
        InsecureHttp,         // %1: the endpoint
        UnreadableCaFile,     // %1: the file
        IncompleteCredential, //
        HostNotFound,         // %1: the host
        CannotConnect,        // %1: the host
        Tls,                  // %1: the host
        TlsHostMismatch,      // %1: the host; its certificate is issued for another name
        Proxy,                // %1: the host
        ConnectTimeout,       // %1: the host, %2: seconds
        Other                 //
    };
    static LocalizedText notSent(NotSentReason reason);
};

} // namespace OrderDesk
