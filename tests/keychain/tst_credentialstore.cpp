#include "FakeKeychain.h"
#include "TestArtifacts.h"
#include "TestSecrets.h"
#include "credentials/CredentialStore.h"
#include "credentials/Profile.h"
#include "credentials/QtKeychainBackend.h"
#include "providers/ProviderRegistry.h"
#include "settings/AppSettings.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>
#include <qt6keychain/keychain.h>

#include <memory>

using namespace OrderDesk;

Q_DECLARE_METATYPE(OrderDesk::KeychainBackend::Status)

namespace {

// Collects the answers of one store operation.
struct Answers
{
    int count = 0;
    CredentialResult last;
    QThread* thread = nullptr;

    CredentialStore::Callback callback()
    {
        return [this](const CredentialResult& result) {
            ++count;
            last = result;
            thread = QThread::currentThread();
        };
    }
};

// Waits for the first answer, then a little longer, so that a second answer would be seen.
bool exactlyOneAnswer(const Answers& answers, int timeoutMs = 15000)
{
    if (!QTest::qWaitFor([&answers] { return answers.count > 0; }, timeoutMs))
        return false;
    QTest::qWait(30);
    return answers.count == 1;
}

LocalizedText storeText(const char* sourceText)
{
    return LocalizedText("OrderDesk::CredentialStore", sourceText);
}

LocalizedText entryNotFound(const QString& name)
{
    return storeText(
               "No secret is stored in the system keychain for profile \"%1\". Enter the AccessKey secret of "
               "this profile again.")
        .arg(name);
}

LocalizedText noProfile(const QString& name)
{
    return storeText("There is no profile named \"%1\" for this provider.").arg(name);
}

Profile makeProfile(const QString& provider, const QString& name, const QString& accessKeyId)
{
    Profile profile;
    profile.provider = provider;
    profile.name = name;
    profile.accessKeyId = accessKeyId;
    return profile;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private:
    ProviderRegistry m_providers;
    QTemporaryDir m_dir;
    // A unique keychain service per run, so that runs never see each other's entries.
    const QString m_service =
        QStringLiteral("OrderDesk test ") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString m_iniPath;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<CredentialStore> m_store;
    QStringList m_secretsUsed;
    QStringList m_keysUsed;
    QString m_lastError; // of the last save(), for failure messages

    QString newSecret()
    {
        // Distinct per profile, and each contains the canonical test secret the scan looks for.
        const QString secret =
            TestSecrets::accessKeySecret(QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral("+/="));
        m_secretsUsed.append(secret);
        return secret;
    }

    // Saves through the store and reports whether it succeeded.
    bool save(const Profile& profile, const QString& secret, CredentialResult* result = nullptr)
    {
        m_keysUsed.append(profile.provider + QLatin1Char('/') + profile.name);
        Answers answers;
        m_store->saveProfile(profile, secret, this, answers.callback());
        const bool once = exactlyOneAnswer(answers);
        if (result)
            *result = answers.last;
        m_lastError = answers.last.error.toEnglish() + QLatin1Char(' ') + answers.last.technicalDetail;
        return once && answers.last.ok;
    }

    // What the keychain itself holds under a key, bypassing the store.
    QKeychain::Error keychainEntry(const QString& key, QString* secret = nullptr) const
    {
        QKeychain::ReadPasswordJob job(m_service);
        job.setAutoDelete(false);
        job.setInsecureFallback(false);
        job.setKey(QtKeychainBackend::entryKey(m_service, key));
        QSignalSpy finished(&job, &QKeychain::Job::finished);
        job.start();
        if (!finished.wait(15000))
            return QKeychain::OtherError;
        if (secret)
            *secret = job.textData();
        return job.error();
    }

    QKeychain::Error deleteKeychainEntry(const QString& key) const
    {
        QKeychain::DeletePasswordJob job(m_service);
        job.setAutoDelete(false);
        job.setInsecureFallback(false);
        job.setKey(QtKeychainBackend::entryKey(m_service, key));
        QSignalSpy finished(&job, &QKeychain::Job::finished);
        job.start();
        if (!finished.wait(15000))
            return QKeychain::OtherError;
        return job.error();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TestArtifacts::keepIfAsked(m_dir);
        m_iniPath = m_dir.filePath(QStringLiteral("settings.ini"));
    }

    void init()
    {
        m_settings = std::make_unique<AppSettings>(m_iniPath);
        m_store = std::make_unique<CredentialStore>(m_settings->raw(), m_providers);
        m_store->setServiceName(m_service);
    }

    void cleanup()
    {
        m_store.reset();
        m_settings.reset();
    }

    void cleanupTestCase()
    {
        for (const QString& key : std::as_const(m_keysUsed))
            deleteKeychainEntry(key);
        for (const QString& key : std::as_const(m_keysUsed))
            QCOMPARE(keychainEntry(key), QKeychain::EntryNotFound);
    }

    void defaults_serviceNameAndTimeout()
    {
        CredentialStore store(m_settings->raw(), m_providers);
        QCOMPARE(store.serviceName(), QStringLiteral("OrderDesk"));
        QCOMPARE(store.timeout(), std::chrono::milliseconds(10000));
    }

    void save_thenRead_returnsTheSecret()
    {
        const QString secret = newSecret();
        Profile profile = makeProfile(QStringLiteral("aliyun"), QStringLiteral("finance-main"),
                                      QStringLiteral("LTAI5tExampleKeyId01"));
        profile.region = QStringLiteral("cn-hangzhou");
        CredentialResult saved;
        QVERIFY2(save(profile, secret, &saved), qPrintable(m_lastError));
        QCOMPARE(saved.credential.accessKeyId, profile.accessKeyId);
        QCOMPARE(saved.credential.accessKeySecret, QString());

        QString stored;
        QCOMPARE(keychainEntry(QStringLiteral("aliyun/finance-main"), &stored), QKeychain::NoError);
        QCOMPARE(stored, secret);

        Answers answers;
        m_store->readCredential(profile.provider, profile.name, this, answers.callback());
        QVERIFY(exactlyOneAnswer(answers));
        QVERIFY2(answers.last.ok, qPrintable(answers.last.error.toEnglish()));
        QCOMPARE(answers.last.credential.accessKeyId, QStringLiteral("LTAI5tExampleKeyId01"));
        QCOMPARE(answers.last.credential.accessKeySecret, secret);
        QVERIFY(answers.last.error.isEmpty());

        const std::optional<Profile> listed = m_store->profile(profile.provider, profile.name);
        QVERIFY(listed.has_value());
        QVERIFY(*listed == profile);
    }

    // Credential Manager takes at most 2,560 bytes per entry. The longest secret OrderDesk accepts
    // (256 characters; here most of them three bytes in UTF-8) fits and comes back whole, and a
    // longer one is refused before the keychain is asked.
    void longestSecret_isStoredWhole_longerIsRefused()
    {
        QString secret = newSecret();
        m_secretsUsed.removeLast();
        while (secret.size() < 256)
            secret += QChar(0x5BC6); // 密
        m_secretsUsed.append(secret);
        const Profile profile = makeProfile(QStringLiteral("huaweicloud"), QStringLiteral("longest"),
                                            QStringLiteral("HPUALONGEST01"));
        QVERIFY2(save(profile, secret), qPrintable(m_lastError));
        QString stored;
        QCOMPARE(keychainEntry(QStringLiteral("huaweicloud/longest"), &stored), QKeychain::NoError);
        QCOMPARE(stored, secret);

        CredentialResult refused;
        QVERIFY(!save(profile, secret + QLatin1Char('x'), &refused));
        QCOMPARE(refused.error, storeText("The AccessKey secret is longer than any provider issues. Check "
                                          "that you copied only the secret."));
        QCOMPARE(keychainEntry(QStringLiteral("huaweicloud/longest"), &stored), QKeychain::NoError);
        QCOMPARE(stored, secret);
    }

    void saveWithNewSecret_replacesTheSecret()
    {
        const Profile profile = makeProfile(QStringLiteral("volcengine"), QStringLiteral("ops"),
                                            QStringLiteral("AKLTNDQ2YTRlNTBiYTg1NDcy"));
        QVERIFY2(save(profile, newSecret()), qPrintable(m_lastError));
        const QString second = newSecret();
        QVERIFY2(save(profile, second), qPrintable(m_lastError));

        Answers answers;
        m_store->readCredential(profile.provider, profile.name, this, answers.callback());
        QVERIFY(exactlyOneAnswer(answers));
        QVERIFY(answers.last.ok);
        QCOMPARE(answers.last.credential.accessKeySecret, second);
    }

    void saveWithoutSecret_keepsTheStoredSecret()
    {
        const QString secret = newSecret();
        Profile profile = makeProfile(QStringLiteral("huaweicloud"), QStringLiteral("billing"),
                                      QStringLiteral("HPUAEXAMPLE123456789"));
        QVERIFY2(save(profile, secret), qPrintable(m_lastError));
        profile.region = QStringLiteral("cn-north-4");
        profile.endpoint = QStringLiteral("http://127.0.0.1:40123");
        profile.accessKeyId = QStringLiteral("HPUAEXAMPLE000000000");
        QVERIFY2(save(profile, QString()), qPrintable(m_lastError));

        const std::optional<Profile> stored = m_store->profile(profile.provider, profile.name);
        QVERIFY(stored.has_value());
        QVERIFY(*stored == profile);
        Answers answers;
        m_store->readCredential(profile.provider, profile.name, this, answers.callback());
        QVERIFY(exactlyOneAnswer(answers));
        QVERIFY(answers.last.ok);
        QCOMPARE(answers.last.credential.accessKeyId, QStringLiteral("HPUAEXAMPLE000000000"));
        QCOMPARE(answers.last.credential.accessKeySecret, secret);
    }

    void saveWithoutSecret_newProfile_isRefused()
    {
        const Profile profile = makeProfile(QStringLiteral("unicloud"), QStringLiteral("no-secret-yet"),
                                            QStringLiteral("UCEXAMPLE01"));
        CredentialResult result;
        QVERIFY(!save(profile, QString(), &result));
        QCOMPARE(result.error, storeText("Enter the AccessKey secret for the new profile \"%1\".")
                                   .arg(QStringLiteral("no-secret-yet")));
        QVERIFY(!m_store->profile(profile.provider, profile.name));
        QCOMPARE(keychainEntry(QStringLiteral("unicloud/no-secret-yet")), QKeychain::EntryNotFound);
    }

    void save_nameDifferingOnlyInCase_isRefused()
    {
        const Profile first =
            makeProfile(QStringLiteral("unicloud"), QStringLiteral("Team-A"), QStringLiteral("UCEXAMPLE01"));
        const QString firstSecret = newSecret();
        QVERIFY2(save(first, firstSecret), qPrintable(m_lastError));
        const Profile second =
            makeProfile(QStringLiteral("unicloud"), QStringLiteral("team-a"), QStringLiteral("UCEXAMPLE02"));
        CredentialResult result;
        QVERIFY(!save(second, newSecret(), &result));
        QCOMPARE(result.error,
                 storeText("A profile named \"%1\" already exists for this provider. Names that differ "
                           "only in letter case count as the same name.")
                     .arg(QStringLiteral("Team-A")));
#ifdef Q_OS_WIN
        // Credential Manager's names ignore letter case: "team-a" reads Team-A's entry, which must
        // still hold Team-A's secret.
        QString stored;
        QCOMPARE(keychainEntry(QStringLiteral("unicloud/team-a"), &stored), QKeychain::NoError);
        QCOMPARE(stored, firstSecret);
#else
        QCOMPARE(keychainEntry(QStringLiteral("unicloud/team-a")), QKeychain::EntryNotFound);
#endif
        QCOMPARE(m_store->profiles(QStringLiteral("unicloud")).size(), 1);
    }

    void renameWithoutSecret_movesTheSecret()
    {
        const QString secret = newSecret();
        const Profile old = makeProfile(QStringLiteral("aliyun"), QStringLiteral("old name"),
                                        QStringLiteral("LTAI5tRenameKey01"));
        QVERIFY2(save(old, secret), qPrintable(m_lastError));
        Profile renamed = old;
        renamed.name = QStringLiteral("新名字");
        m_keysUsed.append(QStringLiteral("aliyun/新名字"));

        Answers answers;
        m_store->updateProfile(old.name, renamed, QString(), this, answers.callback());
        QVERIFY(exactlyOneAnswer(answers));
        QVERIFY2(answers.last.ok, qPrintable(answers.last.error.toEnglish()));

        QVERIFY(!m_store->profile(old.provider, old.name));
        QVERIFY(m_store->profile(renamed.provider, renamed.name).has_value());
        Answers read;
        m_store->readCredential(renamed.provider, renamed.name, this, read.callback());
        QVERIFY(exactlyOneAnswer(read));
        QVERIFY(read.last.ok);
        QCOMPARE(read.last.credential.accessKeySecret, secret);
        // The old entry is removed after the rename; the keychain runs jobs in order.
        QCOMPARE(keychainEntry(QStringLiteral("aliyun/old name")), QKeychain::EntryNotFound);
    }

    void renameWithNewSecret_storesTheNewSecret()
    {
        const Profile old = makeProfile(QStringLiteral("aliyun"), QStringLiteral("before"),
                                        QStringLiteral("LTAI5tRenameKey02"));
        QVERIFY2(save(old, newSecret()), qPrintable(m_lastError));
        Profile renamed = old;
        renamed.name = QStringLiteral("after");
        m_keysUsed.append(QStringLiteral("aliyun/after"));
        const QString secret = newSecret();

        Answers answers;
        m_store->updateProfile(old.name, renamed, secret, this, answers.callback());
        QVERIFY(exactlyOneAnswer(answers));
        QVERIFY(answers.last.ok);
        QString stored;
        QCOMPARE(keychainEntry(QStringLiteral("aliyun/after"), &stored), QKeychain::NoError);
        QCOMPARE(stored, secret);
        QCOMPARE(keychainEntry(QStringLiteral("aliyun/before")), QKeychain::EntryNotFound);
    }

    void rename_toTakenOrCaseOnlyName_isRefused()
    {
        const Profile one = makeProfile(QStringLiteral("volcengine"), QStringLiteral("one"),
                                        QStringLiteral("AKLTRenameKey01"));
        const Profile two = makeProfile(QStringLiteral("volcengine"), QStringLiteral("two"),
                                        QStringLiteral("AKLTRenameKey02"));
        QVERIFY2(save(one, newSecret()), qPrintable(m_lastError));
        QVERIFY2(save(two, newSecret()), qPrintable(m_lastError));

        Profile clash = one;
        clash.name = QStringLiteral("TWO");
        Answers taken;
        m_store->updateProfile(one.name, clash, QString(), this, taken.callback());
        QVERIFY(exactlyOneAnswer(taken));
        QVERIFY(!taken.last.ok);
        QCOMPARE(taken.last.error,
                 storeText("A profile named \"%1\" already exists for this provider. Names that "
                           "differ only in letter case count as the same name.")
                     .arg(QStringLiteral("two")));

        Profile caseOnly = one;
        caseOnly.name = QStringLiteral("ONE");
        Answers sameName;
        m_store->updateProfile(one.name, caseOnly, QString(), this, sameName.callback());
        QVERIFY(exactlyOneAnswer(sameName));
        QVERIFY(!sameName.last.ok);
        QCOMPARE(sameName.last.error,
                 storeText("\"%1\" and \"%2\" differ only in letter case, which counts as the "
                           "same name. Choose a different name.")
                     .arg(QStringLiteral("one"))
                     .arg(QStringLiteral("ONE")));
        QVERIFY(m_store->profile(one.provider, one.name).has_value());
        QVERIFY(!m_store->profile(one.provider, QStringLiteral("ONE")));
    }

    void remove_thenRead_reportsNoProfile()
    {
        const Profile profile = makeProfile(QStringLiteral("huaweicloud"), QStringLiteral("temporary"),
                                            QStringLiteral("HPUAREMOVE01"));
        QVERIFY2(save(profile, newSecret()), qPrintable(m_lastError));

        Answers removed;
        m_store->removeProfile(profile.provider, profile.name, this, removed.callback());
        QVERIFY(exactlyOneAnswer(removed));
        QVERIFY2(removed.last.ok, qPrintable(removed.last.error.toEnglish()));
        QCOMPARE(removed.last.credential.accessKeyId, profile.accessKeyId);
        QVERIFY(!m_store->profile(profile.provider, profile.name));
        QCOMPARE(keychainEntry(QStringLiteral("huaweicloud/temporary")), QKeychain::EntryNotFound);

        Answers read;
        m_store->readCredential(profile.provider, profile.name, this, read.callback());
        QVERIFY(exactlyOneAnswer(read));
        QVERIFY(!read.last.ok);
        QCOMPARE(read.last.error, noProfile(QStringLiteral("temporary")));
        QCOMPARE(read.last.credential.accessKeySecret, QString());
    }

    void read_secretGoneFromKeychain_asksToEnterItAgain()
    {
        const QString secret = newSecret();
        const Profile profile = makeProfile(QStringLiteral("aliyun"), QStringLiteral("财务 主账号"),
                                            QStringLiteral("LTAI5tGoneKey001"));
        QVERIFY2(save(profile, secret), qPrintable(m_lastError));
        QCOMPARE(deleteKeychainEntry(QStringLiteral("aliyun/财务 主账号")), QKeychain::NoError);

        Answers answers;
        m_store->readCredential(profile.provider, profile.name, this, answers.callback());
        QVERIFY(exactlyOneAnswer(answers));
        QVERIFY(!answers.last.ok);
        QCOMPARE(answers.last.error, entryNotFound(QStringLiteral("财务 主账号")));
        QCOMPARE(answers.last.error.toEnglish(),
                 QStringLiteral(
                     "No secret is stored in the system keychain for profile \"财务 主账号\". Enter the "
                     "AccessKey secret of this profile again."));
        QVERIFY(!answers.last.technicalDetail.isEmpty());
        QVERIFY(!answers.last.technicalDetail.contains(secret));
        QCOMPARE(answers.last.credential.accessKeySecret, QString());

        // Removing a profile whose secret is already gone still removes the profile.
        Answers removed;
        m_store->removeProfile(profile.provider, profile.name, this, removed.callback());
        QVERIFY(exactlyOneAnswer(removed));
        QVERIFY(removed.last.ok);
        QVERIFY(!m_store->profile(profile.provider, profile.name));
    }

    void missingProfile_everyOperation_saysNoProfile_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::newRow("read") << "read";
        QTest::newRow("remove") << "remove";
        QTest::newRow("update") << "update";
        QTest::newRow("rename") << "rename";
    }
    void missingProfile_everyOperation_saysNoProfile()
    {
        QFETCH(QString, operation);
        const QString name = QStringLiteral("nobody");
        Answers answers;
        Profile profile = makeProfile(QStringLiteral("unicloud"), name, QStringLiteral("UCEXAMPLE09"));
        if (operation == QLatin1String("read")) {
            m_store->readCredential(profile.provider, name, this, answers.callback());
        } else if (operation == QLatin1String("remove")) {
            m_store->removeProfile(profile.provider, name, this, answers.callback());
        } else if (operation == QLatin1String("update")) {
            m_store->updateProfile(name, profile, QString(), this, answers.callback());
        } else {
            profile.name = QStringLiteral("somebody");
            m_store->updateProfile(name, profile, QString(), this, answers.callback());
        }
        QVERIFY(exactlyOneAnswer(answers));
        QVERIFY(!answers.last.ok);
        QCOMPARE(answers.last.error, noProfile(name));
        QCOMPARE(answers.last.technicalDetail, QString());
        QVERIFY(!m_store->profile(profile.provider, profile.name));
    }

    void unusualNames_roundTripThroughTheIniFile()
    {
        const QStringList names{QStringLiteral("财务 主账号"), QStringLiteral("ops team #1; a=b"),
                                QStringLiteral("100% [prod]"), QStringLiteral("Ärger & \"Quotes\"")};
        for (const QString& name : names) {
            const Profile profile =
                makeProfile(QStringLiteral("unicloud"), name, QStringLiteral("UCNAMES0001"));
            QVERIFY2(save(profile, newSecret()), qPrintable(name));
        }
        m_store.reset();
        m_settings.reset();

        const QByteArray content = readFile(m_iniPath);
        // QSettings escapes the group names, so the file stays plain ASCII.
        QVERIFY(!content.isEmpty());
        QVERIFY(!content.contains(QStringLiteral("财务").toUtf8()));

        AppSettings reopened(m_iniPath);
        CredentialStore store(reopened.raw(), m_providers);
        store.setServiceName(m_service);
        QStringList listed;
        for (const Profile& profile : store.profiles(QStringLiteral("unicloud")))
            listed.append(profile.name);
        for (const QString& name : names)
            QVERIFY2(listed.contains(name), qPrintable(name));

        Answers answers;
        store.readCredential(QStringLiteral("unicloud"), QStringLiteral("财务 主账号"), this,
                             answers.callback());
        QVERIFY(exactlyOneAnswer(answers));
        QVERIFY(answers.last.ok);
    }

    void profiles_sortedByProviderThenName()
    {
        const QList<Profile> all = m_store->profiles();
        QVERIFY(all.size() >= 6);
        for (qsizetype i = 1; i < all.size(); ++i) {
            const Profile& a = all.at(i - 1);
            const Profile& b = all.at(i);
            QVERIFY2(a.provider < b.provider ||
                         (a.provider == b.provider && a.name.compare(b.name, Qt::CaseInsensitive) < 0),
                     qPrintable(a.provider + QLatin1Char('/') + a.name + QStringLiteral(" before ") +
                                b.provider + QLatin1Char('/') + b.name));
        }
        for (const Profile& profile : m_store->profiles(QStringLiteral("aliyun")))
            QCOMPARE(profile.provider, QStringLiteral("aliyun"));
    }

    // Fake keychains from here on: hangs, late answers and errors the real one cannot be made
    // to produce on demand.

    void timeout_hungKeychain_answersOnceAndIgnoresTheLateAnswer()
    {
        auto state = std::make_shared<FakeKeychainState>();
        state->hang = true;
        AppSettings settings(m_dir.filePath(QStringLiteral("hung.ini")));
        CredentialStore store(settings.raw(), m_providers, std::make_unique<FakeKeychain>(state));
        store.setTimeout(std::chrono::milliseconds(50));
        const Profile profile =
            makeProfile(QStringLiteral("aliyun"), QStringLiteral("hung"), QStringLiteral("LTAI5tHungKey001"));

        Answers answers;
        store.saveProfile(profile, QStringLiteral("hung-secret"), this, answers.callback());
        QVERIFY(exactlyOneAnswer(answers, 5000));
        QVERIFY(!answers.last.ok);
        QCOMPARE(answers.last.error.toEnglish(),
                 QStringLiteral(
                     "The system keychain did not answer within 0.05 seconds. It may be locked and "
                     "waiting for its password, or not running. Unlock or restart it, then try again."));
        QCOMPARE(state->held.size(), 1);
        QCOMPARE(state->held.first().request.key, QStringLiteral("aliyun/hung"));

        // The keychain wakes up and says the write worked: too late, nothing more happens.
        state->answerHeld({KeychainBackend::Status::Ok, {}, {}});
        QTest::qWait(50);
        QCOMPARE(answers.count, 1);
        QVERIFY(!store.profile(profile.provider, profile.name));
        QVERIFY(!settings.raw().childGroups().contains(QStringLiteral("profiles")));
    }

    void timeout_fractionalSeconds_inTheMessage()
    {
        auto state = std::make_shared<FakeKeychainState>();
        state->hang = true;
        AppSettings settings(m_dir.filePath(QStringLiteral("hung-default.ini")));
        settings.raw().setValue(QStringLiteral("profiles/aliyun/p/accessKeyId"), QStringLiteral("LTAI5tKey"));
        CredentialStore store(settings.raw(), m_providers, std::make_unique<FakeKeychain>(state));
        store.setTimeout(std::chrono::milliseconds(1500));
        Answers answers;
        store.readCredential(QStringLiteral("aliyun"), QStringLiteral("p"), this, answers.callback());
        QVERIFY(exactlyOneAnswer(answers, 5000));
        QCOMPARE(answers.last.error,
                 storeText(
                     "The system keychain did not answer within %1 seconds. It may be locked and waiting for "
                     "its password, or not running. Unlock or restart it, then try again.")
                     .arg(QStringLiteral("1.5")));
        state->answerHeld({KeychainBackend::Status::Ok, QStringLiteral("late-secret"), {}});
        QTest::qWait(30);
        QCOMPARE(answers.count, 1);
        QCOMPARE(answers.last.credential.accessKeySecret, QString());
    }

    void contextDestroyed_beforeTheAnswer_callbackNeverRuns()
    {
        auto state = std::make_shared<FakeKeychainState>();
        state->hang = true;
        AppSettings settings(m_dir.filePath(QStringLiteral("context.ini")));
        CredentialStore store(settings.raw(), m_providers, std::make_unique<FakeKeychain>(state));
        int calls = 0;
        auto* context = new QObject;
        store.saveProfile(
            makeProfile(QStringLiteral("aliyun"), QStringLiteral("ctx"), QStringLiteral("LTAI5tCtx")),
            QStringLiteral("ctx-secret"), context, [&calls](const CredentialResult&) { ++calls; });
        delete context;
        state->answerHeld({KeychainBackend::Status::Ok, {}, {}});
        QTest::qWait(30);
        QCOMPARE(calls, 0);
        // The keychain did store the secret, so the profile is kept even though nobody listens.
        QVERIFY(store.profile(QStringLiteral("aliyun"), QStringLiteral("ctx")).has_value());
    }

    void contextDestroyed_afterTheAnswerBeforeDelivery_callbackNeverRuns()
    {
        auto state = std::make_shared<FakeKeychainState>();
        AppSettings settings(m_dir.filePath(QStringLiteral("context2.ini")));
        CredentialStore store(settings.raw(), m_providers, std::make_unique<FakeKeychain>(state));
        int calls = 0;
        auto* context = new QObject;
        store.saveProfile(
            makeProfile(QStringLiteral("aliyun"), QStringLiteral("ctx"), QStringLiteral("LTAI5tCtx")),
            QStringLiteral("ctx-secret"), context, [&calls](const CredentialResult&) { ++calls; });
        QCOMPARE(state->requests.size(), 1);
        delete context;
        QTest::qWait(30);
        QCOMPARE(calls, 0);
    }

    void storeDestroyed_pendingOperation_answersOnceAsCancelled()
    {
        auto state = std::make_shared<FakeKeychainState>();
        state->hang = true;
        AppSettings settings(m_dir.filePath(QStringLiteral("destroyed.ini")));
        auto store = std::make_unique<CredentialStore>(settings.raw(), m_providers,
                                                       std::make_unique<FakeKeychain>(state));
        Answers answers;
        store->saveProfile(
            makeProfile(QStringLiteral("aliyun"), QStringLiteral("gone"), QStringLiteral("LTAI5tGone")),
            QStringLiteral("gone-secret"), this, answers.callback());
        store.reset();
        QVERIFY(exactlyOneAnswer(answers, 5000));
        QCOMPARE(answers.last.error, storeText("The keychain operation was cancelled before it finished."));
        state->answerHeld({KeychainBackend::Status::Ok, {}, {}});
        QTest::qWait(30);
        QCOMPARE(answers.count, 1);
        QVERIFY(!settings.raw().childGroups().contains(QStringLiteral("profiles")));
    }

    void withoutContext_theStoreIsTheContext()
    {
        auto state = std::make_shared<FakeKeychainState>();
        AppSettings settings(m_dir.filePath(QStringLiteral("nocontext.ini")));
        CredentialStore store(settings.raw(), m_providers, std::make_unique<FakeKeychain>(state));
        Answers answers;
        store.saveProfile(
            makeProfile(QStringLiteral("aliyun"), QStringLiteral("free"), QStringLiteral("LTAI5tFree")),
            QStringLiteral("free-secret"), nullptr, answers.callback());
        QVERIFY(exactlyOneAnswer(answers, 5000));
        QVERIFY(answers.last.ok);
        QCOMPARE(answers.thread, QThread::currentThread());
    }

    void callback_runsOnTheContextThread()
    {
        auto state = std::make_shared<FakeKeychainState>();
        AppSettings settings(m_dir.filePath(QStringLiteral("thread.ini")));
        CredentialStore store(settings.raw(), m_providers, std::make_unique<FakeKeychain>(state));
        QThread worker;
        worker.start();
        auto* context = new QObject;
        context->moveToThread(&worker);
        QAtomicInt calls = 0;
        QAtomicPointer<QThread> seenOn = nullptr;
        store.saveProfile(
            makeProfile(QStringLiteral("aliyun"), QStringLiteral("thread"), QStringLiteral("LTAI5tThread")),
            QStringLiteral("thread-secret"), context, [&](const CredentialResult& result) {
                seenOn.storeRelease(QThread::currentThread());
                if (result.ok)
                    calls.fetchAndAddOrdered(1);
            });
        QTRY_COMPARE(calls.loadAcquire(), 1);
        QCOMPARE(seenOn.loadAcquire(), &worker);
        worker.quit();
        QVERIFY(worker.wait(5000));
        delete context;
    }

    void keychainErrors_becomeClearMessages_data()
    {
        QTest::addColumn<KeychainBackend::Status>("status");
        QTest::addColumn<QString>("message");
        const QString noBackend = QStringLiteral("No system keychain is available. OrderDesk keeps AccessKey "
                                                 "secrets only in the system keychain (Keychain "
                                                 "on macOS, Credential Manager on Windows, a Secret Service "
                                                 "such as GNOME Keyring or KWallet on Linux), "
                                                 "never in a file. Start or install one, then try again.");
        QTest::newRow("no backend") << KeychainBackend::Status::NoBackendAvailable << noBackend;
        QTest::newRow("not implemented") << KeychainBackend::Status::NotImplemented << noBackend;
        QTest::newRow("denied by user")
            << KeychainBackend::Status::AccessDeniedByUser
            << "Access to the system keychain was refused. Allow OrderDesk to use the "
               "keychain when it asks, then try again.";
        QTest::newRow("denied")
            << KeychainBackend::Status::AccessDenied
            << "The system keychain is locked or did not allow access. Unlock it (for example "
               "by logging in again), then try again.";
        QTest::newRow("other")
            << KeychainBackend::Status::OtherError
            << "The system keychain reported an error. Check that it is running and unlocked, "
               "then try again; the technical details say more.";
        QTest::newRow("could not delete") << KeychainBackend::Status::CouldNotDeleteEntry
                                          << "The system keychain could not remove the secret of profile "
                                             "\"err\". Try again, or remove the entry "
                                             "with the keychain's own tool.";
    }
    void keychainErrors_becomeClearMessages()
    {
        QFETCH(KeychainBackend::Status, status);
        QFETCH(QString, message);
        auto state = std::make_shared<FakeKeychainState>();
        state->reply = {status, {}, QStringLiteral("backend says no")};
        const QString path = m_dir.filePath(QStringLiteral("errors.ini"));
        QFile::remove(path);
        AppSettings settings(path);
        CredentialStore store(settings.raw(), m_providers, std::make_unique<FakeKeychain>(state));
        const QString secret = TestSecrets::accessKeySecret(QStringLiteral("error-path"));
        Answers answers;
        store.saveProfile(
            makeProfile(QStringLiteral("aliyun"), QStringLiteral("err"), QStringLiteral("LTAI5tErr")), secret,
            this, answers.callback());
        QVERIFY(exactlyOneAnswer(answers, 5000));
        QVERIFY(!answers.last.ok);
        QCOMPARE(answers.last.error.toEnglish(), message);
        QCOMPARE(answers.last.technicalDetail, QStringLiteral("backend says no"));
        QVERIFY(!answers.last.error.toEnglish().contains(secret));
        // The keychain refused, so the settings were not touched.
        QVERIFY(!store.profile(QStringLiteral("aliyun"), QStringLiteral("err")));
        settings.sync();
        QVERIFY(!readFile(path).contains("LTAI5tErr"));
    }

    void proxyPassword_storedReadReplacedAndRemoved()
    {
        m_keysUsed.append(CredentialStore::proxyPasswordKey());
        // Nothing stored: an answer, and an empty password.
        Answers none;
        m_store->readProxyPassword(this, none.callback());
        QVERIFY(exactlyOneAnswer(none));
        QVERIFY2(none.last.ok, qPrintable(none.last.error.toEnglish()));
        QCOMPARE(none.last.credential.accessKeySecret, QString());

        const QString password = newSecret() + QStringLiteral(" with spaces, 代理");
        Answers saved;
        m_store->saveProxyPassword(password, this, saved.callback());
        QVERIFY(exactlyOneAnswer(saved));
        QVERIFY2(saved.last.ok, qPrintable(saved.last.error.toEnglish()));
        QCOMPARE(saved.last.credential.accessKeySecret, QString());
        QString stored;
        QCOMPARE(keychainEntry(QStringLiteral("network/proxy"), &stored), QKeychain::NoError);
        QCOMPARE(stored, password);

        Answers read;
        m_store->readProxyPassword(this, read.callback());
        QVERIFY(exactlyOneAnswer(read));
        QVERIFY(read.last.ok);
        QCOMPARE(read.last.credential.accessKeySecret, password);

        const QString replacement = newSecret();
        Answers replaced;
        m_store->saveProxyPassword(replacement, this, replaced.callback());
        QVERIFY(exactlyOneAnswer(replaced) && replaced.last.ok);
        QCOMPARE(keychainEntry(QStringLiteral("network/proxy"), &stored), QKeychain::NoError);
        QCOMPARE(stored, replacement);

        // An empty password removes the stored one, and removing it again is no error.
        for (int i = 0; i < 2; ++i) {
            Answers removed;
            m_store->saveProxyPassword(QString(), this, removed.callback());
            QVERIFY(exactlyOneAnswer(removed));
            QVERIFY2(removed.last.ok, qPrintable(removed.last.error.toEnglish()));
            QCOMPARE(keychainEntry(QStringLiteral("network/proxy")), QKeychain::EntryNotFound);
        }
        // No profile was made of it.
        QVERIFY(m_store->profiles().isEmpty() ||
                !m_store->profile(QStringLiteral("network"), QStringLiteral("proxy")));
    }

    void proxyPassword_keychainErrors_becomeClearMessages()
    {
        auto state = std::make_shared<FakeKeychainState>();
        state->reply = {KeychainBackend::Status::CouldNotDeleteEntry, {}, QStringLiteral("backend says no")};
        AppSettings settings(m_dir.filePath(QStringLiteral("proxy-errors.ini")));
        CredentialStore store(settings.raw(), m_providers, std::make_unique<FakeKeychain>(state));
        Answers removed;
        store.saveProxyPassword(QString(), this, removed.callback());
        QVERIFY(exactlyOneAnswer(removed, 5000));
        QVERIFY(!removed.last.ok);
        QCOMPARE(
            removed.last.error.toEnglish(),
            QStringLiteral("The system keychain could not remove the proxy password. Try again, or remove "
                           "the entry with the keychain's own tool."));
        QCOMPARE(state->requests.last().key, QStringLiteral("network/proxy"));
        QCOMPARE(state->requests.last().operation, KeychainBackend::Operation::Delete);

        state->reply = {KeychainBackend::Status::AccessDenied, {}, QStringLiteral("locked")};
        Answers read;
        store.readProxyPassword(this, read.callback());
        QVERIFY(exactlyOneAnswer(read, 5000));
        QVERIFY(!read.last.ok);
        QVERIFY(read.last.error.toEnglish().startsWith(QStringLiteral("The system keychain is locked")));
        QCOMPARE(read.last.technicalDetail, QStringLiteral("locked"));

        // Longer than any proxy takes: refused before the keychain is asked.
        const qsizetype asked = state->requests.size();
        Answers tooLong;
        store.saveProxyPassword(QString(257, QLatin1Char('p')), this, tooLong.callback());
        QVERIFY(exactlyOneAnswer(tooLong, 5000));
        QVERIFY(!tooLong.last.ok);
        QCOMPARE(state->requests.size(), asked);
    }

    void classify_qtKeychainErrors_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("errorString");
        QTest::addColumn<KeychainBackend::Status>("status");
        QTest::newRow("ok") << int(QKeychain::NoError) << "" << KeychainBackend::Status::Ok;
        QTest::newRow("not found") << int(QKeychain::EntryNotFound) << "Entry not found"
                                   << KeychainBackend::Status::EntryNotFound;
        QTest::newRow("could not delete")
            << int(QKeychain::CouldNotDeleteEntry) << "" << KeychainBackend::Status::CouldNotDeleteEntry;
        QTest::newRow("denied by user")
            << int(QKeychain::AccessDeniedByUser) << "" << KeychainBackend::Status::AccessDeniedByUser;
        QTest::newRow("denied") << int(QKeychain::AccessDenied) << ""
                                << KeychainBackend::Status::AccessDenied;
        QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << ""
                                    << KeychainBackend::Status::NoBackendAvailable;
        QTest::newRow("not implemented")
            << int(QKeychain::NotImplemented) << "" << KeychainBackend::Status::NotImplemented;
        QTest::newRow("other") << int(QKeychain::OtherError) << "Object does not exist at path"
                               << KeychainBackend::Status::OtherError;
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
        // GLib's words when there is no bus, or no Secret Service on it.
        QTest::newRow("no bus socket")
            << int(QKeychain::OtherError) << "Could not connect: No such file or directory"
            << KeychainBackend::Status::NoBackendAvailable;
        QTest::newRow("no secret service")
            << int(QKeychain::OtherError)
            << "The name org.freedesktop.secrets was not provided by any .service files"
            << KeychainBackend::Status::NoBackendAvailable;
        QTest::newRow("no X11 to autolaunch")
            << int(QKeychain::OtherError) << "Cannot autolaunch D-Bus without X11 $DISPLAY"
            << KeychainBackend::Status::NoBackendAvailable;
#endif
    }
    void classify_qtKeychainErrors()
    {
        QFETCH(int, error);
        QFETCH(QString, errorString);
        QFETCH(KeychainBackend::Status, status);
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
        // This suite runs with a live session bus, so only the message decides.
        QVERIFY(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
#endif
        QCOMPARE(QtKeychainBackend::classify(error, errorString), status);
    }

    // Last, after every operation above: no secret ever reached the settings file.
    void settingsFile_afterAllOperations_containsNoSecret()
    {
        QVERIFY(m_secretsUsed.size() >= 10);
        m_settings->sync();
        const QByteArray content = readFile(m_iniPath);
        QVERIFY(content.contains("[profiles]") || content.contains("profiles\\"));
        QVERIFY(content.contains("LTAI5tExampleKeyId01"));
        for (const QString& secret : std::as_const(m_secretsUsed)) {
            QVERIFY2(!content.contains(secret.toUtf8()),
                     qPrintable(QStringLiteral("a secret is in the INI file")));
            // Also no recognisable part of one.
            QVERIFY(!content.contains(secret.mid(2, 16).toUtf8()));
        }
        const QDir folder(m_dir.path());
        for (const QString& file : folder.entryList(QDir::Files)) {
            const QByteArray bytes = readFile(folder.filePath(file));
            for (const QString& secret : std::as_const(m_secretsUsed))
                QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(file));
        }
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
