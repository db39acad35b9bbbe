#include "CredentialStore.h"

#include "QtKeychainBackend.h"
#include "common/Endpoint.h"
#include "providers/ProviderRegistry.h"

#include <QPointer>
#include <QSettings>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace OrderDesk {

namespace {

constexpr const char* translationContext = "OrderDesk::CredentialStore";
constexpr int maximumNameLength = 64;
constexpr int maximumAccessKeyIdLength = 128;
constexpr int maximumSecretLength = 256;
constexpr int maximumRegionLength = 64;

LocalizedText text(const char* sourceText)
{
    return LocalizedText(translationContext, sourceText);
}

LocalizedText noProfileMessage(const QString& name)
{
    return text(QT_TRANSLATE_NOOP("OrderDesk::CredentialStore",
                                  "There is no profile named \"%1\" for this provider."))
        .arg(name);
}

LocalizedText settingsWriteMessage(const QString& fileName)
{
    return text(
               QT_TRANSLATE_NOOP("OrderDesk::CredentialStore",
                                 "The settings file %1 could not be written, so the profile was not changed. "
                                 "Check that its folder exists and that you may write to it."))
        .arg(fileName);
}

LocalizedText nameTakenMessage(const QString& name)
{
    return text(
               QT_TRANSLATE_NOOP("OrderDesk::CredentialStore",
                                 "A profile named \"%1\" already exists for this provider. Names that differ "
                                 "only in letter case count as the same name."))
        .arg(name);
}

// Overwrites the characters of a secret when this is the only copy, then drops it.
void wipe(QString& secret)
{
    if (secret.isDetached())
        secret.fill(QChar(u'\0'));
    secret.clear();
}

bool isForbiddenInName(QChar c)
{
    const QChar::Category category = c.category();
    return c == QLatin1Char('/') || c == QLatin1Char('\\') || category == QChar::Other_Control ||
           category == QChar::Separator_Line || category == QChar::Separator_Paragraph;
}

bool isAccessKeyIdCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-' ||
           u == u'_' || u == u'.' || u == u'=' || u == u'+' || u == u'/';
}

bool isRegionCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-' ||
           u == u'_';
}

} // namespace

struct CredentialStore::Call
{
    QPointer<QObject> context;
    Callback done;
    bool finished = false;
};

CredentialStore::CredentialStore(QSettings& settings, const ProviderRegistry& providers, QObject* parent)
    : CredentialStore(settings, providers, std::make_unique<QtKeychainBackend>(), parent)
{}

CredentialStore::CredentialStore(QSettings& settings, const ProviderRegistry& providers,
                                 std::unique_ptr<KeychainBackend> backend, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_providers(providers)
    , m_backend(std::move(backend))
    , m_serviceName(QStringLiteral("OrderDesk"))
{}

CredentialStore::~CredentialStore()
{
    // Keeps the promise of exactly one answer to callers whose context outlives the store.
    const QList<CallPtr> pending = m_calls;
    for (const CallPtr& call : pending)
        fail(call, text(QT_TRANSLATE_NOOP("OrderDesk::CredentialStore",
                                          "The keychain operation was cancelled before it finished.")));
}

void CredentialStore::setServiceName(const QString& serviceName)
{
    m_serviceName = serviceName;
}

void CredentialStore::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = std::max(timeout, std::chrono::milliseconds(0));
}

QStringList CredentialStore::providers() const
{
    return m_providers.ids();
}

QList<Profile> CredentialStore::profiles(const QString& provider) const
{
    QStringList providerIds;
    if (provider.isEmpty()) {
        m_settings.beginGroup(QStringLiteral("profiles"));
        providerIds = m_settings.childGroups();
        m_settings.endGroup();
    } else {
        providerIds.append(provider);
    }
    QList<Profile> list;
    for (const QString& providerId : std::as_const(providerIds)) {
        m_settings.beginGroup(QStringLiteral("profiles/") + providerId);
        const QStringList names = m_settings.childGroups();
        m_settings.endGroup();
        for (const QString& name : names) {
            if (std::optional<Profile> found = profile(providerId, name))
                list.append(*found);
        }
    }
    std::sort(list.begin(), list.end(), [](const Profile& a, const Profile& b) {
        if (a.provider != b.provider)
            return a.provider < b.provider;
        const int folded = a.name.compare(b.name, Qt::CaseInsensitive);
        return folded != 0 ? folded < 0 : a.name < b.name;
    });
    return list;
}

std::optional<Profile> CredentialStore::profile(const QString& provider, const QString& name) const
{
    if (provider.isEmpty() || name.isEmpty() || provider.contains(QLatin1Char('/')) ||
        std::any_of(name.begin(), name.end(), isForbiddenInName))
        return std::nullopt;
    // On Windows QSettings matches keys regardless of letter case, also in INI files: "ONE"
    // would read the profile "one". Only the name as stored is that profile.
    m_settings.beginGroup(QStringLiteral("profiles/") + provider);
    const bool stored = m_settings.childGroups().contains(name);
    m_settings.endGroup();
    if (!stored)
        return std::nullopt;
    m_settings.beginGroup(groupFor(provider, name));
    std::optional<Profile> found;
    if (m_settings.contains(QStringLiteral("accessKeyId"))) {
        found = Profile{provider, name, m_settings.value(QStringLiteral("accessKeyId")).toString(),
                        m_settings.value(QStringLiteral("endpoint")).toString(),
                        m_settings.value(QStringLiteral("region")).toString()};
    }
    m_settings.endGroup();
    return found;
}

QList<ValidationIssue> CredentialStore::profileIssues(const Profile& profile) const
{
    QList<ValidationIssue> issues;
    const auto add = [&issues](const char* field, const LocalizedText& message) {
        issues.append(ValidationIssue{QLatin1String(field), message});
    };

    const QStringList known = providers();
    if (!known.contains(profile.provider))
        add("provider", text(QT_TRANSLATE_NOOP("OrderDesk::CredentialStore",
                                               "\"%1\" is not a provider OrderDesk knows. Use one of: %2."))
                            .arg(profile.provider)
                            .arg(known.join(QStringLiteral(", "))));

    const qsizetype nameLength = profile.name.toUcs4().size();
    if (profile.name.isEmpty())
        add("name", text(QT_TRANSLATE_NOOP("OrderDesk::CredentialStore", "Enter a name for the profile.")));
    else if (nameLength > maximumNameLength)
        add("name", text(QT_TRANSLATE_NOOP("OrderDesk::CredentialStore",
                                           "A profile name may have at most %1 characters."))
                        .arg(maximumNameLength));
    else if (std::any_of(profile.name.begin(), profile.name.end(), isForbiddenInName))
        add("name", text(QT_TRANSLATE_NOOP("OrderDesk::CredentialStore",
                                           "A profile name may not contain slashes, backslashes or control "
                                           "characters.")));
    else if (profile.name.front().isSpace() || profile.name.back().isSpace())
        add("name", text(QT_TRANSLATE_NOOP("OrderDesk::CredentialStore",
                                           "A profile name may not begin or end with a space.")));

    // The ID is not a secret, but a secret pasted into this field by mistake must not be echoed
    // back in the message, so the messages never quote the value.
    if (profile.accessKeyId.isEmpty())
        add("accessKeyId", text(QT_TRANSLATE_NOOP("OrderDesk::CredentialStore", "Enter the AccessKey ID.")));
    else if (profile.accessKeyId.size() > maximumAccessKeyIdLength)
        add("accessKeyId", text(QT_TRANSLATE_NOOP("OrderDesk::CredentialStore",
                                                  "An AccessKey ID has at most %1 characters. Check that you "
                                                  "copied the ID and not the secret."))
                               .arg(maximumAccessKeyIdLength));
    else if (!std::all_of(profile.accessKeyId.begin(), profile.accessKeyId.end(), isAccessKeyIdCharacter))
        add("accessKeyId",
            text(QT_TRANSLATE_NOOP("OrderDesk::CredentialStore",
                                   "The AccessKey ID contains spaces or characters that an "
                                   "AccessKey ID does not have. Copy it again from the provider's "
                                   "console.")));

    if (!profile.endpoint.trimmed().isEmpty()) {
        LocalizedText error;
        if (!Endpoint::parse(profile.endpoint, &error).isValid())
            add("endpoint", error);
    }

    if (!profile.region.isEmpty() &&
        (profile.region.size() > maximumRegionLength ||
         !std::all_of(profile.region.begin(), profile.region.end(), isRegionCharacter)))
        add("region", text(QT_TRANSLATE_NOOP("OrderDesk::CredentialStore",
                                             "A region is written with letters, digits and hyphens only, for "
                                             "example cn-beijing.")));
    return issues;
}

LocalizedText CredentialStore::validateProfile(const Profile& profile) const
{
    const QList<ValidationIssue> issues = profileIssues(profile);
    return issues.isEmpty() ? LocalizedText() : issues.first().message;
}

LocalizedText CredentialStore::validateSecret(const QString& secret)
{
    if (secret.isEmpty())
        return text(QT_TRANSLATE_NOOP("OrderDesk::CredentialStore", "Enter the AccessKey secret."));
    if (std::any_of(secret.begin(), secret.end(), [](QChar c) { return c.isSpace() || !c.isPrint(); }))
        return text(
            QT_TRANSLATE_NOOP("OrderDesk::CredentialStore",
                              "The AccessKey secret contains spaces, line breaks or invisible characters. "
                              "Copy it again without them."));
    if (secret.size() > maximumSecretLength)
        return text(
            QT_TRANSLATE_NOOP("OrderDesk::CredentialStore",
                              "The AccessKey secret is longer than any provider issues. Check that you "
                              "copied only the secret."));
    return {};
}

LocalizedText CredentialStore::keyFormatWarning(const Profile& profile) const
{
    const Provider* provider = m_providers.find(profile.provider);
    if (!provider)
        return {};
    const AccessKeyIdHint hint = provider->accessKeyIdHint();
    return hint.doesNotFit(profile.accessKeyId) ? hint.warning : LocalizedText();
}

void CredentialStore::saveProfile(const Profile& profile, const QString& secret, QObject* context,
                                  Callback done)
{
    const CallPtr call = begin(context, std::move(done));
    const LocalizedText problem = validateProfile(profile);
    if (!problem.isEmpty())
        return fail(call, problem);
    const std::optional<Profile> existing = this->profile(profile.provider, profile.name);
    if (!existing) {
        if (const std::optional<Profile> similar = findSimilarName(profile.provider, profile.name))
            return fail(call, nameTakenMessage(similar->name));
    }
    if (secret.isEmpty()) {
        if (!existing)
            return fail(call,
                        text(QT_TRANSLATE_NOOP("OrderDesk::CredentialStore",
                                               "Enter the AccessKey secret for the new profile \"%1\"."))
                            .arg(profile.name));
        return writeProfileAndFinish(call, profile, {}, false);
    }
    const LocalizedText secretIssue = validateSecret(secret);
    if (!secretIssue.isEmpty())
        return fail(call, secretIssue);

    const bool isNew = !existing.has_value();
    runKeychain(call,
                {KeychainBackend::Operation::Write, m_serviceName,
                 keychainKey(profile.provider, profile.name), secret},
                [this, call, profile, isNew](const KeychainBackend::Reply& reply) {
                    if (reply.status != KeychainBackend::Status::Ok)
                        return failFromKeychain(call, reply, profile);
                    writeProfileAndFinish(call, profile, {}, isNew);
                });
}

void CredentialStore::updateProfile(const QString& currentName, const Profile& profile, const QString& secret,
                                    QObject* context, Callback done)
{
    if (currentName == profile.name) {
        if (!this->profile(profile.provider, currentName)) {
            const CallPtr call = begin(context, std::move(done));
            return fail(call, noProfileMessage(currentName));
        }
        return saveProfile(profile, secret, context, std::move(done));
    }

    const CallPtr call = begin(context, std::move(done));
    const LocalizedText problem = validateProfile(profile);
    if (!problem.isEmpty())
        return fail(call, problem);
    const std::optional<Profile> old = this->profile(profile.provider, currentName);
    if (!old)
        return fail(call, noProfileMessage(currentName));
    // Keychains and INI files disagree on whether letter case matters; a case-only rename would
    // delete the new entry together with the old one on some of them.
    if (currentName.compare(profile.name, Qt::CaseInsensitive) == 0)
        return fail(
            call, text(QT_TRANSLATE_NOOP("OrderDesk::CredentialStore",
                                         "\"%1\" and \"%2\" differ only in letter case, which counts as the "
                                         "same name. Choose a different name."))
                      .arg(currentName)
                      .arg(profile.name));
    if (const std::optional<Profile> similar = findSimilarName(profile.provider, profile.name))
        return fail(call, nameTakenMessage(similar->name));

    const auto writeUnderNewName = [this, call, profile, currentName](const QString& newSecret) {
        runKeychain(call,
                    {KeychainBackend::Operation::Write, m_serviceName,
                     keychainKey(profile.provider, profile.name), newSecret},
                    [this, call, profile, currentName](const KeychainBackend::Reply& reply) {
                        if (reply.status != KeychainBackend::Status::Ok)
                            return failFromKeychain(call, reply, profile);
                        writeProfileAndFinish(call, profile, currentName, true);
                    });
    };
    if (!secret.isEmpty()) {
        const LocalizedText secretIssue = validateSecret(secret);
        if (!secretIssue.isEmpty())
            return fail(call, secretIssue);
        return writeUnderNewName(secret);
    }
    runKeychain(call,
                {KeychainBackend::Operation::Read, m_serviceName, keychainKey(old->provider, old->name), {}},
                [this, call, old, writeUnderNewName](const KeychainBackend::Reply& reply) {
                    KeychainBackend::Reply checked = reply;
                    if (checked.status == KeychainBackend::Status::Ok && checked.secret.isEmpty())
                        checked.status = KeychainBackend::Status::EntryNotFound;
                    if (checked.status != KeychainBackend::Status::Ok)
                        return failFromKeychain(call, checked, *old);
                    writeUnderNewName(checked.secret);
                    wipe(checked.secret);
                });
}

void CredentialStore::readCredential(const QString& provider, const QString& name, QObject* context,
                                     Callback done)
{
    const CallPtr call = begin(context, std::move(done));
    const std::optional<Profile> existing = profile(provider, name);
    if (!existing)
        return fail(call, noProfileMessage(name));
    runKeychain(call, {KeychainBackend::Operation::Read, m_serviceName, keychainKey(provider, name), {}},
                [this, call, existing](const KeychainBackend::Reply& reply) {
                    KeychainBackend::Reply checked = reply;
                    if (checked.status == KeychainBackend::Status::Ok && checked.secret.isEmpty())
                        checked.status = KeychainBackend::Status::EntryNotFound;
                    if (checked.status != KeychainBackend::Status::Ok)
                        return failFromKeychain(call, checked, *existing);
                    CredentialResult result;
                    result.ok = true;
                    result.credential = Credential{existing->accessKeyId, checked.secret};
                    wipe(checked.secret);
                    finish(call, result);
                });
}

void CredentialStore::removeProfile(const QString& provider, const QString& name, QObject* context,
                                    Callback done)
{
    const CallPtr call = begin(context, std::move(done));
    const std::optional<Profile> existing = profile(provider, name);
    if (!existing)
        return fail(call, noProfileMessage(name));
    runKeychain(call, {KeychainBackend::Operation::Delete, m_serviceName, keychainKey(provider, name), {}},
                [this, call, existing](const KeychainBackend::Reply& reply) {
                    // A secret that is already gone is what removing wants; anything else keeps the
                    // profile, so that the user can try again.
                    if (reply.status != KeychainBackend::Status::Ok &&
                        reply.status != KeychainBackend::Status::EntryNotFound)
                        return failFromKeychain(call, reply, *existing);
                    m_settings.remove(groupFor(existing->provider, existing->name));
                    m_settings.sync();
                    if (m_settings.status() != QSettings::NoError)
                        return fail(call, settingsWriteMessage(m_settings.fileName()));
                    CredentialResult result;
                    result.ok = true;
                    result.credential.accessKeyId = existing->accessKeyId;
                    finish(call, result);
                });
}

void CredentialStore::readProxyPassword(QObject* context, Callback done)
{
    readPassword(proxyPasswordKey(), context, std::move(done));
}

void CredentialStore::saveProxyPassword(const QString& password, QObject* context, Callback done)
{
    savePassword(proxyPasswordKey(), password, context, std::move(done));
}

void CredentialStore::readPassword(const QString& key, QObject* context, Callback done)
{
    const CallPtr call = begin(context, std::move(done));
    runKeychain(call, {KeychainBackend::Operation::Read, m_serviceName, key, {}},
                [this, call, key](const KeychainBackend::Reply& reply) {
                    // No password stored is an answer: the proxy takes none.
                    if (reply.status != KeychainBackend::Status::Ok &&
                        reply.status != KeychainBackend::Status::EntryNotFound)
                        return fail(call, passwordMessageFor(key, reply.status), reply.errorString);
                    CredentialResult result;
                    result.ok = true;
                    KeychainBackend::Reply answer = reply;
                    if (answer.status == KeychainBackend::Status::Ok)
                        result.credential.accessKeySecret = answer.secret;
                    wipe(answer.secret);
                    finish(call, result);
                });
}

void CredentialStore::savePassword(const QString& key, const QString& password, QObject* context,
                                   Callback done)
{
    const CallPtr call = begin(context, std::move(done));
    if (password.size() > maximumSecretLength)
        return fail(call, (key == proxyPasswordKey()
                               ? text(QT_TRANSLATE_NOOP("OrderDesk::CredentialStore",
                                                        "The proxy password may have at most %1 characters."))
                               : text(QT_TRANSLATE_NOOP("OrderDesk::CredentialStore",
                                                        "The password may have at most %1 characters.")))
                              .arg(maximumSecretLength));
    const bool remove = password.isEmpty();
    KeychainBackend::Request request{remove ? KeychainBackend::Operation::Delete
                                            : KeychainBackend::Operation::Write,
                                     m_serviceName, key, password};
    runKeychain(call, std::move(request), [this, call, remove, key](const KeychainBackend::Reply& reply) {
        const bool gone = remove && reply.status == KeychainBackend::Status::EntryNotFound;
        if (reply.status != KeychainBackend::Status::Ok && !gone)
            return fail(call, passwordMessageFor(key, reply.status), reply.errorString);
        CredentialResult result;
        result.ok = true;
        finish(call, result);
    });
}

QString CredentialStore::proxyPasswordKey()
{
    return QStringLiteral("network/proxy");
}

CredentialStore::CallPtr CredentialStore::begin(QObject* context, Callback done)
{
    auto call = std::make_shared<Call>();
    call->context = context != nullptr ? context : this;
    call->done = std::move(done);
    m_calls.append(call);
    return call;
}

void CredentialStore::finish(const CallPtr& call, const CredentialResult& result)
{
    if (call->finished)
        return;
    call->finished = true;
    m_calls.removeOne(call);
    Callback done = std::move(call->done);
    QObject* target = call->context.data();
    if (target == nullptr || !done)
        return;
    // Always queued: the caller never sees its callback run inside its own call, it runs in the
    // context's thread, and Qt drops it if the context is destroyed before it runs.
    QMetaObject::invokeMethod(
        target, [callback = std::move(done), result]() { callback(result); }, Qt::QueuedConnection);
}

void CredentialStore::fail(const CallPtr& call, const LocalizedText& error, const QString& technicalDetail)
{
    CredentialResult result;
    result.error = error;
    result.technicalDetail = technicalDetail;
    finish(call, result);
}

void CredentialStore::runKeychain(const CallPtr& call, KeychainBackend::Request request, Next next)
{
    auto answered = std::make_shared<bool>(false);
    auto* timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(m_timeout);
    const QString seconds = QString::number(static_cast<double>(m_timeout.count()) / 1000.0);
    connect(timer, &QTimer::timeout, this, [this, call, answered, timer, seconds]() {
        timer->deleteLater();
        if (*answered)
            return;
        *answered = true;
        fail(call,
             text(QT_TRANSLATE_NOOP("OrderDesk::CredentialStore",
                                    "The system keychain did not answer within %1 seconds. It may be locked "
                                    "and waiting for its password, or not running. Unlock or restart it, "
                                    "then try again."))
                 .arg(seconds));
    });
    timer->start();

    const QPointer<CredentialStore> self(this);
    const QPointer<QTimer> timerGuard(timer);
    m_backend->start(request, [self, call, answered, timerGuard,
                               next = std::move(next)](const KeychainBackend::Reply& reply) {
        // The late answer of an operation that already timed out is dropped.
        if (*answered)
            return;
        *answered = true;
        if (timerGuard) {
            timerGuard->stop();
            timerGuard->deleteLater();
        }
        if (self.isNull() || call->finished)
            return;
        next(reply);
    });
    wipe(request.secret);
}

void CredentialStore::failFromKeychain(const CallPtr& call, const KeychainBackend::Reply& reply,
                                       const Profile& profile)
{
    fail(call, messageFor(reply.status, profile), reply.errorString);
}

void CredentialStore::writeProfileAndFinish(const CallPtr& call, const Profile& profile,
                                            const QString& previousName, bool isNewKeychainEntry)
{
    if (!writeProfile(profile, previousName)) {
        if (isNewKeychainEntry)
            deleteOrphanedSecret(profile.provider, profile.name);
        return fail(call, settingsWriteMessage(m_settings.fileName()));
    }
    if (!previousName.isEmpty())
        deleteOrphanedSecret(profile.provider, previousName);
    CredentialResult result;
    result.ok = true;
    result.credential.accessKeyId = profile.accessKeyId;
    finish(call, result);
}

bool CredentialStore::writeProfile(const Profile& profile, const QString& previousName)
{
    if (!previousName.isEmpty())
        m_settings.remove(groupFor(profile.provider, previousName));
    m_settings.beginGroup(groupFor(profile.provider, profile.name));
    m_settings.setValue(QStringLiteral("accessKeyId"), profile.accessKeyId);
    m_settings.setValue(QStringLiteral("endpoint"), profile.endpoint.trimmed());
    m_settings.setValue(QStringLiteral("region"), profile.region);
    m_settings.endGroup();
    m_settings.sync();
    return m_settings.status() == QSettings::NoError;
}

void CredentialStore::deleteOrphanedSecret(const QString& provider, const QString& name)
{
    // Best effort and unobserved: the user's operation has already been decided, and a secret
    // left behind in the keychain is harmless to it.
    m_backend->start({KeychainBackend::Operation::Delete, m_serviceName, keychainKey(provider, name), {}},
                     [](const KeychainBackend::Reply&) {});
}

std::optional<Profile> CredentialStore::findSimilarName(const QString& provider, const QString& name) const
{
    for (const Profile& existing : profiles(provider)) {
        if (existing.name.compare(name, Qt::CaseInsensitive) == 0)
            return existing;
    }
    return std::nullopt;
}

QString CredentialStore::groupFor(const QString& provider, const QString& name)
{
    return QStringLiteral("profiles/") + provider + QLatin1Char('/') + name;
}

QString CredentialStore::keychainKey(const QString& provider, const QString& name)
{
    return provider + QLatin1Char('/') + name;
}

LocalizedText CredentialStore::passwordMessageFor(const QString& key, KeychainBackend::Status status)
{
    if (status == KeychainBackend::Status::CouldNotDeleteEntry && key == proxyPasswordKey())
        return text(
            QT_TRANSLATE_NOOP("OrderDesk::CredentialStore",
                              "The system keychain could not remove the proxy password. Try again, or "
                              "remove the entry with the keychain's own tool."));
    if (status == KeychainBackend::Status::CouldNotDeleteEntry)
        return text(QT_TRANSLATE_NOOP("OrderDesk::CredentialStore",
                                      "The system keychain could not remove the password. Try again, or "
                                      "remove the entry with the keychain's own tool."));
    // The other messages name no profile.
    return messageFor(status, Profile{});
}

LocalizedText CredentialStore::messageFor(KeychainBackend::Status status, const Profile& profile)
{
    switch (status) {
    case KeychainBackend::Status::EntryNotFound:
        return text(QT_TRANSLATE_NOOP(
                        "OrderDesk::CredentialStore",
                        "No secret is stored in the system keychain for profile \"%1\". Enter the "
                        "AccessKey secret of this profile again."))
            .arg(profile.name);
    case KeychainBackend::Status::CouldNotDeleteEntry:
        return text(
                   QT_TRANSLATE_NOOP("OrderDesk::CredentialStore",
                                     "The system keychain could not remove the secret of profile \"%1\". Try "
                                     "again, or remove the entry with the keychain's own tool."))
            .arg(profile.name);
    case KeychainBackend::Status::AccessDeniedByUser:
        return text(QT_TRANSLATE_NOOP("OrderDesk::CredentialStore",
                                      "Access to the system keychain was refused. Allow OrderDesk to use the "
                                      "keychain when it asks, then try again."));
    case KeychainBackend::Status::AccessDenied:
        return text(QT_TRANSLATE_NOOP("OrderDesk::CredentialStore",
                                      "The system keychain is locked or did not allow access. Unlock it (for "
                                      "example by logging in again), then try again."));
    case KeychainBackend::Status::NoBackendAvailable:
    case KeychainBackend::Status::NotImplemented:
        return text(
            QT_TRANSLATE_NOOP("OrderDesk::CredentialStore",
                              "No system keychain is available. OrderDesk keeps AccessKey secrets only in "
                              "the system keychain (Keychain on macOS, Credential Manager on Windows, a "
                              "Secret Service such as GNOME Keyring or KWallet on Linux), never in a "
                              "file. Start or install one, then try again."));
    case KeychainBackend::Status::Ok:
    case KeychainBackend::Status::OtherError:
        break;
    }
    return text(
        QT_TRANSLATE_NOOP("OrderDesk::CredentialStore",
                          "The system keychain reported an error. Check that it is running and unlocked, "
                          "then try again; the technical details say more."));
}

} // namespace OrderDesk
