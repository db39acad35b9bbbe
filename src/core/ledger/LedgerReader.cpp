#include "LedgerReader.h"

#include "OrderLedger.h"

#include <QPointer>

namespace OrderDesk {

LedgerReader::LedgerReader(const QString& location, const QString& password, QObject* parent)
    : QObject(parent)
    , m_thread(location, password, QStringLiteral("OrderDesk ledger reader"))
{}

LedgerReader::~LedgerReader() = default;

void LedgerReader::post(QObject* receiver, Job job)
{
    ++m_pending;
    // Only looked at in this object's thread, where the receiver lives.
    const QPointer<QObject> guard(receiver);
    const bool guarded = receiver != nullptr;
    m_thread.run(
        [this, guard, guarded, job = std::move(job)](OrderLedger* ledger, const LocalizedText& error) {
            std::function<void()> deliver = job(ledger, error);
            // This object outlives the thread (its member waits for it), and events still queued
            // for it when it is destroyed are dropped with it.
            QMetaObject::invokeMethod(
                this,
                [this, guard, guarded, deliver = std::move(deliver)] {
                    --m_pending;
                    if (!guarded || guard)
                        deliver();
                },
                Qt::QueuedConnection);
        });
}

} // namespace OrderDesk
