#include "LedgerFile.h"

#include "LedgerSchema.h"
#include "settings/OwnerOnlyFiles.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace OrderDesk {

namespace {

Q_LOGGING_CATEGORY(lcLedger, "orderdesk.ledger")

constexpr const char* kContext = "OrderDesk::OrderLedger";
constexpr int kBusyTimeoutMs = 5000;

void setError(LocalizedText* error, const LocalizedText& text)
{
    if (error)
        *error = text;
}

QAtomicInteger<quint32> connectionCounter;

// The ledger files this process has open through SQLite, with how many connections each.
// Reading such a file with a descriptor of our own and closing it would release every POSIX
// lock this process holds on it (a close drops all of a process's fcntl locks on the file), and
// another process could then take the file as unused: checkpoint and reset the WAL under the
// open connections, which corrupts what they read. The app's writer thread opens the file the
// window already has open, so this is not rare.
QMutex openFilesMutex;
QHash<QString, int> openFiles;

bool isOpenInThisProcess(const QString& absolutePath)
{
    const QMutexLocker locker(&openFilesMutex);
    return openFiles.value(absolutePath) > 0;
}

void noteOpened(const QString& absolutePath)
{
    const QMutexLocker locker(&openFilesMutex);
    ++openFiles[absolutePath];
}

void noteClosed(const QString& absolutePath)
{
    const QMutexLocker locker(&openFilesMutex);
    if (--openFiles[absolutePath] <= 0)
        openFiles.remove(absolutePath);
}

} // namespace

LedgerFile::LedgerFile()
    : m_connectionName(QStringLiteral("orderdesk-ledger-%1").arg(++connectionCounter))
{}

LedgerFile::~LedgerFile()
{
    close();
}

bool LedgerFile::open(const QString& filePath, LocalizedText* error)
{
    close();
    const QString absolute = QFileInfo(filePath).absoluteFilePath();
    const QString nativePath = QDir::toNativeSeparators(absolute);
    const QDir folder = QFileInfo(absolute).absoluteDir();
    // A new folder is the ledger's own and made private; one that exists is left as it is.
    if (!folder.exists() && !OwnerOnlyFiles::ensureFolder(folder.absolutePath())) {
        setError(error, LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderLedger",
                                                                  "The folder %1 for the order ledger could "
                                                                  "not be created."))
                            .arg(QDir::toNativeSeparators(folder.absolutePath())));
        return false;
    }
    const LocalizedText notSqlite =
        LocalizedText(kContext,
                      QT_TRANSLATE_NOOP("OrderDesk::OrderLedger",
                                        "The file %1 is not an OrderDesk order ledger (it is not an "
                                        "SQLite database). It was left unchanged."))
            .arg(nativePath);
    // A file another connection of this process has open is known to be a ledger, and must not be
    // read with a descriptor of our own (see openFiles).
    if (!isOpenInThisProcess(absolute) && !LedgerSchema::looksLikeSqlite(absolute)) {
        setError(error, notSqlite);
        return false;
    }
    // Created 0600 before SQLite sees it, so that its -wal and -shm files are 0600 too (SQLite gives
    // them the database's permissions). An existing file is narrowed only once it proves to be a
    // ledger, below.
    if (!QFileInfo::exists(absolute)) {
        QString technical;
        if (!OwnerOnlyFiles::prepareFile(absolute, &technical))
            qCWarning(lcLedger) << "the ledger file could not be created private:" << technical;
    }

    LocalizedText failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(absolute);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
        const LocalizedText cannotOpen =
            LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderLedger", "The order ledger %1 could "
                                                                                "not be opened: %2"))
                .arg(nativePath);
        QString technical;
        int version = 0;
        if (!db.open()) {
            failure = cannotOpen.arg(db.lastError().text());
        } else {
            switch (LedgerSchema::inspect(db, &version, &technical)) {
            case LedgerSchema::State::NotSqlite:
                failure = notSqlite;
                break;
            case LedgerSchema::State::Foreign:
                failure = LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderLedger",
                                                                    "The file %1 is an SQLite database of "
                                                                    "another application, not an OrderDesk "
                                                                    "order ledger. It was left unchanged."))
                              .arg(nativePath);
                break;
            case LedgerSchema::State::Newer:
                failure =
                    LocalizedText(kContext,
                                  QT_TRANSLATE_NOOP("OrderDesk::OrderLedger",
                                                    "The order ledger %1 was written by a newer version of "
                                                    "OrderDesk (ledger version %2; this version reads up to "
                                                    "%3). Update OrderDesk to open it. The file was left "
                                                    "unchanged."))
                        .arg(nativePath)
                        .arg(version)
                        .arg(LedgerSchema::currentVersion());
                break;
            case LedgerSchema::State::Unreadable:
                failure = cannotOpen.arg(technical);
                break;
            case LedgerSchema::State::Current:
            case LedgerSchema::State::Upgradable:
                break;
            }
        }

        if (failure.isEmpty()) {
            // WAL lets the GUI read while the CLI writes; FULL makes each commit durable, which
            // is the point of writing ahead. Some file systems cannot do WAL: the default
            // rollback journal is still safe, only less concurrent.
            QSqlQuery pragma(db);
            if (!pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !pragma.next() ||
                pragma.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
                qCWarning(lcLedger) << "WAL journal not available for" << absolute
                                    << pragma.lastError().text();
            }
            pragma.finish();
            const QStringList settings{QStringLiteral("PRAGMA synchronous = FULL"),
                                       QStringLiteral("PRAGMA foreign_keys = ON"),
                                       QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs)};
            for (const QString& statement : settings) {
                if (!pragma.exec(statement)) {
                    failure = cannotOpen.arg(pragma.lastError().text());
                    break;
                }
                pragma.finish();
            }
        }

        if (failure.isEmpty() && version < LedgerSchema::currentVersion() &&
            !LedgerSchema::upgrade(db, version, &technical)) {
            failure = LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderLedger",
                                                                "The order ledger %1 could not be upgraded "
                                                                "to version %2: %3"))
                          .arg(nativePath)
                          .arg(LedgerSchema::currentVersion())
                          .arg(technical);
        }
        if (!failure.isEmpty())
            db.close();
    }

    bool textIndex = false;
    bool sortIndexes = false;
    if (failure.isEmpty()) {
        // A ledger names accounts, resources and orders: nobody else on the machine should read it,
        // also when an older OrderDesk created it with the umask's permissions.
        QString technical;
        if (!OwnerOnlyFiles::prepareFile(absolute, &technical))
            qCWarning(lcLedger) << "the ledger's permissions could not be narrowed:" << technical;
    }
    if (failure.isEmpty()) {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        QString technical;
        // Without the index the filter scans the table: slower, the same results.
        if (!LedgerSchema::ensureTextIndex(db, &textIndex, &technical))
            qCWarning(lcLedger) << "the text index of" << absolute << "could not be built:" << technical;
        // Without them a sort by a column reads and sorts every order: slower, the same results.
        technical.clear();
        if (!LedgerSchema::ensureSortIndexes(db, &sortIndexes, &technical) || !sortIndexes)
            qCWarning(lcLedger) << "the sort indexes of" << absolute << "could not be built:" << technical;
    }

    if (!failure.isEmpty()) {
        QSqlDatabase::removeDatabase(m_connectionName);
        qCWarning(lcLedger).noquote() << failure.toEnglish();
        setError(error, failure);
        return false;
    }
    m_filePath = absolute;
    m_open = true;
    noteOpened(absolute);
    m_textIndex = textIndex;
    m_sortIndexes = sortIndexes;
    return true;
}

void LedgerFile::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    if (m_open)
        noteClosed(m_filePath);
    m_open = false;
    m_textIndex = false;
    m_sortIndexes = false;
    m_filePath.clear();
}

bool LedgerFile::open(const QString& filePath, const QString& password, LocalizedText* error)
{
    Q_UNUSED(password) // a file has none
    return open(filePath, error);
}

} // namespace OrderDesk
