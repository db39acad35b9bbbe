#pragma once

#include "OrderSort.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace OrderDesk {

// The ledger file's layout and its upgrades. The version lives in SQLite's own header
// (PRAGMA user_version) and the file is marked as OrderDesk's (PRAGMA application_id), so
// a file can be recognised, and refused, before anything in it is changed.
class LedgerSchema
{
public:
    enum class State
    {
        Current,    // an OrderDesk ledger of this build's version
        Upgradable, // an older OrderDesk ledger, or an empty file
        NotSqlite,  // not an SQLite database at all
        Foreign,    // an SQLite database that is not an OrderDesk ledger
        Newer,      // written by a newer OrderDesk
        Unreadable  // SQLite could not read it (locked, I/O error…)
    };

    static int currentVersion();
    static qint32 applicationId();

    // True when the file is absent, empty, or starts with SQLite's header. Reads at most
    // 16 bytes, so a file that is not a database is never handed to SQLite.
    static bool looksLikeSqlite(const QString& filePath);

    // Reads the header values only; writes nothing.
    static State inspect(const QSqlDatabase& db, int* version, QString* technicalError);

    // Applies the upgrade steps after `fromVersion` up to `toVersion` (0: the current one), each in
    // its own transaction, so an interrupted upgrade leaves the file at the last complete version.
    // Tests stop early to write a file as an older OrderDesk did.
    static bool upgrade(const QSqlDatabase& db, int fromVersion, QString* technicalError, int toVersion = 0);

    // The trigram index behind the text filter (orders_fts, kept up to date by triggers), built
    // when missing. It is an index, not a change of layout: the version stays, and an older
    // OrderDesk reads and writes the file as before while the triggers keep the index current.
    // `available` is false, and the call succeeds, when this SQLite has no FTS5 trigram
    // tokenizer: the filter then scans, with the same results.
    static bool ensureTextIndex(const QSqlDatabase& db, bool* available, QString* technicalError);
    // Indexes the rows queued since the last call, inside the caller's write transaction.
    static bool drainTextIndex(const QSqlDatabase& db, QString* technicalError);
    // The searched columns, in the index's order.
    static QStringList textIndexColumns();

    // The columns an order list sorted by `key` is ordered by, before the id that breaks ties.
    // ORDER BY and the keyset condition use exactly these, so that the key's index serves them.
    static QStringList sortColumns(OrderSortKey key);
    // The index on sortColumns(key); empty for the id, which is the table's own order.
    static QString sortIndexName(OrderSortKey key);
    // One index per sort key, built when missing (existing ledgers included). Like the text index
    // it changes no layout: the version stays, and an older OrderDesk keeps them current as it
    // writes. `available` is false, and the call succeeds, when the ledger is busy or read-only:
    // sorting then works as before, only slower.
    static bool ensureSortIndexes(const QSqlDatabase& db, bool* available, QString* technicalError);

private:
    static bool applyStep(const QSqlDatabase& db, int toVersion, QString* technicalError);
};

} // namespace OrderDesk
