#include "TestSecrets.h"
#include "credentials/CredentialStore.h"
#include "credentials/Profile.h"
#include "providers/ProviderRegistry.h"
#include "settings/AppSettings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace OrderDesk;

// Without any keychain (the session bus points at a socket that does not exist) a secret must
// not be stored anywhere, and the user must be told that a keychain is needed.
class TestCredentialStoreWithoutKeychain : public QObject
{
    Q_OBJECT

private:
    ProviderRegistry m_providers;
    QTemporaryDir m_dir;
    const QString m_service =
        QStringLiteral("OrderDesk test ") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString m_secret = TestSecrets::accessKeySecret(QStringLiteral("no-backend"));

    static LocalizedText noKeychain()
    {
        return LocalizedText(
            "OrderDesk::CredentialStore",
            "No system keychain is available. OrderDesk keeps AccessKey secrets only in the system "
            "keychain (Keychain on macOS, Credential Manager on Windows, a Secret Service such as "
            "GNOME Keyring or KWallet on Linux), never in a file. Start or install one, then try "
            "again.");
    }

    static Profile profile(const QString& name)
    {
        Profile p;
        p.provider = QStringLiteral("aliyun");
        p.name = name;
        p.accessKeyId = QStringLiteral("LTAI5tNoBackend01");
        return p;
    }

    // Runs one operation and returns its only answer.
    template<typename Start> static bool runOnce(Start start, CredentialResult* result)
    {
        int answers = 0;
        start([&answers, result](const CredentialResult& answer) {
            ++answers;
            *result = answer;
        });
        if (!QTest::qWaitFor([&answers] { return answers > 0; }, 15000))
            return false;
        QTest::qWait(30);
        return answers == 1;
    }

private Q_SLOTS:
    void initTestCase()
    {
#if !defined(Q_OS_UNIX) || defined(Q_OS_DARWIN)
        QSKIP("Only the Secret Service can be taken away, through the D-Bus session bus: this system's "
              "keychain (Credential Manager, Keychain) is always there.");
#endif
        QVERIFY(m_dir.isValid());
        // Set before the first keychain job: GLib reads the bus address when it first connects.
        const QString nowhere = m_dir.filePath(QStringLiteral("no-bus-here"));
        qputenv("DBUS_SESSION_BUS_ADDRESS", (QStringLiteral("unix:path=") + nowhere).toUtf8());
        qunsetenv("DISPLAY");
    }

    void save_withoutKeychain_failsAndWritesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("save.ini"));
        AppSettings settings(path);
        CredentialStore store(settings.raw(), m_providers);
        store.setServiceName(m_service);
        CredentialResult result;
        QVERIFY(runOnce(
            [&](CredentialStore::Callback done) {
                store.saveProfile(profile(QStringLiteral("finance-main")), m_secret, this, std::move(done));
            },
            &result));
        QVERIFY(!result.ok);
        QCOMPARE(result.error, noKeychain());
        QVERIFY(!result.technicalDetail.isEmpty());
        QVERIFY(!result.technicalDetail.contains(m_secret));
        QVERIFY(!result.error.toEnglish().contains(m_secret));

        QVERIFY(store.profiles().isEmpty());
        QVERIFY(settings.raw().allKeys().isEmpty());
        settings.sync();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray content = file.readAll();
            QVERIFY(!content.contains("profiles"));
            QVERIFY(!content.contains(m_secret.toUtf8()));
        }
        // Nothing else in the folder holds it either (no plaintext fallback file).
        const QDir folder(m_dir.path());
        for (const QString& name : folder.entryList(QDir::Files)) {
            QFile other(folder.filePath(name));
            QVERIFY(other.open(QIODevice::ReadOnly));
            QVERIFY2(!other.readAll().contains(m_secret.toUtf8()), qPrintable(name));
        }
    }

    void readAndRemove_withoutKeychain_keepTheProfile()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("existing.ini")));
        settings.raw().setValue(QStringLiteral("profiles/aliyun/existing/accessKeyId"),
                                QStringLiteral("LTAI5tNoBackend01"));
        CredentialStore store(settings.raw(), m_providers);
        store.setServiceName(m_service);

        CredentialResult read;
        QVERIFY(runOnce(
            [&](CredentialStore::Callback done) {
                store.readCredential(QStringLiteral("aliyun"), QStringLiteral("existing"), this,
                                     std::move(done));
            },
            &read));
        QVERIFY(!read.ok);
        QCOMPARE(read.error, noKeychain());
        QCOMPARE(read.credential.accessKeySecret, QString());

        CredentialResult removed;
        QVERIFY(runOnce(
            [&](CredentialStore::Callback done) {
                store.removeProfile(QStringLiteral("aliyun"), QStringLiteral("existing"), this,
                                    std::move(done));
            },
            &removed));
        QVERIFY(!removed.ok);
        QCOMPARE(removed.error, noKeychain());
        QVERIFY(store.profile(QStringLiteral("aliyun"), QStringLiteral("existing")).has_value());

        CredentialResult renamed;
        QVERIFY(runOnce(
            [&](CredentialStore::Callback done) {
                store.updateProfile(QStringLiteral("existing"), profile(QStringLiteral("renamed")), QString(),
                                    this, std::move(done));
            },
            &renamed));
        QVERIFY(!renamed.ok);
        QCOMPARE(renamed.error, noKeychain());
        QVERIFY(store.profile(QStringLiteral("aliyun"), QStringLiteral("existing")).has_value());
        QVERIFY(!store.profile(QStringLiteral("aliyun"), QStringLiteral("renamed")));
    }
};

QTEST_GUILESS_MAIN(TestCredentialStoreWithoutKeychain)
#include "tst_credentialstore_nobackend.moc"
