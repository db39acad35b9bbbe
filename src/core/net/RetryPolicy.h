#pragma once

#include "providers/ProviderReply.h"

#include <chrono>
#include <functional>

namespace OrderDesk {

class Provider;

// When OrderClient sends an order again, and after how long. The rules for every provider are
// written down in one table at the top of RetryPolicy.cpp; the error catalogues say what each
// code means (category, whether the provider proves it did not take the order).
class RetryPolicy
{
public:
    struct Tuning
    {
        int maxAttempts = 4;
        std::chrono::milliseconds baseDelay{1000};
        std::chrono::milliseconds maxDelay{20000};
        std::chrono::milliseconds idempotentProcessingDelay{2000};
    };

    // Why an attempt ended without an answer to read.
    enum class NoAnswer
    {
        NotConnected,      // no complete request left the machine
        TimedOut,          // sent, but no complete answer in time
        ConnectionDropped, // sent, then the connection broke
        ResponseTooLarge   // the provider answered, but more than OrderDesk reads
    };

    struct Decision
    {
        bool retry = false;
        std::chrono::milliseconds delay{0};
    };

    explicit RetryPolicy(const Provider& provider);
    // jitter returns a value in [0, 1); when empty, a random one is drawn.
    RetryPolicy(const Provider& provider, Tuning tuning, std::function<double()> jitter = {});

    Decision afterAnswer(const ProviderReply& reply, int attemptsSoFar) const;
    Decision afterNoAnswer(NoAnswer what, int attemptsSoFar) const;

    // Whether an answer leaves open if the order was placed: an unreadable answer, a server
    // error, or a sign that an earlier copy arrived. Such an answer, when it is the last one,
    // makes the outcome Unknown rather than Rejected.
    bool leavesOrderUncertain(const ProviderReply& reply) const;
    // Whether an answer proves that the provider refused this very request before processing it
    // (throttling, authentication, clock): it says nothing about an earlier copy.
    bool refusedBeforeProcessing(const ProviderReply& reply) const;

    const Tuning& tuning() const { return m_tuning; }

private:
    Decision retryAfter(std::chrono::milliseconds delay, int attemptsSoFar) const;
    Decision backoff(int attemptsSoFar) const;
    bool isThrottling(const ProviderReply& reply) const;

    const Provider* m_provider;
    Tuning m_tuning;
    std::function<double()> m_jitter;
};

} // namespace OrderDesk
