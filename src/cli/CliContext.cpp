#include "CliContext.h"

#include "TerminalEcho.h"
#include "common/Clock.h"
#include "common/LocalizedText.h"
#include "common/UuidNonceSource.h"
#include "credentials/CredentialResult.h"
#include "credentials/CredentialStore.h"
#include "ledger/OrderLedger.h"
#include "ledger/OrderQuery.h"
#include "net/OrderClient.h"
#include "orders/ClientConfiguration.h"
#include "orders/OrderService.h"
#include "providers/ProviderRegistry.h"
#include "settings/AppSettings.h"
#include "settings/DataLocation.h"
#include "settings/OwnerOnlyFiles.h"
#include "team/TeamLedger.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>

namespace OrderDesk {

CliContext::CliContext(const ProviderRegistry& providers, const Clock& clock, NonceSource& nonces,
                       QTextStream& in, QTextStream& out, QTextStream& err, QProcessEnvironment environment)
    : m_providers(providers)
    , m_clock(clock)
    , m_nonces(nonces)
    , m_in(in)
    , m_out(out)
    , m_err(err)
    , m_environment(std::move(environment))
{}

// The service refers to the client and the ledger, so it goes first.
CliContext::~CliContext()
{
    m_service.reset();
    m_client.reset();
    m_network.reset();
}

QString CliContext::dataDirectory() const
{
    if (!m_dataDirectoryOverride.isEmpty())
        return QDir(m_dataDirectoryOverride).absolutePath();
    const QString fromEnvironment = m_environment.value(QStringLiteral("ORDERDESK_DATA_DIR"));
    if (!fromEnvironment.isEmpty())
        return QDir(fromEnvironment).absolutePath();
    return DataLocation::dataDirectory();
}

AppSettings& CliContext::settings()
{
    if (!m_settings) {
        OwnerOnlyFiles::ensureFolder(dataDirectory());
        m_settings = std::make_unique<AppSettings>(dataDirectory() + QStringLiteral("/settings.ini"));
    }
    return *m_settings;
}

CredentialStore& CliContext::credentials()
{
    if (!m_credentials)
        m_credentials = std::make_unique<CredentialStore>(settings().raw(), m_providers);
    return *m_credentials;
}

QString CliContext::ledgerSetting() const
{
    if (!m_ledgerOverride.isEmpty())
        return m_ledgerOverride;
    const QString fromEnvironment = m_environment.value(QStringLiteral("ORDERDESK_LEDGER"));
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    // The team ledger the window was given under Settings, so that both front ends of one data
    // folder order through it and write the same journal.
    if (!m_savedTeamLedger) {
        const QString file = dataDirectory() + QStringLiteral("/settings.ini");
        m_savedTeamLedger = QFileInfo::exists(file) ? AppSettings(file).teamLedger() : QString();
    }
    return *m_savedTeamLedger;
}

bool CliContext::usesTeamLedger() const
{
    return TeamLedgerLocation::isTeamLedger(ledgerSetting());
}

TeamLedger* CliContext::teamLedger(bool forInit)
{
    if (m_teamLedger)
        return m_teamLedger.get();
    LocalizedText error;
    const std::optional<TeamLedgerLocation> location = TeamLedgerLocation::parse(ledgerSetting(), &error);
    if (!location) {
        printError(error.toString());
        return nullptr;
    }
    const QString password = teamPassword(location->passwordKey());
    auto team = std::make_unique<TeamLedger>();
    if (!team->open(*location, password, &error, forInit)) {
        printError(tr("Team ledger %1: %2").arg(location->display(), error.toString()));
        return nullptr;
    }
    m_teamLedger = std::move(team);
    return m_teamLedger.get();
}

QString CliContext::teamPassword(const QString& passwordKey)
{
    if (!m_teamPassword) {
        const CredentialResult stored = awaitKeychain([this, passwordKey](QObject* context, auto done) {
            credentials().readPassword(passwordKey, context, std::move(done));
        });
        // Without a keychain (a server, a script) libpq's PGPASSWORD or password file may still log in.
        m_teamPassword = stored.ok ? stored.credential.accessKeySecret : QString();
    }
    return *m_teamPassword;
}

OrderLedger* CliContext::ledger()
{
    if (m_ledger)
        return m_ledger.get();
    if (m_ledgerFailed)
        return nullptr;
    auto ledger = std::make_unique<OrderLedger>(m_clock);
    LocalizedText error;
    const QString setting = ledgerSetting();
    QString password;
    if (usesTeamLedger()) {
        const std::optional<TeamLedgerLocation> location = TeamLedgerLocation::parse(setting, &error);
        if (!location) {
            m_ledgerFailed = true;
            printError(error.toString());
            return nullptr;
        }
        password = teamPassword(location->passwordKey());
    }
    const QString location = setting.isEmpty() ? dataDirectory() + QStringLiteral("/ledger.sqlite") : setting;
    if (!ledger->open(location, &error, password)) {
        m_ledgerFailed = true;
        printError(error.toString());
        return nullptr;
    }
    m_ledger = std::move(ledger);
    OrderQuery conflicts;
    conflicts.conflictsOnly = true;
    if (const int count = m_ledger->count(conflicts); count > 0) {
        m_err << tr("Warning: for %n order(s), the provider answered that it placed an order that was "
                    "marked as not placed by hand. See \"orderdesk-cli history --conflicts\".",
                    nullptr, count)
              << '\n';
        m_err.flush();
    }
    return m_ledger.get();
}

OrderService* CliContext::orderService()
{
    if (m_service)
        return m_service.get();
    OrderLedger* orders = ledger();
    if (!orders)
        return nullptr;
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<OrderClient>(m_network.get(), m_clock, m_nonces);
    m_client->setOptions(ClientConfiguration::options(settings().network(), proxyPassword()));
    m_tokens = std::make_unique<UuidNonceSource>();
    m_service = std::make_unique<OrderService>(*orders, *m_client, *m_tokens);
    // Orders whose sender ended without an answer become Unknown before any command reads them.
    QEventLoop loop;
    QObject::connect(m_service.get(), &OrderService::interruptedMarked, &loop, &QEventLoop::quit);
    m_service->markInterruptedOrders();
    loop.exec();
    return m_service.get();
}

CredentialResult CliContext::awaitKeychain(const KeychainCall& start)
{
    CredentialResult result;
    bool done = false;
    QEventLoop loop;
    start(&loop, [&](const CredentialResult& answer) {
        result = answer;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return result;
}

QString CliContext::proxyPassword()
{
    const NetworkSettings network = settings().network();
    if (network.proxyMode != NetworkSettings::ProxyMode::Manual || network.proxyUser.isEmpty())
        return {};
    const CredentialResult result = awaitKeychain(
        [this](QObject* context, auto done) { credentials().readProxyPassword(context, std::move(done)); });
    if (!result.ok) {
        m_err << tr("Warning: the proxy password could not be read, so orders go to the proxy without it. %1")
                     .arg(result.error.toString())
              << '\n';
        m_err.flush();
    }
    return result.credential.accessKeySecret;
}

const Provider* CliContext::provider(const QString& id)
{
    const Provider* found = m_providers.find(id);
    if (!found)
        usageError(tr("Unknown provider \"%1\". Choose one of: %2.")
                       .arg(id, m_providers.ids().join(QStringLiteral(", "))));
    return found;
}

bool CliContext::parse(QCommandLineParser& parser, const QStringList& arguments)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (parser.parse(QStringList{QStringLiteral("orderdesk-cli")} + arguments))
        return true;
    usageError(parser.errorText());
    return false;
}

QString CliContext::visible(const QString& text)
{
    // Messages quote what was typed; a control character, an escape sequence or a bidi
    // override in there would act on the terminal or make the line read differently.
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
            continue;
        }
        const QChar::Category category = c.category();
        const bool hidden = c.isSurrogate() || category == QChar::Other_Control ||
                            category == QChar::Other_Format || category == QChar::Separator_Line ||
                            category == QChar::Separator_Paragraph;
        if (hidden)
            out += QStringLiteral("\\u") +
                   QString::number(c.unicode(), 16).rightJustified(4, QLatin1Char('0')).toUpper();
        else
            out += c;
    }
    return out;
}

int CliContext::usageError(const QString& message)
{
    m_err << tr("Error: %1").arg(visible(message)) << '\n'
          << tr("Run \"orderdesk-cli --help\" for usage.") << '\n';
    m_err.flush();
    return UsageError;
}

void CliContext::printError(const QString& message)
{
    m_err << tr("Error: %1").arg(visible(message)) << '\n';
    m_err.flush();
}

void CliContext::printJson(const QJsonObject& object)
{
    m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    m_out.flush();
}

bool CliContext::confirm(const QString& prompt)
{
    m_out.flush();
    m_err << prompt << ' ';
    m_err.flush();
    const QString answer = m_in.readLine().trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes") || answer == QStringLiteral("是");
}

QString CliContext::readSecretLine(const QString& prompt)
{
    m_err << prompt << ' ';
    m_err.flush();
    QString line;
    {
        const TerminalEcho echoOff;
        line = m_in.readLine();
    }
    m_err << '\n';
    m_err.flush();
    return line;
}

} // namespace OrderDesk
