#include "TestSecrets.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

// After every other suite: the test secret is in none of the files they left (data folders,
// ledgers, settings, logs, exports), in no settings written through QStandardPaths, and in
// none of CTest's captured output. Searched as UTF-8 and as UTF-16 (both byte orders), as
// QSettings, SQLite and Qt's own streams may write either.
class TestSecretsScan : public QObject
{
    Q_OBJECT

private:
    struct Scan
    {
        int files = 0;
        qint64 bytes = 0;
        QStringList secretHits;
        int keyIdHits = 0;
    };

    static QList<QByteArray> encodings(const QString& text)
    {
        QByteArray utf16le;
        QByteArray utf16be;
        for (const QChar c : text) {
            utf16le.append(static_cast<char>(c.unicode() & 0xFF)).append(static_cast<char>(c.unicode() >> 8));
            utf16be.append(static_cast<char>(c.unicode() >> 8)).append(static_cast<char>(c.unicode() & 0xFF));
        }
        return {text.toUtf8(), utf16le, utf16be};
    }

    static int count(const QByteArray& haystack, const QList<QByteArray>& needles)
    {
        int hits = 0;
        for (const QByteArray& needle : needles)
            hits += static_cast<int>(haystack.count(needle));
        return hits;
    }

    void scanFile(const QString& path, Scan& scan) const
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return;
        const QByteArray bytes = file.readAll();
        ++scan.files;
        scan.bytes += bytes.size();
        if (count(bytes, encodings(TestSecrets::accessKeySecret())) > 0)
            scan.secretHits.append(path);
        scan.keyIdHits += count(bytes, encodings(TestSecrets::accessKeyId()));
    }

    // Everything under the folder, hidden files included. The keyring daemon's own store is
    // where the secret belongs and is left out.
    void scanTree(const QString& root, Scan& scan) const
    {
        if (root.isEmpty() || !QFileInfo(root).isDir())
            return;
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(QLatin1String("/keyrings/")))
                continue;
            scanFile(path, scan);
        }
    }

private Q_SLOTS:
    void everythingTheSuitesLeft_containsNoTestSecret()
    {
        const QString artifacts = qEnvironmentVariable("ORDERDESK_TEST_ARTIFACTS");
        const QString ctestLogs = qEnvironmentVariable("ORDERDESK_CTEST_LOG_DIR");
        if (artifacts.isEmpty())
            QSKIP("Run through CTest: ORDERDESK_TEST_ARTIFACTS names the folder to scan.");

        Scan scan;
        scanTree(artifacts, scan);
        const int artifactFiles = scan.files;
        const qint64 artifactBytes = scan.bytes;

        // Settings the suites wrote through QStandardPaths' test mode (~/.qttest) and the
        // application's own folders under the (private, under the Secret Service wrapper) HOME.
        const QString home = QDir::homePath();
        scanTree(home + QStringLiteral("/.qttest"), scan);
        for (const QString& base :
             {QStringLiteral("/.config"), QStringLiteral("/.local/share"), QStringLiteral("/.cache")}) {
            const QDir dir(home + base);
            for (const QString& entry :
                 dir.entryList({QStringLiteral("OrderDesk*"), QStringLiteral("orderdesk*")},
                               QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot))
                scanTree(dir.filePath(entry), scan);
        }
        const int settingsFiles = scan.files - artifactFiles;

        // CTest's captured output of the suites that ran before this one.
        int logFiles = 0;
        if (!ctestLogs.isEmpty()) {
            const QDir logs(ctestLogs);
            for (const QString& log : logs.entryList({QStringLiteral("LastTest*")}, QDir::Files)) {
                scanFile(logs.filePath(log), scan);
                ++logFiles;
            }
        }

        qInfo("secrets scan: %d files, %lld bytes (artifacts %d files / %lld bytes, settings %d files, "
              "CTest logs %d files); AccessKey ID found %d times, secret found %lld times",
              scan.files, static_cast<long long>(scan.bytes), artifactFiles,
              static_cast<long long>(artifactBytes), settingsFiles, logFiles, scan.keyIdHits,
              static_cast<long long>(scan.secretHits.size()));
        for (const QString& hit : std::as_const(scan.secretHits))
            qWarning("the test secret is in %s", qPrintable(hit));

        QVERIFY2(scan.secretHits.isEmpty(), qPrintable(scan.secretHits.join(QStringLiteral(", "))));
        QVERIFY(scan.files > 0);
        // The positive control: the AccessKey ID used with the secret is in the files the
        // suites left (ledger rows name the account env:<ID>, settings name the profiles' key
        // IDs), so the scan reads the right ones. It needs a suite that stores it to have run;
        // "ctest -R" with other suites only gets the negative check.
        const QStringList storing{QStringLiteral("tst_cliprocess")};
        bool anyRan = false;
        for (const QString& suite : storing)
            anyRan = anyRan || !QDir(artifacts + QLatin1Char('/') + suite)
                                    .isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        if (!anyRan)
            QSKIP("No suite that stores the AccessKey ID ran: no positive control in this run.");
        QVERIFY2(scan.keyIdHits > 0, "the AccessKey ID used with the test secret was not found anywhere");
    }

    void scanner_findsTheSecretInBothEncodings()
    {
        // The scan itself can fail: a file holding the secret as UTF-16 is found.
        const QString secret = TestSecrets::accessKeySecret();
        const QByteArray utf16(reinterpret_cast<const char*>(secret.utf16()), secret.size() * 2);
        QCOMPARE(count(QByteArrayLiteral("x") + utf16 + QByteArrayLiteral("y"), encodings(secret)), 1);
        QCOMPARE(count(secret.toUtf8(), encodings(secret)), 1);
        QCOMPARE(count(TestSecrets::accessKeySecret(QStringLiteral("p1")).toUtf8(), encodings(secret)), 1);
    }
};

QTEST_GUILESS_MAIN(TestSecretsScan)
#include "tst_secretsscan.moc"
