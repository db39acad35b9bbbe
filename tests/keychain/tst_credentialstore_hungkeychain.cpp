#include "TestSecrets.h"
#include "credentials/CredentialStore.h"
#include "credentials/Profile.h"
#include "providers/ProviderRegistry.h"
#include "settings/AppSettings.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>
#include <vector>

using namespace OrderDesk;

// A real keychain that hangs: the session bus is a socket that accepts connections and never
// says a word, so QtKeychain's job waits forever. The store must turn that into one timeout
// answer, and ignore the job's answer when the bus finally goes away.
class TestCredentialStoreHungKeychain : public QObject
{
    Q_OBJECT

private:
    ProviderRegistry m_providers;
    QTemporaryDir m_dir;
    // A Unix socket path may be at most 107 bytes; the suite's temporary folder (under the
    // build tree in CTest runs) can be longer, so the socket gets a short folder of its own.
    QTemporaryDir m_socketDir{QStringLiteral("/tmp/od-bus-XXXXXX")};
    QLocalServer m_silentBus;
    std::vector<std::unique_ptr<QLocalSocket>> m_clients;
    const QString m_service =
        QStringLiteral("OrderDesk test ") + QUuid::createUuid().toString(QUuid::WithoutBraces);

private Q_SLOTS:
    void initTestCase()
    {
#if !defined(Q_OS_UNIX) || defined(Q_OS_DARWIN)
        QSKIP("Only the Secret Service can be made to hang, through a silent D-Bus session bus: this "
              "system's keychain (Credential Manager, Keychain) is not reached through one.");
#endif
        QVERIFY(m_dir.isValid() && m_socketDir.isValid());
        const QString socketPath = m_socketDir.filePath(QStringLiteral("silent-bus"));
        QVERIFY2(m_silentBus.listen(socketPath), qPrintable(m_silentBus.errorString()));
        connect(&m_silentBus, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket* client = m_silentBus.nextPendingConnection()) {
                client->setParent(nullptr);
                m_clients.emplace_back(client);
            }
        });
        qputenv("DBUS_SESSION_BUS_ADDRESS", (QStringLiteral("unix:path=") + socketPath).toUtf8());
        qunsetenv("DISPLAY");
    }

    void hungKeychain_timesOutOnceAndIgnoresTheLateAnswer()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        settings.raw().setValue(QStringLiteral("profiles/aliyun/probe/accessKeyId"),
                                QStringLiteral("LTAI5tProbe01"));
        CredentialStore store(settings.raw(), m_providers);
        store.setServiceName(m_service);
        store.setTimeout(std::chrono::milliseconds(200));

        Profile profile;
        profile.provider = QStringLiteral("aliyun");
        profile.name = QStringLiteral("hung");
        profile.accessKeyId = QStringLiteral("LTAI5tHung0001");
        int answers = 0;
        CredentialResult result;
        store.saveProfile(profile, TestSecrets::accessKeySecret(QStringLiteral("hung")), this,
                          [&](const CredentialResult& answer) {
                              ++answers;
                              result = answer;
                          });
        QTRY_COMPARE_WITH_TIMEOUT(answers, 1, 5000);
        QVERIFY(!result.ok);
        QCOMPARE(result.error,
                 LocalizedText(
                     "OrderDesk::CredentialStore",
                     "The system keychain did not answer within %1 seconds. It may be locked and waiting "
                     "for its password, or not running. Unlock or restart it, then try again.")
                     .arg(QStringLiteral("0.2")));
        QVERIFY(!store.profile(profile.provider, profile.name));
        QVERIFY(!m_clients.empty()); // the job really did connect and is waiting

        // The bus goes away: the hung job now fails. QtKeychain runs one job at a time, so a
        // second operation can only finish after the first job has answered (late, ignored).
        m_silentBus.close();
        m_clients.clear();
        store.setTimeout(std::chrono::milliseconds(10000));
        int probeAnswers = 0;
        CredentialResult probe;
        store.readCredential(QStringLiteral("aliyun"), QStringLiteral("probe"), this,
                             [&](const CredentialResult& answer) {
                                 ++probeAnswers;
                                 probe = answer;
                             });
        QTRY_COMPARE_WITH_TIMEOUT(probeAnswers, 1, 15000);
        QVERIFY(!probe.ok);
        QVERIFY(!probe.error.toEnglish().startsWith(QLatin1String("The system keychain did not answer")));
        QTest::qWait(30);
        QCOMPARE(answers, 1);
        QCOMPARE(probeAnswers, 1);
        QVERIFY(!store.profile(profile.provider, profile.name));
    }
};

QTEST_GUILESS_MAIN(TestCredentialStoreHungKeychain)
#include "tst_credentialstore_hungkeychain.moc"
