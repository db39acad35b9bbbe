#include "LedgerWriter.h"

#include "OrderLedger.h"
#include "common/FixedClock.h"

namespace OrderDesk {

// Lives in the writer's thread; only that thread touches its ledger, whose connection must
// stay in the thread that opened it.
class LedgerWriter::Worker : public QObject
{
public:
    Worker(const QString& filePath, const QString& password)
        : m_filePath(filePath)
        , m_password(password)
    {}

    qint64 run(const QDateTime& atUtc, const Job& job, LocalizedText* error)
    {
        m_clock.setNow(atUtc);
        if (!m_ledger.isOpen() && !m_ledger.open(m_filePath, error, m_password))
            return 0;
        return job(m_ledger, error);
    }

    void stop()
    {
        m_ledger.close();
        QThread::currentThread()->quit();
    }

private:
    QString m_filePath;
    QString m_password;
    FixedClock m_clock;
    OrderLedger m_ledger{m_clock};
};

LedgerWriter::LedgerWriter(const QString& filePath, const QString& password, QObject* parent)
    : QObject(parent)
    , m_filePath(filePath)
    , m_worker(new Worker(filePath, password))
{
    m_thread.setObjectName(QStringLiteral("OrderDesk ledger writer"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

LedgerWriter::~LedgerWriter()
{
    // Queued behind every job given so far: the thread ends only once they are committed.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->stop(); }, Qt::QueuedConnection);
    m_thread.wait();
    delete m_worker;
}

void LedgerWriter::write(const QDateTime& atUtc, Job job, Done done)
{
    ++m_pending;
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, atUtc, job = std::move(job), done = std::move(done)] {
            LocalizedText error;
            const qint64 result = worker->run(atUtc, job, &error);
            // This object outlives the thread (its destructor waits for it), and events still
            // queued for it when it is destroyed are dropped with it.
            QMetaObject::invokeMethod(
                this,
                [this, result, error, done] {
                    --m_pending;
                    if (done)
                        done(result, error);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace OrderDesk
