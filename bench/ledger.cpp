// orderdesk-bench-ledger insert --orders N --data-dir DIR [--max-seconds S]
//   The insert rate of the per-order path OrderService takes (insertPending, recordAttempt,
//   recordOutcome: three durable commits per order) and of importRecords in batches.
// orderdesk-bench-ledger model --data-dir DIR
//   On a filled ledger: time to the first visible rows of the history model, peak memory after
//   them, count(*), sorting by every column, and the text filter typed one key at a time.
// orderdesk-bench-ledger model-server --orders N
//   The same on the PostgreSQL store: started without PGHOST it runs itself again under
//   `pg_virtualenv -t` (a throw-away cluster on this computer), fills a new database with N orders
//   through importRecords, then measures as `model` does.
#include "BenchOrders.h"
#include "BenchPostgres.h"
#include "BenchStats.h"
#include "common/FixedClock.h"
#include "common/SystemClock.h"
#include "ledger/LedgerReader.h"
#include "ledger/LedgerSchema.h"
#include "ledger/OrderLedger.h"
#include "ledger/OrderTableModel.h"
#include "providers/ProviderRegistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace OrderDesk;

namespace {

const QDateTime kNewest(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
// What a user types to find one Volcengine connection.
const QString kTyped = QStringLiteral("dcc-1a2");
// The rows a history window shows without scrolling.
constexpr int kVisibleRows = 30;

// The history page shows a read once the reader's answer is in: a step is timed to that moment,
// the hop between the threads included.
void awaitReads(const LedgerReader& reader)
{
    while (reader.pending() > 0)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

void fail(const LocalizedText& error)
{
    std::fprintf(stderr, "%s\n", qPrintable(error.toEnglish()));
    std::exit(1);
}

int insertBench(qint64 total, const QString& directory, double maxSeconds)
{
    QDir(directory).removeRecursively();
    ProviderRegistry providers;
    const BenchOrders generator(providers, kNewest);

    // The per-order path, with the order's own time on the clock.
    {
        FixedClock clock(kNewest);
        OrderLedger ledger(clock);
        LocalizedText error;
        if (!ledger.open(directory + QStringLiteral("/per-order/ledger.sqlite"), &error))
            fail(error);
        const BenchStats::Lap lap;
        const auto start = lap.wall;
        qint64 done = 0;
        for (; done < total; ++done) {
            if (done % 64 == 0 && BenchStats::msSince(start) > maxSeconds * 1000)
                break;
            const OrderRecord record = generator.record(done, total);
            clock.setNow(record.createdUtc);
            const qint64 id = ledger.insertPending(record, &error);
            if (id == 0 || !ledger.recordAttempt(id, 1, &error))
                fail(error);
            OrderOutcomeRecord outcome;
            outcome.status = record.status;
            outcome.orderId = record.orderId;
            outcome.requestId = record.requestId;
            outcome.errorCode = record.errorCode;
            outcome.errorMessage = record.errorMessage;
            outcome.httpStatus = record.httpStatus;
            outcome.attempts = record.attempts;
            outcome.rawResponse = record.rawResponse;
            outcome.note = record.note;
            if (!ledger.recordOutcome(id, outcome, &error))
                fail(error);
        }
        const double elapsed = BenchStats::msSince(start);
        const double rate = done / (elapsed / 1000.0);
        BenchStats::print(QStringLiteral("insert: per-order path, CPU per order"),
                          BenchStats::ms(lap.cpuMs() / std::max<qint64>(done, 1)));
        BenchStats::print(QStringLiteral("insert: per-order path, orders written"),
                          QString::number(done) +
                              (done < total ? QStringLiteral(" (time limit)") : QString()));
        BenchStats::print(QStringLiteral("insert: per-order path (3 durable commits/order)"),
                          BenchStats::rate(rate, "orders"));
        BenchStats::print(QStringLiteral("insert: per-order path, time for %1").arg(total),
                          BenchStats::ms(total / rate * 1000) +
                              (done < total ? QStringLiteral(" (projected)") : QString()));
    }

    // The batch path.
    for (const int batch : {1000, 10000}) {
        SystemClock clock;
        OrderLedger ledger(clock);
        LocalizedText error;
        const QString folder = directory + QStringLiteral("/batch-%1").arg(batch);
        if (!ledger.open(folder + QStringLiteral("/ledger.sqlite"), &error))
            fail(error);
        const BenchStats::Lap lap;
        QList<OrderRecord> records;
        for (qint64 index = 0; index < total; ++index) {
            records << generator.record(index, total);
            if (records.size() == batch || index + 1 == total) {
                if (ledger.importRecords(records, &error) != records.size())
                    fail(error);
                records.clear();
            }
        }
        const double elapsed = lap.wallMs();
        BenchStats::print(QStringLiteral("insert: importRecords, %1 per transaction").arg(batch),
                          BenchStats::rate(total / (elapsed / 1000.0), "orders") + QStringLiteral(", ") +
                              lap.text() + QStringLiteral(" for %1 incl. making them").arg(total));
    }
    QDir(directory).removeRecursively();
    return 0;
}

// What the history page does for one filter change: a new first page, its visible rows drawn.
QString timeQuery(const LedgerReader& reader, OrderTableModel& model, const OrderQuery& query, int* rows,
                  double* wallMs)
{
    const BenchStats::Lap lap;
    model.setQuery(query);
    awaitReads(reader);
    for (int row = 0; row < std::min(kVisibleRows, model.rowCount()); ++row) {
        for (int column = 0; column < OrderTableModel::ColumnCount; ++column)
            model.data(model.index(row, column));
    }
    *rows = model.rowCount();
    *wallMs = lap.wallMs();
    return lap.text();
}

// The filter's statement before the trigram index, for the before/after comparison: the same
// LIKE over the same columns, newest first, one page.
QString timeLikeScan(const QString& file, const QString& needle, int* rows)
{
    QString elapsed;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("like-scan"));
        db.setDatabaseName(file);
        db.open();
        QStringList likes;
        for (const QString& column : LedgerSchema::textIndexColumns())
            likes << column + QStringLiteral(" LIKE ? ESCAPE '\\'");
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT * FROM orders WHERE (") + likes.join(QStringLiteral(" OR ")) +
                      QStringLiteral(") ORDER BY id DESC LIMIT %1").arg(OrderTableModel::PageSize + 1));
        for (int i = 0; i < likes.size(); ++i)
            query.addBindValue(QString(QLatin1Char('%') + needle + QLatin1Char('%')));
        const BenchStats::Lap lap;
        query.exec();
        *rows = 0;
        while (query.next())
            ++*rows;
        elapsed = lap.text();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("like-scan"));
    return elapsed;
}

void drawVisibleRows(const LedgerReader& reader, const OrderTableModel& model)
{
    awaitReads(reader);
    for (int row = 0; row < std::min(kVisibleRows, model.rowCount()); ++row) {
        for (int column = 0; column < OrderTableModel::ColumnCount; ++column)
            model.data(model.index(row, column));
    }
}

// `location`: a data folder's ledger file, or a postgresql:// address.
int modelBench(const QString& location)
{
    SystemClock clock;
    OrderLedger ledger(clock);
    LocalizedText error;
    const QString file = location;
    const bool server = OrderLedger::isServerLocation(location);
    const qint64 rssBefore = BenchStats::currentRssKiB();
    BenchStats::Lap lap;
    if (!ledger.open(file, &error))
        fail(error);
    const QString openTime = lap.text();

    lap = BenchStats::Lap();
    LedgerReader reader(ledger.filePath(), ledger.password());
    OrderTableModel model(reader);
    drawVisibleRows(reader, model);
    const QString firstRows = lap.text();
    const qint64 peakAfterFirstPage = BenchStats::peakRssKiB();

    lap = BenchStats::Lap();
    const int total = ledger.count(OrderQuery());
    const QString countTime = lap.text();
    const QString rowsLabel = QStringLiteral("model@%1: ").arg(total);

    BenchStats::print(rowsLabel + QStringLiteral("open the ledger"), openTime);
    BenchStats::print(rowsLabel + QStringLiteral("first %1 rows shown").arg(kVisibleRows), firstRows);
    BenchStats::print(rowsLabel + QStringLiteral("peak RSS after the first page"),
                      BenchStats::kib(peakAfterFirstPage) +
                          QStringLiteral(" (%1 before opening)").arg(BenchStats::kib(rssBefore)));
    BenchStats::print(rowsLabel + QStringLiteral("count(*) of all orders"), countTime);
    BenchStats::print(rowsLabel + QStringLiteral("store"),
                      server ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite file"));
    BenchStats::print(rowsLabel + QStringLiteral("text index"),
                      ledger.hasTextIndex()         ? QStringLiteral("trigram (FTS5)")
                      : ledger.hasServerTextIndex() ? QStringLiteral("trigram (pg_trgm GIN)")
                                                    : QStringLiteral("none"));

    // Every column, both ways, as a click on its header does it.
    QList<double> sortTimes;
    for (int column = 0; column < OrderTableModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            lap = BenchStats::Lap();
            model.sort(column, order);
            drawVisibleRows(reader, model);
            sortTimes << lap.wallMs();
            BenchStats::print(rowsLabel + QStringLiteral("sort by %1 %2")
                                              .arg(model.headerData(column, Qt::Horizontal).toString(),
                                                   order == Qt::AscendingOrder ? QStringLiteral("asc")
                                                                               : QStringLiteral("desc")),
                              lap.text());
        }
    }
    BenchStats::print(rowsLabel + QStringLiteral("sort, slowest column (wall)"),
                      BenchStats::ms(BenchStats::maximum(sortTimes)));
    // The same with a filter set first: a provider (a quarter of the orders, each with its own
    // regions), a status (Rejected, 8 %) and a text (about 1.6 % of the orders).
    {
        OrderQuery provider;
        provider.provider = QStringLiteral("huaweicloud");
        OrderQuery status;
        status.status = OrderStatus::Rejected;
        OrderQuery text;
        text.text = kTyped.left(5);
        const QList<QPair<QString, OrderQuery>> filters{{QStringLiteral("provider huaweicloud"), provider},
                                                        {QStringLiteral("status rejected"), status},
                                                        {QStringLiteral("text \"%1\"").arg(text.text), text}};
        for (const auto& [name, query] : filters) {
            QList<double> filteredTimes;
            model.sort(-1);
            model.setQuery(query);
            awaitReads(reader);
            for (int column = 1; column < OrderTableModel::ColumnCount; ++column) {
                for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                    lap = BenchStats::Lap();
                    model.sort(column, order);
                    drawVisibleRows(reader, model);
                    filteredTimes << lap.wallMs();
                    BenchStats::print(rowsLabel +
                                          QStringLiteral("%1, sort by %2 %3")
                                              .arg(name, model.headerData(column, Qt::Horizontal).toString(),
                                                   order == Qt::AscendingOrder ? QStringLiteral("asc")
                                                                               : QStringLiteral("desc")),
                                      lap.text());
                }
            }
            BenchStats::print(rowsLabel + QStringLiteral("%1, sort, slowest column (wall)").arg(name),
                              BenchStats::ms(BenchStats::maximum(filteredTimes)));
        }
        model.setQuery(OrderQuery());
    }
    model.sort(-1);
    awaitReads(reader);
    // Scrolling to the end of a sorted list: one more page.
    lap = BenchStats::Lap();
    model.fetchMore(QModelIndex());
    awaitReads(reader);
    BenchStats::print(rowsLabel + QStringLiteral("next page while scrolling"), lap.text());

    // The filter, one key at a time, as the search field sends it.
    QList<double> steps;
    for (int length = 1; length <= kTyped.size(); ++length) {
        OrderQuery query;
        query.text = kTyped.left(length);
        int rows = 0;
        double wall = 0;
        const QString step = timeQuery(reader, model, query, &rows, &wall);
        steps << wall;
        lap = BenchStats::Lap();
        const int matches = ledger.count(query);
        const QString countStep = lap.text();
        int likeRows = 0;
        // "before" compares with the file's own scan without its index; a server has no index.
        const QString before = server ? QString() : timeLikeScan(file, query.text, &likeRows);
        BenchStats::print(
            rowsLabel + QStringLiteral("filter \"%1\"").arg(query.text),
            step + QStringLiteral(", %1 rows").arg(rows) +
                (server ? QString() : QStringLiteral("; before: %1, %2 rows").arg(before).arg(likeRows)));
        BenchStats::print(rowsLabel + QStringLiteral("count \"%1\"").arg(query.text),
                          countStep + QStringLiteral(", %1 matches").arg(matches));
    }
    BenchStats::print(rowsLabel + QStringLiteral("filter, slowest keystroke (wall)"),
                      BenchStats::ms(BenchStats::maximum(steps)));
    {
        // A text found nowhere: every candidate must be ruled out.
        OrderQuery query;
        query.text = QStringLiteral("zzq-no-such-order");
        int rows = 0;
        double wall = 0;
        const QString step = timeQuery(reader, model, query, &rows, &wall);
        int likeRows = 0;
        const QString before = server ? QString() : timeLikeScan(file, query.text, &likeRows);
        BenchStats::print(rowsLabel + QStringLiteral("filter with no match"),
                          step + (server ? QString() : QStringLiteral("; before: %1").arg(before)));
    }
    BenchStats::print(rowsLabel + QStringLiteral("peak RSS at the end"),
                      BenchStats::kib(BenchStats::peakRssKiB()));
    return 0;
}

// A new database on the cluster pg_virtualenv started, filled with `total` orders; its address.
QString fillServerLedger(qint64 total)
{
    const QString database = QStringLiteral("bench_ledger");
    const QString failure =
        BenchPostgres::asSuperuser(QString(), {QStringLiteral("DROP DATABASE IF EXISTS ") + database,
                                               QStringLiteral("CREATE DATABASE ") + database});
    if (!failure.isEmpty()) {
        std::fprintf(stderr, "the benchmark's database could not be made: %s\n", qPrintable(failure));
        std::exit(1);
    }
    const QString location = BenchPostgres::address(qEnvironmentVariable("PGUSER"), database);
    ProviderRegistry providers;
    const BenchOrders generator(providers, kNewest);
    SystemClock clock;
    OrderLedger ledger(clock);
    LocalizedText error;
    if (!ledger.open(location, &error))
        fail(error);
    const BenchStats::Lap lap;
    QList<OrderRecord> records;
    for (qint64 index = 0; index < total; ++index) {
        records << generator.record(index, total);
        if (records.size() == 10000 || index + 1 == total) {
            if (ledger.importRecords(records, &error) != records.size())
                fail(error);
            records.clear();
        }
    }
    BenchStats::print(QStringLiteral("server: %1 orders imported, 10,000 per transaction").arg(total),
                      BenchStats::rate(total / (lap.wallMs() / 1000.0), "orders") + QStringLiteral(", ") +
                          lap.text());
    return location;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("mode"), QStringLiteral("insert | model | model-server"));
    const QCommandLineOption ordersOption(QStringLiteral("orders"), QStringLiteral("Orders to insert."),
                                          QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption dirOption(QStringLiteral("data-dir"), QStringLiteral("Data folder."),
                                       QStringLiteral("dir"));
    const QCommandLineOption maxOption(QStringLiteral("max-seconds"),
                                       QStringLiteral("Time limit of the per-order path."),
                                       QStringLiteral("s"), QStringLiteral("30"));
    parser.addOptions({ordersOption, dirOption, maxOption});
    parser.process(app);
    const QString mode = parser.positionalArguments().value(0);
    if (mode == QLatin1String("model-server")) {
        // A PostgreSQL of its own, for this run only.
        if (const std::optional<int> status = BenchPostgres::rerunUnderVirtualenv())
            return *status;
        // Without trigram indexes, then with them (pg_trgm, which a database owner installs).
        const QString location = fillServerLedger(parser.value(ordersOption).toLongLong());
        modelBench(location);
        const QString failure = BenchPostgres::asSuperuser(
            QStringLiteral("bench_ledger"), {QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm")});
        if (!failure.isEmpty()) {
            std::fprintf(stderr, "pg_trgm could not be installed: %s\n", qPrintable(failure));
            return 1;
        }
        return modelBench(location);
    }
    const QString directory = QDir(parser.value(dirOption)).absolutePath();
    if (parser.value(dirOption).isEmpty()) {
        std::fputs("--data-dir is required\n", stderr);
        return 2;
    }
    if (mode == QLatin1String("insert"))
        return insertBench(parser.value(ordersOption).toLongLong(), directory,
                           parser.value(maxOption).toDouble());
    if (mode == QLatin1String("model"))
        return modelBench(directory + QStringLiteral("/ledger.sqlite"));
    std::fputs("usage: orderdesk-bench-ledger insert|model --data-dir DIR, or model-server --orders N\n",
               stderr);
    return 2;
}
