#include "CliApplication.h"

#include "common/Clock.h"
#include "common/Credential.h"
#include "common/Endpoint.h"
#include "common/NonceSource.h"
#include "providers/ProviderRegistry.h"
#include "providers/RequestPreview.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
                               QTextStream& out, QTextStream& err, QProcessEnvironment environment)
    : m_providers(providers)
    , m_clock(clock)
    , m_nonces(nonces)
    , m_out(out)
    , m_err(err)
    , m_environment(std::move(environment))
{}

int CliApplication::run(const QStringList& arguments)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        printUsage(m_err);
        return UsageError;
    }
    const QString& command = args.first();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        printUsage(m_out);
        return Placed;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        m_out << "orderdesk-cli " << ORDERDESK_VERSION << '\n';
        return Placed;
    }
    if (command == QLatin1String("order"))
        return runOrder(args);
    if (command == QLatin1String("providers"))
        return runProviders(args);
    return usageError(tr("Unknown command \"%1\".").arg(command));
}

void CliApplication::printUsage(QTextStream& stream) const
{
    stream
        << tr("OrderDesk %1 — prepaid cloud orders from the command line.")
               .arg(QStringLiteral(ORDERDESK_VERSION))
        << "\n\n"
        << tr("Usage:") << '\n'
        << "  orderdesk-cli order PROVIDER [--region R] [--endpoint URL] [--param NAME=VALUE]... --dry-run "
           "[--json]\n"
        << "  orderdesk-cli providers [PROVIDER]\n"
        << "  orderdesk-cli --help | --version\n\n"
        << tr("Commands:") << '\n'
        << "  order       "
        << tr("Check an order, sign it and show the exact request, without sending it (--dry-run).") << '\n'
        << "              "
        << tr("This version previews only: sending comes with the order ledger, so that no order is ever "
              "sent before it is recorded.")
        << '\n'
        << "  providers   " << tr("List the providers, or the parameters of one provider.") << "\n\n"
        << tr("Options of order:") << '\n'
        << "  --param NAME=VALUE  "
        << tr("A parameter by the API's own name, e.g. Period=3 or RegionId=cn-hangzhou; repeat as needed.")
        << '\n'
        << "  --region R          " << tr("The region to sign for and to send to.") << '\n'
        << "  --endpoint URL      "
        << tr("scheme://host[:port] instead of the provider's public endpoint; http only for 127.0.0.1.")
        << '\n'
        << "  --dry-run           " << tr("Validate and sign, print the request, send nothing.") << '\n'
        << "  --json              " << tr("Print one JSON object instead of text.") << "\n\n"
        << tr("Providers:") << ' ' << m_providers.ids().join(QStringLiteral(", ")) << "\n\n"
        << tr("Credentials come from ORDERDESK_ACCESS_KEY_ID and ORDERDESK_ACCESS_KEY_SECRET. The secret is "
              "never printed: signatures in previews are masked.")
        << "\n\n"
        << tr("Exit codes: 0 done, 2 usage or validation error, 3 rejected by the provider, 4 outcome "
              "unknown, 5 not sent (network, TLS, credentials).")
        << '\n';
    stream.flush();
}

int CliApplication::usageError(const QString& message)
{
    m_err << tr("Error: %1").arg(message) << '\n' << tr("Run \"orderdesk-cli --help\" for usage.") << '\n';
    m_err.flush();
    return UsageError;
}

int CliApplication::runProviders(const QStringList& arguments)
{
    if (arguments.size() > 2)
        return usageError(tr("\"providers\" takes at most one provider."));
    if (arguments.size() == 2) {
        const Provider* provider = m_providers.find(arguments.at(1));
        if (!provider)
            return usageError(tr("Unknown provider \"%1\". Choose one of: %2.")
                                  .arg(arguments.at(1), m_providers.ids().join(QStringLiteral(", "))));
        printProviderFields(*provider);
        return Placed;
    }
    for (const Provider* provider : m_providers.all()) {
        m_out << provider->id().leftJustified(12) << provider->displayName().toString() << "  ("
              << provider->action() << ", " << provider->apiVersion() << ")\n";
    }
    m_out.flush();
    return Placed;
}

void CliApplication::printProviderFields(const Provider& provider)
{
    const FormSchema& schema = provider.schema();
    m_out << provider.displayName().toString() << " — " << provider.action() << ' ' << provider.apiVersion()
          << "\n\n";
    for (const FieldSpec& field : schema.fields()) {
        m_out << "  " << field.name << "  [" << fieldTypeName(field) << "] ";
        if (field.generated)
            m_out << tr("(filled in by OrderDesk when absent)");
        else if (field.required)
            m_out << tr("(required)");
        else
            m_out << tr("(optional)");
        m_out << '\n' << "      " << schema.label(field).toString();
        if (field.help)
            m_out << " — " << schema.help(field).toString();
        m_out << '\n';
        if (!field.choices.isEmpty()) {
            QStringList values;
            for (const FieldChoice& choice : field.choices) {
                const QString label = schema.choiceLabel(choice).toString();
                values.append(label.isEmpty()
                                  ? choice.value
                                  : choice.value + QStringLiteral(" (") + label + QLatin1Char(')'));
            }
            m_out << "      " << tr("Allowed: %1").arg(values.join(QStringLiteral(", "))) << '\n';
        }
        if (field.hasRange)
            m_out << "      " << tr("Range: %1 to %2").arg(field.minimum).arg(field.maximum) << '\n';
        if (!field.example.isEmpty())
            m_out << "      " << tr("Example: %1").arg(field.example) << '\n';
    }
    m_out.flush();
}

int CliApplication::runOrder(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption paramOption(QStringLiteral("param"), QString(), QStringLiteral("NAME=VALUE"));
    const QCommandLineOption regionOption(QStringLiteral("region"), QString(), QStringLiteral("R"));
    const QCommandLineOption endpointOption(QStringLiteral("endpoint"), QString(), QStringLiteral("URL"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"));
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    parser.addOptions({paramOption, regionOption, endpointOption, dryRunOption, jsonOption});
    if (!parser.parse(QStringList{QStringLiteral("orderdesk-cli")} + arguments))
        return usageError(parser.errorText());

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(tr("\"order\" takes exactly one provider: %1.")
                              .arg(m_providers.ids().join(QStringLiteral(", "))));
    const Provider* provider = m_providers.find(positional.at(1));
    if (!provider)
        return usageError(tr("Unknown provider \"%1\". Choose one of: %2.")
                              .arg(positional.at(1), m_providers.ids().join(QStringLiteral(", "))));
    if (!parser.isSet(dryRunOption))
        return usageError(
            tr("This version can only preview orders: add --dry-run. Sending comes with the order "
               "ledger, so that no order is ever sent before it is recorded."));
    const bool json = parser.isSet(jsonOption);

    OrderRequest request;
    request.region = parser.value(regionOption).trimmed();
    for (const QString& param : parser.values(paramOption)) {
        const qsizetype eq = param.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return usageError(tr("--param needs NAME=VALUE, got \"%1\".").arg(param));
        const QString name = param.left(eq);
        if (request.params.contains(name))
            return usageError(tr("--param %1 is given twice.").arg(name));
        request.params.insert(name, param.mid(eq + 1));
    }

    request = provider->withGeneratedFields(request, m_nonces);
    const QList<ValidationIssue> issues = provider->validate(request);
    if (!issues.isEmpty()) {
        if (json) {
            QJsonArray list;
            for (const ValidationIssue& issue : issues)
                list.append(QJsonObject{{QStringLiteral("field"), issue.field},
                                        {QStringLiteral("message"), issue.message.toString()}});
            m_out << QJsonDocument(QJsonObject{{QStringLiteral("provider"), provider->id()},
                                               {QStringLiteral("status"), QStringLiteral("Invalid")},
                                               {QStringLiteral("issues"), list}})
                         .toJson(QJsonDocument::Compact)
                  << '\n';
            m_out.flush();
        }
        m_err << tr("The order is not valid; nothing was sent:") << '\n';
        for (const ValidationIssue& issue : issues)
            m_err << "  " << (issue.field.isEmpty() ? provider->id() : issue.field) << ": "
                  << issue.message.toString() << '\n';
        m_err.flush();
        return UsageError;
    }

    const QString region = provider->region(request);
    Endpoint endpoint = provider->defaultEndpoint(region);
    if (parser.isSet(endpointOption)) {
        LocalizedText error;
        endpoint = Endpoint::parse(parser.value(endpointOption), &error);
        if (!endpoint.isValid())
            return usageError(error.toString());
    }

    const Credential credential{m_environment.value(QStringLiteral("ORDERDESK_ACCESS_KEY_ID")),
                                m_environment.value(QStringLiteral("ORDERDESK_ACCESS_KEY_SECRET"))};
    if (!credential.isComplete()) {
        m_err
            << tr("Error: no credentials. Set ORDERDESK_ACCESS_KEY_ID and ORDERDESK_ACCESS_KEY_SECRET to the "
                  "AccessKey pair of your %1 account; nothing was sent.")
                   .arg(provider->displayName().toString())
            << '\n';
        m_err.flush();
        return NotSent;
    }

    const HttpRequest built = provider->buildRequest(request, endpoint);
    const HttpRequest signedRequest =
        provider->sign(built, credential, region, m_clock.nowUtc(), m_nonces.nextNonce());

    if (json) {
        m_out << QJsonDocument(
                     QJsonObject{{QStringLiteral("provider"), provider->id()},
                                 {QStringLiteral("status"), QStringLiteral("DryRun")},
                                 {QStringLiteral("region"), region},
                                 {QStringLiteral("resource"), provider->resourceId(request)},
                                 {QStringLiteral("request"), RequestPreview::toJson(signedRequest)}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
        m_out.flush();
        return Placed;
    }

    const FormSchema& schema = provider->schema();
    m_out << tr("Dry run: nothing was sent.") << "\n\n"
          << tr("Provider:") << ' ' << provider->displayName().toString() << '\n'
          << tr("Operation:") << ' ' << provider->action() << " (" << provider->apiVersion() << ")\n"
          << tr("Region:") << ' ' << region << '\n'
          << tr("Endpoint:") << ' ' << endpoint.toString() << '\n';
    for (const FieldSpec& field : schema.fields()) {
        if (!request.has(field.name))
            continue;
        m_out << "  " << schema.label(field).toString() << " (" << field.name
              << "): " << request.value(field.name) << '\n';
    }
    m_out << '\n' << tr("Request (signature masked):") << '\n' << RequestPreview::render(signedRequest);
    m_out.flush();
    return Placed;
}

} // namespace OrderDesk
