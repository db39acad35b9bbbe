#include "CliApplication.h"

#include "HistoryCommand.h"
#include "OrderCommand.h"
#include "ProfilesCommand.h"
#include "ResolveCommand.h"
#include "TeamCommand.h"
#include "providers/ProviderRegistry.h"

#include <QFileInfo>

namespace OrderDesk {

namespace {

QString fieldTypeName(const FieldSpec& field)
{
    switch (field.type) {
    case FieldType::Text:
        return CliApplication::tr("text");
    case FieldType::Integer:
        return CliApplication::tr("whole number");
    case FieldType::Boolean:
        // The literal values the user types.
        return QStringLiteral("true|false");
    case FieldType::Choice:
        return CliApplication::tr("one of the allowed values");
    case FieldType::JsonArray:
        return CliApplication::tr("JSON array");
    }
    return {};
}

} // namespace

CliApplication::CliApplication(const ProviderRegistry& providers, const Clock& clock, NonceSource& nonces,
                               QTextStream& in, QTextStream& out, QTextStream& err,
                               QProcessEnvironment environment)
    : m_context(providers, clock, nonces, in, out, err, std::move(environment))
{}

int CliApplication::run(const QStringList& arguments)
{
    // --data-dir belongs to every command; take it out before the command parses the rest.
    QStringList args;
    const QStringList given = arguments.mid(1);
    for (qsizetype i = 0; i < given.size(); ++i) {
        const QString& arg = given.at(i);
        if (arg == QLatin1String("--data-dir")) {
            if (i + 1 >= given.size())
                return m_context.usageError(tr("--data-dir needs a folder."));
            m_context.setDataDirectoryOverride(given.at(++i));
        } else if (arg.startsWith(QLatin1String("--data-dir="))) {
            m_context.setDataDirectoryOverride(arg.mid(11));
        } else if (arg == QLatin1String("--ledger")) {
            if (i + 1 >= given.size())
                return m_context.usageError(tr("--ledger needs a ledger file or a postgresql:// address."));
            m_context.setLedgerOverride(given.at(++i));
        } else if (arg.startsWith(QLatin1String("--ledger="))) {
            m_context.setLedgerOverride(arg.mid(9));
        } else {
            args.append(arg);
        }
    }
    if (args.isEmpty()) {
        printUsage(m_context.err());
        return CliContext::UsageError;
    }
    const QString& command = args.first();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        printUsage(m_context.out());
        return CliContext::Success;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        m_context.out() << "orderdesk-cli " << ORDERDESK_VERSION << '\n';
        m_context.out().flush();
        return CliContext::Success;
    }
    // A data folder that is a file is a mistake in the arguments, reported before anything is
    // read or written; the ledger explains it.
    const QFileInfo dataDirectory(m_context.dataDirectory());
    if (command != QLatin1String("providers") && dataDirectory.exists() && !dataDirectory.isDir()) {
        m_context.ledger();
        return CliContext::UsageError;
    }
    if (command == QLatin1String("order"))
        return OrderCommand(m_context).runOrder(args);
    if (command == QLatin1String("retry"))
        return OrderCommand(m_context).runRetry(args);
    if (command == QLatin1String("history"))
        return HistoryCommand(m_context).run(args);
    if (command == QLatin1String("profiles"))
        return ProfilesCommand(m_context).run(args);
    if (command == QLatin1String("resolve"))
        return ResolveCommand(m_context).run(args);
    if (command == QLatin1String("providers"))
        return runProviders(args);
    if (command == QLatin1String("ledger"))
        return TeamCommand(m_context).runLedger(args);
    if (command == QLatin1String("approvals"))
        return TeamCommand(m_context).runApprovals(args);
    if (command == QLatin1String("approve"))
        return TeamCommand(m_context).runApprove(args);
    if (command == QLatin1String("decline"))
        return TeamCommand(m_context).runDecline(args);
    if (command == QLatin1String("withdraw"))
        return TeamCommand(m_context).runWithdraw(args);
    if (command == QLatin1String("send"))
        return TeamCommand(m_context).runSend(args);
    return m_context.usageError(tr("Unknown command \"%1\".").arg(command));
}

void CliApplication::printUsage(QTextStream& stream) const
{
    const auto option = [&stream](const char* name, const QString& text) {
        stream << "  " << QString::fromLatin1(name).leftJustified(24) << text << '\n';
    };
    stream << tr("OrderDesk %1 — prepaid cloud orders from the command line.")
                  .arg(QStringLiteral(ORDERDESK_VERSION))
           << "\n\n"
           << tr("Usage:") << '\n'
           << "  orderdesk-cli order PROVIDER [--profile NAME] [--endpoint URL] [--region R]\n"
              "                     [--param NAME=VALUE]... [--dry-run] [--yes] [--allow-duplicate]\n"
              "                     [--allow-long-term] [--json]\n"
              "  orderdesk-cli retry ID [--profile NAME] [--yes] [--json]\n"
              "  orderdesk-cli resolve ID (--placed ORDER_ID | --not-placed) [--note TEXT] [--json]\n"
              "  orderdesk-cli history [--provider P] [--status S] [--text T] [--conflicts] [--limit N] "
              "[--json]\n"
              "  orderdesk-cli history show ID [--json]\n"
              "  orderdesk-cli history export --xlsx FILE [--force] [--provider P] [--status S] [--text T] "
              "[--conflicts]\n"
              "  orderdesk-cli history export --csv FILE [--force] [--provider P] [--status S] [--text T] "
              "[--conflicts]\n"
              "  orderdesk-cli profiles list [--provider P] [--json]\n"
              "  orderdesk-cli profiles add PROVIDER NAME --access-key-id AK [--endpoint URL] [--region R]\n"
              "  orderdesk-cli profiles remove PROVIDER NAME\n"
              "  orderdesk-cli providers [PROVIDER]\n"
              "  orderdesk-cli ledger init postgresql://ROLE@HOST:PORT/DATABASE\n"
              "  orderdesk-cli ledger (grant ROLE --maker|--checker | policy [--approval "
              "all|none|longer-than-months "
              "N]\n"
              "                       [--expiry-hours H] | verify [--json] | password)\n"
              "  orderdesk-cli ledger import FILE [--json]\n"
              "  orderdesk-cli approvals [--json]\n"
              "  orderdesk-cli approve ID [--comment TEXT] [--yes] [--json]\n"
              "  orderdesk-cli decline ID --reason TEXT [--json]\n"
              "  orderdesk-cli withdraw ID [--reason TEXT]\n"
              "  orderdesk-cli send ID [--profile NAME] [--json]\n"
              "  orderdesk-cli --help | --version\n\n"
           << tr("Commands:") << '\n';
    option("order", tr("Check an order, show its summary, ask for confirmation, record it in the ledger and "
                       "send it."));
    option("retry", tr("Send an order whose outcome is unknown again, with its recorded client token "
                       "(Volcengine and Alibaba Cloud only)."));
    option("resolve", tr("Record what the provider's console shows for an order whose outcome is unknown."));
    option("history", tr("List, show or export the orders in the ledger: --xlsx for Excel, --csv for other "
                         "programs; an existing file is replaced only with --force."));
    option("profiles", tr("Manage named AccessKey profiles; secrets are kept in the system keychain."));
    option("providers", tr("List the providers, or the parameters of one provider."));
    option("ledger",
           tr("Set up a team ledger on PostgreSQL: create it, grant rights, set its approval rules, "
              "verify its history, keep your password in the keychain, import this computer's ledger file."));
    option("approvals", tr("List the team ledger's orders that wait for a second person's approval."));
    option("approve", tr("Approve an order someone else prepared, after reading its summary."));
    option("decline", tr("Decline an order someone else prepared, with a reason."));
    option("withdraw", tr("Take back an order you prepared before it is sent."));
    option("send", tr("Send an approved order of the team ledger (only one sender can take it)."));
    stream << '\n' << tr("Options of order:") << '\n';
    option("--param NAME=VALUE",
           tr("A parameter by the API's own name, e.g. Period=3 or RegionId=cn-hangzhou; repeat as needed."));
    option("--profile NAME", tr("The keychain profile to sign with."));
    option("--region R", tr("The region to sign for and to send to."));
    option("--endpoint URL",
           tr("scheme://host[:port] instead of the provider's public endpoint; http only for 127.0.0.1."));
    option("--dry-run", tr("Validate and sign, print the request with the signature masked, send nothing."));
    option("--yes", tr("Do not ask for confirmation."));
    option("--allow-duplicate",
           tr("With --yes: order even when the same resource was ordered in the last 24 hours."));
    option("--allow-long-term",
           tr("With --yes: order a length above one year (without it, such an order is refused with exit "
              "code 2; asked a second time without --yes)."));
    option("--json", tr("Print one JSON object instead of text."));
    option("--data-dir DIR", tr("Keep the ledger and settings in DIR (also ORDERDESK_DATA_DIR)."));
    option("--ledger L",
           tr("The ledger to use: a file, or a team ledger's postgresql://ROLE@HOST:PORT/DATABASE "
              "address (also ORDERDESK_LEDGER; without either, the team ledger set in the window's "
              "Settings, if any)."));
    stream
        << '\n'
        << tr("Providers:") << ' ' << m_context.providers().ids().join(QStringLiteral(", ")) << "\n\n"
        << tr("Credentials: --profile NAME, or ORDERDESK_ACCESS_KEY_ID and ORDERDESK_ACCESS_KEY_SECRET for "
              "automation. Without either, an endpoint on this computer (orderdesk-sim) uses the built-in "
              "sandbox key. The secret is never printed and never accepted on the command line.")
        << "\n\n"
        << tr("Exit codes: 0 done, 2 usage or validation error (or refused by the team ledger), 3 rejected "
              "by "
              "the provider, 4 outcome unknown, 5 not sent (network, TLS, credentials, ledger unreachable), "
              "6 "
              "awaiting approval, 7 conflict with a resolution by hand, 8 the team ledger's history was "
              "changed.")
        << '\n';
    stream.flush();
}

int CliApplication::runProviders(const QStringList& arguments)
{
    if (arguments.size() > 2)
        return m_context.usageError(tr("\"providers\" takes at most one provider."));
    if (arguments.size() == 2) {
        const Provider* provider = m_context.providers().find(arguments.at(1));
        if (!provider)
            return m_context.usageError(
                tr("Unknown provider \"%1\". Choose one of: %2.")
                    .arg(arguments.at(1), m_context.providers().ids().join(QStringLiteral(", "))));
        printProviderFields(*provider);
        return CliContext::Success;
    }
    for (const Provider* provider : m_context.providers().all()) {
        m_context.out() << provider->id().leftJustified(12) << provider->displayName().toString() << "  ("
                        << provider->action() << ", " << provider->apiVersion() << ")\n";
    }
    m_context.out().flush();
    return CliContext::Success;
}

void CliApplication::printProviderFields(const Provider& provider)
{
    const FormSchema& schema = provider.schema();
    m_context.out() << provider.displayName().toString() << " — " << provider.action() << ' '
                    << provider.apiVersion() << "\n\n";
    for (const FieldSpec& field : schema.fields()) {
        m_context.out() << "  " << field.name << "  [" << fieldTypeName(field) << "] ";
        if (field.generated)
            m_context.out() << tr("(filled in by OrderDesk when absent)");
        else if (field.required)
            m_context.out() << tr("(required)");
        else
            m_context.out() << tr("(optional)");
        m_context.out() << '\n' << "      " << schema.label(field).toString();
        if (field.help)
            m_context.out() << " — " << schema.help(field).toString();
        m_context.out() << '\n';
        if (!field.choices.isEmpty()) {
            QStringList values;
            for (const FieldChoice& choice : field.choices) {
                const QString label = schema.choiceLabel(choice).toString();
                values.append(label.isEmpty()
                                  ? choice.value
                                  : choice.value + QStringLiteral(" (") + label + QLatin1Char(')'));
            }
            m_context.out() << "      " << tr("Allowed: %1").arg(values.join(QStringLiteral(", "))) << '\n';
        }
        if (field.hasRange)
            m_context.out() << "      " << tr("Range: %1 to %2").arg(field.minimum).arg(field.maximum)
                            << '\n';
        if (!field.example.isEmpty())
            m_context.out() << "      " << tr("Example: %1").arg(field.example) << '\n';
    }
    m_context.out().flush();
}

} // namespace OrderDesk
