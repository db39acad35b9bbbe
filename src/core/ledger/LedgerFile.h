#pragma once

#include "LedgerStore.h"
#include "common/LocalizedText.h"

#include <QSqlDatabase>
#include <QString>

namespace OrderDesk {

// The ledger's SQLite file and this object's connection to it: the folder and the file made
// private, a file that is not a ledger refused untouched, WAL with durable commits, the schema
// upgraded and the indexes built. What is in the file, and the rules for changing it, are
// OrderLedger's. Belongs to the thread that opened it, like its connection.
class LedgerFile : public LedgerStore
{
public:
    LedgerFile();
    ~LedgerFile() override;
    LedgerFile(const LedgerFile&) = delete;
    LedgerFile& operator=(const LedgerFile&) = delete;

    // Creates the folder, refuses (untouched) a file that is not a ledger of this or an older
    // version, then upgrades an older one. Opening again closes the file opened before.
    bool open(const QString& filePath, LocalizedText* error = nullptr);
    bool open(const QString& filePath, const QString& password, LocalizedText* error) override;
    void close() override;

    bool isOpen() const override { return m_open; }
    QString filePath() const { return m_filePath; }
    QString location() const override { return m_filePath; }
    QString connectionName() const override { return m_connectionName; }
    bool hasTextIndex() const override { return m_textIndex; }
    bool hasSortIndexes() const override { return m_sortIndexes; }

private:
    QString m_connectionName;
    QString m_filePath;
    bool m_open = false;
    bool m_textIndex = false;
    bool m_sortIndexes = false;
};

} // namespace OrderDesk
