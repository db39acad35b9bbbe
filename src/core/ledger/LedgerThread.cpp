#include "LedgerThread.h"

#include "OrderLedger.h"
#include "common/FixedClock.h"

namespace OrderDesk {

class LedgerThread::Worker : public QObject
{
public:
    Worker(const QString& location, const QString& password)
        : m_location(location)
        , m_password(password)
    {}

    void run(const Job& job, const QDateTime& clockUtc)
    {
        if (clockUtc.isValid())
            m_clock.setNow(clockUtc);
        LocalizedText error;
        job(ledger(&error), error);
    }

    void setLocation(const QString& location, const QString& password)
    {
        m_ledger.close();
        m_location = location;
        m_password = password;
    }

    void stop()
    {
        m_ledger.close();
        QThread::currentThread()->quit();
    }

private:
    OrderLedger* ledger(LocalizedText* error)
    {
        // A ledger that was never opened has no location; SQLite would read "" as a new
        // temporary database.
        if (m_location.isEmpty()) {
            *error = LocalizedText("OrderDesk::OrderLedger", "The order ledger is not open.");
            return nullptr;
        }
        if (!m_ledger.isOpen() && !m_ledger.open(m_location, error, m_password))
            return nullptr;
        return &m_ledger;
    }

    QString m_location;
    QString m_password;
    FixedClock m_clock;
    OrderLedger m_ledger{m_clock};
};

LedgerThread::LedgerThread(const QString& location, const QString& password, const QString& threadName)
    : m_worker(new Worker(location, password))
{
    m_thread.setObjectName(threadName);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

LedgerThread::~LedgerThread()
{
    // Queued behind every job given so far: the thread ends only once they have run.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->stop(); }, Qt::QueuedConnection);
    m_thread.wait();
    delete m_worker;
}

void LedgerThread::run(Job job, const QDateTime& clockUtc)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, job = std::move(job), clockUtc] { worker->run(job, clockUtc); },
        Qt::QueuedConnection);
}

void LedgerThread::setLocation(const QString& location, const QString& password)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, location, password] { worker->setLocation(location, password); },
        Qt::QueuedConnection);
}

} // namespace OrderDesk
