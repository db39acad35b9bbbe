#include "LedgerReader.h"

#include "OrderLedger.h"
#include "common/FixedClock.h"

#include <QPointer>

namespace OrderDesk {

// Lives in the reader's thread; only that thread touches its ledger, whose connection must stay
// in the thread that opened it.
class LedgerReader::Worker : public QObject
{
public:
    Worker(const QString& location, const QString& password)
        : m_location(location)
        , m_password(password)
    {}

    const OrderLedger* ledger(LocalizedText* error)
    {
        // A ledger that was never opened has no location; SQLite would read "" as a new
        // temporary database and show it as empty.
        if (m_location.isEmpty()) {
            *error = LocalizedText("OrderDesk::OrderLedger", "The order ledger is not open.");
            return nullptr;
        }
        if (!m_ledger.isOpen() && !m_ledger.open(m_location, error, m_password))
            return nullptr;
        return &m_ledger;
    }

    void stop()
    {
        m_ledger.close();
        QThread::currentThread()->quit();
    }

private:
    QString m_location;
    QString m_password;
    // Reads never ask the time; the ledger needs a clock all the same.
    FixedClock m_clock;
    OrderLedger m_ledger{m_clock};
};

LedgerReader::LedgerReader(const QString& location, const QString& password, QObject* parent)
    : QObject(parent)
    , m_location(location)
    , m_worker(new Worker(location, password))
{
    m_thread.setObjectName(QStringLiteral("OrderDesk ledger reader"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

LedgerReader::~LedgerReader()
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->stop(); }, Qt::QueuedConnection);
    m_thread.wait();
    delete m_worker;
}

void LedgerReader::post(QObject* receiver, Job job)
{
    ++m_pending;
    // Only looked at in this object's thread, where the receiver lives.
    const QPointer<QObject> guard(receiver);
    const bool guarded = receiver != nullptr;
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, guard, guarded, job = std::move(job)] {
            LocalizedText error;
            const OrderLedger* ledger = worker->ledger(&error);
            std::function<void()> deliver = job(ledger, error);
            // This object outlives the thread (its destructor waits for it), and events still
            // queued for it when it is destroyed are dropped with it.
            QMetaObject::invokeMethod(
                this,
                [this, guard, guarded, deliver = std::move(deliver)] {
                    --m_pending;
                    if (!guarded || guard)
                        deliver();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace OrderDesk
