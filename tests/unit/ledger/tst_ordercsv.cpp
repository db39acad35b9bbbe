#include "LedgerTestSupport.h"
#include "common/FixedClock.h"
#include "ledger/OrderCsvExport.h"
#include "ledger/OrderCsvWriter.h"
#include "ledger/OrderExportColumns.h"
#include "ledger/OrderLedger.h"
#include "providers/ProviderRegistry.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(OrderDesk::OrderExportCell)

using namespace OrderDesk;
using namespace LedgerTestSupport;

namespace {

const QByteArray kEnglishHeader = QByteArrayLiteral(
    "Ledger ID,Created,Created (UTC),Updated,Updated (UTC),Provider,Profile,Region,Resource ID,"
    "Subscription length,Length unit,Status,Resolution,Payment,Order ID,Request ID,Operator,Resolved by,"
    "Note,System note,Error code,Error message,HTTP status,Attempts,Client token,Endpoint,"
    "Parameters\r\n");

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
    ProviderRegistry m_providers;

    bool exportCsv(const OrderLedger& ledger, const QString& file, const OrderQuery& query,
                   LocalizedText* error = nullptr, int* written = nullptr) const
    {
        return OrderCsvExport::write(ledger, m_providers, file, query, written, error);
    }

private Q_SLOTS:
    void initTestCase()
    {
        LEDGER_STORE_READY();
        pinLocalTimeToUtcPlus8();
    }

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

    void fieldText_writesEachKindPlainly_data()
    {
        QTest::addColumn<OrderExportCell>("cell");
        QTest::addColumn<QString>("expected");
        const QDateTime instant(QDate(2024, 5, 1), QTime(23, 30, 5), Qt::UTC);
        QTest::newRow("empty") << OrderExportCell() << QString();
        // An 18-digit ID exactly as it is: no ="…", no apostrophe, no tab.
        QTest::newRow("long numeric ID") << OrderExportCell::ofText(QStringLiteral("202405011234567890"))
                                         << QStringLiteral("202405011234567890");
        QTest::newRow("ID with leading zeros")
            << OrderExportCell::ofText(QStringLiteral("000123")) << QStringLiteral("000123");
        QTest::newRow("formula text")
            << OrderExportCell::ofText(QStringLiteral("=1+1")) << QStringLiteral("'=1+1");
        QTest::newRow("number") << OrderExportCell::ofNumber(12) << QStringLiteral("12");
        QTest::newRow("local time, next day at UTC+8")
            << OrderExportCell::ofTime(instant, OrderExportCell::Kind::LocalTime)
            << QStringLiteral("2024-05-02T07:30:05+08:00");
        QTest::newRow("UTC time") << OrderExportCell::ofTime(instant, OrderExportCell::Kind::UtcTime)
                                  << QStringLiteral("2024-05-01T23:30:05Z");
        QTest::newRow("no time") << OrderExportCell::ofTime(QDateTime(), OrderExportCell::Kind::UtcTime)
                                 << QString();
    }

    void fieldText_writesEachKindPlainly()
    {
        QFETCH(OrderExportCell, cell);
        QFETCH(QString, expected);
        QCOMPARE(OrderCsvWriter::fieldText(cell), expected);
    }

    void exportCsv_writesExactBytes()
    {
        OrderLedger ledger(m_clock);
        QVERIFY(ledger.open(TestLedgerStore::location(m_dir->filePath(QStringLiteral("ledger.sqlite")))));

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
                               QStringLiteral("已在控制台确认"), nullptr, QStringLiteral("li.si")));

        // 4: unknown with OrderDesk's note, then resolved as not placed with the user's note: the
        // two notes go to their own columns.
        m_clock.advanceSeconds(60);
        OrderRecord fourth =
            seedRecord(QStringLiteral("unicloud"), QStringLiteral("finance"), QStringLiteral("nas-4"));
        fourth.params = {{QStringLiteral("rentCount"), QStringLiteral("3")},
                         {QStringLiteral("rentUnit"), QStringLiteral("month")}};
        fourth.idempotencyToken.clear();
        const qint64 id4 = ledger.insertPending(fourth);
        OrderOutcomeRecord noAnswer;
        noAnswer.status = OrderStatus::Unknown;
        noAnswer.attempts = 1;
        noAnswer.note = QStringLiteral("No answer within 30 s");
        QVERIFY(ledger.recordOutcome(id4, noAnswer));
        m_clock.advanceSeconds(5);
        QVERIFY(ledger.resolve(id4, OrderResolution::NotPlaced, QString(),
                               QStringLiteral("not in the console"), nullptr, QStringLiteral("wang.wu")));

        const QString file = m_dir->filePath(QStringLiteral("orders.csv"));
        LocalizedText error;
        int written = 0;
        QVERIFY2(exportCsv(ledger, file, OrderQuery(), &error, &written), qPrintable(error.toEnglish()));
        QCOMPARE(written, 4);

        const QByteArray expected =
            QByteArrayLiteral("\xEF\xBB\xBF") + kEnglishHeader +
            // Times are local (UTC+8 here) with their offset, then UTC; the provider by its name,
            // the length and its unit from its parameters; Volcengine pays at once.
            QByteArrayLiteral("1,2024-05-01T18:00:00+08:00,2024-05-01T10:00:00Z,2024-05-01T18:00:02+08:00,"
                              "2024-05-01T10:00:02Z,Volcengine,") +
            QString::fromUtf8("财务部,华北2（北京）").toUtf8() +
            QByteArrayLiteral(",dcc-8njk2nl32bd232b****,1,Month,Succeeded,,Paid at once,Order20240501001,"
                              "20240501100002ABC,zhang.san,,,,,,200,1,tok-1,https://open.volcengineapi.com,"
                              "\"{\"\"ClientToken\"\":\"\"tok-1\"\",\"\"DirectConnectConnectionId\"\":"
                              "\"\"dcc-8njk2nl32bd232b****\"\",\"\"Period\"\":\"\"1\"\",\"\"PeriodUnit\"\":"
                              "\"\"Month\"\"}\"\r\n") +
            // Nothing was bought: no payment. OrderDesk's note, guarded against formulas.
            QByteArrayLiteral(
                "2,2024-05-01T18:01:00+08:00,2024-05-01T10:01:00Z,2024-05-01T18:01:00+08:00,"
                "2024-05-01T10:01:00Z,Alibaba Cloud,finance,cn-hangzhou,pc-bp1hp0wr072f6****,1,"
                "Month,Rejected,,,,,zhang.san,,,\"'=HYPERLINK(\"\"http://x\"\")\","
                "Forbidden.NotEnoughBalance,\"The balance is \"\"insufficient\"\", top up.\r\n") +
            QString::fromUtf8("余额不足").toUtf8() +
            QByteArrayLiteral("\",403,1,,https://vpc.aliyuncs.com,\"{\"\"Period\"\":\"\"1\"\"}\"\r\n") +
            // No period parameters: no length. Resolved by li.si with a note of their own.
            QByteArrayLiteral("3,2024-05-01T19:01:00+08:00,2024-05-01T11:01:00Z,2024-05-01T19:01:00+08:00,"
                              "2024-05-01T11:01:00Z,Huawei Cloud,finance,cn-north-4,sdg-1,,,Succeeded,"
                              "Placed (confirmed by user),Check payment in the console,CS2405011000ABCDE,,"
                              "zhang.san,li.si,") +
            QString::fromUtf8("已在控制台确认").toUtf8() +
            QByteArrayLiteral(",,,,,1,,https://bss.myhuaweicloud.com,\r\n") +
            QByteArrayLiteral(
                "4,2024-05-01T19:02:00+08:00,2024-05-01T11:02:00Z,2024-05-01T19:02:05+08:00,"
                "2024-05-01T11:02:05Z,UniCloud,finance,cn-hangzhou,nas-4,3,Month,"
                "Not placed (resolved by hand),Not placed (confirmed by user),,,,zhang.san,wang.wu,"
                "not in the console,No answer within 30 s,,,,1,,https://vpc.aliyuncs.com,"
                "\"{\"\"rentCount\"\":\"\"3\"\",\"\"rentUnit\"\":\"\"month\"\"}\"\r\n");
        const QByteArray actual = fileBytes(file);
        if (actual != expected) {
            qWarning().noquote() << "actual:  " << actual.toPercentEncoding(",:+-.* ()'=").left(3000);
            qWarning().noquote() << "expected:" << expected.toPercentEncoding(",:+-.* ()'=").left(3000);
        }
        QCOMPARE(actual, expected);
        QVERIFY(id2 == 2 && id3 == 3 && id4 == 4);
    }

    void readForExport_tellsTheUsersNoteFromOrderDesks()
    {
        OrderLedger ledger(m_clock);
        QVERIFY(ledger.open(TestLedgerStore::location(m_dir->filePath(QStringLiteral("ledger.sqlite")))));

        // 1: OrderDesk's note, replaced by the user's; then a conflict, resolved again with another
        // note by someone else.
        const qint64 conflicted = ledger.insertPending(seedRecord());
        OrderOutcomeRecord unknown;
        unknown.status = OrderStatus::Unknown;
        unknown.note = QStringLiteral("No answer after 3 attempts");
        QVERIFY(ledger.recordOutcome(conflicted, unknown));
        QVERIFY(ledger.resolve(conflicted, OrderResolution::NotPlaced, QString(),
                               QStringLiteral("not in the console"), nullptr, QStringLiteral("li.si")));
        OrderOutcomeRecord late;
        late.status = OrderStatus::Succeeded;
        late.orderId = QStringLiteral("211111111111111111");
        OrderTransitions::Change change;
        QVERIFY(ledger.recordOutcome(conflicted, late, nullptr, &change));
        QVERIFY(change.raisesConflict);
        QVERIFY(ledger.resolve(conflicted, OrderResolution::Placed, QString(),
                               QStringLiteral("found it after all"), nullptr, QStringLiteral("wang.wu")));

        // 2: interrupted (OrderDesk's note), resolved without a note: the note stays OrderDesk's.
        const qint64 interrupted = ledger.insertPending(seedRecord(QStringLiteral("volcengine")));
        QCOMPARE(ledger.markInterrupted(), 1);
        const QString interruptedNote = ledger.order(interrupted)->note;
        QVERIFY(!interruptedNote.isEmpty());
        QVERIFY(ledger.resolve(interrupted, OrderResolution::NotPlaced, QString(), QString(), nullptr,
                               QStringLiteral("zhao.liu")));

        // 3: never resolved, no note.
        QVERIFY(ledger.insertPending(seedRecord(QStringLiteral("unicloud"))) > 0);

        QList<OrderExportRecord> read;
        LocalizedText error;
        QVERIFY2(ledger.readForExport(
                     OrderQuery(),
                     [&read](const OrderExportRecord& order) {
                         read << order;
                         return true;
                     },
                     &error),
                 qPrintable(error.toEnglish()));
        QCOMPARE(read.size(), 3);
        QCOMPARE(read.at(0).userNote, QStringLiteral("found it after all"));
        QCOMPARE(read.at(0).systemNote, QStringLiteral("No answer after 3 attempts"));
        QCOMPARE(read.at(0).resolvedBy, QStringLiteral("wang.wu"));
        QCOMPARE(read.at(1).userNote, QString());
        QCOMPARE(read.at(1).systemNote, interruptedNote);
        QCOMPARE(read.at(1).resolvedBy, QStringLiteral("zhao.liu"));
        QCOMPARE(read.at(2).userNote, QString());
        QCOMPARE(read.at(2).systemNote, QString());
        QCOMPARE(read.at(2).resolvedBy, QString());

        // A visitor that stops ends the reading, with no error of the ledger's.
        int visited = 0;
        error = LocalizedText();
        QVERIFY(!ledger.readForExport(
            OrderQuery(), [&visited](const OrderExportRecord&) { return ++visited < 2; }, &error));
        QCOMPARE(visited, 2);
        QVERIFY(error.isEmpty());
    }

    void exportCsv_onlyTheQueriedRows()
    {
        OrderLedger ledger(m_clock);
        QVERIFY(ledger.open(TestLedgerStore::location(m_dir->filePath(QStringLiteral("ledger.sqlite")))));
        for (int i = 0; i < 3; ++i)
            QVERIFY(ledger.insertPending(seedRecord()) > 0);
        OrderOutcomeRecord rejected;
        rejected.status = OrderStatus::Rejected;
        QVERIFY(ledger.recordOutcome(2, rejected));

        OrderQuery query;
        query.status = OrderStatus::Rejected;
        const QString file = m_dir->filePath(QStringLiteral("rejected.csv"));
        QVERIFY(exportCsv(ledger, file, query));
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
        const QString ledgerFile =
            TestLedgerStore::location(m_dir->filePath(QStringLiteral("ledger.sqlite")));
        QVERIFY(ledger.open(ledgerFile));
        QString error;
        QVERIFY2(bulkInsert(ledgerFile, 1234, &error), qPrintable(error));
        const QString file = m_dir->filePath(QStringLiteral("all.csv"));
        QVERIFY(exportCsv(ledger, file, OrderQuery()));
        const QList<QByteArray> lines = fileBytes(file).split('\n');
        QCOMPARE(lines.size(), 1 + 1234 + 1);
        for (int row = 1; row <= 1234; ++row)
            QVERIFY2(lines.at(row).startsWith(QByteArray(QByteArray::number(row) + ',')),
                     lines.at(row).constData());
    }

    void exportCsv_headerAndStatusFollowTheInstalledLanguage()
    {
        OrderLedger ledger(m_clock);
        QVERIFY(ledger.open(TestLedgerStore::location(m_dir->filePath(QStringLiteral("ledger.sqlite")))));
        const qint64 id = ledger.insertPending(seedRecord());
        OrderOutcomeRecord unknown;
        unknown.status = OrderStatus::Unknown;
        QVERIFY(ledger.recordOutcome(id, unknown));
        QVERIFY(ledger.resolve(id, OrderResolution::NotPlaced, QString(), QString()));

        TableTranslator chinese;
        const char* columns = "OrderDesk::OrderExportColumns";
        const QStringList titles{QStringLiteral("台账编号"),
                                 QStringLiteral("创建时间"),
                                 QStringLiteral("创建时间（UTC）"),
                                 QStringLiteral("更新时间"),
                                 QStringLiteral("更新时间（UTC）"),
                                 QStringLiteral("云服务商"),
                                 QStringLiteral("账号配置"),
                                 QStringLiteral("地域"),
                                 QStringLiteral("资源ID"),
                                 QStringLiteral("购买时长"),
                                 QStringLiteral("时长单位"),
                                 QStringLiteral("状态"),
                                 QStringLiteral("人工确认结果"),
                                 QStringLiteral("付款状态"),
                                 QStringLiteral("订单号"),
                                 QStringLiteral("请求ID"),
                                 QStringLiteral("操作人"),
                                 QStringLiteral("确认人"),
                                 QStringLiteral("备注"),
                                 QStringLiteral("系统备注"),
                                 QStringLiteral("错误码"),
                                 QStringLiteral("错误信息"),
                                 QStringLiteral("HTTP状态码"),
                                 QStringLiteral("尝试次数"),
                                 QStringLiteral("客户端Token"),
                                 QStringLiteral("接入地址"),
                                 QStringLiteral("请求参数")};
        const char* sources[] = {
            "Ledger ID",   "Created",       "Created (UTC)", "Updated",     "Updated (UTC)",
            "Provider",    "Profile",       "Region",        "Resource ID", "Subscription length",
            "Length unit", "Status",        "Resolution",    "Payment",     "Order ID",
            "Request ID",  "Operator",      "Resolved by",   "Note",        "System note",
            "Error code",  "Error message", "HTTP status",   "Attempts",    "Client token",
            "Endpoint",    "Parameters"};
        QCOMPARE(titles.size(), static_cast<qsizetype>(std::size(sources)));
        for (int i = 0; i < titles.size(); ++i)
            chinese.add(columns, sources[i], titles.at(i));
        chinese.add("OrderDesk::OrderStatusNames", "Not placed (resolved by hand)",
                    QStringLiteral("未下单（人工确认）"));
        chinese.add(columns, "Not placed (confirmed by user)", QStringLiteral("未下单（用户确认）"));
        chinese.add("OrderDesk::AliyunProvider", "Alibaba Cloud", QStringLiteral("阿里云"));
        chinese.add("OrderDesk::OrderTerm", "Month", QStringLiteral("月"));
        QVERIFY(QCoreApplication::installTranslator(&chinese));

        const QString file = m_dir->filePath(QStringLiteral("zh.csv"));
        const bool exported = exportCsv(ledger, file, OrderQuery());
        QCoreApplication::removeTranslator(&chinese);
        QVERIFY(exported);

        const QList<QByteArray> lines = fileBytes(file).split('\n');
        QCOMPARE(lines.at(0), QByteArray(QByteArrayLiteral("\xEF\xBB\xBF") +
                                         titles.join(QLatin1Char(',')).toUtf8() + '\r'));
        QVERIFY(lines.at(1).contains(QString::fromUtf8(",未下单（人工确认）,").toUtf8()));
        QVERIFY(lines.at(1).contains(QString::fromUtf8(",未下单（用户确认）,").toUtf8()));
        QVERIFY(lines.at(1).contains(QString::fromUtf8(",阿里云,finance,").toUtf8()));
        QVERIFY(lines.at(1).contains(QString::fromUtf8(",1,月,").toUtf8()));

        // Back in English once the translator is gone: the text is translated when written.
        QCOMPARE(OrderCsvWriter::headerLine(), kEnglishHeader);
    }

    void exportCsv_failure_leavesNoFileAndSaysWhy()
    {
        OrderLedger ledger(m_clock);
        LocalizedText error;
        QVERIFY(!exportCsv(ledger, m_dir->filePath(QStringLiteral("x.csv")), OrderQuery(), &error));
        QCOMPARE(QString::fromUtf8(error.sourceText()), QStringLiteral("The order ledger is not open."));
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("x.csv"))));

        QVERIFY(ledger.open(TestLedgerStore::location(m_dir->filePath(QStringLiteral("ledger.sqlite")))));
        QVERIFY(ledger.insertPending(seedRecord()) > 0);
        QFile blocker(m_dir->filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString impossible = m_dir->filePath(QStringLiteral("blocker/orders.csv"));
        QVERIFY(!exportCsv(ledger, impossible, OrderQuery(), &error));
        QCOMPARE(QString::fromUtf8(error.sourceText()),
                 QStringLiteral("The file %1 could not be written: %2"));
        QCOMPARE(error.args().value(0), QDir::toNativeSeparators(impossible));
    }

    void exportCsv_existingFile_isReplacedWhole()
    {
        OrderLedger ledger(m_clock);
        QVERIFY(ledger.open(TestLedgerStore::location(m_dir->filePath(QStringLiteral("ledger.sqlite")))));
        const QString file = m_dir->filePath(QStringLiteral("orders.csv"));
        {
            QFile old(file);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write(QByteArray(10000, 'x'));
        }
        QVERIFY(exportCsv(ledger, file, OrderQuery()));
        QCOMPARE(fileBytes(file), QByteArray(QByteArrayLiteral("\xEF\xBB\xBF") + kEnglishHeader));
    }
};

QTEST_GUILESS_MAIN(TestOrderCsv)
#include "tst_ordercsv.moc"
