#pragma once

#include "LedgerStore.h"

namespace OrderDesk {

// The ledger's tables in a PostgreSQL database (Qt's QPSQL driver), in a schema of their own
// (orderdesk_ledger), so that they can sit beside a team ledger: the same tables and rules as
// the file (OrderLedger), the same versions, kept in the schema's meta table. Writers take a
// lock on the orders table where SQLite takes its write lock (LedgerTransaction), so the rules
// hold between processes on different computers as they do between processes on one.
// Opening waits for the server (up to connect_timeout): never on the GUI thread.
class LedgerServer : public LedgerStore
{
public:
    LedgerServer();
    ~LedgerServer() override;
    LedgerServer(const LedgerServer&) = delete;
    LedgerServer& operator=(const LedgerServer&) = delete;

    // `location` is a postgresql://ROLE@HOST:PORT/DATABASE address; an empty `password` leaves
    // it to libpq (PGPASSWORD, the password file). Creates the schema when the database has none.
    bool open(const QString& location, const QString& password, LocalizedText* error) override;
    void close() override;
    bool isOpen() const override { return m_open; }
    // The address as given, its options (sslmode…) included, for another connection.
    QString location() const override { return m_address; }
    QString connectionName() const override { return m_connectionName; }
    // The file's FTS5 index and its queue: none here.
    bool hasTextIndex() const override { return false; }
    bool hasSortIndexes() const override { return m_open; }
    // Whether every searched column has a trigram index (GIN, pg_trgm), which PostgreSQL keeps
    // current and uses for the filter's ILIKE of three characters or more. Built on opening when
    // the database has the extension (a database owner installs it) and this role owns the
    // tables; without them the filter reads every row, with the same results.
    bool hasTrigramIndexes() const { return m_trigramIndexes; }

    // The schema the tables live in; the connection's search_path names it.
    static QString schemaName();

private:
    bool prepare(LocalizedText* error);
    bool ensureTrigramIndexes();

    QString m_connectionName;
    QString m_location; // for messages: without the options
    QString m_address;
    bool m_open = false;
    bool m_trigramIndexes = false;
};

} // namespace OrderDesk
