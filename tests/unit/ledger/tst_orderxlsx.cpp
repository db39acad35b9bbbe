#include "LedgerTestSupport.h"
#include "XlsxReader.h"
#include "common/FixedClock.h"
#include "common/TranslationLoader.h"
#include "ledger/OrderExportColumns.h"
#include "ledger/OrderLedger.h"
#include "ledger/OrderXlsxExport.h"
#include "providers/ProviderRegistry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace OrderDesk;
using namespace LedgerTestSupport;

namespace {

using Column = OrderExportColumns::Column;

// 18 digits: more than a spreadsheet's number keeps (15 significant digits).
const QString kLongOrderId = QStringLiteral("202405011234567890");

} // namespace

// The workbook as another program reads it: Python's openpyxl, run by read_xlsx.py, reports
// every cell's type. An ID that became a number, a date that became text or a length that
// became text would show here.
class TestOrderXlsx : public QObject
{
    Q_OBJECT

public:
    TestOrderXlsx()
        : m_clock(startUtc())
    {}

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    FixedClock m_clock;
    ProviderRegistry m_providers;
    std::unique_ptr<OrderLedger> m_ledger;

    bool exportXlsx(const QString& file, const OrderQuery& query = OrderQuery(), int* written = nullptr,
                    LocalizedText* error = nullptr) const
    {
        return OrderXlsxExport::write(*m_ledger, m_providers, file, query, written, error);
    }

    static QJsonObject cell(const QJsonObject& workbook, int row, Column column)
    {
        return workbook.value(QLatin1String("rows"))
            .toArray()
            .at(row)
            .toArray()
            .at(static_cast<int>(column))
            .toObject();
    }
    static QString type(const QJsonObject& workbook, int row, Column column)
    {
        return cell(workbook, row, column).value(QLatin1String("type")).toString();
    }
    static QJsonValue value(const QJsonObject& workbook, int row, Column column)
    {
        return cell(workbook, row, column).value(QLatin1String("value"));
    }
    static int rowCount(const QJsonObject& workbook)
    {
        return static_cast<int>(workbook.value(QLatin1String("rows")).toArray().size());
    }

    // 1: Alibaba Cloud, placed, with an 18-digit order ID and a resource ID with leading zeros.
    // 2: Volcengine, refused, with a message a spreadsheet would run as a formula.
    // 3: UniCloud, still pending.
    void insertSamples()
    {
        OrderRecord first =
            seedRecord(QStringLiteral("aliyun"), QStringLiteral("finance"), QStringLiteral("000123456789"));
        const qint64 id1 = m_ledger->insertPending(first);
        m_clock.advanceSeconds(2);
        OrderOutcomeRecord placed;
        placed.status = OrderStatus::Succeeded;
        placed.orderId = kLongOrderId;
        placed.requestId = QStringLiteral("12345678901234567890123");
        placed.httpStatus = 200;
        placed.attempts = 1;
        QVERIFY(m_ledger->recordOutcome(id1, placed));

        m_clock.advanceSeconds(58);
        const qint64 id2 = m_ledger->insertPending(seedRecord(QStringLiteral("volcengine")));
        OrderOutcomeRecord refused;
        refused.status = OrderStatus::Rejected;
        refused.errorCode = QStringLiteral("InvalidParameter");
        refused.errorMessage = QStringLiteral("=cmd|' /C calc'!A0 余额不足");
        refused.httpStatus = 400;
        refused.attempts = 2;
        QVERIFY(m_ledger->recordOutcome(id2, refused));

        m_clock.advanceSeconds(3600);
        QVERIFY(m_ledger->insertPending(seedRecord(QStringLiteral("unicloud"))) == 3);
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
        m_ledger = std::make_unique<OrderLedger>(m_clock);
        QVERIFY(m_ledger->open(TestLedgerStore::location(m_dir->filePath(QStringLiteral("ledger.sqlite")))));
    }

    void cleanup() { m_ledger.reset(); }

    void workbook_hasTypedCells()
    {
        insertSamples();
        const QString file = m_dir->filePath(QStringLiteral("orders.xlsx"));
        int written = 0;
        LocalizedText error;
        QVERIFY2(exportXlsx(file, OrderQuery(), &written, &error), qPrintable(error.toEnglish()));
        QCOMPARE(written, 3);
        QJsonObject book;
        XLSX_READ_BACK(file, book);

        QCOMPARE(book.value(QLatin1String("sheets")).toArray(), QJsonArray{QStringLiteral("Orders")});
        QCOMPARE(rowCount(book), 4);
        // The header: the titles, bold, frozen above the rows, with a filter over every column.
        const QJsonArray header = book.value(QLatin1String("rows")).toArray().at(0).toArray();
        QStringList titles;
        for (const QJsonValue& title : header)
            titles << title.toObject().value(QLatin1String("value")).toString();
        QCOMPARE(titles, OrderExportColumns::titles());
        for (const QJsonValue& bold : book.value(QLatin1String("bold")).toArray())
            QVERIFY(bold.toBool());
        QCOMPARE(book.value(QLatin1String("freeze")).toString(), QStringLiteral("A2"));
        QCOMPARE(book.value(QLatin1String("autofilter")).toString(), QStringLiteral("A1:AA4"));
        const QJsonObject widths = book.value(QLatin1String("widths")).toObject();
        QCOMPARE(widths.size(), static_cast<int>(OrderExportColumns::ColumnCount));
        QVERIFY(widths.value(QLatin1String("O")).toDouble() >= OrderExportColumns::width(Column::OrderId));

        // Identifiers are text, every digit and leading zero kept.
        QCOMPARE(type(book, 1, Column::OrderId), QStringLiteral("text"));
        QCOMPARE(value(book, 1, Column::OrderId).toString(), kLongOrderId);
        QCOMPARE(type(book, 1, Column::ResourceId), QStringLiteral("text"));
        QCOMPARE(value(book, 1, Column::ResourceId).toString(), QStringLiteral("000123456789"));
        QCOMPARE(type(book, 1, Column::RequestId), QStringLiteral("text"));
        QCOMPARE(value(book, 1, Column::RequestId).toString(), QStringLiteral("12345678901234567890123"));

        // Times are date-times: local (UTC+8 here), and UTC.
        QCOMPARE(type(book, 1, Column::Created), QStringLiteral("datetime"));
        QCOMPARE(value(book, 1, Column::Created).toString(), QStringLiteral("2024-05-01T18:00:00"));
        QCOMPARE(cell(book, 1, Column::Created).value(QLatin1String("format")).toString(),
                 QStringLiteral("yyyy-mm-dd hh:mm:ss"));
        QCOMPARE(type(book, 1, Column::CreatedUtc), QStringLiteral("datetime"));
        QCOMPARE(value(book, 1, Column::CreatedUtc).toString(), QStringLiteral("2024-05-01T10:00:00"));
        QCOMPARE(value(book, 1, Column::Updated).toString(), QStringLiteral("2024-05-01T18:00:02"));
        QCOMPARE(value(book, 1, Column::UpdatedUtc).toString(), QStringLiteral("2024-05-01T10:00:02"));

        // Numbers are numbers; the length and its unit apart.
        QCOMPARE(type(book, 1, Column::LedgerId), QStringLiteral("number"));
        QCOMPARE(value(book, 1, Column::LedgerId).toInt(), 1);
        QCOMPARE(type(book, 1, Column::TermLength), QStringLiteral("number"));
        QCOMPARE(value(book, 1, Column::TermLength).toInt(), 1);
        QCOMPARE(value(book, 1, Column::TermUnit).toString(), QStringLiteral("Month"));
        QCOMPARE(type(book, 1, Column::HttpStatus), QStringLiteral("number"));
        QCOMPARE(value(book, 1, Column::HttpStatus).toInt(), 200);
        QCOMPARE(type(book, 2, Column::Attempts), QStringLiteral("number"));
        QCOMPARE(value(book, 2, Column::Attempts).toInt(), 2);

        // Words in the language of the moment, the provider by its name.
        QCOMPARE(value(book, 1, Column::ProviderName).toString(), QStringLiteral("Alibaba Cloud"));
        QCOMPARE(value(book, 1, Column::Status).toString(), QStringLiteral("Succeeded"));
        QCOMPARE(value(book, 1, Column::Payment).toString(),
                 QStringLiteral("Awaiting payment in the console"));
        QCOMPARE(value(book, 1, Column::Operator).toString(), QStringLiteral("zhang.san"));
        QCOMPARE(value(book, 2, Column::ProviderName).toString(), QStringLiteral("Volcengine"));
        QCOMPARE(type(book, 2, Column::Payment), QStringLiteral("empty")); // nothing was bought

        // A text cell is never a formula, whatever it starts with: no guard needed or added.
        QCOMPARE(type(book, 2, Column::ErrorMessage), QStringLiteral("text"));
        QCOMPARE(value(book, 2, Column::ErrorMessage).toString(),
                 QStringLiteral("=cmd|' /C calc'!A0 余额不足"));

        // Pending: no answer yet, so no HTTP status; still a length.
        QCOMPARE(value(book, 3, Column::Status).toString(), QStringLiteral("Pending"));
        QCOMPARE(type(book, 3, Column::HttpStatus), QStringLiteral("empty"));
        QCOMPARE(value(book, 3, Column::TermLength).toInt(), 1);
    }

    void workbook_speaksTheCurrentLanguage()
    {
        insertSamples();
        TranslationLoader translations;
        QVERIFY(translations.setLanguage(QStringLiteral("zh_CN")));
        const QString file = m_dir->filePath(QStringLiteral("zh.xlsx"));
        const bool exported = exportXlsx(file);
        const QStringList titles = OrderExportColumns::titles();
        translations.setLanguage(QStringLiteral("en"));
        QVERIFY(exported);
        QJsonObject book;
        XLSX_READ_BACK(file, book);

        QCOMPARE(book.value(QLatin1String("sheets")).toArray(), QJsonArray{QStringLiteral("订单")});
        QCOMPARE(value(book, 0, Column::Status).toString(), QStringLiteral("状态"));
        QCOMPARE(value(book, 0, Column::OrderId).toString(), QStringLiteral("订单号"));
        QCOMPARE(value(book, 0, Column::TermLength).toString(), QStringLiteral("购买时长"));
        for (int column = 0; column < titles.size(); ++column)
            QCOMPARE(value(book, 0, static_cast<Column>(column)).toString(), titles.at(column));
        QCOMPARE(value(book, 1, Column::ProviderName).toString(), QStringLiteral("阿里云"));
        QCOMPARE(value(book, 1, Column::Status).toString(), QStringLiteral("成功"));
        QCOMPARE(value(book, 1, Column::TermUnit).toString(), QStringLiteral("月"));
        QCOMPARE(value(book, 1, Column::Payment).toString(), QStringLiteral("待在控制台支付"));
        // The ID stays text in any language.
        QCOMPARE(type(book, 1, Column::OrderId), QStringLiteral("text"));
        QCOMPARE(value(book, 1, Column::OrderId).toString(), kLongOrderId);
    }

    void workbook_holdsOnlyTheQueriedRows()
    {
        insertSamples();
        OrderQuery query;
        query.status = OrderStatus::Rejected;
        const QString file = m_dir->filePath(QStringLiteral("rejected.xlsx"));
        int written = -1;
        QVERIFY(exportXlsx(file, query, &written));
        QCOMPARE(written, 1);
        QJsonObject book;
        XLSX_READ_BACK(file, book);
        QCOMPARE(rowCount(book), 2);
        QCOMPARE(value(book, 1, Column::LedgerId).toInt(), 2);
        QCOMPARE(book.value(QLatin1String("autofilter")).toString(), QStringLiteral("A1:AA2"));
    }

    void workbook_longAndControlText_staysReadable()
    {
        // Excel holds at most 32,767 characters in a cell; XML cannot carry most control characters.
        const qint64 id = m_ledger->insertPending(seedRecord());
        OrderOutcomeRecord refused;
        refused.status = OrderStatus::Rejected;
        refused.errorCode = QString::fromLatin1("Bad\x01"
                                                "Code");
        refused.errorMessage = QString(40000, QLatin1Char('x'));
        QVERIFY(m_ledger->recordOutcome(id, refused));
        const QString file = m_dir->filePath(QStringLiteral("long.xlsx"));
        LocalizedText error;
        QVERIFY2(exportXlsx(file, OrderQuery(), nullptr, &error), qPrintable(error.toEnglish()));
        QJsonObject book;
        XLSX_READ_BACK(file, book);
        const QString message = value(book, 1, Column::ErrorMessage).toString();
        QCOMPARE(message.size(), 32767);
        QVERIFY(message.endsWith(QChar(0x2026)));
        // The control character travels as the workbook format's escape, which Excel shows as the
        // character; openpyxl 3.0 reports the escape itself.
        const QString code = value(book, 1, Column::ErrorCode).toString();
        QVERIFY2(code == QString::fromLatin1("Bad\x01"
                                             "Code") ||
                     code == QStringLiteral("Bad_x0001_Code"),
                 qPrintable(code));
    }

    void workbook_failure_leavesNoFileAndSaysWhy()
    {
        QVERIFY(m_ledger->insertPending(seedRecord()) > 0);
        QFile blocker(m_dir->filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString impossible = m_dir->filePath(QStringLiteral("blocker/orders.xlsx"));
        LocalizedText error;
        QVERIFY(!exportXlsx(impossible, OrderQuery(), nullptr, &error));
        QCOMPARE(QString::fromUtf8(error.sourceText()),
                 QStringLiteral("The file %1 could not be written: %2"));
        QCOMPARE(error.args().value(0), QDir::toNativeSeparators(impossible));

        OrderLedger closed(m_clock);
        const QString file = m_dir->filePath(QStringLiteral("closed.xlsx"));
        QVERIFY(!OrderXlsxExport::write(closed, m_providers, file, OrderQuery(), nullptr, &error));
        QCOMPARE(QString::fromUtf8(error.sourceText()), QStringLiteral("The order ledger is not open."));
        QVERIFY(!QFile::exists(file));
    }

    void workbook_existingFile_isReplacedWhole()
    {
        const QString file = m_dir->filePath(QStringLiteral("orders.xlsx"));
        {
            QFile old(file);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write(QByteArray(1 << 20, 'x'));
        }
        int written = -1;
        QVERIFY(exportXlsx(file, OrderQuery(), &written));
        QCOMPARE(written, 0);
        QJsonObject book;
        XLSX_READ_BACK(file, book);
        QCOMPARE(rowCount(book), 1); // the header alone
        QVERIFY(QFileInfo(file).size() < (1 << 20));
    }
};

QTEST_GUILESS_MAIN(TestOrderXlsx)
#include "tst_orderxlsx.moc"
