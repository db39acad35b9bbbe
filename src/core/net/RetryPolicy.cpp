#include "RetryPolicy.h"

#include "providers/Provider.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

// The retry rules, for every provider. "Token" providers send a ClientToken with which the
// provider answers a repeated request with the first request's result instead of placing a
// second order, so any copy may be resent; the others may be resent only when the provider
// proves that it did not take the order.
//
// | provider                 | what ended the attempt                                       | decision |
// |--------------------------|--------------------------------------------------------------|--------------------------------|
// | all                      | Accepted                                                     | done | | all |
// NotConnected: no complete request left the machine           | done (NotSent)                 | | all |
// ResponseTooLarge: an answer too large to read                | done (Unknown)                 | | all |
// parameter, resource, account, authentication or clock errors | done (Rejected)                | |
// volcengine, aliyun       | Throttling category, or an unknown code with HTTP 429        | retry, backoff,
// same token     | | (ClientToken)            | Volcengine IdempotentProcessing (412) | retry after | | | |
// idempotentProcessingDelay      | |                          | catalogue RetrySafety WithTokenOnly:
// InternalError, 5xx,     | retry, backoff, same token     | |                          | SignatureNonceUsed;
// an unknown code with HTTP >= 500         |                                | |                          | an
// unreadable answer with HTTP >= 500 (a gateway's page)     | retry, backoff, same token     | | | an
// unreadable answer below HTTP 500                          | done (Unknown)                 | | | TimedOut,
// ConnectionDropped                                  | retry, backoff, same token     | | unicloud,
// huaweicloud    | Throttling category with RetrySafety NotTaken, or an unknown | retry, backoff | | (no
// token)               | code with HTTP 429                                           | | | | TimedOut,
// ConnectionDropped, 5xx, unreadable answers         | done (Unknown)                 |
//
// backoff: min(maxDelay, baseDelay * 2^(attemptsSoFar - 1)), plus jitter * that / 2.
// Every retry is signed anew (new time and nonce) and carries the same token; no retry once
// attemptsSoFar has reached maxAttempts. A clock or key error is not retried for any provider:
// sending again cannot fix it.

namespace OrderDesk {

namespace {

const QString kIdempotentProcessing = QStringLiteral("IdempotentProcessing");

} // namespace

RetryPolicy::RetryPolicy(const Provider& provider)
    : RetryPolicy(provider, Tuning{})
{}

RetryPolicy::RetryPolicy(const Provider& provider, Tuning tuning, std::function<double()> jitter)
    : m_provider(&provider)
    , m_tuning(tuning)
    , m_jitter(std::move(jitter))
{}

RetryPolicy::Decision RetryPolicy::afterAnswer(const ProviderReply& reply, int attemptsSoFar) const
{
    if (reply.kind == ProviderReply::Kind::Accepted)
        return {};
    if (isThrottling(reply))
        return backoff(attemptsSoFar);
    if (!m_provider->hasIdempotencyToken())
        return {};
    if (reply.kind == ProviderReply::Kind::Unparseable)
        return reply.httpStatus >= 500 ? backoff(attemptsSoFar) : Decision{};
    if (reply.errorCode.compare(kIdempotentProcessing, Qt::CaseInsensitive) == 0)
        return retryAfter(m_tuning.idempotentProcessingDelay, attemptsSoFar);
    if (m_provider->errorCatalogue().retrySafety(reply) == RetrySafety::WithTokenOnly)
        return backoff(attemptsSoFar);
    return {};
}

RetryPolicy::Decision RetryPolicy::afterNoAnswer(NoAnswer what, int attemptsSoFar) const
{
    switch (what) {
    case NoAnswer::TimedOut:
    case NoAnswer::ConnectionDropped:
        return m_provider->hasIdempotencyToken() ? backoff(attemptsSoFar) : Decision{};
    case NoAnswer::NotConnected:
    case NoAnswer::ResponseTooLarge:
        break;
    }
    return {};
}

bool RetryPolicy::leavesOrderUncertain(const ProviderReply& reply) const
{
    switch (reply.kind) {
    case ProviderReply::Kind::Accepted:
        return false;
    case ProviderReply::Kind::Unparseable:
        return true;
    case ProviderReply::Kind::Rejected:
        break;
    }
    return !isThrottling(reply) &&
           m_provider->errorCatalogue().retrySafety(reply) == RetrySafety::WithTokenOnly;
}

bool RetryPolicy::refusedBeforeProcessing(const ProviderReply& reply) const
{
    if (reply.kind != ProviderReply::Kind::Rejected)
        return false;
    return isThrottling(reply) || m_provider->errorCatalogue().retrySafety(reply) == RetrySafety::NotTaken;
}

bool RetryPolicy::isThrottling(const ProviderReply& reply) const
{
    if (reply.kind != ProviderReply::Kind::Rejected)
        return false;
    if (const ErrorInfo* info = m_provider->errorCatalogue().find(reply.errorCode, reply.errorMessage))
        return info->category == ErrorCategory::Throttling && info->retry == RetrySafety::NotTaken;
    // HTTP 429 means the request was refused for its rate, before anything was done with it.
    return reply.httpStatus == 429;
}

RetryPolicy::Decision RetryPolicy::retryAfter(std::chrono::milliseconds delay, int attemptsSoFar) const
{
    if (attemptsSoFar >= m_tuning.maxAttempts)
        return {};
    return {true, delay};
}

RetryPolicy::Decision RetryPolicy::backoff(int attemptsSoFar) const
{
    using std::chrono::milliseconds;
    const int doublings = std::clamp(attemptsSoFar - 1, 0, 30);
    const qint64 base = std::max<qint64>(0, m_tuning.baseDelay.count());
    const qint64 cap = std::max<qint64>(0, m_tuning.maxDelay.count());
    qint64 delay = base;
    for (int i = 0; i < doublings && delay < cap; ++i)
        delay *= 2;
    delay = std::min(delay, cap);

    double jitter = m_jitter ? m_jitter() : QRandomGenerator::global()->generateDouble();
    if (!(jitter >= 0.0)) // also NaN
        jitter = 0.0;
    jitter = std::min(jitter, 1.0);
    delay += std::llround(jitter * static_cast<double>(delay) / 2.0);
    return retryAfter(milliseconds(delay), attemptsSoFar);
}

} // namespace OrderDesk
