#include "LedgerTransaction.h"

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
    QSqlQuery query(m_db);
    if (!query.exec(mode == Mode::Write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"))) {
        *technicalError = query.lastError().text();
        return false;
    }
    m_active = true;
    return true;
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
