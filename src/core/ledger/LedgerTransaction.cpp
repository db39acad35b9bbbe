#include "LedgerTransaction.h"

#include "LedgerDialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace OrderDesk {

LedgerTransaction::LedgerTransaction(const QSqlDatabase& db)
    : m_db(db)
{}

LedgerTransaction::~LedgerTransaction()
{
    if (m_active) {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK"));
    }
}

bool LedgerTransaction::begin(Mode mode, QString* technicalError)
{
    QStringList statements;
    if (ledgerDialect(m_db) == LedgerDialect::PostgreSql) {
        // SQLite's write lock, on the server: one writer at a time, readers never wait (SHARE ROW
        // EXCLUSIVE conflicts with itself and with row changes, not with SELECT). READ COMMITTED
        // reads after the lock see every write committed before it. A read is one snapshot.
        if (mode == Mode::Write)
            statements << QStringLiteral("BEGIN")
                       << QStringLiteral("LOCK TABLE orders IN SHARE ROW EXCLUSIVE MODE");
        else
            statements << QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    } else {
        statements << (mode == Mode::Write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    }
    QSqlQuery query(m_db);
    for (const QString& statement : std::as_const(statements)) {
        if (!query.exec(statement)) {
            *technicalError = query.lastError().text();
            if (m_active)
                query.exec(QStringLiteral("ROLLBACK"));
            m_active = false;
            return false;
        }
        m_active = true;
    }
    return true;
}

bool LedgerTransaction::rollback()
{
    if (!m_active)
        return true;
    m_active = false;
    QSqlQuery query(m_db);
    return query.exec(QStringLiteral("ROLLBACK"));
}

bool LedgerTransaction::commit(QString* technicalError)
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        *technicalError = query.lastError().text();
        return false;
    }
    m_active = false;
    return true;
}

} // namespace OrderDesk
