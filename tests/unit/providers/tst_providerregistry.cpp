#include "TestArtifacts.h"
#include "credentials/CredentialStore.h"
#include "credentials/Profile.h"
#include "providers/ProviderRegistry.h"
#include "settings/AppSettings.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace OrderDesk;

// The registry is the one place a provider is added: whatever the profiles need to know about
// a provider must come from it, so that a new provider cannot be half-known.
class TestProviderRegistry : public QObject
{
    Q_OBJECT

private:
    ProviderRegistry m_providers;

    static Profile profileWith(const QString& provider, const QString& accessKeyId)
    {
        Profile profile;
        profile.provider = provider;
        profile.name = QStringLiteral("main");
        profile.accessKeyId = accessKeyId;
        return profile;
    }

private Q_SLOTS:
    void providers_data()
    {
        QTest::addColumn<QString>("provider");
        for (const QString& id : m_providers.ids())
            QTest::newRow(qPrintable(id)) << id;
    }

    void ids_uniqueAndFoundAgain()
    {
        const QStringList ids = m_providers.ids();
        QVERIFY(!ids.isEmpty());
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
        for (const QString& id : ids) {
            QVERIFY(!id.isEmpty());
            const Provider* provider = m_providers.find(id);
            QVERIFY(provider);
            QCOMPARE(provider->id(), id);
        }
        QCOMPARE(m_providers.all().size(), ids.size());
        QCOMPARE(m_providers.find(QStringLiteral("aws")), nullptr);
    }

    void accessKeyIdHint_eitherNoneOrComplete_data() { providers_data(); }
    void accessKeyIdHint_eitherNoneOrComplete()
    {
        QFETCH(QString, provider);
        const AccessKeyIdHint hint = m_providers.find(provider)->accessKeyIdHint();
        if (hint.isEmpty()) {
            QVERIFY(hint.warning.isEmpty());
            return;
        }
        QVERIFY(!hint.warning.isEmpty());
        // The warning names what it expects, so that the user knows what to look for.
        QVERIFY2(hint.warning.toEnglish().contains(hint.prefix), qPrintable(hint.warning.toEnglish()));
        QVERIFY(!hint.doesNotFit(hint.prefix + QStringLiteral("5tExample")));
        QVERIFY(hint.doesNotFit(QStringLiteral("X") + hint.prefix));
        QVERIFY(!hint.doesNotFit(QString()));
    }

    // The two providers whose AccessKey IDs have a documented start.
    void accessKeyIdHint_knownPrefixes()
    {
        QCOMPARE(m_providers.find(QStringLiteral("aliyun"))->accessKeyIdHint().prefix,
                 QStringLiteral("LTAI"));
        QCOMPARE(m_providers.find(QStringLiteral("volcengine"))->accessKeyIdHint().prefix,
                 QStringLiteral("AKLT"));
    }

    void credentialStore_knowsExactlyTheRegistrysProviders()
    {
        QTemporaryDir dir;
        TestArtifacts::keepIfAsked(dir);
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        const CredentialStore store(settings.raw(), m_providers);
        QCOMPARE(store.providers(), m_providers.ids());

        const LocalizedText unknown =
            store.validateProfile(profileWith(QStringLiteral("aws"), QStringLiteral("AKEXAMPLE")));
        for (const QString& id : m_providers.ids())
            QVERIFY2(unknown.toEnglish().contains(id), qPrintable(unknown.toEnglish()));
    }

    void credentialStore_warnsWithTheProvidersHint_data() { providers_data(); }
    void credentialStore_warnsWithTheProvidersHint()
    {
        QFETCH(QString, provider);
        QTemporaryDir dir;
        TestArtifacts::keepIfAsked(dir);
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        const CredentialStore store(settings.raw(), m_providers);
        const AccessKeyIdHint hint = m_providers.find(provider)->accessKeyIdHint();

        const Profile fitting = profileWith(provider, hint.prefix + QStringLiteral("5tExampleKeyId01"));
        QVERIFY(store.validateProfile(fitting).isEmpty());
        QVERIFY(store.keyFormatWarning(fitting).isEmpty());

        const Profile other =
            profileWith(provider, QStringLiteral("ZZ") + hint.prefix + QStringLiteral("01"));
        QVERIFY(store.validateProfile(other).isEmpty()); // advice, never a reason not to save
        QCOMPARE(store.keyFormatWarning(other), hint.isEmpty() ? LocalizedText() : hint.warning);
    }
};

QTEST_GUILESS_MAIN(TestProviderRegistry)
#include "tst_providerregistry.moc"
