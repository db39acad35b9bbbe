#include "net/ClockSkew.h"

#include <QTest>

#include <optional>

using namespace OrderDesk;

namespace {

QDateTime utc(int year, int month, int day, int hour, int minute, int second)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

} // namespace

class TestClockSkew : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseHttpDate_readsTheThreeRfc7231Formats_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QDateTime>("expected");
        // The three forms of the same instant given in RFC 7231, section 7.1.1.1.
        const QDateTime example = utc(1994, 11, 6, 8, 49, 37);
        QTest::newRow("IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << example;
        QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << example;
        QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994") << example;
        QTest::newRow("asctime two-digit day")
            << QByteArray("Thu Nov 16 08:49:37 2023") << utc(2023, 11, 16, 8, 49, 37);
        QTest::newRow("RFC 850 this century")
            << QByteArray("Tuesday, 02-Jan-24 23:59:59 GMT") << utc(2024, 1, 2, 23, 59, 59);
        QTest::newRow("surrounding spaces")
            << QByteArray("  Mon, 01 Jan 2024 00:20:00 GMT ") << utc(2024, 1, 1, 0, 20, 0);
        QTest::newRow("lower-case names")
            << QByteArray("mon, 01 jan 2024 00:20:00 gmt") << utc(2024, 1, 1, 0, 20, 0);
    }

    void parseHttpDate_readsTheThreeRfc7231Formats()
    {
        QFETCH(QByteArray, header);
        QFETCH(QDateTime, expected);
        const QDateTime parsed = ClockSkew::parseHttpDate(header);
        QVERIFY(parsed.isValid());
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }

    void parseHttpDate_rejectsOtherText_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("ISO 8601") << QByteArray("2024-01-01T00:20:00Z");
        QTest::newRow("not GMT") << QByteArray("Mon, 01 Jan 2024 00:20:00 +0800");
        QTest::newRow("no such month") << QByteArray("Mon, 01 Foo 2024 00:20:00 GMT");
        QTest::newRow("no such day") << QByteArray("Mon, 31 Feb 2024 00:20:00 GMT");
        QTest::newRow("hour 24") << QByteArray("Mon, 01 Jan 2024 24:00:00 GMT");
        QTest::newRow("X-Sdk-Date form") << QByteArray("20240101T002000Z");
    }

    void parseHttpDate_rejectsOtherText()
    {
        QFETCH(QByteArray, header);
        QVERIFY(!ClockSkew::parseHttpDate(header).isValid());
    }

    void fromDateHeader_isServerMinusLocal_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QDateTime>("local");
        QTest::addColumn<qint64>("skew");
        QTest::newRow("server 20 minutes ahead")
            << QByteArray("Mon, 01 Jan 2024 00:20:00 GMT") << utc(2024, 1, 1, 0, 0, 0) << qint64(1200);
        QTest::newRow("server 20 minutes behind")
            << QByteArray("Mon, 01 Jan 2024 00:20:00 GMT") << utc(2024, 1, 1, 0, 40, 0) << qint64(-1200);
        QTest::newRow("same second") << QByteArray("Mon, 01 Jan 2024 00:20:00 GMT")
                                     << utc(2024, 1, 1, 0, 20, 0) << qint64(0);
        // A clock set to local time but read as UTC: China's 8 hours.
        QTest::newRow("eight hours across midnight")
            << QByteArray("Sun, 31 Dec 2023 20:00:00 GMT") << utc(2024, 1, 1, 4, 0, 0) << qint64(-8 * 3600);
    }

    void fromDateHeader_isServerMinusLocal()
    {
        QFETCH(QByteArray, header);
        QFETCH(QDateTime, local);
        QFETCH(qint64, skew);
        const std::optional<qint64> measured = ClockSkew::fromDateHeader(header, local);
        QVERIFY(measured.has_value());
        QCOMPARE(*measured, skew);
    }

    void fromDateHeader_withoutAUsableDate_measuresNothing()
    {
        QVERIFY(!ClockSkew::fromDateHeader(QByteArray(), utc(2024, 1, 1, 0, 0, 0)).has_value());
        QVERIFY(!ClockSkew::fromDateHeader("yesterday", utc(2024, 1, 1, 0, 0, 0)).has_value());
        QVERIFY(!ClockSkew::fromDateHeader("Mon, 01 Jan 2024 00:20:00 GMT", QDateTime()).has_value());
    }

    void fromMessage_readsHuaweisSignatureAndServerTime_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<qint64>("skew");
        // The shape of Huawei's API gateway answer to an expired X-Sdk-Date (APIG.0301), as
        // the signing guide's FAQ describes it: "signature expired, signature time:…, server time:…".
        QTest::newRow("server ahead")
            << QStringLiteral("Incorrect IAM authentication information: AK/SK signature expired, signature "
                              "time:20240101T000000Z, server time:20240101T002000Z")
            << qint64(1200);
        QTest::newRow("server behind")
            << QStringLiteral(
                   "signature expired, signature time:20240101T002000Z, server time:20240101T000000Z")
            << qint64(-1200);
        QTest::newRow("ISO times with spaces")
            << QStringLiteral("signature expired, signature time: 2024-01-01T00:00:00Z, server time: "
                              "2024-01-01T08:00:00Z")
            << qint64(8 * 3600);
        QTest::newRow("full-width colons")
            << QStringLiteral("signature expired, signature time\uFF1A20240101T000000Z, server time\uFF1A"
                              "20240101T000500Z")
            << qint64(300);
    }

    void fromMessage_readsHuaweisSignatureAndServerTime()
    {
        QFETCH(QString, message);
        QFETCH(qint64, skew);
        // The local time is ignored when the message says when the request was signed.
        const std::optional<qint64> measured = ClockSkew::fromMessage(message, utc(2030, 1, 1, 0, 0, 0));
        QVERIFY(measured.has_value());
        QCOMPARE(*measured, skew);
    }

    void fromMessage_withOnlyServerTime_usesTheLocalTime()
    {
        const std::optional<qint64> measured = ClockSkew::fromMessage(
            QStringLiteral("signature expired, server time:20240101T002000Z"), utc(2024, 1, 1, 0, 0, 0));
        QVERIFY(measured.has_value());
        QCOMPARE(*measured, qint64(1200));
    }

    void fromMessage_withoutServerTime_measuresNothing()
    {
        QVERIFY(
            !ClockSkew::fromMessage(QStringLiteral("verify aksk signature fail"), utc(2024, 1, 1, 0, 0, 0))
                 .has_value());
        QVERIFY(!ClockSkew::fromMessage(QStringLiteral("signature time:20240101T000000Z"),
                                        utc(2024, 1, 1, 0, 0, 0))
                     .has_value());
        QVERIFY(
            !ClockSkew::fromMessage(QStringLiteral("server time:20241301T000000Z"), utc(2024, 1, 1, 0, 0, 0))
                 .has_value());
    }

    void measure_prefersTheMessageOverTheDateHeader()
    {
        const QDateTime local = utc(2024, 1, 1, 0, 0, 0);
        const QByteArray date("Mon, 01 Jan 2024 00:10:00 GMT");
        QCOMPARE(
            ClockSkew::measure(QStringLiteral("signature expired, signature time:20240101T000000Z, server "
                                              "time:20240101T002000Z"),
                               date, local),
            std::optional<qint64>(1200));
        QCOMPARE(ClockSkew::measure(QStringLiteral("The specified Timestamp is expired."), date, local),
                 std::optional<qint64>(600));
        QCOMPARE(ClockSkew::measure(QString(), QByteArray(), local), std::optional<qint64>());
    }

    void explain_saysHowFarAndWhichWay_data()
    {
        QTest::addColumn<qint64>("skew");
        QTest::addColumn<QString>("english");
        const QString advice = QStringLiteral(" Turn on automatic time (network time) in the system "
                                              "settings, then send the order again. Nothing "
                                              "was ordered.");
        QTest::newRow("20 minutes behind")
            << qint64(1200)
            << QStringLiteral("This computer's clock is about 20 minutes behind the provider's clock, so the "
                              "provider refused the request time.") +
                   advice;
        QTest::newRow("20 minutes ahead")
            << qint64(-1200)
            << QStringLiteral(
                   "This computer's clock is about 20 minutes ahead of the provider's clock, so the "
                   "provider refused the request time.") +
                   advice;
        QTest::newRow("rounds to the nearest minute")
            << qint64(16 * 60 + 31)
            << QStringLiteral("This computer's clock is about 17 minutes behind the provider's clock, so the "
                              "provider refused the request time.") +
                   advice;
        QTest::newRow("one minute")
            << qint64(75)
            << QStringLiteral("This computer's clock is about a minute behind the provider's clock, so the "
                              "provider refused the request time.") +
                   advice;
        QTest::newRow("seconds")
            << qint64(-20)
            << QStringLiteral(
                   "This computer's clock is less than a minute ahead of the provider's clock, yet the "
                   "provider refused the request time.") +
                   advice;
        QTest::newRow("eight hours ahead")
            << qint64(-8 * 3600 - 40)
            << QStringLiteral(
                   "This computer's clock is about 8 hours ahead of the provider's clock, so the "
                   "provider refused the request time. Check the time zone, turn on automatic time "
                   "(network time) in the system settings, then send the order again. Nothing was "
                   "ordered.");
        QTest::newRow("three days behind")
            << qint64(3 * 86400 + 100)
            << QStringLiteral(
                   "This computer's clock is about 3 days behind the provider's clock, so the provider "
                   "refused the request time. Set the date, turn on automatic time (network time) in "
                   "the system settings, then send the order again. Nothing was ordered.");
    }

    void explain_saysHowFarAndWhichWay()
    {
        QFETCH(qint64, skew);
        QFETCH(QString, english);
        const LocalizedText text = ClockSkew::explain(skew);
        QCOMPARE(text.toEnglish(), english);
        QCOMPARE(QByteArray(text.context()), QByteArray("OrderDesk::ClockSkew"));
    }
};

QTEST_GUILESS_MAIN(TestClockSkew)
#include "tst_clockskew.moc"
