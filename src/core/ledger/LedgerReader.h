#pragma once

#include "LedgerThread.h"
#include "common/LocalizedText.h"

#include <QObject>

#include <functional>
#include <utility>

namespace OrderDesk {

class OrderLedger;

// Reads a ledger from a thread of its own, one read after the other in the order they were
// asked for, so that a window never waits for a disk or a database server
// (docs/ARCHITECTURE.md, "Threads"). The reads run against an OrderLedger of that thread opened
// on the same location; its answers arrive in the thread this object belongs to.
class LedgerReader : public QObject
{
    Q_OBJECT

public:
    // `location`: the file or postgresql:// address the ledger was opened with
    // (OrderLedger::filePath()); `password`: a server ledger's, empty for a file.
    explicit LedgerReader(const QString& location, const QString& password = {}, QObject* parent = nullptr);
    // Runs the reads asked for so far, then stops the thread; their answers are dropped.
    ~LedgerReader() override;
    LedgerReader(const LedgerReader&) = delete;
    LedgerReader& operator=(const LedgerReader&) = delete;

    // The reads asked from now on read another ledger (a window whose team ledger was set or
    // changed); the ones asked before still answer from the old one.
    void setLocation(const QString& location, const QString& password = {})
    {
        m_thread.setLocation(location, password);
    }
    // Reads asked for whose answer has not been delivered yet.
    int pending() const { return m_pending; }

    // Runs `read` in the reader's thread, then `done` in this object's thread, unless `receiver`
    // (when given) was destroyed meanwhile. The ledger is opened by the first read and again
    // after it could not be; a read it cannot be opened for gets Result{} and the reason.
    template<typename Result>
    void read(QObject* receiver, std::function<Result(const OrderLedger&)> read,
              std::function<void(const Result& result, const LocalizedText& error)> done)
    {
        post(receiver,
             [read = std::move(read), done = std::move(done)](
                 const OrderLedger* ledger, const LocalizedText& error) -> std::function<void()> {
                 Result result = ledger ? read(*ledger) : Result();
                 return [done, result = std::move(result), error] { done(result, error); };
             });
    }

private:
    // Given the ledger (nullptr when it could not be opened, with the reason), returns what is
    // to be called in this object's thread.
    using Job = std::function<std::function<void()>(const OrderLedger* ledger, const LocalizedText& error)>;
    void post(QObject* receiver, Job job);

    int m_pending = 0;
    LedgerThread m_thread; // last: destroyed first, after the reads asked for so far
};

} // namespace OrderDesk
