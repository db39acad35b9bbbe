// orderdesk-bench-fill --orders N --data-dir DIR [--batch N]
// Fills DIR/ledger.sqlite with N realistic orders of the four providers (BenchOrders), through
// OrderLedger::importRecords in transactions of --batch orders, and prints the time it took.
#include "BenchOrders.h"
#include "BenchStats.h"
#include "common/SystemClock.h"
#include "ledger/OrderLedger.h"
#include "providers/ProviderRegistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>

#include <cstdio>

using namespace OrderDesk;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Fills an OrderDesk data folder with realistic orders."));
    parser.addHelpOption();
    const QCommandLineOption ordersOption(QStringLiteral("orders"), QStringLiteral("How many orders."),
                                          QStringLiteral("n"));
    const QCommandLineOption dirOption(QStringLiteral("data-dir"), QStringLiteral("The data folder."),
                                       QStringLiteral("dir"));
    const QCommandLineOption batchOption(QStringLiteral("batch"), QStringLiteral("Orders per transaction."),
                                         QStringLiteral("n"), QStringLiteral("10000"));
    parser.addOptions({ordersOption, dirOption, batchOption});
    parser.process(app);

    bool ok = false;
    const qint64 total = parser.value(ordersOption).toLongLong(&ok);
    const int batch = parser.value(batchOption).toInt();
    if (!ok || total < 0 || batch < 1 || parser.value(dirOption).isEmpty()) {
        std::fputs("usage: orderdesk-bench-fill --orders N --data-dir DIR [--batch N]\n", stderr);
        return 2;
    }
    const QString directory = QDir(parser.value(dirOption)).absolutePath();

    SystemClock clock;
    OrderLedger ledger(clock);
    LocalizedText error;
    const BenchStats::Lap lap;
    if (!ledger.open(directory + QStringLiteral("/ledger.sqlite"), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error.toEnglish()));
        return 1;
    }
    const qint64 before = ledger.count(OrderQuery());
    ProviderRegistry providers;
    const BenchOrders generator(providers, QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    QList<OrderRecord> records;
    records.reserve(batch);
    for (qint64 index = 0; index < total; ++index) {
        records << generator.record(index, total);
        if (records.size() == batch || index + 1 == total) {
            if (ledger.importRecords(records, &error) != records.size()) {
                std::fprintf(stderr, "%s\n", qPrintable(error.toEnglish()));
                return 1;
            }
            records.clear();
        }
    }
    const double elapsed = lap.wallMs();
    BenchStats::print(QStringLiteral("fill: orders added"), QString::number(total));
    BenchStats::print(QStringLiteral("fill: orders in the ledger"), QString::number(before + total));
    BenchStats::print(QStringLiteral("fill: time"), lap.text());
    BenchStats::print(QStringLiteral("fill: rate"), BenchStats::rate(total / (elapsed / 1000.0), "orders"));
    BenchStats::print(QStringLiteral("fill: text index"),
                      ledger.hasTextIndex() ? QStringLiteral("yes") : QStringLiteral("no"));
    return 0;
}
