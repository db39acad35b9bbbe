#include "common/PercentEncoding.h"

#include <QTest>

using namespace OrderDesk;

class TestPercentEncoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encode_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("unreserved stay literal") << QStringLiteral("AZaz09-_.~") << QByteArray("AZaz09-_.~");
        QTest::newRow("space is %20, never +") << QStringLiteral("a b") << QByteArray("a%20b");
        QTest::newRow("asterisk") << QStringLiteral("*") << QByteArray("%2A");
        QTest::newRow("plus") << QStringLiteral("+") << QByteArray("%2B");
        QTest::newRow("slash") << QStringLiteral("/") << QByteArray("%2F");
        QTest::newRow("colon") << QStringLiteral("2016-02-23T12:46:24Z")
                               << QByteArray("2016-02-23T12%3A46%3A24Z");
        QTest::newRow("equals and ampersand") << QStringLiteral("a=b&c") << QByteArray("a%3Db%26c");
        QTest::newRow("percent itself") << QStringLiteral("100%") << QByteArray("100%25");
        QTest::newRow("chinese as utf-8, upper-case hex")
            << QStringLiteral("天津") << QByteArray("%E5%A4%A9%E6%B4%A5");
        QTest::newRow("empty") << QString() << QByteArray();
    }
    void encode()
    {
        QFETCH(QString, input);
        QFETCH(QByteArray, expected);
        QCOMPARE(PercentEncoding::encode(input), expected);
    }

    void canonicalQuery_sortsByByteOrder()
    {
        // Upper case sorts before lower case: "Version" < "regionId" (UniCloud's pitfall).
        const QueryItems items{{QStringLiteral("regionId"), QStringLiteral("cn")},
                               {QStringLiteral("Version"), QStringLiteral("1")},
                               {QStringLiteral("Action"), QStringLiteral("X")}};
        QCOMPARE(PercentEncoding::canonicalQuery(items), QByteArray("Action=X&Version=1&regionId=cn"));
    }

    void canonicalQuery_repeatedNamesSortByValue()
    {
        const QueryItems items{{QStringLiteral("a"), QStringLiteral("2")},
                               {QStringLiteral("a"), QStringLiteral("1")},
                               {QStringLiteral("b"), QString()}};
        QCOMPARE(PercentEncoding::canonicalQuery(items), QByteArray("a=1&a=2&b="));
    }

    void encodeQuery_keepsOrder()
    {
        const QueryItems items{{QStringLiteral("b"), QStringLiteral("x y")},
                               {QStringLiteral("a"), QString()}};
        QCOMPARE(PercentEncoding::encodeQuery(items), QByteArray("b=x%20y&a="));
    }

    void decodeQuery_roundTrips()
    {
        const QueryItems items{{QStringLiteral("k*"), QStringLiteral("a+b c/天~")},
                               {QStringLiteral("empty"), QString()}};
        QCOMPARE(PercentEncoding::decodeQuery(PercentEncoding::encodeQuery(items)), items);
    }
};

QTEST_GUILESS_MAIN(TestPercentEncoding)
#include "tst_percentencoding.moc"
