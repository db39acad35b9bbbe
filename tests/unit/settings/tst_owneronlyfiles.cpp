#include "FileModes.h"
#include "settings/OwnerOnlyFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace OrderDesk;

#ifdef Q_OS_UNIX
using namespace FileModes;
#endif

class TestOwnerOnlyFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath(const QString& name)
    {
        const QString folder = m_dir.filePath(QString::number(++m_counter));
        return QDir().mkpath(folder) ? folder + QLatin1Char('/') + name : QString();
    }

    static bool writeFile(const QString& path, const QByteArray& content)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
    }

    static QByteArray readFile(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("unreadable");
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

#ifdef Q_OS_UNIX
    void ensureFolder_missing_createdOwnerOnlyParentsLeftAlone()
    {
        const ScopedUmask umask(022);
        const QString parent = m_dir.filePath(QStringLiteral("shared/parent"));
        const QString folder = parent + QStringLiteral("/data");
        QString technical;
        QVERIFY2(OwnerOnlyFiles::ensureFolder(folder, &technical), qPrintable(technical));
        QVERIFY(QFileInfo(folder).isDir());
        QCOMPARE(modeOf(folder), QStringLiteral("700"));
        // Parents may be shared folders such as ~/.local/share: created as anything else is.
        QCOMPARE(modeOf(parent), QStringLiteral("755"));
        QCOMPARE(modeOf(m_dir.filePath(QStringLiteral("shared"))), QStringLiteral("755"));
    }

    void ensureFolder_umaskWithoutOwnerBits_stillUsable()
    {
        const ScopedUmask umask(0277);
        const QString folder = m_dir.filePath(QStringLiteral("strict-umask"));
        QVERIFY(OwnerOnlyFiles::ensureFolder(folder));
        QCOMPARE(modeOf(folder), QStringLiteral("700"));
    }

    void ensureFolder_existingWide_tightened_data()
    {
        QTest::addColumn<int>("before");
        QTest::addColumn<QString>("after");
        QTest::newRow("755") << 0755 << "700";
        QTest::newRow("777") << 0777 << "700";
        QTest::newRow("750") << 0750 << "700";
        QTest::newRow("711") << 0711 << "700";
        QTest::newRow("700 unchanged") << 0700 << "700";
    }
    void ensureFolder_existingWide_tightened()
    {
        QFETCH(int, before);
        QFETCH(QString, after);
        const QString folder = freshPath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(writeFile(folder + QStringLiteral("/keep.txt"), "kept"));
        QVERIFY(setMode(folder, static_cast<mode_t>(before)));
        QString technical;
        QVERIFY2(OwnerOnlyFiles::ensureFolder(folder, &technical), qPrintable(technical));
        QCOMPARE(modeOf(folder), after);
        QCOMPARE(readFile(folder + QStringLiteral("/keep.txt")), QByteArray("kept"));
    }

    void ensureFolder_relativePath_isResolved()
    {
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_dir.path()));
        const bool ok = OwnerOnlyFiles::ensureFolder(QStringLiteral("relative/data"));
        QVERIFY(QDir::setCurrent(previous));
        QVERIFY(ok);
        QCOMPARE(modeOf(m_dir.filePath(QStringLiteral("relative/data"))), QStringLiteral("700"));
    }

    void ensureFolder_aFileInTheWay_failsNamingIt()
    {
        const QString path = freshPath(QStringLiteral("not-a-folder"));
        QVERIFY(writeFile(path, "x"));
        QVERIFY(setMode(path, 0644));
        QString technical;
        QVERIFY(!OwnerOnlyFiles::ensureFolder(path, &technical));
        QVERIFY2(technical.contains(path), qPrintable(technical));
        // Not a folder OrderDesk may claim: left as it was.
        QCOMPARE(modeOf(path), QStringLiteral("644"));
    }

    void emptyPath_refused_workingFolderUntouched()
    {
        const QString previous = QDir::currentPath();
        const QString working = m_dir.filePath(QStringLiteral("working"));
        QVERIFY(QDir().mkpath(working));
        QVERIFY(setMode(working, 0755));
        QVERIFY(QDir::setCurrent(working));
        QString folderError;
        QString fileError;
        const bool folderOk = OwnerOnlyFiles::ensureFolder(QString(), &folderError);
        const bool fileOk = OwnerOnlyFiles::prepareFile(QString(), &fileError);
        QVERIFY(QDir::setCurrent(previous));
        QVERIFY(!folderOk);
        QVERIFY(!fileOk);
        QVERIFY(!folderError.isEmpty());
        QVERIFY(!fileError.isEmpty());
        QCOMPARE(modeOf(working), QStringLiteral("755"));
    }

    void prepareFile_missing_createdEmptyOwnerOnly_data()
    {
        QTest::addColumn<int>("mask");
        QTest::newRow("umask 022") << 022;
        QTest::newRow("umask 000") << 0;
        QTest::newRow("umask 077") << 077;
        QTest::newRow("umask 277") << 0277;
    }
    void prepareFile_missing_createdEmptyOwnerOnly()
    {
        QFETCH(int, mask);
        const ScopedUmask umask(static_cast<mode_t>(mask));
        const QString path = freshPath(QStringLiteral("ledger.sqlite"));
        QString technical;
        QVERIFY2(OwnerOnlyFiles::prepareFile(path, &technical), qPrintable(technical));
        QCOMPARE(modeOf(path), QStringLiteral("600"));
        QCOMPARE(QFileInfo(path).size(), 0);
        // Companions are tightened when present, never created.
        for (const char* suffix : {"-wal", "-shm", "-journal"})
            QVERIFY(!QFileInfo::exists(path + QLatin1String(suffix)));
    }

    void prepareFile_existing_contentKeptModeTightened_data()
    {
        QTest::addColumn<int>("before");
        QTest::addColumn<QString>("after");
        QTest::newRow("644") << 0644 << "600";
        QTest::newRow("666") << 0666 << "600";
        QTest::newRow("640") << 0640 << "600";
        QTest::newRow("600 unchanged") << 0600 << "600";
        // The owner's own choice (a ledger made read-only) is kept.
        QTest::newRow("444 keeps the owner's read-only") << 0444 << "400";
    }
    void prepareFile_existing_contentKeptModeTightened()
    {
        QFETCH(int, before);
        QFETCH(QString, after);
        const QString path = freshPath(QStringLiteral("settings.ini"));
        QVERIFY(writeFile(path, "[ui]\nlanguage=en\n"));
        QVERIFY(setMode(path, static_cast<mode_t>(before)));
        QString technical;
        QVERIFY2(OwnerOnlyFiles::prepareFile(path, &technical), qPrintable(technical));
        QCOMPARE(modeOf(path), after);
        QCOMPARE(readFile(path), QByteArray("[ui]\nlanguage=en\n"));
    }

    void prepareFile_existingCompanions_tightened()
    {
        const QString path = freshPath(QStringLiteral("ledger.sqlite"));
        QVERIFY(OwnerOnlyFiles::prepareFile(path));
        const QStringList companions{path + QStringLiteral("-wal"), path + QStringLiteral("-shm"),
                                     path + QStringLiteral("-journal")};
        for (const QString& companion : companions) {
            QVERIFY(writeFile(companion, "frames"));
            QVERIFY(setMode(companion, 0644));
        }
        const QString unrelated = path + QStringLiteral(".bak");
        QVERIFY(writeFile(unrelated, "backup"));
        QVERIFY(setMode(unrelated, 0644));

        QString technical;
        QVERIFY2(OwnerOnlyFiles::prepareFile(path, &technical), qPrintable(technical));
        QCOMPARE(modeOf(path), QStringLiteral("600"));
        for (const QString& companion : companions) {
            QCOMPARE(modeOf(companion), QStringLiteral("600"));
            QCOMPARE(readFile(companion), QByteArray("frames"));
        }
        QCOMPARE(modeOf(unrelated), QStringLiteral("644"));
    }

    void prepareFile_missingFolder_failsNamingTheFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("no-such-folder/ledger.sqlite"));
        QString technical;
        QVERIFY(!OwnerOnlyFiles::prepareFile(path, &technical));
        QVERIFY2(technical.startsWith(QString(path + QStringLiteral(": "))), qPrintable(technical));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("no-such-folder"))));
    }

    void restrictExisting_missingOrNarrow_isFine()
    {
        const QString path = freshPath(QStringLiteral("settings.ini"));
        QString technical;
        QVERIFY(OwnerOnlyFiles::restrictExisting(path, &technical));
        QVERIFY(technical.isEmpty());
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(writeFile(path, "x"));
        QVERIFY(setMode(path, 0664));
        QVERIFY(OwnerOnlyFiles::restrictExisting(path, &technical));
        QCOMPARE(modeOf(path), QStringLiteral("600"));
    }

    // The ledger relies on this: it prepares only the database file, and SQLite gives the
    // -wal and -shm files it creates the database file's permission bits, whatever the umask.
    void sqlite_companionsOfAnOwnerOnlyDatabase_areOwnerOnly()
    {
        const ScopedUmask umask(022);
        const QString path = freshPath(QStringLiteral("ledger.sqlite"));
        QVERIFY(OwnerOnlyFiles::prepareFile(path));
        const QString name = QStringLiteral("owner-only-files-sqlite");
        QStringList modes;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
            query.finish();
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
            // While the connection is open the companions exist.
            modes << modeOf(path) << modeOf(path + QStringLiteral("-wal"))
                  << modeOf(path + QStringLiteral("-shm"));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        QCOMPARE(modes, QStringList({QStringLiteral("600"), QStringLiteral("600"), QStringLiteral("600")}));
    }
#else
    void ownerOnly_notRestrictedOnThisPlatform()
    {
        QSKIP("Only Linux and macOS restrict the permissions; Windows relies on the profile's ACL.");
    }

    void prepareFile_missing_createdEmpty()
    {
        const QString path = freshPath(QStringLiteral("ledger.sqlite"));
        QVERIFY(OwnerOnlyFiles::prepareFile(path));
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(QFileInfo(path).size(), 0);
    }
#endif
};

QTEST_GUILESS_MAIN(TestOwnerOnlyFiles)
#include "tst_owneronlyfiles.moc"
