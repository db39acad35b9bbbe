#pragma once

#include "common/LocalizedText.h"

#include <QDateTime>
#include <QThread>

#include <functional>

namespace OrderDesk {

class OrderLedger;

// An OrderLedger of its own in a thread of its own, for LedgerWriter and LedgerReader: the jobs
// run one after the other in the order given, and only that thread touches the ledger, whose
// connection must stay in the thread that opened it. The ledger is opened by the first job, and
// again by the next one after it could not be.
class LedgerThread
{
public:
    // `location`: a file path or a postgresql:// address (OrderLedger::open); `password`: a
    // server ledger's, empty for a file.
    LedgerThread(const QString& location, const QString& password, const QString& threadName);
    // Runs every job given so far, then stops the thread.
    ~LedgerThread();
    LedgerThread(const LedgerThread&) = delete;
    LedgerThread& operator=(const LedgerThread&) = delete;

    // Gets the ledger, or nullptr and why it could not be opened.
    using Job = std::function<void(OrderLedger* ledger, const LocalizedText& openError)>;
    // Runs `job` in the thread. With a valid `clockUtc` the ledger's clock says that moment
    // while it runs, so that a row records when something happened rather than when the thread
    // got to it.
    void run(Job job, const QDateTime& clockUtc = {});
    // The jobs given from now on work on another ledger, opened by the first of them; the ones
    // given before still run on the old one.
    void setLocation(const QString& location, const QString& password);

private:
    class Worker;

    QThread m_thread;
    Worker* m_worker = nullptr;
};

} // namespace OrderDesk
