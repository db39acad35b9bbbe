#pragma once

#include <QSqlDatabase>
#include <QString>

namespace OrderDesk {

// One write (IMMEDIATE: the write lock is taken before anything is read, so a row checked
// inside cannot change before it is updated) or one consistent read (DEFERRED). Rolled back
// unless committed. On PostgreSQL the same, through a table lock and a snapshot (LedgerDialect).
class LedgerTransaction
{
public:
    enum class Mode
    {
        Write,
        Read
    };

    explicit LedgerTransaction(const QSqlDatabase& db);
    ~LedgerTransaction();
    LedgerTransaction(const LedgerTransaction&) = delete;
    LedgerTransaction& operator=(const LedgerTransaction&) = delete;

    bool begin(Mode mode, QString* technicalError);
    bool commit(QString* technicalError);
    bool rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace OrderDesk
