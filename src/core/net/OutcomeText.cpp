#include "OutcomeText.h"

#include "providers/Provider.h"

namespace OrderDesk {

namespace {

constexpr const char* kContext = "OrderDesk::OutcomeText";

LocalizedText text(const char* source)
{
    return LocalizedText(kContext, source);
}

} // namespace

LocalizedText OutcomeText::unknown(const Provider& provider, Uncertainty why)
{
    const bool noAnswer = why == Uncertainty::NoAnswer;
    const UncertainOutcomeTexts own = provider.uncertainOutcomeTexts();
    const LocalizedText& specific = noAnswer ? own.noAnswer : own.unreadableAnswer;
    if (!specific.isEmpty())
        return specific;
    return noAnswer
               ? text(QT_TRANSLATE_NOOP("OrderDesk::OutcomeText",
                                        "The provider did not answer in time, or the connection broke "
                                        "after the order was sent, so the order may or may not have been "
                                        "placed. Check the orders in the provider's console before "
                                        "ordering again."))
               : text(QT_TRANSLATE_NOOP("OrderDesk::OutcomeText",
                                        "The provider answered, but the answer could not be read or "
                                        "reported an internal error, so the order may or may not have "
                                        "been placed. Check the orders in the provider's console before "
                                        "ordering again."));
}

LocalizedText OutcomeText::notSent(NotSentReason reason)
{
    switch (reason) {
    case NotSentReason::InsecureHttp:
        return text(QT_TRANSLATE_NOOP("OrderDesk::OutcomeText",
                                      "The order was not sent: %1 uses plain http://, which is allowed only "
                                      "for the local simulator on 127.0.0.1. Use an https:// endpoint. "
                                      "Nothing was ordered."));
    case NotSentReason::UnreadableCaFile:
        return text(QT_TRANSLATE_NOOP("OrderDesk::OutcomeText",
                                      "The order was not sent: the extra CA certificate file %1 could not be "
                                      "read or holds no PEM certificate. Correct the file in the network "
                                      "settings. Nothing was ordered."));
    case NotSentReason::IncompleteCredential:
        return text(QT_TRANSLATE_NOOP("OrderDesk::OutcomeText",
                                      "The order was not sent: the AccessKey ID or secret is empty. Complete "
                                      "the AccessKey in the profile. Nothing was ordered."));
    case NotSentReason::HostNotFound:
        return text(QT_TRANSLATE_NOOP("OrderDesk::OutcomeText",
                                      "The order was not sent: the server %1 could not be found. Check the "
                                      "network connection, the DNS settings and the endpoint. Nothing was "
                                      "ordered."));
    case NotSentReason::CannotConnect:
        return text(QT_TRANSLATE_NOOP("OrderDesk::OutcomeText",
                                      "The order was not sent: OrderDesk could not connect to %1. Check the "
                                      "network connection, the firewall and the endpoint. Nothing was "
                                      "ordered."));
    case NotSentReason::Tls:
        return text(
            QT_TRANSLATE_NOOP("OrderDesk::OutcomeText",
                              "The order was not sent: the secure connection (TLS) to %1 could not be "
                              "verified. If your company's proxy inspects TLS, add its CA certificate "
                              "in the network settings; otherwise do not send orders over this "
                              "network. Nothing was ordered."));
    case NotSentReason::TlsHostMismatch:
        // Adding a CA, the advice for an unverifiable certificate, cannot help here and would
        // only teach users to trust what they should not.
        return text(QT_TRANSLATE_NOOP("OrderDesk::OutcomeText",
                                      "The order was not sent: the certificate presented by %1 is issued "
                                      "for a different server name, so the connection may have been "
                                      "intercepted. Check the endpoint address; adding a CA certificate "
                                      "does not fix this. Nothing was ordered."));
    case NotSentReason::Proxy:
        return text(QT_TRANSLATE_NOOP("OrderDesk::OutcomeText",
                                      "The order was not sent: the proxy did not forward the connection to "
                                      "%1. Check the proxy settings. Nothing was ordered."));
    case NotSentReason::ConnectTimeout:
        return text(QT_TRANSLATE_NOOP("OrderDesk::OutcomeText",
                                      "The order was not sent: no connection to %1 could be established "
                                      "within %2 seconds. Check the network connection and the proxy "
                                      "settings. Nothing was ordered."));
    case NotSentReason::Other:
        break;
    }
    return text(QT_TRANSLATE_NOOP("OrderDesk::OutcomeText",
                                  "The order was not sent: a network error occurred before the request left "
                                  "this computer. Nothing was ordered."));
}

} // namespace OrderDesk
