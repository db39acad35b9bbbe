#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

class QCommandLineParser;
class QObject;
class QNetworkAccessManager;

namespace OrderDesk {

class AppSettings;
struct CredentialResult;
class Clock;
class CredentialStore;
class NonceSource;
class OrderClient;
class OrderLedger;
class OrderService;
class Provider;
class ProviderRegistry;
class TeamLedger;

// What every command of orderdesk-cli shares: the streams, the environment, the data folder,
// and the core objects, created on first use so that "--help" never touches the disk, the
// keychain or the network.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(OrderDesk::CliContext)

public:
    // The exit codes of the CLI contract (README, docs/ARCHITECTURE.md).
    enum ExitCode
    {
        Success = 0,
        UsageError = 2,
        Rejected = 3,
        Unknown = 4,
        NotSent = 5,
        AwaitingApproval = 6, // recorded in the team ledger, waiting for a second person
        Conflict = 7,         // the provider's answer contradicts a resolution by hand
        VerifyFailed = 8      // `ledger verify` found a changed or broken history
    };

    CliContext(const ProviderRegistry& providers, const Clock& clock, NonceSource& nonces, QTextStream& in,
               QTextStream& out, QTextStream& err, QProcessEnvironment environment);
    ~CliContext();

    const ProviderRegistry& providers() const { return m_providers; }
    const Clock& clock() const { return m_clock; }
    NonceSource& nonces() { return m_nonces; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    const QProcessEnvironment& environment() const { return m_environment; }

    // --data-dir, else ORDERDESK_DATA_DIR, else the platform's application data folder.
    void setDataDirectoryOverride(const QString& directory) { m_dataDirectoryOverride = directory; }
    QString dataDirectory() const;

    // --ledger, else ORDERDESK_LEDGER, else the team ledger of the data folder's settings (as the
    // window uses it): a postgresql:// address selects the team ledger, whose database also keeps
    // the desk's journal; empty keeps the data folder's ledger file, a file path names another.
    void setLedgerOverride(const QString& ledger) { m_ledgerOverride = ledger; }
    QString ledgerSetting() const;
    bool usesTeamLedger() const;

    // Each prints a clear error and returns nullptr when it cannot be opened.
    // The desk's own ledger: with a team ledger, the journal of what was sent, in the team's
    // database (schema orderdesk_ledger), as the window keeps it.
    OrderLedger* ledger();
    // The team ledger, logged in with the role's password from the keychain (or libpq's
    // PGPASSWORD / password file); `forInit` skips the check for an existing schema.
    TeamLedger* teamLedger(bool forInit = false);
    AppSettings& settings();
    CredentialStore& credentials();
    OrderService* orderService();

    // The provider with this id, or nullptr after printing a usage error listing the four.
    const Provider* provider(const QString& id);

    // Parses a command's arguments (arguments[0] is the command) with --long options only;
    // prints a usage error and returns false when they do not parse.
    bool parse(QCommandLineParser& parser, const QStringList& arguments);
    int usageError(const QString& message);
    // Prints "Error: …" on stderr.
    void printError(const QString& message);
    // The text with control, invisible and bidi-override characters shown as \uXXXX, for
    // echoing what a user typed to a terminal.
    static QString visible(const QString& text);
    void printJson(const QJsonObject& object);

    // Runs one asynchronous keychain operation to its end; the CLI has nothing else to do meanwhile.
    // `start` is given the context and the callback to pass to the CredentialStore call.
    using KeychainCall =
        std::function<void(QObject* context, std::function<void(const CredentialResult&)> done)>;
    static CredentialResult awaitKeychain(const KeychainCall& start);

    // Shows the prompt on stderr and reads one line: true only for "y" or "yes" (or their
    // Chinese equivalents). End of input counts as no.
    bool confirm(const QString& prompt);
    // One line from standard input, with terminal echo off when it is a terminal.
    QString readSecretLine(const QString& prompt);

private:
    // The manual proxy's password from the keychain, when the settings name a proxy user; on a
    // keychain error a warning, and the orders go without it.
    QString proxyPassword();
    // The team ledger role's password from the keychain, read once; empty leaves it to libpq.
    QString teamPassword(const QString& passwordKey);

    const ProviderRegistry& m_providers;
    const Clock& m_clock;
    NonceSource& m_nonces;
    QTextStream& m_in;
    QTextStream& m_out;
    QTextStream& m_err;
    QProcessEnvironment m_environment;
    QString m_dataDirectoryOverride;
    QString m_ledgerOverride;

    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<OrderLedger> m_ledger;
    bool m_ledgerFailed = false;
    std::unique_ptr<TeamLedger> m_teamLedger;
    std::optional<QString> m_teamPassword;
    mutable std::optional<QString> m_savedTeamLedger;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<OrderClient> m_client;
    std::unique_ptr<NonceSource> m_tokens;
    std::unique_ptr<OrderService> m_service;
};

} // namespace OrderDesk
