#include "ledger/RawResponseFormatter.h"

#include <QTest>

using namespace OrderDesk;

class TestRawResponseFormatter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readable_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("expected");

        // Alibaba Cloud's answer shape from the CreatePhysicalConnectionOrder page (seeds).
        QTest::newRow("object") << QByteArrayLiteral(
                                       "{\"RequestId\":\"0B2C3D4E\",\"OrderId\":\"211234567890123\"}")
                                << QStringLiteral("{\n  \"RequestId\": \"0B2C3D4E\",\n"
                                                  "  \"OrderId\": \"211234567890123\"\n}");
        QTest::newRow("nested, members keep their order")
            << QByteArrayLiteral("{\"b\":1,\"a\":{\"z\":[1,2],\"y\":{}},\"c\":[]}")
            << QStringLiteral("{\n  \"b\": 1,\n  \"a\": {\n    \"z\": [\n      1,\n      2\n    ],\n"
                              "    \"y\": {}\n  },\n  \"c\": []\n}");
        // A number a double would round, and escapes, stay exactly as the provider wrote them.
        QTest::newRow("literals kept")
            << QByteArrayLiteral("{\"id\":123456789012345678901,\"s\":\"a\\\"{,:}\\\\\"}")
            << QStringLiteral("{\n  \"id\": 123456789012345678901,\n"
                              "  \"s\": \"a\\\"{,:}\\\\\"\n}");
        QTest::newRow("white space replaced")
            << QByteArrayLiteral(" {\r\n\t\"a\" :  [ true , null ] , \"b\" : \"x y\" } ")
            << QStringLiteral("{\n  \"a\": [\n    true,\n    null\n  ],\n  \"b\": \"x y\"\n}");
        QTest::newRow("utf-8") << QByteArrayLiteral(
                                      "{\"Message\":\"\xe4\xbd\x99\xe9\xa2\x9d\xe4\xb8\x8d\xe8\xb6\xb3\"}")
                               << QStringLiteral("{\n  \"Message\": \"余额不足\"\n}");
        QTest::newRow("array") << QByteArrayLiteral("[{\"a\":1}]")
                               << QStringLiteral("[\n  {\n    \"a\": 1\n  }\n]");
        QTest::newRow("html kept") << QByteArrayLiteral("<html><body>502 Bad Gateway</body></html>")
                                   << QStringLiteral("<html><body>502 Bad Gateway</body></html>");
        QTest::newRow("broken json kept") << QByteArrayLiteral("{\"a\":1,") << QStringLiteral("{\"a\":1,");
        QTest::newRow("empty") << QByteArray() << QString();
    }

    void readable()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, expected);
        QCOMPARE(RawResponseFormatter::readable(raw), expected);
    }

    void isJson_onlyObjectsAndArrays()
    {
        QVERIFY(RawResponseFormatter::isJson(QByteArrayLiteral("{}")));
        QVERIFY(RawResponseFormatter::isJson(QByteArrayLiteral("[1]")));
        QVERIFY(!RawResponseFormatter::isJson(QByteArrayLiteral("\"text\"")));
        QVERIFY(!RawResponseFormatter::isJson(QByteArrayLiteral("OK")));
        QVERIFY(!RawResponseFormatter::isJson(QByteArray()));
    }
};

QTEST_GUILESS_MAIN(TestRawResponseFormatter)
#include "tst_rawresponseformatter.moc"
