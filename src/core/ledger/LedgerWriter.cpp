#include "LedgerWriter.h"

#include "OrderLedger.h"

namespace OrderDesk {

LedgerWriter::LedgerWriter(const QString& filePath, const QString& password, QObject* parent)
    : QObject(parent)
    , m_filePath(filePath)
    , m_password(password)
    , m_thread(filePath, password, QStringLiteral("OrderDesk ledger writer"))
{}

// The members' destruction runs every job given so far; their Done callbacks, queued to this
// object, are dropped with it.
LedgerWriter::~LedgerWriter() = default;

void LedgerWriter::write(const QDateTime& atUtc, Job job, Done done)
{
    ++m_pending;
    m_thread.run(
        [this, job = std::move(job), done = std::move(done)](OrderLedger* ledger,
                                                             const LocalizedText& openError) {
            LocalizedText error = openError;
            const qint64 result = ledger ? job(*ledger, &error) : 0;
            // This object outlives the thread (its member waits for it), and events still
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
        atUtc);
}

} // namespace OrderDesk
