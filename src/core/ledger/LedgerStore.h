#pragma once

#include "common/LocalizedText.h"

#include <QSqlDatabase>
#include <QString>

namespace OrderDesk {

// Where OrderLedger keeps its tables, and this object's connection to them: an SQLite file
// (LedgerFile) or a PostgreSQL database (LedgerServer), docs/ARCHITECTURE.md "Two stores". Both
// hold the same tables, so OrderLedger's rules are written once. A store belongs to the thread
// that opened it, like its connection.
class LedgerStore
{
public:
    virtual ~LedgerStore() = default;

    // Refuses (untouched) a store that holds something other than a ledger of this or an older
    // version, then brings an older one up to date. `password` is for a server only.
    virtual bool open(const QString& location, const QString& password, LocalizedText* error) = 0;
    virtual void close() = 0;
    virtual bool isOpen() const = 0;
    // The file path or postgresql:// address it was opened with.
    virtual QString location() const = 0;
    virtual QString connectionName() const = 0;
    QSqlDatabase database() const { return QSqlDatabase::database(connectionName(), false); }
    // Whether the trigram index serves the text filter (SQLite with FTS5).
    virtual bool hasTextIndex() const = 0;
    // Whether every sort column has its index.
    virtual bool hasSortIndexes() const = 0;
};

} // namespace OrderDesk
