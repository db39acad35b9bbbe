#pragma once

#include "SimAnswer.h"
#include "SimOrder.h"
#include "SimRequest.h"
#include "SimSettings.h"
#include "SimState.h"
#include "SimTriggers.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace OrderDesk {

// One provider's order endpoint as the simulator plays it: authentication, validation and
// answers in the provider's own shapes. The base class holds what the four share: the order
// book with idempotency tokens, the trigger keywords, and the clock window.
class SimProviderHandler
{
public:
    SimProviderHandler(SimState& state, const SimSettings& settings);
    virtual ~SimProviderHandler();
    SimProviderHandler(const SimProviderHandler&) = delete;
    SimProviderHandler& operator=(const SimProviderHandler&) = delete;

    virtual QString providerId() const = 0;
    virtual QString action() const = 0;

    // Answers a request routed to this provider.
    virtual SimAnswer handle(const SimRequest& request) = 0;
    // The provider's answer to an operation or path it does not offer.
    virtual SimAnswer unknownOperation(const SimRequest& request) const = 0;

    // The provider's trigger whose keyword resourceId contains (ignoring case), the longest
    // when several match; nullptr when none does.
    static const SimTriggers::Trigger* triggerFor(const QString& provider, const QString& resourceId);

    static constexpr qint64 kClockWindowSeconds = 15 * 60;
    static constexpr int kOversizeBytes = 2 * 1024 * 1024;
    static constexpr qint64 kHugeBytes = 50 * 1024 * 1024;

protected:
    struct Placement
    {
        QString resourceId;
        QString token;      // empty for providers without one
        QJsonObject params; // compared when a token comes again
    };

    // What follows authentication and validation: a one-shot throttling or server error
    // first (the gateway's), then a token seen before gets its order again (or a mismatch),
    // then the resource's other trigger, then a new order.
    SimAnswer place(const SimRequest& request, const Placement& placement);

    virtual SimAnswer success(const SimRequest& request, const SimOrder& order) const = 0;
    virtual SimAnswer error(const SimRequest& request, int httpStatus, const QString& code,
                            const QString& message) const = 0;
    virtual QString newOrderId() const = 0;
    virtual QStringList newResourceIds() const { return {}; }
    // A token that came again with other parameters. Only providers with tokens get here.
    virtual SimAnswer idempotentMismatch(const SimRequest& request) const;
    // A token that came again while the first answer is still being delayed.
    virtual SimAnswer stillProcessing(const SimRequest& request, const SimOrder& order) const;

    // An answer with a JSON body, labelled for the log.
    SimAnswer jsonAnswer(int httpStatus, const QJsonObject& body, const QString& code) const;

    SimState& state() { return m_state; }
    const Credential* credentialFor(const QString& accessKeyId) const;
    QDateTime now() const;
    bool withinClockWindow(const QDateTime& signedAt) const;

    static QString randomDigits(int count);
    static QString randomFrom(int count, const char* alphabet);
    static QString uuid(bool upperCase);
    // "yyyyMMdd'T'HHmmss'Z'", the V4 schemes' date; invalid when it is anything else.
    static QDateTime parseBasicDateTime(const QByteArray& text);
    // "yyyy-MM-dd'T'HH:mm:ss'Z'", the RPC schemes' Timestamp; invalid when it is anything else.
    static QDateTime parseRpcTimestamp(const QString& text);
    // Printable ASCII, 1 to 64 characters: what both token providers accept as ClientToken.
    static bool isValidToken(const QString& token);
    static bool hasControlCharacter(const QString& text);

    // "SCHEME Name=value, Name=value, ...", the Authorization header of the V4 schemes.
    struct Authorization
    {
        QByteArray scheme;
        QMap<QByteArray, QByteArray> fields;
    };
    static Authorization parseAuthorization(const QByteArray& value);
    // The signed headers as received, under their lower-case names, for the canonical request.
    static QList<QPair<QByteArray, QByteArray>> signedHeaders(const SimRequest& request,
                                                              const QList<QByteArray>& names);

private:
    // Whether the trigger's fault comes with a recorded order (on the first request).
    static bool recordsTheOrder(SimTriggers::Kind kind);
    SimAnswer gatewayPage(int httpStatus) const;
    static QByteArray padded(const QByteArray& body, int size);

    SimState& m_state;
    const SimSettings& m_settings;
};

} // namespace OrderDesk
