// One of the processes tst_ledgerrace starts: opens the ledger it is given (a file or a
// postgresql:// address), says "ready", waits until the go file exists, then records one order of
// the resource with the duplicate guard on, as OrderService does after the user confirmed without
// seeing a recent order. Prints "inserted ID", "duplicate ID" or "error TEXT".

#include "LedgerTestSupport.h"
#include "common/SystemClock.h"
#include "ledger/OrderLedger.h"

#include <QCoreApplication>
#include <QFile>
#include <QThread>

#include <cstdio>

using namespace OrderDesk;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: ledger_race_writer LOCATION RESOURCE GO_FILE\n");
        return 2;
    }
    SystemClock clock;
    OrderLedger ledger(clock);
    LocalizedText error;
    if (!ledger.open(args.at(1), &error)) {
        std::printf("error %s\n", qPrintable(error.toEnglish()));
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    while (!QFile::exists(args.at(3)))
        QThread::usleep(200);

    OrderLedger::DuplicateGuard guard;
    guard.enabled = true;
    std::optional<OrderRecord> duplicate;
    const qint64 id = ledger.insertPending(
        LedgerTestSupport::seedRecord(QStringLiteral("aliyun"), QStringLiteral("finance"), args.at(2)),
        OrderLedger::Lease(), guard, &duplicate, &error);
    if (id > 0) {
        std::printf("inserted %lld\n", static_cast<long long>(id));
        return 0;
    }
    if (duplicate) {
        std::printf("duplicate %lld\n", static_cast<long long>(duplicate->id));
        return 5;
    }
    std::printf("error %s\n", qPrintable(error.toEnglish()));
    return 1;
}
