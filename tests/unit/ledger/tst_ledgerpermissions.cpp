#include "FileModes.h"
#include "LedgerTestSupport.h"
#include "common/FixedClock.h"
#include "ledger/OrderLedger.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace OrderDesk;
using namespace LedgerTestSupport;

// The ledger holds every order the user placed, with accounts, resources and raw answers: on
// Linux and macOS its folder is 0700 and the database and SQLite's companion files are 0600,
// also when they were created wider by an older version. Windows relies on the profile's ACL.
class TestLedgerPermissions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    FixedClock m_clock{startUtc()};

    // A folder that does not exist yet, in a fresh temporary folder.
    QString missingFolder() const { return m_dir->filePath(QStringLiteral("data")); }

#ifdef Q_OS_UNIX
    static QStringList ledgerModes(const QString& file)
    {
        return {FileModes::modeOf(file), FileModes::modeOf(file + QStringLiteral("-wal")),
                FileModes::modeOf(file + QStringLiteral("-shm"))};
    }

    static QStringList ownerOnlyModes()
    {
        return {QStringLiteral("600"), QStringLiteral("600"), QStringLiteral("600")};
    }
#endif

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(!QFileInfo::exists(missingFolder()));
    }

    void cleanup()
    {
        m_dir.reset();
    }

#ifdef Q_OS_UNIX
    void open_newFolder_folderAndFilesOwnerOnly()
    {
        // Under a umask that alone would give 0755 and 0644.
        const FileModes::ScopedUmask umask(022);
        const QString folder = missingFolder();
        const QString file = folder + QStringLiteral("/ledger.sqlite");
        OrderLedger ledger(m_clock);
        LocalizedText error;
        QVERIFY2(ledger.open(file, &error), qPrintable(error.toEnglish()));
        QVERIFY(ledger.insertPending(seedRecord(QStringLiteral("aliyun")), &error) > 0);

        // Checked while the ledger is open: SQLite removes -wal and -shm when it closes.
        QVERIFY(QFileInfo::exists(file + QStringLiteral("-wal")));
        QVERIFY(QFileInfo::exists(file + QStringLiteral("-shm")));
        QCOMPARE(FileModes::modeOf(folder), QStringLiteral("700"));
        QCOMPARE(ledgerModes(file), ownerOnlyModes());
    }

    void open_existingWideLedger_tightened_existingFolderLeftAlone()
    {
        const FileModes::ScopedUmask umask(022);
        const QString folder = missingFolder();
        const QString file = folder + QStringLiteral("/ledger.sqlite");
        {
            OrderLedger first(m_clock);
            QVERIFY(first.open(file));
            QVERIFY(first.insertPending(seedRecord(QStringLiteral("aliyun"))) > 0);
        }
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
        // As an older OrderDesk left them.
        QVERIFY(FileModes::setMode(file, 0644));
        QVERIFY(FileModes::setMode(folder, 0755));

        OrderLedger ledger(m_clock);
        LocalizedText error;
        QVERIFY2(ledger.open(file, &error), qPrintable(error.toEnglish()));
        // A folder that exists may be the user's own (Documents, a share): only the data folder
        // is narrowed, by DataLocation. The ledger's files are.
        QCOMPARE(FileModes::modeOf(folder), QStringLiteral("755"));
        QCOMPARE(FileModes::modeOf(file), QStringLiteral("600"));
        QVERIFY(ledger.insertPending(seedRecord(QStringLiteral("aliyun")), &error) > 0);
        QCOMPARE(ledgerModes(file), ownerOnlyModes());
        QCOMPARE(ledger.orders(OrderQuery()).size(), 2);
    }

    // Another process (an older CLI) has the ledger open, so its -wal and -shm exist with the
    // wide permissions of the file they were created from.
    void open_wideCompanionsOfAnotherConnection_tightened()
    {
        const FileModes::ScopedUmask umask(022);
        const QString folder = missingFolder();
        const QString file = folder + QStringLiteral("/ledger.sqlite");
        {
            OrderLedger first(m_clock);
            QVERIFY(first.open(file));
        }
        QVERIFY(FileModes::setMode(file, 0644));
        QVERIFY(FileModes::setMode(folder, 0755));

        const QString name = QStringLiteral("ledger-permissions-other-process");
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            other.setDatabaseName(file);
            QVERIFY(other.open());
            QSqlQuery query(other);
            QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM orders")) && query.next());
            query.finish();
            QCOMPARE(ledgerModes(file),
                     QStringList({QStringLiteral("644"), QStringLiteral("644"), QStringLiteral("644")}));

            OrderLedger ledger(m_clock);
            LocalizedText error;
            QVERIFY2(ledger.open(file, &error), qPrintable(error.toEnglish()));
            QCOMPARE(ledgerModes(file), ownerOnlyModes());
            ledger.close();
            other.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
#else
    void ownerOnly_notRestrictedOnThisPlatform()
    {
        QSKIP("Only Linux and macOS restrict the permissions; Windows relies on the profile's ACL.");
    }
#endif
};

QTEST_GUILESS_MAIN(TestLedgerPermissions)
#include "tst_ledgerpermissions.moc"
