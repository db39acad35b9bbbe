#pragma once

#include "CredentialResult.h"
#include "KeychainBackend.h"
#include "Profile.h"
#include "common/LocalizedText.h"
#include "providers/ValidationIssue.h"

#include <QList>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QSettings;

namespace OrderDesk {

class ProviderRegistry;

// Named AccessKey profiles per provider, and the proxy password. The profile (AccessKey ID,
// endpoint, region) is kept in the settings under "profiles/<provider>/<name>"; the secret only
// in the system keychain, under the key "<provider>/<name>". There is no fallback: without a
// keychain, no secret is stored and the user is told why.
//
// Every operation is asynchronous and calls back exactly once, on the context's thread and
// never after the context (or, without one, this store) is destroyed. A keychain that does not
// answer within the timeout becomes an error; its late answer is then ignored. Call the store
// from the thread it lives in.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const CredentialResult&)>;

    static constexpr std::chrono::milliseconds DefaultTimeout{10000};

    // A profile may belong to any provider of the registry, which must outlive the store.
    CredentialStore(QSettings& settings, const ProviderRegistry& providers, QObject* parent = nullptr);
    // For tests and other keychains; the default is the system keychain.
    CredentialStore(QSettings& settings, const ProviderRegistry& providers,
                    std::unique_ptr<KeychainBackend> backend, QObject* parent = nullptr);
    ~CredentialStore() override;

    // The keychain service name, "OrderDesk" unless set (tests use a unique one).
    QString serviceName() const { return m_serviceName; }
    void setServiceName(const QString& serviceName);
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout);

    // The provider ids a profile may belong to: the registry's, in its order.
    QStringList providers() const;
    // Sorted by provider, then name.
    QList<Profile> profiles(const QString& provider = {}) const;
    std::optional<Profile> profile(const QString& provider, const QString& name) const;

    // What blocks saving, per field ("provider", "name", "accessKeyId", "endpoint", "region"):
    // an unknown provider, a bad name, an AccessKey ID that cannot be one, an endpoint that is
    // not scheme://host[:port], a malformed region.
    QList<ValidationIssue> profileIssues(const Profile& profile) const;
    // The first of profileIssues(), or empty when the profile can be saved.
    LocalizedText validateProfile(const Profile& profile) const;
    // A secret with spaces or line breaks was almost always pasted with extra characters.
    static LocalizedText validateSecret(const QString& secret);
    // Advice only, never blocks: the provider's AccessKeyIdHint when the ID does not start the
    // way the provider's IDs normally do. Empty when the ID looks right.
    LocalizedText keyFormatWarning(const Profile& profile) const;

    // Creates or updates a profile. The secret is written to the keychain first; only when that
    // succeeded is the profile written to the settings. An empty secret keeps the stored one
    // (updating an existing profile only). On success, credential.accessKeyId is set and the
    // secret is not echoed back.
    void saveProfile(const Profile& profile, const QString& secret, QObject* context, Callback done);
    // Updates the profile now called currentName, which may rename it to profile.name. An empty
    // secret keeps the stored one (read from the keychain and stored under the new name).
    void updateProfile(const QString& currentName, const Profile& profile, const QString& secret,
                       QObject* context, Callback done);
    // On success, credential holds the AccessKey ID and the secret.
    void readCredential(const QString& provider, const QString& name, QObject* context, Callback done);
    // Deletes the secret from the keychain, then the profile from the settings.
    void removeProfile(const QString& provider, const QString& name, QObject* context, Callback done);

    // The password of the manual proxy (Settings → Network), in the keychain beside the
    // AccessKey secrets under proxyPasswordKey(), never in the settings. On success,
    // credential.accessKeySecret holds it, empty when none is stored.
    void readProxyPassword(QObject* context, Callback done);
    // Stores the proxy password; an empty one removes the stored one.
    void saveProxyPassword(const QString& password, QObject* context, Callback done);
    // "network/proxy": no provider is called "network", so no profile's key can be it.
    static QString proxyPasswordKey();
    // Any other password kept beside the secrets under `key` (a team ledger's role password,
    // TeamLedgerLocation::passwordKey()), as for the proxy password.
    void readPassword(const QString& key, QObject* context, Callback done);
    void savePassword(const QString& key, const QString& password, QObject* context, Callback done);

private:
    struct Call;
    using CallPtr = std::shared_ptr<Call>;
    using Next = std::function<void(const KeychainBackend::Reply&)>;

    CallPtr begin(QObject* context, Callback done);
    void finish(const CallPtr& call, const CredentialResult& result);
    void fail(const CallPtr& call, const LocalizedText& error, const QString& technicalDetail = {});
    void runKeychain(const CallPtr& call, KeychainBackend::Request request, Next next);
    void failFromKeychain(const CallPtr& call, const KeychainBackend::Reply& reply, const Profile& profile);

    void writeProfileAndFinish(const CallPtr& call, const Profile& profile, const QString& previousName,
                               bool isNewKeychainEntry);
    bool writeProfile(const Profile& profile, const QString& previousName);
    void deleteOrphanedSecret(const QString& provider, const QString& name);
    std::optional<Profile> findSimilarName(const QString& provider, const QString& name) const;

    static QString groupFor(const QString& provider, const QString& name);
    static QString keychainKey(const QString& provider, const QString& name);
    static LocalizedText messageFor(KeychainBackend::Status status, const Profile& profile);
    static LocalizedText passwordMessageFor(const QString& key, KeychainBackend::Status status);

    QSettings& m_settings;
    const ProviderRegistry& m_providers;
    std::unique_ptr<KeychainBackend> m_backend;
    QString m_serviceName;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
    QList<CallPtr> m_calls;
};

} // namespace OrderDesk
