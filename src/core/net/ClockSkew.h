#pragma once

#include "common/LocalizedText.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace OrderDesk {

// How far this computer's clock is from a provider's, measured from an answer that refused the
// request time, and what to tell the user about it. A skew is server minus local, in seconds:
// positive when this computer's clock is behind.
class ClockSkew
{
public:
    // An HTTP Date header (RFC 7231, section 7.1.1.1): the preferred IMF-fixdate, and the
    // obsolete RFC 850 and asctime formats that recipients must also accept. Invalid on failure.
    static QDateTime parseHttpDate(const QByteArray& value);

    // A time in the text of Huawei's gateway "signature expired, signature time:…, server
    // time:…" message, after the given label ("server time", "signature time"). Accepts the
    // X-Sdk-Date form 20240101T120000Z and ISO 8601 forms. Invalid when absent.
    static QDateTime timeInMessage(const QString& message, const QString& label);

    // From Huawei's message: server time minus signature time (the local clock when signing),
    // or server time minus localUtc when the message gives no signature time.
    static std::optional<qint64> fromMessage(const QString& message, const QDateTime& localUtc);
    // From a Date header: its time minus localUtc, the local time the answer arrived.
    static std::optional<qint64> fromDateHeader(const QByteArray& dateHeader, const QDateTime& localUtc);
    // The message when it carries the server's time, else the Date header.
    static std::optional<qint64> measure(const QString& message, const QByteArray& dateHeader,
                                         const QDateTime& localUtc);

    // "This computer's clock is about 20 minutes behind the provider's clock…", with what to do.
    static LocalizedText explain(qint64 skewSeconds);
};

} // namespace OrderDesk
