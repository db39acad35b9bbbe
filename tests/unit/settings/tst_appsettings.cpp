#include "FileModes.h"
#include "common/Endpoint.h"
#include "credentials/CredentialStore.h"
#include "credentials/KeychainBackend.h"
#include "credentials/Profile.h"
#include "providers/ProviderRegistry.h"
#include "settings/AppSettings.h"
#include "settings/DataLocation.h"
#include "settings/NetworkSettings.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace OrderDesk;

Q_DECLARE_METATYPE(OrderDesk::AppSettings::Key)
Q_DECLARE_METATYPE(OrderDesk::Profile)
Q_DECLARE_METATYPE(OrderDesk::NetworkSettings::ProxyMode)

namespace {

// A keychain that stores in memory and answers at once, so that the settings file can be
// checked after a save without a Secret Service.
class MemoryKeychain : public KeychainBackend
{
public:
    void start(const Request& request, Finished finished) override
    {
        Reply reply;
        reply.status = Status::Ok;
        if (request.operation == Operation::Write)
            secrets.insert(request.key, request.secret);
        else if (request.operation == Operation::Delete)
            secrets.remove(request.key);
        else if (secrets.contains(request.key))
            reply.secret = secrets.value(request.key);
        else
            reply.status = Status::EntryNotFound;
        finished(reply);
    }

    QMap<QString, QString> secrets;
};

Profile makeProfile(const QString& provider, const QString& name, const QString& accessKeyId)
{
    Profile profile;
    profile.provider = provider;
    profile.name = name;
    profile.accessKeyId = accessKeyId;
    return profile;
}

LocalizedText storeText(const char* sourceText)
{
    return LocalizedText("OrderDesk::CredentialStore", sourceText);
}

} // namespace

class TestAppSettings : public QObject
{
    Q_OBJECT

private:
    ProviderRegistry m_providers;
    QTemporaryDir m_dir;
    int m_fileCounter = 0;

    QString freshIniPath() { return m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_fileCounter)); }

    static QByteArray readFile(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return file.readAll();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qunsetenv("ORDERDESK_DATA_DIR");
    }

    void cleanup() { qunsetenv("ORDERDESK_DATA_DIR"); }

    void keyTable_namesAndDefaults_data()
    {
        QTest::addColumn<AppSettings::Key>("key");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QVariant>("defaultValue");
        QTest::newRow("language") << AppSettings::Key::Language << "ui/language" << QVariant(QString());
        QTest::newRow("connect timeout")
            << AppSettings::Key::ConnectTimeoutSeconds << "network/connectTimeoutSeconds" << QVariant(15);
        QTest::newRow("transfer timeout")
            << AppSettings::Key::TransferTimeoutSeconds << "network/transferTimeoutSeconds" << QVariant(60);
        QTest::newRow("proxy mode") << AppSettings::Key::ProxyMode << "network/proxyMode"
                                    << QVariant(QStringLiteral("system"));
        QTest::newRow("proxy host") << AppSettings::Key::ProxyHost << "network/proxyHost"
                                    << QVariant(QString());
        QTest::newRow("proxy port") << AppSettings::Key::ProxyPort << "network/proxyPort" << QVariant(0);
        QTest::newRow("proxy user") << AppSettings::Key::ProxyUser << "network/proxyUser"
                                    << QVariant(QString());
        QTest::newRow("extra CA file")
            << AppSettings::Key::ExtraCaFile << "network/extraCaFile" << QVariant(QString());
        QTest::newRow("team ledger") << AppSettings::Key::TeamLedger << "ledger/team" << QVariant(QString());
    }
    void keyTable_namesAndDefaults()
    {
        QFETCH(AppSettings::Key, key);
        QFETCH(QString, name);
        QFETCH(QVariant, defaultValue);
        QCOMPARE(AppSettings::keyName(key), name);
        QCOMPARE(AppSettings::defaultValue(key), defaultValue);
    }

    void freshFile_readsDefaults()
    {
        const QString path = freshIniPath();
        AppSettings settings(path);
        QCOMPARE(settings.fileName(), path);
        QCOMPARE(settings.language(), QString());
        const NetworkSettings network = settings.network();
        QCOMPARE(network.connectTimeoutSeconds, 15);
        QCOMPARE(network.transferTimeoutSeconds, 60);
        QCOMPARE(network.proxyMode, NetworkSettings::ProxyMode::System);
        QCOMPARE(network.proxyHost, QString());
        QCOMPARE(network.proxyPort, 0);
        QCOMPARE(network.proxyUser, QString());
        QCOMPARE(network.extraCaFile, QString());
        QVERIFY(network == NetworkSettings{});
        QCOMPARE(settings.endpointOverride(QStringLiteral("aliyun")), QString());
        QCOMPARE(settings.lastProfile(QStringLiteral("aliyun")), QString());
        // Reading must not create the file.
        QVERIFY(!QFile::exists(path));
    }

    void roundTrip_keepsEveryValue()
    {
        const QString path = freshIniPath();
        NetworkSettings network;
        network.connectTimeoutSeconds = 30;
        network.transferTimeoutSeconds = 120;
        network.proxyMode = NetworkSettings::ProxyMode::Manual;
        network.proxyHost = QStringLiteral("proxy.corp.example");
        network.proxyPort = 3128;
        network.proxyUser = QStringLiteral("财务部");
        network.extraCaFile = QStringLiteral("/etc/ssl/corp-ca.pem");
        {
            AppSettings settings(path);
            settings.setLanguage(QStringLiteral("zh_CN"));
            settings.setNetwork(network);
            settings.setEndpointOverride(QStringLiteral("volcengine"),
                                         QStringLiteral("http://127.0.0.1:40123"));
            settings.setLastProfile(QStringLiteral("aliyun"), QStringLiteral("财务 主账号"));
            LocalizedText error;
            QVERIFY2(settings.sync(&error), qPrintable(error.toEnglish()));
        }
        AppSettings reread(path);
        QCOMPARE(reread.language(), QStringLiteral("zh_CN"));
        QVERIFY(reread.network() == network);
        QCOMPARE(reread.endpointOverride(QStringLiteral("volcengine")),
                 QStringLiteral("http://127.0.0.1:40123"));
        QCOMPARE(reread.endpointOverride(QStringLiteral("aliyun")), QString());
        QCOMPARE(reread.lastProfile(QStringLiteral("aliyun")), QStringLiteral("财务 主账号"));

        const QByteArray content = readFile(path);
        QVERIFY(content.contains("[network]"));
        QVERIFY(content.contains("connectTimeoutSeconds=30"));
        QVERIFY(content.contains("proxyMode=manual"));
        QVERIFY(content.contains("[ui]"));
        QVERIFY(content.contains("language=zh_CN"));
    }

    void proxyModes_roundTrip_data()
    {
        QTest::addColumn<NetworkSettings::ProxyMode>("mode");
        QTest::addColumn<QString>("stored");
        QTest::newRow("system") << NetworkSettings::ProxyMode::System << "system";
        QTest::newRow("none") << NetworkSettings::ProxyMode::None << "none";
        QTest::newRow("manual") << NetworkSettings::ProxyMode::Manual << "manual";
    }
    void proxyModes_roundTrip()
    {
        QFETCH(NetworkSettings::ProxyMode, mode);
        QFETCH(QString, stored);
        AppSettings settings(freshIniPath());
        NetworkSettings network;
        network.proxyMode = mode;
        settings.setNetwork(network);
        QCOMPARE(settings.raw().value(QStringLiteral("network/proxyMode")).toString(), stored);
        QCOMPARE(settings.network().proxyMode, mode);
    }

    void clearingAnOverride_removesTheKey()
    {
        AppSettings settings(freshIniPath());
        settings.setEndpointOverride(QStringLiteral("aliyun"), QStringLiteral("https://vpc.example.com"));
        settings.setLastProfile(QStringLiteral("aliyun"), QStringLiteral("main"));
        QVERIFY(settings.raw().contains(QStringLiteral("endpoints/aliyun")));
        settings.setEndpointOverride(QStringLiteral("aliyun"), QStringLiteral("  "));
        settings.setLastProfile(QStringLiteral("aliyun"), QString());
        QVERIFY(!settings.raw().contains(QStringLiteral("endpoints/aliyun")));
        QVERIFY(!settings.raw().contains(QStringLiteral("lastProfile/aliyun")));
    }

    void setLanguage_unsupported_followsTheSystem_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("system") << ""
                                << "";
        QTest::newRow("Chinese") << "zh_CN"
                                 << "zh_CN";
        QTest::newRow("English") << "en"
                                 << "en";
        QTest::newRow("French") << "fr"
                                << "";
        QTest::newRow("dash spelling") << "zh-CN"
                                       << "";
    }
    void setLanguage_unsupported_followsTheSystem()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        AppSettings settings(freshIniPath());
        settings.setLanguage(QStringLiteral("en"));
        settings.setLanguage(language);
        QCOMPARE(settings.language(), expected);
    }

    void setNetwork_outOfRange_isClampedOrReset()
    {
        AppSettings settings(freshIniPath());
        NetworkSettings network;
        network.connectTimeoutSeconds = 0;
        network.transferTimeoutSeconds = 100000;
        network.proxyPort = 70000;
        settings.setNetwork(network);
        const NetworkSettings stored = settings.network();
        QCOMPARE(stored.connectTimeoutSeconds, 1);
        QCOMPARE(stored.transferTimeoutSeconds, 3600);
        QCOMPARE(stored.proxyPort, 0);
    }

    void handEditedFile_badValues_readAsDefaults_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("connectTimeout");
        QTest::addColumn<int>("proxyPort");
        QTest::addColumn<NetworkSettings::ProxyMode>("proxyMode");
        const auto system = NetworkSettings::ProxyMode::System;
        QTest::newRow("unknown language") << "ui/language"
                                          << "de"
                                          << "" << 15 << 0 << system;
        QTest::newRow("timeout not a number") << "network/connectTimeoutSeconds"
                                              << "soon"
                                              << "" << 15 << 0 << system;
        QTest::newRow("timeout negative") << "network/connectTimeoutSeconds"
                                          << "-5"
                                          << "" << 1 << 0 << system;
        QTest::newRow("timeout huge") << "network/connectTimeoutSeconds"
                                      << "99999"
                                      << "" << 3600 << 0 << system;
        QTest::newRow("port too large") << "network/proxyPort"
                                        << "65536"
                                        << "" << 15 << 0 << system;
        QTest::newRow("port negative") << "network/proxyPort"
                                       << "-1"
                                       << "" << 15 << 0 << system;
        QTest::newRow("port valid") << "network/proxyPort"
                                    << "8080"
                                    << "" << 15 << 8080 << system;
        QTest::newRow("unknown proxy mode") << "network/proxyMode"
                                            << "pac"
                                            << "" << 15 << 0 << system;
        QTest::newRow("proxy mode none") << "network/proxyMode"
                                         << "none"
                                         << "" << 15 << 0 << NetworkSettings::ProxyMode::None;
    }
    void handEditedFile_badValues_readAsDefaults()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, language);
        QFETCH(int, connectTimeout);
        QFETCH(int, proxyPort);
        QFETCH(NetworkSettings::ProxyMode, proxyMode);
        const QString path = freshIniPath();
        {
            QSettings raw(path, QSettings::IniFormat);
            raw.setValue(key, value);
        }
        AppSettings settings(path);
        QCOMPARE(settings.language(), language);
        QCOMPARE(settings.network().connectTimeoutSeconds, connectTimeout);
        QCOMPARE(settings.network().proxyPort, proxyPort);
        QCOMPARE(settings.network().proxyMode, proxyMode);
    }

    void sync_unwritableLocation_saysWhichFile()
    {
        // A regular file where the folder should be: no user, not even root, can write below it.
        const QString blocker = m_dir.filePath(QStringLiteral("not-a-folder"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QString path = blocker + QStringLiteral("/settings.ini");
        AppSettings settings(path);
        settings.setLanguage(QStringLiteral("en"));
        LocalizedText error;
        QVERIFY(!settings.sync(&error));
        QCOMPARE(error.toEnglish(),
                 QStringLiteral("The settings file %1 could not be written. Check that its folder "
                                "exists and that you may write to it.")
                     .arg(path));
    }

    void dataLocation_environmentVariable_isHonouredAndCreated()
    {
        const QString wanted = m_dir.filePath(QStringLiteral("data/nested"));
        QVERIFY(!QFileInfo::exists(wanted));
        qputenv("ORDERDESK_DATA_DIR", wanted.toUtf8());
        QCOMPARE(DataLocation::dataDirectory(), wanted);
        QVERIFY(QFileInfo(wanted).isDir());
        QCOMPARE(DataLocation::settingsFilePath(), wanted + QStringLiteral("/settings.ini"));

        AppSettings settings;
        QCOMPARE(settings.fileName(), wanted + QStringLiteral("/settings.ini"));
        settings.setLanguage(QStringLiteral("en"));
        QVERIFY(settings.sync());
        QVERIFY(QFile::exists(wanted + QStringLiteral("/settings.ini")));
    }

    void dataLocation_withoutEnvironment_usesAppDataLocation()
    {
        QStandardPaths::setTestModeEnabled(true);
        qunsetenv("ORDERDESK_DATA_DIR");
        const QString expected =
            QDir::cleanPath(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
        QCOMPARE(DataLocation::dataDirectory(), expected);
        QCOMPARE(DataLocation::settingsFilePath(), expected + QStringLiteral("/settings.ini"));
        QStandardPaths::setTestModeEnabled(false);
    }

#ifdef Q_OS_UNIX
    // The file names accounts, endpoints and the proxy: readable by its owner only, however it
    // came to be written. Windows relies on the profile's ACL instead.
    void settingsFile_savedBySync_isOwnerOnly()
    {
        const FileModes::ScopedUmask umask(022);
        const QString path = freshIniPath();
        AppSettings settings(path);
        settings.setLanguage(QStringLiteral("en"));
        QVERIFY(settings.sync());
        QCOMPARE(FileModes::modeOf(path), QStringLiteral("600"));
        // QSettings writes a new file and renames it over the old one: still the owner's only.
        settings.setEndpointOverride(QStringLiteral("aliyun"), QStringLiteral("https://vpc.aliyuncs.com"));
        QVERIFY(settings.sync());
        QCOMPARE(FileModes::modeOf(path), QStringLiteral("600"));
        QVERIFY(readFile(path).contains("vpc.aliyuncs.com"));
    }

    void settingsFile_savedWhenDestroyed_isOwnerOnly()
    {
        const FileModes::ScopedUmask umask(022);
        const QString path = freshIniPath();
        {
            AppSettings settings(path);
            settings.setLastProfile(QStringLiteral("aliyun"), QStringLiteral("finance"));
        }
        QVERIFY(readFile(path).contains("finance"));
        QCOMPARE(FileModes::modeOf(path), QStringLiteral("600"));
    }

    // QSettings also writes on its own: from the event loop after a change, and for the
    // CredentialStore, which writes and syncs through raw().
    void settingsFile_savedByQSettingsItself_isOwnerOnly()
    {
        const FileModes::ScopedUmask umask(022);
        const QString path = freshIniPath();
        AppSettings settings(path);
        settings.setLanguage(QStringLiteral("en"));
        QTRY_VERIFY(readFile(path).contains("language=en"));
        QCOMPARE(FileModes::modeOf(path), QStringLiteral("600"));

        const QString rawPath = freshIniPath();
        AppSettings viaRaw(rawPath);
        viaRaw.raw().setValue(QStringLiteral("profiles/aliyun/finance/accessKeyId"),
                              QStringLiteral("LTAI5tExampleKeyId01"));
        viaRaw.raw().sync();
        QVERIFY(readFile(rawPath).contains("LTAI5tExampleKeyId01"));
        QCOMPARE(FileModes::modeOf(rawPath), QStringLiteral("600"));
    }

    void settingsFile_existingWide_tightenedWhenOpened()
    {
        const QString path = freshIniPath();
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("[ui]\nlanguage=en\n");
        }
        QVERIFY(FileModes::setMode(path, 0644));
        AppSettings settings(path);
        QCOMPARE(FileModes::modeOf(path), QStringLiteral("600"));
        QCOMPARE(settings.language(), QStringLiteral("en"));
        settings.setLanguage(QStringLiteral("zh_CN"));
        QVERIFY(settings.sync());
        QCOMPARE(FileModes::modeOf(path), QStringLiteral("600"));
    }

    void settingsFile_folderCreatedByQSettings_restrictedBySync()
    {
        const FileModes::ScopedUmask umask(022);
        const QString path = m_dir.filePath(QStringLiteral("created-later/settings.ini"));
        AppSettings settings(path);
        QVERIFY(!QFileInfo::exists(path));
        settings.setLanguage(QStringLiteral("en"));
        QVERIFY(settings.sync());
        QCOMPARE(FileModes::modeOf(path), QStringLiteral("600"));
    }

    void dataLocation_folder_isOwnerOnly()
    {
        const FileModes::ScopedUmask umask(022);
        const QString parent = m_dir.filePath(QStringLiteral("owner-only"));
        const QString wanted = parent + QStringLiteral("/data");
        qputenv("ORDERDESK_DATA_DIR", wanted.toUtf8());
        QCOMPARE(DataLocation::dataDirectory(), wanted);
        QCOMPARE(FileModes::modeOf(wanted), QStringLiteral("700"));
        // Only the data folder itself: its parents may be shared.
        QCOMPARE(FileModes::modeOf(parent), QStringLiteral("755"));

        QVERIFY(FileModes::setMode(wanted, 0755));
        QCOMPARE(DataLocation::settingsFilePath(), wanted + QStringLiteral("/settings.ini"));
        QCOMPARE(FileModes::modeOf(wanted), QStringLiteral("700"));
        AppSettings settings;
        settings.setLanguage(QStringLiteral("en"));
        QVERIFY(settings.sync());
        QCOMPARE(FileModes::modeOf(settings.fileName()), QStringLiteral("600"));
    }
#else
    void settingsFile_ownerOnly_notRestrictedOnThisPlatform()
    {
        QSKIP("Only Linux and macOS restrict the permissions; Windows relies on the profile's ACL.");
    }
#endif

    void settingsFile_afterSavingAProfile_holdsNoSecret()
    {
        const QString path = freshIniPath();
        const QString secret = QStringLiteral("Unique7SecretValue0ForThisTest9x");
        AppSettings settings(path);
        auto keychain = std::make_unique<MemoryKeychain>();
        MemoryKeychain* memory = keychain.get();
        CredentialStore store(settings.raw(), m_providers, std::move(keychain));
        Profile profile = makeProfile(QStringLiteral("aliyun"), QStringLiteral("财务 主账号"),
                                      QStringLiteral("LTAI5tExampleKeyId01"));
        profile.region = QStringLiteral("cn-hangzhou");
        int answers = 0;
        CredentialResult result;
        store.saveProfile(profile, secret, this, [&](const CredentialResult& answer) {
            ++answers;
            result = answer;
        });
        // The answer is always delivered later, never inside the call.
        QCOMPARE(answers, 0);
        QTRY_COMPARE(answers, 1);
        QVERIFY2(result.ok, qPrintable(result.error.toEnglish()));
        QCOMPARE(result.credential.accessKeyId, profile.accessKeyId);
        QCOMPARE(result.credential.accessKeySecret, QString());
        QCOMPARE(memory->secrets.value(QStringLiteral("aliyun/财务 主账号")), secret);

        const QByteArray content = readFile(path);
        QVERIFY(!content.isEmpty());
        QVERIFY(content.contains("LTAI5tExampleKeyId01"));
        QVERIFY(!content.contains(secret.toUtf8()));
        QVERIFY(!content.contains(secret.left(12).toUtf8()));

        const std::optional<Profile> reread =
            CredentialStore(settings.raw(), m_providers).profile(profile.provider, profile.name);
        QVERIFY(reread.has_value());
        QVERIFY(*reread == profile);
    }

    void validateProfile_rules_data()
    {
        QTest::addColumn<Profile>("profile");
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QString>("firstMessage");

        const Profile good = makeProfile(QStringLiteral("aliyun"), QStringLiteral("finance-main"),
                                         QStringLiteral("LTAI5tExampleKeyId01"));
        QTest::newRow("valid") << good << QStringList() << QString();

        Profile chinese = good;
        chinese.name = QStringLiteral("财务 主账号 #1; a=b");
        QTest::newRow("Chinese, spaces and punctuation") << chinese << QStringList() << QString();

        Profile longest = good;
        longest.name = QString(64, QChar(u'账'));
        QTest::newRow("64 characters") << longest << QStringList() << QString();

        Profile tooLong = good;
        tooLong.name = QString(65, QLatin1Char('a'));
        QTest::newRow("65 characters") << tooLong << QStringList{QStringLiteral("name")}
                                       << "A profile name may have at most 64 characters.";

        Profile empty = good;
        empty.name.clear();
        QTest::newRow("empty name") << empty << QStringList{QStringLiteral("name")}
                                    << "Enter a name for the profile.";

        const QString forbidden =
            QStringLiteral("A profile name may not contain slashes, backslashes or control characters.");
        for (const QString& name : {QStringLiteral("a/b"), QStringLiteral("a\\b"), QStringLiteral("a\tb"),
                                    QStringLiteral("a\nb"), QString(QStringLiteral("a") + QChar(0x2028))}) {
            Profile bad = good;
            bad.name = name;
            QTest::addRow("forbidden character %d", int(name.at(1).unicode()))
                << bad << QStringList{QStringLiteral("name")} << forbidden;
        }

        Profile padded = good;
        padded.name = QStringLiteral(" main");
        QTest::newRow("leading space") << padded << QStringList{QStringLiteral("name")}
                                       << "A profile name may not begin or end with a space.";

        Profile provider = good;
        provider.provider = QStringLiteral("aws");
        QTest::newRow("unknown provider")
            << provider << QStringList{QStringLiteral("provider")}
            << "\"aws\" is not a provider OrderDesk knows. Use one of: volcengine, aliyun, "
               "unicloud, huaweicloud.";

        Profile noKey = good;
        noKey.accessKeyId.clear();
        QTest::newRow("no AccessKey ID")
            << noKey << QStringList{QStringLiteral("accessKeyId")} << "Enter the AccessKey ID.";

        Profile spacedKey = good;
        spacedKey.accessKeyId = QStringLiteral("LTAI5t Example");
        QTest::newRow("space in AccessKey ID") << spacedKey << QStringList{QStringLiteral("accessKeyId")}
                                               << "The AccessKey ID contains spaces or characters that an "
                                                  "AccessKey ID does not have. Copy it again "
                                                  "from the provider's console.";

        Profile longKey = good;
        longKey.accessKeyId = QString(129, QLatin1Char('A'));
        QTest::newRow("AccessKey ID too long")
            << longKey << QStringList{QStringLiteral("accessKeyId")}
            << "An AccessKey ID has at most 128 characters. Check that you copied the ID and not the secret.";

        Profile simulator = good;
        simulator.endpoint = QStringLiteral("http://127.0.0.1:40123");
        simulator.region = QStringLiteral("cn-north-4");
        QTest::newRow("simulator endpoint and region") << simulator << QStringList() << QString();

        Profile ftp = good;
        ftp.endpoint = QStringLiteral("ftp://vpc.aliyuncs.com");
        LocalizedText endpointError;
        Endpoint::parse(ftp.endpoint, &endpointError);
        QTest::newRow("bad endpoint")
            << ftp << QStringList{QStringLiteral("endpoint")} << endpointError.toEnglish();

        Profile region = good;
        region.region = QStringLiteral("cn beijing");
        QTest::newRow("bad region")
            << region << QStringList{QStringLiteral("region")}
            << "A region is written with letters, digits and hyphens only, for example "
               "cn-beijing.";

        Profile everything;
        everything.provider = QStringLiteral("gcp");
        everything.endpoint = QStringLiteral("vpc.aliyuncs.com");
        everything.region = QStringLiteral("cn/x");
        QTest::newRow("all wrong")
            << everything
            << QStringList{QStringLiteral("provider"), QStringLiteral("name"), QStringLiteral("accessKeyId"),
                           QStringLiteral("endpoint"), QStringLiteral("region")}
            << "\"gcp\" is not a provider OrderDesk knows. Use one of: volcengine, aliyun, "
               "unicloud, huaweicloud.";
    }
    void validateProfile_rules()
    {
        QFETCH(Profile, profile);
        QFETCH(QStringList, fields);
        QFETCH(QString, firstMessage);
        AppSettings settings(freshIniPath());
        const CredentialStore store(settings.raw(), m_providers);
        const QList<ValidationIssue> issues = store.profileIssues(profile);
        QStringList actualFields;
        for (const ValidationIssue& issue : issues)
            actualFields.append(issue.field);
        QCOMPARE(actualFields, fields);
        QCOMPARE(store.validateProfile(profile).toEnglish(), firstMessage);
        if (!issues.isEmpty())
            QCOMPARE(issues.first().message.toEnglish(), firstMessage);
    }

    void validateProfile_blockingIssue_savesNothing()
    {
        const QString path = freshIniPath();
        AppSettings settings(path);
        auto keychain = std::make_unique<MemoryKeychain>();
        MemoryKeychain* memory = keychain.get();
        CredentialStore store(settings.raw(), m_providers, std::move(keychain));
        int answers = 0;
        CredentialResult result;
        store.saveProfile(
            makeProfile(QStringLiteral("aliyun"), QStringLiteral("a/b"), QStringLiteral("LTAI5tX")),
            QStringLiteral("secret-value"), this, [&](const CredentialResult& answer) {
                ++answers;
                result = answer;
            });
        QTRY_COMPARE(answers, 1);
        QVERIFY(!result.ok);
        QCOMPARE(result.error,
                 storeText("A profile name may not contain slashes, backslashes or control characters."));
        QVERIFY(memory->secrets.isEmpty());
        QVERIFY(store.profiles().isEmpty());
    }

    void keyFormatWarning_prefixes_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("accessKeyId");
        QTest::addColumn<QString>("warning");
        const QString aliyun =
            QStringLiteral("Alibaba Cloud AccessKey IDs normally start with LTAI. Check that "
                           "this is an Alibaba Cloud AccessKey and not one of another provider.");
        const QString volcengine =
            QStringLiteral("Volcengine AccessKey IDs normally start with AKLT. Check that "
                           "this is a Volcengine AccessKey and not one of another provider.");
        QTest::newRow("aliyun LTAI") << "aliyun"
                                     << "LTAI5tExampleKeyId01" << QString();
        QTest::newRow("aliyun with a Volcengine key") << "aliyun"
                                                      << "AKLTExampleKey" << aliyun;
        QTest::newRow("aliyun lowercase") << "aliyun"
                                          << "ltai5tExample" << aliyun;
        QTest::newRow("volcengine AKLT") << "volcengine"
                                         << "AKLTNDQ2YTRlNTBiYTg1NDcyNmE3" << QString();
        QTest::newRow("volcengine with an Alibaba key") << "volcengine"
                                                        << "LTAI5tExampleKeyId01" << volcengine;
        QTest::newRow("huaweicloud anything") << "huaweicloud"
                                              << "HPUAEXAMPLE1234567890" << QString();
        QTest::newRow("unicloud anything") << "unicloud"
                                           << "LTAI-or-whatever" << QString();
        QTest::newRow("no ID yet") << "aliyun"
                                   << "" << QString();
    }
    void keyFormatWarning_prefixes()
    {
        QFETCH(QString, provider);
        QFETCH(QString, accessKeyId);
        QFETCH(QString, warning);
        const Profile profile = makeProfile(provider, QStringLiteral("main"), accessKeyId);
        AppSettings settings(freshIniPath());
        const CredentialStore store(settings.raw(), m_providers);
        QCOMPARE(store.keyFormatWarning(profile).toEnglish(), warning);
        // A warning never blocks saving.
        if (!accessKeyId.isEmpty())
            QVERIFY(store.validateProfile(profile).isEmpty());
    }

    void validateSecret_rules_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("message");
        const QString spaces =
            QStringLiteral("The AccessKey secret contains spaces, line breaks or invisible "
                           "characters. Copy it again without them.");
        QTest::newRow("fine") << "Abc123+/=xyz" << QString();
        QTest::newRow("empty") << ""
                               << "Enter the AccessKey secret.";
        QTest::newRow("trailing newline") << "Abc123\n" << spaces;
        QTest::newRow("inner space") << "Abc 123" << spaces;
        QTest::newRow("zero width space") << QString(QStringLiteral("Abc") + QChar(0x200B)) << spaces;
        QTest::newRow("too long")
            << QString(257, QLatin1Char('x'))
            << "The AccessKey secret is longer than any provider issues. Check that you "
               "copied only the secret.";
    }
    void validateSecret_rules()
    {
        QFETCH(QString, secret);
        QFETCH(QString, message);
        QCOMPARE(CredentialStore::validateSecret(secret).toEnglish(), message);
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
