#pragma once

#include "common/Endpoint.h"
#include "common/LocalizedText.h"
#include "common/Sandbox.h"
#include "credentials/CredentialResult.h"
#include "credentials/Profile.h"
#include "team/TeamOrderSender.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace OrderDesk {

class AppSettings;
class Clock;
class CredentialStore;
class OrderClient;
class LedgerReader;
class OrderLedger;
class OrderService;
class ProviderForms;
class ProviderRegistry;
class SystemClock;
class TeamLedgerSession;
class TranslationLoader;
class UuidNonceSource;

// Everything the windows share, made once at start-up and handed to every page through its
// constructor: the settings, the keychain profiles, the ledger, the order service and the
// built-in sandbox. No singletons: a GUI test makes its own context on a temporary folder.
//
// The sandbox profile is not stored: every provider always has one, named "sandbox", whose
// secret is the built-in sandbox pair and whose endpoint is the Sandbox this context makes
// and starts on 127.0.0.1 the first time that profile is used.
class AppContext : public QObject
{
    Q_OBJECT

public:
    // dataDirectory empty: DataLocation::dataDirectory() (ORDERDESK_DATA_DIR or the platform's).
    // Without a sandbox factory the sandbox profiles have nowhere to send to, and say so.
    explicit AppContext(const QString& dataDirectory = {}, Sandbox::Factory sandbox = {},
                        QObject* parent = nullptr);
    // With a clock of the caller's (which must outlive the context): it dates the orders and
    // decides when a lease has expired, so that a GUI test can move time instead of waiting.
    AppContext(const QString& dataDirectory, const Clock& clock, Sandbox::Factory sandbox = {},
               QObject* parent = nullptr);
    ~AppContext() override;

    // Applies the language (ORDERDESK_LANGUAGE when it is set, for this run only, see
    // setLanguageOverride; else the saved choice) and opens the ledger: the data folder's file,
    // or with a team ledger in the settings, the journal in the team's database, which the
    // ledger's threads reach once the keychain gave the password (docs/ARCHITECTURE.md, "Two
    // stores"). On failure `error` says why; the window still opens and shows it.
    bool initialize(LocalizedText* error = nullptr);
    // Why the ledger could not be opened; empty when it was. For the journal in a team's
    // database it is known once its first read answered (ledgerProblem()).
    LocalizedText ledgerError() const;
    QString dataDirectory() const;

    const ProviderRegistry& providers() const;
    // The Designer form of each provider, for its order page.
    const ProviderForms& forms() const;
    AppSettings& settings();
    CredentialStore& credentials();
    // The desk's ledger. With a team ledger it is only addressed here (OrderLedger::address): the
    // writer and the readers connect in their own threads.
    OrderLedger& ledger();
    // Where the ledger is kept: the data folder's ledger.sqlite, or the team ledger's address
    // (its schema orderdesk_ledger); empty while the team ledger's password is being read.
    QString ledgerLocation() const;
    // Reads the ledger in a thread of its own, for the window's tables and details.
    LedgerReader& ledgerReader();
    OrderService& orders();
    OrderClient& client();
    const Clock& clock() const;

    // The language the user chose: "", "zh_CN" or "en". Installs the translators at once
    // (widgets get QEvent::LanguageChange), saves the choice, ends an override and emits
    // languageChanged.
    void setLanguage(const QString& language);
    // The saved choice, whatever an override shows.
    QString language() const;
    // A language for this run that is not saved, as the CLI honours ORDERDESK_LANGUAGE: the
    // same script then runs both front ends in one language without changing what the user
    // chose. Empty goes back to the saved choice. Emits languageChanged.
    void setLanguageOverride(const QString& language);
    // The override in effect, or empty.
    QString languageOverride() const;
    // What the language menu and the settings show as chosen: the saved choice, or the
    // language an override shows.
    QString languageChoiceShown() const;
    // The language shown now: "zh_CN" or "en", also when the choice is to follow the system.
    QString effectiveLanguage() const;

    static QString sandboxProfileName(); // "sandbox"
    static bool isSandbox(const Profile& profile);
    // The provider's virtual sandbox profile.
    static Profile sandboxProfile(const QString& provider);
    // The sandbox profile first, then the stored ones sorted by name.
    QList<Profile> profiles(const QString& provider) const;
    // The profile last chosen for the provider; the sandbox when none was chosen or it is gone.
    Profile activeProfile(const QString& provider) const;
    void setActiveProfile(const QString& provider, const QString& name);
    // Called by whoever added, edited or removed a stored profile: emits profilesChanged.
    void notifyProfilesChanged();

    // The secret of a profile: the sandbox pair at once (queued), or the keychain's answer.
    void readCredential(const Profile& profile, QObject* context,
                        std::function<void(const CredentialResult&)> done);
    // Where orders for the profile go: the sandbox (started on demand), the profile's own
    // endpoint, the settings' override, or an invalid Endpoint for the provider's default.
    Endpoint endpointFor(const Profile& profile);
    // The running sandbox's endpoint, starting it when needed; invalid when it cannot listen
    // or there is no sandbox factory.
    Endpoint sandboxEndpoint();
    // The sandbox, or nullptr before it was started (tests look at what reached it).
    Sandbox* sandbox() const;

    // Applies the network settings to the order client after the user changed them. With a
    // manual proxy that has a user, the proxy's password is read from the keychain the first
    // time and applied when it arrives; initialize() starts that read.
    void applyNetworkSettings();
    // The proxy password the settings dialog just stored (empty: removed), applied at once.
    void setProxyPassword(const QString& password);
    // Whether a proxy password is stored, as far as this run knows.
    bool hasProxyPassword() const;

    // The team ledger of the settings, when one is set (docs/ARCHITECTURE.md, "The team ledger"):
    // then orders are prepared into it, approved by a second person and sent from there, and the
    // ledger on this computer is the journal of what this computer sent. nullptr otherwise, and
    // until its password was read from the keychain.
    TeamLedgerSession* team() const;
    TeamOrderSender* teamSender() const;
    // Why the team ledger of the settings cannot be used at all (an address that is not one).
    LocalizedText teamLedgerError() const;
    // Whether the settings name a team ledger, connected or not.
    bool usesTeamLedger() const;
    // Saves the address (empty: the ledger on this computer) and, when `password` is set, the
    // role's password in the keychain, then connects anew; `done` once the keychain answered.
    void setTeamLedger(const QString& address, const std::optional<QString>& password, QObject* context,
                       std::function<void(const CredentialResult&)> done);
    // Connects to the team ledger of the settings (again), reading its password from the keychain,
    // and keeps the desk's ledger where that choice says: at once, or once the orders being sent
    // have their answers, which they record where they started.
    void connectTeamLedger();
    // Sends an approved order of the team ledger from this computer, through teamSender(): with
    // this computer's account profile of the recorded name and its secret (for a sandbox order,
    // this computer's sandbox). `done` as TeamOrderSender's; nothing is sent when it says why not.
    void sendTeamOrder(const TeamOrder& order, QObject* context, TeamOrderSender::Finished done);

Q_SIGNALS:
    // The team ledger was set, changed or removed in the settings: team() is another one.
    void teamLedgerChanged();
    // The desk's ledger is kept elsewhere now (a team ledger was set, changed or removed): the
    // pages read it again.
    void ledgerChanged();
    // The ledger could not be opened or read; ledgerError() says why.
    void ledgerProblem();
    void languageChanged();
    void profilesChanged(); // a profile was added, edited or removed (the pages reload their lists)
    void activeProfileChanged(const QString& provider);

private:
    // Installs the translators for the choice without saving it.
    void applyLanguage(const QString& language);
    // Keeps the desk's ledger in the data folder's file, opened here (a local file).
    void useFileLedger();
    // Keeps it in the team's database: addressed here, connected by the ledger's threads.
    void useServerLedger(const QString& address, const QString& password);
    QString fileLedgerLocation() const;
    // Runs `move` (a change of the team ledger and of where the desk's ledger is kept) now, or
    // once no order is in flight, unless the settings changed again meanwhile.
    void whenOrdersSettled(quint64 teamGeneration, std::function<void()> move);
    void connectTeamLedgerNow(quint64 generation);

    struct Parts;
    std::unique_ptr<Parts> d;
};

} // namespace OrderDesk
