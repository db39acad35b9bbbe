#include "ClockSkew.h"

#include <QRegularExpression>
#include <QStringList>

#include <cstdlib>

namespace OrderDesk {

namespace {

constexpr const char* kContext = "OrderDesk::ClockSkew";

int monthNumber(const QString& name)
{
    static const QStringList months{QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
                                    QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
                                    QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
                                    QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    return static_cast<int>(months.indexOf(name.toLower())) + 1;
}

QDateTime utc(int year, int month, int day, int hour, int minute, int second)
{
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

int number(const QRegularExpressionMatch& match, int group)
{
    return match.captured(group).trimmed().toInt();
}

} // namespace

QDateTime ClockSkew::parseHttpDate(const QByteArray& value)
{
    const QString text = QString::fromLatin1(value).trimmed();
    // IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT
    static const QRegularExpression imf(
        QStringLiteral("^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\\d{2}) ([A-Za-z]{3}) (\\d{4}) "
                       "(\\d{2}):(\\d{2}):(\\d{2}) GMT$"),
        QRegularExpression::CaseInsensitiveOption);
    // RFC 850: Sunday, 06-Nov-94 08:49:37 GMT
    static const QRegularExpression rfc850(
        QStringLiteral(
            "^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\\d{2})-([A-Za-z]{3})-"
            "(\\d{2}) (\\d{2}):(\\d{2}):(\\d{2}) GMT$"),
        QRegularExpression::CaseInsensitiveOption);
    // asctime: Sun Nov  6 08:49:37 1994
    static const QRegularExpression asctime(
        QStringLiteral(
            "^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([A-Za-z]{3}) ([ \\d]\\d) (\\d{2}):(\\d{2}):(\\d{2}) "
            "(\\d{4})$"),
        QRegularExpression::CaseInsensitiveOption);

    QRegularExpressionMatch match = imf.match(text);
    if (match.hasMatch())
        return utc(number(match, 3), monthNumber(match.captured(2)), number(match, 1), number(match, 4),
                   number(match, 5), number(match, 6));
    match = rfc850.match(text);
    if (match.hasMatch()) {
        // Two-digit years: RFC 7231 reads them as the most recent matching year; for the
        // dates a server sends, 70-99 are the 1900s and 00-69 the 2000s.
        const int shortYear = number(match, 3);
        const int year = shortYear >= 70 ? 1900 + shortYear : 2000 + shortYear;
        return utc(year, monthNumber(match.captured(2)), number(match, 1), number(match, 4), number(match, 5),
                   number(match, 6));
    }
    match = asctime.match(text);
    if (match.hasMatch())
        return utc(number(match, 6), monthNumber(match.captured(1)), number(match, 2), number(match, 3),
                   number(match, 4), number(match, 5));
    return {};
}

QDateTime ClockSkew::timeInMessage(const QString& message, const QString& label)
{
    const QRegularExpression pattern(
        QRegularExpression::escape(label) +
            QStringLiteral(
                "\\s*[:=\\x{FF1A}]\\s*(?:(\\d{4})(\\d{2})(\\d{2})T(\\d{2})(\\d{2})(\\d{2})Z|"
                "(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2}):(\\d{2})(?:\\.\\d+)?(?:Z|\\+00:?00)?)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(message);
    if (!match.hasMatch())
        return {};
    const int first = match.capturedLength(1) > 0 ? 1 : 7;
    return utc(number(match, first), number(match, first + 1), number(match, first + 2),
               number(match, first + 3), number(match, first + 4), number(match, first + 5));
}

std::optional<qint64> ClockSkew::fromMessage(const QString& message, const QDateTime& localUtc)
{
    const QDateTime server = timeInMessage(message, QStringLiteral("server time"));
    if (!server.isValid())
        return std::nullopt;
    const QDateTime signature = timeInMessage(message, QStringLiteral("signature time"));
    const QDateTime local = signature.isValid() ? signature : localUtc;
    if (!local.isValid())
        return std::nullopt;
    return local.secsTo(server);
}

std::optional<qint64> ClockSkew::fromDateHeader(const QByteArray& dateHeader, const QDateTime& localUtc)
{
    const QDateTime server = parseHttpDate(dateHeader);
    if (!server.isValid() || !localUtc.isValid())
        return std::nullopt;
    return localUtc.secsTo(server);
}

std::optional<qint64> ClockSkew::measure(const QString& message, const QByteArray& dateHeader,
                                         const QDateTime& localUtc)
{
    if (const std::optional<qint64> skew = fromMessage(message, localUtc))
        return skew;
    return fromDateHeader(dateHeader, localUtc);
}

LocalizedText ClockSkew::explain(qint64 skewSeconds)
{
    // One sentence per unit and direction, so that each reads naturally in every language.
    const bool behind = skewSeconds > 0;
    const qint64 seconds = std::llabs(skewSeconds);
    const qint64 minutes = (seconds + 30) / 60;
    const qint64 hours = (seconds + 1800) / 3600;
    const qint64 days = (seconds + 43200) / 86400;

    if (seconds < 60) {
        return behind
                   ? LocalizedText(kContext,
                                   QT_TRANSLATE_NOOP("OrderDesk::ClockSkew",
                                                     "This computer's clock is less than a minute behind the "
                                                     "provider's clock, yet the provider refused the request "
                                                     "time. Turn on automatic time (network time) in the "
                                                     "system settings, then send the order again. Nothing "
                                                     "was ordered."))
                   : LocalizedText(kContext,
                                   QT_TRANSLATE_NOOP("OrderDesk::ClockSkew",
                                                     "This computer's clock is less than a minute ahead of "
                                                     "the provider's clock, yet the provider refused the "
                                                     "request time. Turn on automatic time (network time) in "
                                                     "the system settings, then send the order again. "
                                                     "Nothing was ordered."));
    }
    if (minutes < 2) {
        return behind
                   ? LocalizedText(kContext,
                                   QT_TRANSLATE_NOOP("OrderDesk::ClockSkew",
                                                     "This computer's clock is about a minute behind the "
                                                     "provider's clock, so the provider refused the request "
                                                     "time. Turn on automatic time (network time) in the "
                                                     "system settings, then send the order again. Nothing "
                                                     "was ordered."))
                   : LocalizedText(kContext,
                                   QT_TRANSLATE_NOOP("OrderDesk::ClockSkew",
                                                     "This computer's clock is about a minute ahead of the "
                                                     "provider's clock, so the provider refused the request "
                                                     "time. Turn on automatic time (network time) in the "
                                                     "system settings, then send the order again. Nothing "
                                                     "was ordered."));
    }
    if (minutes < 120) {
        return (behind
                    ? LocalizedText(kContext,
                                    QT_TRANSLATE_NOOP("OrderDesk::ClockSkew",
                                                      "This computer's clock is about %1 minutes behind the "
                                                      "provider's clock, so the provider refused the "
                                                      "request time. Turn on automatic time (network time) "
                                                      "in the system settings, then send the order again. "
                                                      "Nothing was ordered."))
                    : LocalizedText(kContext,
                                    QT_TRANSLATE_NOOP("OrderDesk::ClockSkew",
                                                      "This computer's clock is about %1 minutes ahead of "
                                                      "the provider's clock, so the provider refused the "
                                                      "request time. Turn on automatic time (network time) "
                                                      "in the system settings, then send the order again. "
                                                      "Nothing was ordered.")))
            .arg(minutes);
    }
    if (hours < 48) {
        return (behind
                    ? LocalizedText(kContext,
                                    QT_TRANSLATE_NOOP("OrderDesk::ClockSkew",
                                                      "This computer's clock is about %1 hours behind the "
                                                      "provider's clock, so the provider refused the "
                                                      "request time. Check the time zone, turn on automatic "
                                                      "time (network time) in the system settings, then "
                                                      "send the order again. Nothing was ordered."))
                    : LocalizedText(kContext,
                                    QT_TRANSLATE_NOOP("OrderDesk::ClockSkew",
                                                      "This computer's clock is about %1 hours ahead of the "
                                                      "provider's clock, so the provider refused the "
                                                      "request time. Check the time zone, turn on automatic "
                                                      "time (network time) in the system settings, then "
                                                      "send the order again. Nothing was ordered.")))
            .arg(hours);
    }
    return (behind ? LocalizedText(kContext,
                                   QT_TRANSLATE_NOOP("OrderDesk::ClockSkew",
                                                     "This computer's clock is about %1 days behind the "
                                                     "provider's clock, so the provider refused the request "
                                                     "time. Set the date, turn on automatic time (network "
                                                     "time) in the system settings, then send the order "
                                                     "again. Nothing was ordered."))
                   : LocalizedText(kContext,
                                   QT_TRANSLATE_NOOP("OrderDesk::ClockSkew",
                                                     "This computer's clock is about %1 days ahead of the "
                                                     "provider's clock, so the provider refused the request "
                                                     "time. Set the date, turn on automatic time (network "
                                                     "time) in the system settings, then send the order "
                                                     "again. Nothing was ordered.")))
        .arg(days);
}

} // namespace OrderDesk
