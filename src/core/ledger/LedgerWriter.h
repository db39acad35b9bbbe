#pragma once

#include "LedgerThread.h"
#include "common/LocalizedText.h"

#include <QDateTime>
#include <QObject>

#include <functional>

namespace OrderDesk {

class OrderLedger;

// Writes to one ledger file from a thread of its own, one job after the other in the order they
// were given. Every commit of the ledger waits for the disk (synchronous=FULL), and a user
// interface that waited with it would stall whenever answers arrive together; here only this
// thread waits. The jobs run against an OrderLedger of this thread opened on the same file, whose
// clock says the moment the job was given, so a row records when something happened rather than
// when the thread got to it.
class LedgerWriter : public QObject
{
    Q_OBJECT

public:
    // Returns a value other than 0 on success (a row id, or 1), 0 with `error` set on failure.
    using Job = std::function<qint64(OrderLedger& ledger, LocalizedText* error)>;
    // Called in the thread this object belongs to (not the one that writes), in the order the
    // jobs were given.
    using Done = std::function<void(qint64 result, const LocalizedText& error)>;

    // `password`: a server ledger's (OrderLedger::password()), empty for a file.
    explicit LedgerWriter(const QString& filePath, const QString& password = {}, QObject* parent = nullptr);
    // Runs every job given so far, then stops the thread; their Done callbacks are not called.
    ~LedgerWriter() override;
    LedgerWriter(const LedgerWriter&) = delete;
    LedgerWriter& operator=(const LedgerWriter&) = delete;

    QString filePath() const { return m_filePath; }
    QString password() const { return m_password; }
    // The ledger file is opened by the first job; a job it cannot be opened for fails with the reason.
    void write(const QDateTime& atUtc, Job job, Done done = {});
    // Jobs given whose Done has not been called yet.
    int pending() const { return m_pending; }

private:
    QString m_filePath;
    QString m_password;
    int m_pending = 0;
    LedgerThread m_thread; // last: destroyed first, after the jobs given so far have run
};

} // namespace OrderDesk
