#include "AppContext.h"

#include "ProviderForms.h"
#include "common/SandboxCredential.h"
#include "common/SystemClock.h"
#include "common/TranslationLoader.h"
#include "common/UuidNonceSource.h"
#include "credentials/CredentialStore.h"
#include "ledger/LedgerReader.h"
#include "ledger/OrderLedger.h"
#include "net/OrderClient.h"
#include "orders/ClientConfiguration.h"
#include "orders/OrderService.h"
#include "providers/ProviderRegistry.h"
#include "settings/AppSettings.h"
#include "settings/DataLocation.h"
#include "settings/NetworkSettings.h"
#include "settings/OwnerOnlyFiles.h"
#include "team/TeamLedgerLocation.h"
#include "team/TeamLedgerSession.h"
#include "team/TeamOrderMapping.h"
#include "team/TeamOrderSender.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTimer>
#include <QTranslator>

#include <algorithm>

// Q_INIT_RESOURCE must be called from the global namespace.
static void registerAppResources()
{
    static const bool registered = [] {
        Q_INIT_RESOURCE(orderdesk);
        return true;
    }();
    Q_UNUSED(registered)
}

namespace OrderDesk {

namespace {

QString resolveDataDirectory(const QString& requested)
{
    if (requested.isEmpty())
        return DataLocation::dataDirectory();
    const QString absolute = QDir(requested).absolutePath();
    OwnerOnlyFiles::ensureFolder(absolute);
    return absolute;
}

// Debian and most distributions install QtKeychain's catalogues in their own folder rather
// than next to Qt's.
QStringList keychainTranslationFolders()
{
    return {QLibraryInfo::path(QLibraryInfo::TranslationsPath),
            QStringLiteral("/usr/share/qt6keychain/translations"),
            QCoreApplication::applicationDirPath() + QStringLiteral("/translations")};
}

} // namespace

// Declared in the order they must be built: each part refers only to the ones above it, so
// the reverse order of destruction never leaves a dangling reference.
struct AppContext::Parts
{
    Parts(const QString& directory, Sandbox::Factory makeSandbox, const Clock* externalClock)
        : dataDirectory(directory)
        , clock(externalClock ? *externalClock : systemClock)
        , settings(directory + QStringLiteral("/settings.ini"))
        , credentials(settings.raw(), providers)
        , ledger(clock)
        , client(&network, clock, nonces)
        , service(ledger, client, tokens)
        , sandboxFactory(std::move(makeSandbox))
    {
        client.setOptions(ClientConfiguration::options(settings.network()));
    }

    QString dataDirectory;
    SystemClock systemClock;
    const Clock& clock;
    ProviderRegistry providers;
    ProviderForms forms;
    AppSettings settings;
    CredentialStore credentials;
    OrderLedger ledger;
    std::unique_ptr<LedgerReader> reader;
    QNetworkAccessManager network;
    UuidNonceSource nonces;
    UuidNonceSource tokens;
    OrderClient client;
    OrderService service;
    TranslationLoader translations;
    std::unique_ptr<QTranslator> keychainTranslator;
    Sandbox::Factory sandboxFactory;
    // Destroyed first: a late answer of the sandbox must not reach a dead client.
    std::unique_ptr<Sandbox> sandbox;
    LocalizedText ledgerError;
    QString languageOverride;
    QString proxyPassword;
    bool proxyPasswordKnown = false;
    // Destroyed before the service it sends with.
    std::unique_ptr<TeamLedgerSession> team;
    std::unique_ptr<TeamOrderSender> teamSender;
    LocalizedText teamError;
    quint64 teamGeneration = 0;
};

AppContext::AppContext(const QString& dataDirectory, Sandbox::Factory sandbox, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Parts>(resolveDataDirectory(dataDirectory), std::move(sandbox), nullptr))
{
    registerAppResources();
}

AppContext::AppContext(const QString& dataDirectory, const Clock& clock, Sandbox::Factory sandbox,
                       QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Parts>(resolveDataDirectory(dataDirectory), std::move(sandbox), &clock))
{
    registerAppResources();
}

const Clock& AppContext::clock() const
{
    return d->clock;
}

AppContext::~AppContext() = default;

bool AppContext::initialize(LocalizedText* error)
{
    d->languageOverride = qEnvironmentVariable("ORDERDESK_LANGUAGE").trimmed();
    applyLanguage(d->languageOverride.isEmpty() ? d->settings.language() : d->languageOverride);
    applyNetworkSettings();
    // Opens the file at once, or addresses the team's database once its password is read.
    connectTeamLedger();
    if (!d->ledgerError.isEmpty()) {
        if (error)
            *error = d->ledgerError;
        return false;
    }
    return true;
}

void AppContext::whenOrdersSettled(quint64 teamGeneration, std::function<void()> move)
{
    if (!d->service.isBusy()) {
        move();
        return;
    }
    // An order in flight records its attempts and outcome in the ledger it was written to: the
    // ledger moves once every order has its answer. A later change of the settings supersedes it.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(&d->service, &OrderService::idle, this, [this, connection, teamGeneration, move] {
        QObject::disconnect(*connection);
        if (teamGeneration == d->teamGeneration)
            move();
    });
}

QString AppContext::fileLedgerLocation() const
{
    return d->dataDirectory + QStringLiteral("/ledger.sqlite");
}

void AppContext::useFileLedger()
{
    const QString file = fileLedgerLocation();
    if (d->ledger.isOpen() && d->ledger.filePath() == QFileInfo(file).absoluteFilePath())
        return;
    LocalizedText openError;
    const bool opened = d->ledger.open(file, &openError);
    d->ledgerError = opened ? LocalizedText() : openError;
    if (d->reader)
        d->reader->setLocation(file);
    if (opened)
        d->service.markInterruptedOrders();
    Q_EMIT ledgerChanged();
    if (!opened)
        Q_EMIT ledgerProblem();
}

void AppContext::useServerLedger(const QString& address, const QString& password)
{
    d->ledger.address(address, password);
    d->ledgerError = {};
    if (d->reader)
        d->reader->setLocation(address, password);
    // The writer connects for this first job, creating nothing but what a role may: the schema
    // comes with `ledger init`.
    d->service.markInterruptedOrders();
    ledgerReader().read<bool>(
        this, [](const OrderLedger&) { return true; },
        [this, address](const bool&, const LocalizedText& error) {
            if (error.isEmpty() || d->ledger.filePath() != address)
                return;
            d->ledgerError = error;
            Q_EMIT ledgerProblem();
        });
    Q_EMIT ledgerChanged();
}

TeamLedgerSession* AppContext::team() const
{
    return d->team.get();
}

TeamOrderSender* AppContext::teamSender() const
{
    return d->teamSender.get();
}

LocalizedText AppContext::teamLedgerError() const
{
    return d->teamError;
}

bool AppContext::usesTeamLedger() const
{
    return !d->settings.teamLedger().isEmpty();
}

void AppContext::connectTeamLedger()
{
    const quint64 generation = ++d->teamGeneration;
    // An order being sent finishes with the team ledger and the journal it started with.
    whenOrdersSettled(generation, [this, generation] { connectTeamLedgerNow(generation); });
}

void AppContext::connectTeamLedgerNow(quint64 generation)
{
    d->teamSender.reset();
    d->team.reset();
    d->teamError = {};
    const QString address = d->settings.teamLedger();
    if (address.isEmpty()) {
        useFileLedger();
        Q_EMIT teamLedgerChanged();
        return;
    }
    LocalizedText error;
    const std::optional<TeamLedgerLocation> location = TeamLedgerLocation::parse(address, &error);
    if (!location) {
        // Nothing can be ordered without the team ledger; the history stays readable.
        useFileLedger();
        d->teamError = error;
        Q_EMIT teamLedgerChanged();
        return;
    }
    // Until the keychain answers, the desk's ledger is nowhere: nothing is written to the file
    // that belongs to ordering without the team.
    if (d->ledger.hasLocation() && d->ledger.filePath() != address) {
        d->ledger.close();
        if (d->reader)
            d->reader->setLocation({});
        Q_EMIT ledgerChanged();
    }
    d->credentials.readPassword(
        location->passwordKey(), this,
        [this, generation, address, location = *location](const CredentialResult& stored) {
            if (generation != d->teamGeneration)
                return;
            // Without a keychain entry libpq's own password file or PGPASSWORD may still log in.
            const QString password = stored.ok ? stored.credential.accessKeySecret : QString();
            // No order could start meanwhile: none is sent without a team session.
            useServerLedger(address, password);
            d->team = std::make_unique<TeamLedgerSession>(location, password);
            d->teamSender = std::make_unique<TeamOrderSender>(*d->team, d->service);
            d->team->start();
            Q_EMIT teamLedgerChanged();
        });
}

void AppContext::sendTeamOrder(const TeamOrder& order, QObject* context, TeamOrderSender::Finished done)
{
    auto refuse = [context, done](const LocalizedText& why) {
        QMetaObject::invokeMethod(
            context, [done, why] { done(0, std::nullopt, why); }, Qt::QueuedConnection);
    };
    if (!d->teamSender) {
        refuse(LocalizedText(
            "OrderDesk::AppContext",
            QT_TRANSLATE_NOOP("OrderDesk::AppContext", "No team ledger is connected, so nothing was sent.")));
        return;
    }
    LocalizedText error;
    std::optional<PreparedOrder> prepared = TeamOrderMapping::toSend(order, d->providers, d->tokens, &error);
    if (!prepared) {
        refuse(error);
        return;
    }
    std::optional<Profile> profile;
    for (const Profile& candidate : profiles(order.provider)) {
        if (candidate.name == order.profile)
            profile = candidate;
    }
    if (!profile) {
        refuse(LocalizedText("OrderDesk::AppContext",
                             QT_TRANSLATE_NOOP("OrderDesk::AppContext",
                                               "Order %1 is for the account \"%2\", which has no profile on "
                                               "this computer. Add it under Account → Profiles, or let the "
                                               "colleague who has it send the order."),
                             {QString::number(order.id), order.profile}));
        return;
    }
    const Endpoint endpoint = endpointFor(*profile);
    if (endpoint.isValid() || isSandbox(*profile))
        prepared->endpoint = endpoint;
    if (!prepared->endpoint.isValid()) {
        refuse(LocalizedText("OrderDesk::AppContext",
                             QT_TRANSLATE_NOOP("OrderDesk::AppContext",
                                               "The built-in sandbox could not be started, so order %1 was "
                                               "not sent."),
                             {QString::number(order.id)}));
        return;
    }
    QPointer<QObject> guard(context);
    readCredential(*profile, this,
                   [this, order, prepared = *prepared, guard, done](const CredentialResult& result) {
                       if (!guard)
                           return;
                       if (!result.ok) {
                           done(0, std::nullopt, result.error);
                           return;
                       }
                       if (!d->teamSender) {
                           done(0, std::nullopt,
                                LocalizedText("OrderDesk::AppContext",
                                              QT_TRANSLATE_NOOP("OrderDesk::AppContext",
                                                                "No team ledger is connected, so nothing "
                                                                "was sent.")));
                           return;
                       }
                       d->teamSender->send(order, prepared, result.credential, guard, done);
                   });
}

void AppContext::setTeamLedger(const QString& address, const std::optional<QString>& password,
                               QObject* context, std::function<void(const CredentialResult&)> done)
{
    d->settings.setTeamLedger(address);
    d->settings.sync();
    const std::optional<TeamLedgerLocation> location = TeamLedgerLocation::parse(d->settings.teamLedger());
    if (!password || !location) {
        connectTeamLedger();
        QMetaObject::invokeMethod(
            context,
            [done] {
                done(CredentialResult{true, {}, {}, {}});
            },
            Qt::QueuedConnection);
        return;
    }
    d->credentials.savePassword(location->passwordKey(), *password, context,
                                [this, done](const CredentialResult& result) {
                                    connectTeamLedger();
                                    done(result);
                                });
}

LocalizedText AppContext::ledgerError() const
{
    return d->ledgerError;
}

QString AppContext::dataDirectory() const
{
    return d->dataDirectory;
}

const ProviderRegistry& AppContext::providers() const
{
    return d->providers;
}

const ProviderForms& AppContext::forms() const
{
    return d->forms;
}

AppSettings& AppContext::settings()
{
    return d->settings;
}

CredentialStore& AppContext::credentials()
{
    return d->credentials;
}

OrderLedger& AppContext::ledger()
{
    return d->ledger;
}

QString AppContext::ledgerLocation() const
{
    if (d->ledger.hasLocation())
        return d->ledger.filePath();
    // A file that could not be opened is still where the reads say why.
    return TeamLedgerLocation::parse(d->settings.teamLedger()) ? QString() : fileLedgerLocation();
}

LedgerReader& AppContext::ledgerReader()
{
    // Made on first use, so that a window opened on a ledger that could not be opened still has
    // one: its reads fail with the reason.
    if (!d->reader)
        d->reader = std::make_unique<LedgerReader>(ledgerLocation(), d->ledger.password());
    return *d->reader;
}

OrderService& AppContext::orders()
{
    return d->service;
}

OrderClient& AppContext::client()
{
    return d->client;
}

void AppContext::setLanguage(const QString& language)
{
    d->languageOverride.clear();
    d->settings.setLanguage(language);
    d->settings.sync();
    applyLanguage(d->settings.language());
    Q_EMIT languageChanged();
}

QString AppContext::language() const
{
    return d->settings.language();
}

void AppContext::setLanguageOverride(const QString& language)
{
    d->languageOverride = language.trimmed();
    applyLanguage(d->languageOverride.isEmpty() ? d->settings.language() : d->languageOverride);
    Q_EMIT languageChanged();
}

QString AppContext::languageOverride() const
{
    return d->languageOverride;
}

QString AppContext::languageChoiceShown() const
{
    return d->languageOverride.isEmpty() ? language() : effectiveLanguage();
}

QString AppContext::effectiveLanguage() const
{
    return d->translations.language();
}

void AppContext::applyLanguage(const QString& language)
{
    d->translations.setLanguage(language);
    if (d->keychainTranslator) {
        QCoreApplication::removeTranslator(d->keychainTranslator.get());
        d->keychainTranslator.reset();
    }
    const QString resolved = d->translations.language();
    if (resolved == QLatin1String("en"))
        return;
    // QtKeychain names its Chinese catalogue qtkeychain_zh; QTranslator tries zh_CN, then zh.
    auto keychain = std::make_unique<QTranslator>();
    for (const QString& folder : keychainTranslationFolders()) {
        if (keychain->load(QLocale(resolved), QStringLiteral("qtkeychain"), QStringLiteral("_"), folder)) {
            QCoreApplication::installTranslator(keychain.get());
            d->keychainTranslator = std::move(keychain);
            return;
        }
    }
}

QString AppContext::sandboxProfileName()
{
    return QStringLiteral("sandbox");
}

bool AppContext::isSandbox(const Profile& profile)
{
    return profile.name == sandboxProfileName() && profile.endpoint.isEmpty() &&
           profile.accessKeyId == SandboxCredential::pair().accessKeyId;
}

Profile AppContext::sandboxProfile(const QString& provider)
{
    Profile profile;
    profile.provider = provider;
    profile.name = sandboxProfileName();
    profile.accessKeyId = SandboxCredential::pair().accessKeyId;
    return profile;
}

QList<Profile> AppContext::profiles(const QString& provider) const
{
    QList<Profile> result{sandboxProfile(provider)};
    QList<Profile> stored = d->credentials.profiles(provider);
    // A stored profile that took the reserved name would be indistinguishable from the sandbox.
    stored.erase(std::remove_if(stored.begin(), stored.end(),
                                [](const Profile& profile) { return profile.name == sandboxProfileName(); }),
                 stored.end());
    std::stable_sort(stored.begin(), stored.end(), [](const Profile& a, const Profile& b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    result.append(stored);
    return result;
}

Profile AppContext::activeProfile(const QString& provider) const
{
    const QString name = d->settings.lastProfile(provider);
    if (name.isEmpty() || name == sandboxProfileName())
        return sandboxProfile(provider);
    if (const std::optional<Profile> stored = d->credentials.profile(provider, name))
        return *stored;
    return sandboxProfile(provider);
}

void AppContext::setActiveProfile(const QString& provider, const QString& name)
{
    if (d->settings.lastProfile(provider) == name)
        return;
    d->settings.setLastProfile(provider, name);
    d->settings.sync();
    Q_EMIT activeProfileChanged(provider);
}

void AppContext::notifyProfilesChanged()
{
    Q_EMIT profilesChanged();
}

void AppContext::readCredential(const Profile& profile, QObject* context,
                                std::function<void(const CredentialResult&)> done)
{
    if (isSandbox(profile)) {
        // Queued like a keychain answer, so that callers have one code path.
        QTimer::singleShot(0, context ? context : this, [done = std::move(done)] {
            CredentialResult result;
            result.ok = true;
            result.credential = SandboxCredential::pair();
            done(result);
        });
        return;
    }
    d->credentials.readCredential(profile.provider, profile.name, context, std::move(done));
}

Endpoint AppContext::endpointFor(const Profile& profile)
{
    if (isSandbox(profile))
        return sandboxEndpoint();
    if (!profile.endpoint.trimmed().isEmpty())
        return Endpoint::parse(profile.endpoint.trimmed());
    const QString override = d->settings.endpointOverride(profile.provider);
    if (!override.trimmed().isEmpty())
        return Endpoint::parse(override.trimmed());
    return {};
}

Endpoint AppContext::sandboxEndpoint()
{
    if (!d->sandbox) {
        if (!d->sandboxFactory)
            return {};
        std::unique_ptr<Sandbox> made = d->sandboxFactory();
        if (!made || !made->start())
            return {};
        d->sandbox = std::move(made);
    }
    return d->sandbox->endpoint();
}

Sandbox* AppContext::sandbox() const
{
    return d->sandbox.get();
}

void AppContext::applyNetworkSettings()
{
    const NetworkSettings network = d->settings.network();
    d->client.setOptions(ClientConfiguration::options(network, d->proxyPassword));
    if (d->proxyPasswordKnown || network.proxyMode != NetworkSettings::ProxyMode::Manual ||
        network.proxyUser.isEmpty())
        return;
    // Orders sent before the keychain answers go without the password; the proxy refuses
    // them before anything reaches a provider.
    d->credentials.readProxyPassword(this, [this](const CredentialResult& result) {
        if (!result.ok || d->proxyPasswordKnown)
            return;
        setProxyPassword(result.credential.accessKeySecret);
    });
}

void AppContext::setProxyPassword(const QString& password)
{
    d->proxyPassword = password;
    d->proxyPasswordKnown = true;
    d->client.setOptions(ClientConfiguration::options(d->settings.network(), d->proxyPassword));
}

bool AppContext::hasProxyPassword() const
{
    return !d->proxyPassword.isEmpty();
}

} // namespace OrderDesk
