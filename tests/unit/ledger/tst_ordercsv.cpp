#include "LedgerTestSupport.h"
#include "common/FixedClock.h"
#include "ledger/OrderCsvWriter.h"
#include "ledger/OrderLedger.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace OrderDesk;
using namespace LedgerTestSupport;

namespace {

const QByteArray kEnglishHeader = QByteArrayLiteral(
    "Ledger ID,Created,Updated,Provider,Profile,Operator,Region,Resource ID,Endpoint,Status,Order ID,"
    "Request ID,Error code,Error message,HTTP status,Attempts,Idempotency "
    "token,Resolution,Note,Parameters\r\n");

} // namespace

class TestOrderCsv : public QObject
{
    Q_OBJECT

public:
    TestOrderCsv()
        : m_clock(startUtc())
    {}

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    FixedClock m_clock;

private Q_SLOTS:
    void initTestCase() { pinLocalTimeToUtcPlus8(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_clock.setNow(startUtc());
    }

    void quoted_followsRfc4180_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("pc-bp1hp0wr072f6****")
                               << QStringLiteral("pc-bp1hp0wr072f6****");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("spaces stay bare") << QStringLiteral(" a b ") << QStringLiteral(" a b ");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("LF") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("CR") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
        QTest::newRow("CRLF") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"");
        QTest::newRow("Chinese comma is not a separator")
            << QStringLiteral("华东，杭州") << QStringLiteral("华东，杭州");
    }

    void quoted_followsRfc4180()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(OrderCsvWriter::quoted(value), expected);
    }

    void formulaSafe_defusesFormulaStarts_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("equals") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
        QTest::newRow("plus") << QStringLiteral("+86 10") << QStringLiteral("'+86 10");
        QTest::newRow("minus") << QStringLiteral("-1") << QStringLiteral("'-1");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\tx") << QStringLiteral("'\tx");
        QTest::newRow("inner equals") << QStringLiteral("a=b") << QStringLiteral("a=b");
        QTest::newRow("empty") << QString() << QString();
    }

    void formulaSafe_defusesFormulaStarts()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(OrderCsvWriter::formulaSafe(value), expected);
    }

    void exportCsv_writesExactBytes()
    {
        OrderLedger ledger(m_clock);
        QVERIFY(ledger.open(m_dir->filePath(QStringLiteral("ledger.sqlite"))));

        // 1: succeeded, Chinese region and note, parameters of the Volcengine seed page.
        OrderRecord first = seedRecord(QStringLiteral("volcengine"), QStringLiteral("财务部"),
                                       QStringLiteral("dcc-8njk2nl32bd232b****"));
        first.region = QStringLiteral("华北2（北京）");
        first.endpoint = QStringLiteral("https://open.volcengineapi.com");
        first.operatorName = QStringLiteral("zhang.san");
        first.idempotencyToken = QStringLiteral("tok-1");
        first.params.insert(QStringLiteral("ClientToken"), QStringLiteral("tok-1"));
        const qint64 id1 = ledger.insertPending(first);
        m_clock.advanceSeconds(2);
        QVERIFY(ledger.recordAttempt(id1, 1));
        OrderOutcomeRecord ok;
        ok.status = OrderStatus::Succeeded;
        ok.orderId = QStringLiteral("Order20240501001");
        ok.requestId = QStringLiteral("20240501100002ABC");
        ok.httpStatus = 200;
        ok.attempts = 1;
        QVERIFY(ledger.recordOutcome(id1, ok));

        // 2: rejected, with a message holding a comma, quotes and a line break, and one Excel would run.
        m_clock.advanceSeconds(58);
        OrderRecord second = seedRecord(QStringLiteral("aliyun"), QStringLiteral("finance"),
                                        QStringLiteral("pc-bp1hp0wr072f6****"));
        second.params.clear();
        second.params.insert(QStringLiteral("Period"), QStringLiteral("1"));
        second.idempotencyToken.clear();
        second.note = QStringLiteral("=HYPERLINK(\"http://x\")");
        const qint64 id2 = ledger.insertPending(second);
        OrderOutcomeRecord rejected;
        rejected.status = OrderStatus::Rejected;
        rejected.errorCode = QStringLiteral("Forbidden.NotEnoughBalance");
        rejected.errorMessage = QStringLiteral("The balance is \"insufficient\", top up.\r\n余额不足");
        rejected.httpStatus = 403;
        rejected.attempts = 1;
        rejected.note = second.note;
        QVERIFY(ledger.recordOutcome(id2, rejected));

        // 3: unknown, then resolved by the user as placed.
        m_clock.advanceSeconds(3600);
        OrderRecord third =
            seedRecord(QStringLiteral("huaweicloud"), QStringLiteral("finance"), QStringLiteral("sdg-1"));
        third.params.clear();
        third.region = QStringLiteral("cn-north-4");
        third.endpoint = QStringLiteral("https://bss.myhuaweicloud.com");
        third.idempotencyToken.clear();
        const qint64 id3 = ledger.insertPending(third);
        OrderOutcomeRecord unknown;
        unknown.status = OrderStatus::Unknown;
        unknown.attempts = 1;
        QVERIFY(ledger.recordOutcome(id3, unknown));
        QVERIFY(ledger.resolve(id3, OrderResolution::Placed, QStringLiteral("CS2405011000ABCDE"),
                               QStringLiteral("已在控制台确认")));

        const QString file = m_dir->filePath(QStringLiteral("orders.csv"));
        LocalizedText error;
        QVERIFY2(ledger.exportCsv(file, OrderQuery(), &error), qPrintable(error.toEnglish()));

        const QByteArray expected =
            QByteArrayLiteral("\xEF\xBB\xBF") + kEnglishHeader +
            // Times are local (UTC+8 here) with their offset.
            QByteArrayLiteral("1,2024-05-01T18:00:00+08:00,2024-05-01T18:00:02+08:00,volcengine,") +
            QString::fromUtf8("财务部,zhang.san,华北2（北京）").toUtf8() +
            QByteArrayLiteral(",dcc-8njk2nl32bd232b****,https://open.volcengineapi.com,Succeeded,"
                              "Order20240501001,20240501100002ABC,,,200,1,tok-1,,,"
                              "\"{\"\"ClientToken\"\":\"\"tok-1\"\",\"\"DirectConnectConnectionId\"\":"
                              "\"\"dcc-8njk2nl32bd232b****\"\",\"\"Period\"\":\"\"1\"\",\"\"PeriodUnit\"\":"
                              "\"\"Month\"\"}\"\r\n") +
            QByteArrayLiteral(
                "2,2024-05-01T18:01:00+08:00,2024-05-01T18:01:00+08:00,aliyun,finance,zhang.san,"
                "cn-hangzhou,pc-bp1hp0wr072f6****,https://vpc.aliyuncs.com,Rejected,,,"
                "Forbidden.NotEnoughBalance,\"The balance is \"\"insufficient\"\", top up.\r\n") +
            QString::fromUtf8("余额不足").toUtf8() +
            QByteArrayLiteral(
                "\",403,1,,,\"'=HYPERLINK(\"\"http://x\"\")\",\"{\"\"Period\"\":\"\"1\"\"}\"\r\n") +
            QByteArrayLiteral(
                "3,2024-05-01T19:01:00+08:00,2024-05-01T19:01:00+08:00,huaweicloud,finance,"
                "zhang.san,cn-north-4,sdg-1,https://bss.myhuaweicloud.com,Succeeded,CS2405011000ABCDE,"
                ",,,,1,,Placed (confirmed by user),") +
            QString::fromUtf8("已在控制台确认").toUtf8() + QByteArrayLiteral(",\r\n");
        const QByteArray actual = fileBytes(file);
        if (actual != expected) {
            qWarning().noquote() << "actual:  " << actual.toPercentEncoding(",:+-.* ()'=").left(2000);
            qWarning().noquote() << "expected:" << expected.toPercentEncoding(",:+-.* ()'=").left(2000);
        }
        QCOMPARE(actual, expected);
        QVERIFY(id2 == 2 && id3 == 3);
    }

    void exportCsv_onlyTheQueriedRows()
    {
        OrderLedger ledger(m_clock);
        QVERIFY(ledger.open(m_dir->filePath(QStringLiteral("ledger.sqlite"))));
        for (int i = 0; i < 3; ++i)
            QVERIFY(ledger.insertPending(seedRecord()) > 0);
        OrderOutcomeRecord rejected;
        rejected.status = OrderStatus::Rejected;
        QVERIFY(ledger.recordOutcome(2, rejected));

        OrderQuery query;
        query.status = OrderStatus::Rejected;
        const QString file = m_dir->filePath(QStringLiteral("rejected.csv"));
        QVERIFY(ledger.exportCsv(file, query));
        const QList<QByteArray> lines = fileBytes(file).split('\n');
        QCOMPARE(lines.size(), 3); // header, one row, and the empty rest after the last CRLF
        QVERIFY(lines.at(1).startsWith("2,"));
        QVERIFY(lines.at(1).contains(",Rejected,"));
        QCOMPARE(lines.at(2), QByteArray());
    }

    void exportCsv_manyRows_areAllWritten()
    {
        // More rows than one export page, so that the pages join without gaps or repeats.
        OrderLedger ledger(m_clock);
        const QString ledgerFile = m_dir->filePath(QStringLiteral("ledger.sqlite"));
        QVERIFY(ledger.open(ledgerFile));
        QString error;
        QVERIFY2(bulkInsert(ledgerFile, 1234, &error), qPrintable(error));
        const QString file = m_dir->filePath(QStringLiteral("all.csv"));
        QVERIFY(ledger.exportCsv(file, OrderQuery()));
        const QList<QByteArray> lines = fileBytes(file).split('\n');
        QCOMPARE(lines.size(), 1 + 1234 + 1);
        for (int row = 1; row <= 1234; ++row)
            QVERIFY2(lines.at(row).startsWith(QByteArray(QByteArray::number(row) + ',')),
                     lines.at(row).constData());
    }

    void exportCsv_headerAndStatusFollowTheInstalledLanguage()
    {
        OrderLedger ledger(m_clock);
        QVERIFY(ledger.open(m_dir->filePath(QStringLiteral("ledger.sqlite"))));
        const qint64 id = ledger.insertPending(seedRecord());
        OrderOutcomeRecord unknown;
        unknown.status = OrderStatus::Unknown;
        QVERIFY(ledger.recordOutcome(id, unknown));
        QVERIFY(ledger.resolve(id, OrderResolution::NotPlaced, QString(), QString()));

        TableTranslator chinese;
        const char* csv = "OrderDesk::OrderCsvWriter";
        const QStringList titles{
            QStringLiteral("台账编号"), QStringLiteral("创建时间"), QStringLiteral("更新时间"),
            QStringLiteral("云服务商"), QStringLiteral("账号配置"), QStringLiteral("操作人"),
            QStringLiteral("地域"),     QStringLiteral("资源ID"),   QStringLiteral("接入地址"),
            QStringLiteral("状态"),     QStringLiteral("订单号"),   QStringLiteral("请求ID"),
            QStringLiteral("错误码"),   QStringLiteral("错误信息"), QStringLiteral("HTTP状态码"),
            QStringLiteral("尝试次数"), QStringLiteral("幂等令牌"), QStringLiteral("人工确认结果"),
            QStringLiteral("备注"),     QStringLiteral("请求参数")};
        const char* sources[] = {"Ledger ID",         "Created",       "Updated",     "Provider",
                                 "Profile",           "Operator",      "Region",      "Resource ID",
                                 "Endpoint",          "Status",        "Order ID",    "Request ID",
                                 "Error code",        "Error message", "HTTP status", "Attempts",
                                 "Idempotency token", "Resolution",    "Note",        "Parameters"};
        for (int i = 0; i < titles.size(); ++i)
            chinese.add(csv, sources[i], titles.at(i));
        chinese.add("OrderDesk::OrderStatusNames", "Not placed (resolved by hand)",
                    QStringLiteral("未下单（人工确认）"));
        chinese.add(csv, "Not placed (confirmed by user)", QStringLiteral("未下单（用户确认）"));
        QVERIFY(QCoreApplication::installTranslator(&chinese));

        const QString file = m_dir->filePath(QStringLiteral("zh.csv"));
        const bool exported = ledger.exportCsv(file, OrderQuery());
        QCoreApplication::removeTranslator(&chinese);
        QVERIFY(exported);

        const QList<QByteArray> lines = fileBytes(file).split('\n');
        QCOMPARE(lines.at(0), QByteArray(QByteArrayLiteral("\xEF\xBB\xBF") +
                                         titles.join(QLatin1Char(',')).toUtf8() + '\r'));
        QVERIFY(lines.at(1).contains(QString::fromUtf8(",未下单（人工确认）,").toUtf8()));
        QVERIFY(lines.at(1).contains(QString::fromUtf8(",未下单（用户确认）,").toUtf8()));

        // Back in English once the translator is gone: the text is translated when written.
        QCOMPARE(OrderCsvWriter::headerLine(), kEnglishHeader);
    }

    void exportCsv_failure_leavesNoFileAndSaysWhy()
    {
        OrderLedger ledger(m_clock);
        LocalizedText error;
        QVERIFY(!ledger.exportCsv(m_dir->filePath(QStringLiteral("x.csv")), OrderQuery(), &error));
        QCOMPARE(QString::fromUtf8(error.sourceText()), QStringLiteral("The order ledger is not open."));
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("x.csv"))));

        QVERIFY(ledger.open(m_dir->filePath(QStringLiteral("ledger.sqlite"))));
        QVERIFY(ledger.insertPending(seedRecord()) > 0);
        QFile blocker(m_dir->filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString impossible = m_dir->filePath(QStringLiteral("blocker/orders.csv"));
        QVERIFY(!ledger.exportCsv(impossible, OrderQuery(), &error));
        QCOMPARE(QString::fromUtf8(error.sourceText()),
                 QStringLiteral("The file %1 could not be written: %2"));
        QCOMPARE(error.args().value(0), QDir::toNativeSeparators(impossible));
    }

    void exportCsv_existingFile_isReplacedWhole()
    {
        OrderLedger ledger(m_clock);
        QVERIFY(ledger.open(m_dir->filePath(QStringLiteral("ledger.sqlite"))));
        const QString file = m_dir->filePath(QStringLiteral("orders.csv"));
        {
            QFile old(file);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write(QByteArray(10000, 'x'));
        }
        QVERIFY(ledger.exportCsv(file, OrderQuery()));
        QCOMPARE(fileBytes(file), QByteArray(QByteArrayLiteral("\xEF\xBB\xBF") + kEnglishHeader));
    }
};

QTEST_GUILESS_MAIN(TestOrderCsv)
#include "tst_ordercsv.moc"
