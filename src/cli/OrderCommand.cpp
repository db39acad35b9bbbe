#include "OrderCommand.h"

#include "CliContext.h"
#include "CredentialResolver.h"
#include "InterruptSignal.h"
#include "TeamCommand.h"
#include "TerminalWidth.h"
#include "common/Clock.h"
#include "common/NonceSource.h"
#include "credentials/CredentialStore.h"
#include "credentials/Profile.h"
#include "ledger/OrderLedger.h"
#include "ledger/OrderStatus.h"
#include "net/OrderOutcome.h"
#include "orders/OrderConfirmation.h"
#include "orders/OrderService.h"
#include "orders/OrderSummary.h"
#include "orders/OutcomeReport.h"
#include "providers/ProviderRegistry.h"
#include "providers/RequestPreview.h"
#include "settings/AppSettings.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>

namespace OrderDesk {

namespace {

QString statusKey(OrderOutcome::Kind kind)
{
    switch (kind) {
    case OrderOutcome::Kind::Accepted:
        return QStringLiteral("succeeded");
    case OrderOutcome::Kind::Rejected:
        return QStringLiteral("rejected");
    case OrderOutcome::Kind::Unknown:
        return QStringLiteral("unknown");
    case OrderOutcome::Kind::NotSent:
        return QStringLiteral("not_sent");
    }
    return {};
}

int exitCode(OrderOutcome::Kind kind)
{
    switch (kind) {
    case OrderOutcome::Kind::Accepted:
        return CliContext::Success;
    case OrderOutcome::Kind::Rejected:
        return CliContext::Rejected;
    case OrderOutcome::Kind::Unknown:
        return CliContext::Unknown;
    case OrderOutcome::Kind::NotSent:
        return CliContext::NotSent;
    }
    return CliContext::Unknown;
}

} // namespace

OrderCommand::OrderCommand(CliContext& context)
    : m_context(context)
{}

int OrderCommand::runOrder(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption paramOption(QStringLiteral("param"), QString(), QStringLiteral("NAME=VALUE"));
    const QCommandLineOption regionOption(QStringLiteral("region"), QString(), QStringLiteral("R"));
    const QCommandLineOption endpointOption(QStringLiteral("endpoint"), QString(), QStringLiteral("URL"));
    const QCommandLineOption profileOption(QStringLiteral("profile"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"));
    const QCommandLineOption yesOption(QStringLiteral("yes"));
    const QCommandLineOption duplicateOption(QStringLiteral("allow-duplicate"));
    const QCommandLineOption longTermOption(QStringLiteral("allow-long-term"));
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    parser.addOptions({paramOption, regionOption, endpointOption, profileOption, dryRunOption, yesOption,
                       duplicateOption, longTermOption, jsonOption});
    if (!m_context.parse(parser, arguments))
        return CliContext::UsageError;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return m_context.usageError(tr("\"order\" takes exactly one provider: %1.")
                                        .arg(m_context.providers().ids().join(QStringLiteral(", "))));
    const Provider* provider = m_context.provider(positional.at(1));
    if (!provider)
        return CliContext::UsageError;
    const bool json = parser.isSet(jsonOption);
    const bool dryRun = parser.isSet(dryRunOption);

    OrderRequest request;
    for (const QString& param : parser.values(paramOption)) {
        const qsizetype eq = param.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return m_context.usageError(tr("--param needs NAME=VALUE, got \"%1\".").arg(param));
        const QString name = param.left(eq);
        if (request.params.contains(name))
            return m_context.usageError(tr("--param %1 is given twice.").arg(name));
        request.params.insert(name, param.mid(eq + 1));
    }

    CredentialResolver credentials(m_context);
    if (!credentials.selectProfile(*provider, parser.value(profileOption)))
        return CliContext::UsageError;
    const std::optional<Profile>& profile = credentials.profile();

    request.region = parser.value(regionOption).trimmed();
    if (request.region.isEmpty() && profile)
        request.region = profile->region;

    QString endpointText = parser.value(endpointOption);
    if (endpointText.isEmpty() && profile)
        endpointText = profile->endpoint;
    if (endpointText.isEmpty() && !dryRun)
        endpointText = m_context.settings().endpointOverride(provider->id());
    Endpoint endpoint;
    if (!endpointText.isEmpty()) {
        LocalizedText error;
        endpoint = Endpoint::parse(endpointText, &error);
        if (!endpoint.isValid())
            return m_context.usageError(error.toString());
    }

    // Validation first: a form with mistakes needs no keychain and no ledger.
    PreparedOrder prepared = OrderService::check(*provider, request, QString(), endpoint, m_context.nonces());
    if (!prepared.notes.isEmpty()) {
        QTextStream& err = m_context.err();
        for (const ValidationIssue& note : prepared.notes)
            //: A correction OrderDesk made to a parameter, such as removed spaces
            err << tr("Note: %1").arg(CliContext::visible(note.message.toString())) << '\n';
        err.flush();
    }
    if (!prepared.issues.isEmpty()) {
        if (json) {
            QJsonArray list;
            for (const ValidationIssue& issue : prepared.issues)
                list.append(QJsonObject{{QStringLiteral("field"), issue.field},
                                        {QStringLiteral("message"), issue.message.toString()}});
            m_context.printJson(QJsonObject{{QStringLiteral("provider"), provider->id()},
                                            {QStringLiteral("status"), QStringLiteral("invalid")},
                                            {QStringLiteral("issues"), list}});
        }
        QTextStream& err = m_context.err();
        err << tr("The order is not valid; nothing was sent:") << '\n';
        for (const ValidationIssue& issue : prepared.issues)
            err << "  " << CliContext::visible(issue.field.isEmpty() ? provider->id() : issue.field) << ": "
                << CliContext::visible(issue.message.toString()) << '\n';
        err.flush();
        return CliContext::UsageError;
    }
    const bool yes = parser.isSet(yesOption);
    // Nobody is asked under --yes, so a length above one year, where "5 years" may be a slip for
    // "5 months", has to be accepted on the command line as well; refused before any key is read.
    if (const std::optional<OrderTerm> term = OrderConfirmation::longTerm(prepared);
        term && yes && !dryRun && !parser.isSet(longTermOption)) {
        if (json)
            m_context.printJson(QJsonObject{{QStringLiteral("provider"), provider->id()},
                                            {QStringLiteral("status"), QStringLiteral("long_term")},
                                            {QStringLiteral("length"), term->length},
                                            {QStringLiteral("unit"), OrderTerm::unitKey(term->unit)}});
        return m_context.usageError(tr("Not sent: %1 With --yes, an order longer than one year also needs "
                                       "--allow-long-term.")
                                        .arg(OrderConfirmation::longTermWarning(*term)));
    }
    if (!credentials.resolve(*provider, prepared.endpoint))
        return CliContext::NotSent;
    prepared.profile = credentials.accountName();

    if (dryRun)
        return this->dryRun(prepared, credentials.credential(), json);
    if (m_context.usesTeamLedger())
        return TeamCommand(m_context).placeOrder(prepared, credentials.credential(), yes,
                                                 parser.isSet(duplicateOption), json);

    OrderService* service = m_context.orderService();
    if (!service)
        return CliContext::NotSent;
    prepared.duplicate = service->recentDuplicate(prepared);

    printSummary(prepared, json, credentials.credential().accessKeyId,
                 credentials.accountName() == QLatin1String("sandbox"));
    prepared.duplicateAllowed = parser.isSet(duplicateOption);
    if (!confirmDuplicate(prepared, yes, prepared.duplicateAllowed, json))
        return CliContext::NotSent;
    if (!yes && !confirmLongTerm(prepared, json))
        return CliContext::NotSent;
    if (!yes && !m_context.confirm(tr("Place this order and pay for it? Type y to confirm:"))) {
        m_context.err() << tr("Not confirmed; nothing was sent.") << '\n';
        m_context.err().flush();
        if (json)
            m_context.printJson(QJsonObject{{QStringLiteral("provider"), provider->id()},
                                            {QStringLiteral("status"), QStringLiteral("declined")}});
        return CliContext::NotSent;
    }

    const auto place = [&](QObject* context, const OrderService::Placed& placed) {
        service->place(prepared, credentials.credential(), context, placed);
    };
    return awaitAndReport(*provider, place, json, &prepared);
}

int OrderCommand::sendConfirmed(const PreparedOrder& prepared, const Credential& credential, bool json,
                                const OutcomeHook& hook)
{
    OrderService* service = m_context.orderService();
    if (!service)
        return CliContext::NotSent;
    const auto place = [&](QObject* context, const OrderService::Placed& placed) {
        service->place(prepared, credential, context, placed);
    };
    return awaitAndReport(*prepared.provider, place, json, &prepared, hook);
}

int OrderCommand::runRetry(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption profileOption(QStringLiteral("profile"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption yesOption(QStringLiteral("yes"));
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    parser.addOptions({profileOption, yesOption, jsonOption});
    if (!m_context.parse(parser, arguments))
        return CliContext::UsageError;
    const QStringList positional = parser.positionalArguments();
    bool isNumber = false;
    const qint64 ledgerId = positional.size() == 2 ? positional.at(1).toLongLong(&isNumber) : 0;
    if (!isNumber || ledgerId <= 0)
        return m_context.usageError(tr("\"retry\" takes the ledger number of one order, e.g. \"retry 12\"."));
    const bool json = parser.isSet(jsonOption);

    OrderService* service = m_context.orderService();
    if (!service)
        return CliContext::NotSent;
    const std::optional<OrderRecord> record = m_context.ledger()->order(ledgerId);
    if (!record)
        return m_context.usageError(tr("There is no order %1 in the ledger.").arg(ledgerId));
    const Provider* provider = m_context.provider(record->provider);
    if (!provider)
        return CliContext::UsageError;
    if (const std::optional<LocalizedText> refusal = service->retryRefusal(ledgerId, *provider))
        return m_context.usageError(refusal->toString());

    // The recorded account, unless another profile is named: the order belongs to that account.
    QString profileName = parser.value(profileOption);
    if (profileName.isEmpty() && record->profile != QLatin1String("sandbox") &&
        !record->profile.startsWith(QLatin1String("env:")))
        profileName = record->profile;
    CredentialResolver credentials(m_context);
    if (!credentials.selectProfile(*provider, profileName))
        return CliContext::UsageError;
    if (!credentials.resolve(*provider, Endpoint::parse(record->endpoint)))
        return CliContext::NotSent;

    m_context.err() << tr("Order %1 (%2, resource %3) will be sent again with its recorded client token "
                          "%4, so the provider cannot place it twice.")
                           .arg(QString::number(ledgerId), provider->displayName().toString(),
                                record->resourceId, record->idempotencyToken)
                    << '\n';
    m_context.err().flush();
    if (!parser.isSet(yesOption) && !m_context.confirm(tr("Send it again? Type y to confirm:"))) {
        m_context.err() << tr("Not confirmed; nothing was sent.") << '\n';
        m_context.err().flush();
        return CliContext::NotSent;
    }
    const auto retry = [&](QObject* context, const OrderService::Placed& placed) {
        service->retry(ledgerId, *provider, credentials.credential(), context, placed);
    };
    return awaitAndReport(*provider, retry, json, nullptr);
}

int OrderCommand::dryRun(const PreparedOrder& prepared, const Credential& credential, bool json)
{
    const Provider& provider = *prepared.provider;
    const HttpRequest built = provider.buildRequest(prepared.order, prepared.endpoint);
    const HttpRequest signedRequest = provider.sign(
        built, credential, prepared.region, m_context.clock().nowUtc(), m_context.nonces().nextNonce());
    if (json) {
        m_context.printJson(QJsonObject{{QStringLiteral("provider"), provider.id()},
                                        {QStringLiteral("status"), QStringLiteral("dry_run")},
                                        {QStringLiteral("region"), prepared.region},
                                        {QStringLiteral("resource"), prepared.resourceId},
                                        {QStringLiteral("request"), RequestPreview::toJson(signedRequest)}});
        return CliContext::Success;
    }
    QTextStream& out = m_context.out();
    out << tr("Dry run: nothing was sent.") << "\n\n";
    printSummary(prepared, false);
    // The technical details above name the operation.
    out << '\n' << tr("Request (signature masked):") << '\n' << RequestPreview::render(signedRequest);
    out.flush();
    return CliContext::Success;
}

void OrderCommand::printSummary(const PreparedOrder& prepared, bool json, const QString& accessKeyId,
                                bool sandbox)
{
    // With --json the one JSON object goes to stdout, so everything for the human goes to stderr.
    QTextStream& stream = json ? m_context.err() : m_context.out();
    if (!accessKeyId.isEmpty() || sandbox) {
        stream << OrderConfirmation::sentence(prepared, sandbox ? QString() : accessKeyId) << '\n'
               << OrderConfirmation::payment(prepared, sandbox) << "\n\n";
    }
    stream << tr("Order summary:") << '\n';
    const QList<SummaryLine> facts = OrderSummary::facts(prepared, sandbox ? QString() : accessKeyId);
    int width = 0;
    for (const SummaryLine& line : facts)
        width = std::max(width, TerminalWidth::of(line.label.toString()));
    // A value of several lines (the products) continues under its first line.
    const QString indent(2 + width + 2, QLatin1Char(' '));
    for (const SummaryLine& line : facts) {
        QStringList values;
        for (const QString& value : line.value.split(QLatin1Char('\n')))
            values << CliContext::visible(value);
        stream << "  " << TerminalWidth::padded(line.label.toString(), width + 2)
               << values.join(QLatin1Char('\n') + indent) << '\n';
    }
    // The parameters by the API's own names, for whoever compares the order with the API's page.
    stream << '\n' << tr("Technical details:") << '\n';
    for (const SummaryLine& line : OrderSummary::technicalDetails(prepared)) {
        const bool parameter = line.key != QLatin1String("endpoint") && line.key != QLatin1String("action");
        stream << "  " << (parameter ? line.key : line.label.toString()) << (parameter ? " = " : ": ")
               << CliContext::visible(line.value) << '\n';
    }
    stream.flush();
}

bool OrderCommand::confirmLongTerm(const PreparedOrder& prepared, bool json)
{
    const std::optional<OrderTerm> term = OrderConfirmation::longTerm(prepared);
    if (!term)
        return true;
    const QString length = OrderConfirmation::termText(*term);
    if (m_context.confirm(tr("%1 Buy it for %2? Type y to confirm:")
                              .arg(OrderConfirmation::longTermWarning(*term), length)))
        return true;
    m_context.err() << tr("Not confirmed; nothing was sent.") << '\n';
    m_context.err().flush();
    if (json)
        m_context.printJson(QJsonObject{{QStringLiteral("provider"), prepared.provider->id()},
                                        {QStringLiteral("status"), QStringLiteral("declined")}});
    return false;
}

void OrderCommand::warnDuplicate(const OrderRecord& earlier)
{
    m_context.err()
        << tr("Warning: order %1 for the same resource %2 with the same account was recorded at %3 "
              "(status: %4). Ordering it again may pay twice.")
               .arg(QString::number(earlier.id), earlier.resourceId,
                    earlier.createdUtc.toLocalTime().toString(Qt::ISODate),
                    OrderStatusNames::label(earlier.status).toString())
        << '\n';
    m_context.err().flush();
}

bool OrderCommand::confirmDuplicate(const PreparedOrder& prepared, bool yes, bool allowDuplicate, bool json)
{
    if (!prepared.duplicate)
        return true;
    const OrderRecord& earlier = *prepared.duplicate;
    warnDuplicate(earlier);
    bool confirmed = false;
    if (yes)
        confirmed = allowDuplicate;
    else
        confirmed = m_context.confirm(tr("Order this resource a second time? Type y to confirm:"));
    if (!confirmed) {
        m_context.err()
            << (yes ? tr("Not sent: with --yes, a second order of the same resource within 24 hours "
                         "also needs --allow-duplicate.")
                    : tr("Not confirmed; nothing was sent."))
            << '\n';
        m_context.err().flush();
        if (json)
            m_context.printJson(QJsonObject{{QStringLiteral("provider"), prepared.provider->id()},
                                            {QStringLiteral("status"), QStringLiteral("duplicate")},
                                            {QStringLiteral("duplicate_of"), earlier.id}});
    }
    return confirmed;
}

int OrderCommand::awaitAndReport(const Provider& provider, const Sender& send, bool json,
                                 const PreparedOrder* prepared, const OutcomeHook& hook)
{
    OrderService* service = m_context.orderService();
    QEventLoop loop;
    qint64 ledgerId = 0;
    std::optional<LocalizedText> notSent;
    std::optional<OrderRecord> newerDuplicate;
    std::optional<OrderOutcome> outcome;
    bool late = false;
    bool conflict = false;
    bool interrupted = false;
    const QMetaObject::Connection finishedConnection =
        QObject::connect(service, &OrderService::finished, &loop, [&](qint64 id, const OrderOutcome& answer) {
            if (id == 0 || id != ledgerId || interrupted)
                return;
            outcome = answer;
            loop.quit();
        });
    const QMetaObject::Connection lateConnection =
        QObject::connect(service, &OrderService::lateAnswer, &loop, [&](qint64 id, bool contradicts) {
            if (id != 0 && id == ledgerId) {
                late = true;
                conflict = contradicts;
            }
        });
    // Stopped while the order is out: the order is recorded as Unknown ("stopped waiting") before
    // the process ends, so that nobody has to wait for its lease to expire to resolve it.
    InterruptSignal interrupt;
    QObject::connect(&interrupt, &InterruptSignal::received, &loop, [&] {
        if (interrupted)
            return;
        interrupted = true;
        service->abandonInFlight(&loop, [&loop](int) { loop.quit(); });
    });
    send(&loop, [&](qint64 id, const LocalizedText& error, const std::optional<OrderRecord>& duplicate) {
        ledgerId = id;
        if (id == 0) {
            notSent = error;
            newerDuplicate = duplicate;
            loop.quit();
        }
    });
    loop.exec();
    QObject::disconnect(finishedConnection);
    QObject::disconnect(lateConnection);
    if (newerDuplicate && prepared) {
        // Another process or window recorded an order of this resource after the summary was
        // shown: the guard in the ledger stopped this one before anything was sent.
        warnDuplicate(*newerDuplicate);
        m_context.err() << tr("Not sent: another order of the same resource was recorded meanwhile. Run the "
                              "command again to decide, or add --allow-duplicate.")
                        << '\n';
        m_context.err().flush();
        if (json)
            m_context.printJson(QJsonObject{{QStringLiteral("provider"), provider.id()},
                                            {QStringLiteral("status"), QStringLiteral("duplicate")},
                                            {QStringLiteral("duplicate_of"), newerDuplicate->id}});
        return CliContext::NotSent;
    }
    if (notSent) {
        if (hook) {
            OrderOutcome nothingSent;
            nothingSent.kind = OrderOutcome::Kind::NotSent;
            nothingSent.explanation = *notSent;
            hook(0, nothingSent);
        }
        m_context.printError(notSent->toString());
        return CliContext::NotSent;
    }
    if (interrupted) {
        if (hook) {
            OrderOutcome unknown;
            unknown.kind = OrderOutcome::Kind::Unknown;
            hook(ledgerId, unknown);
        }
        m_context.printError(
            tr("Stopped (interrupted) while order %1 was being sent; its outcome is unknown. Check the "
               "provider's console, then record what it shows: \"orderdesk-cli resolve %1 --placed "
               "ORDER_ID\" "
               "or \"orderdesk-cli resolve %1 --not-placed\".")
                .arg(ledgerId));
        if (json)
            m_context.printJson(QJsonObject{{QStringLiteral("provider"), provider.id()},
                                            {QStringLiteral("status"), QStringLiteral("unknown")},
                                            {QStringLiteral("ledger_id"), ledgerId},
                                            {QStringLiteral("interrupted"), true}});
        return CliContext::Unknown;
    }
    if (hook)
        hook(ledgerId, *outcome);
    const int code = report(provider, ledgerId, *outcome, json);
    if (conflict) {
        m_context.printError(tr("Conflict: order %1 was marked as not placed by hand, but the provider has "
                                "now answered that it "
                                "placed it (order ID %2). The ledger shows it as placed; check the "
                                "provider's console and pay or "
                                "cancel it there.")
                                 .arg(QString::number(ledgerId), outcome->reply.orderId));
        return CliContext::Conflict;
    }
    if (late) {
        m_context.err() << tr("Note: order %1 had already been resolved by hand; this answer was recorded in "
                              "its history and did not change it.")
                               .arg(ledgerId)
                        << '\n';
        m_context.err().flush();
    }
    return code;
}

int OrderCommand::report(const Provider& provider, qint64 ledgerId, const OrderOutcome& outcome, bool json)
{
    const ProviderReply& reply = outcome.reply;
    if (json) {
        QJsonObject object{{QStringLiteral("provider"), provider.id()},
                           {QStringLiteral("status"), statusKey(outcome.kind)},
                           {QStringLiteral("order_id"), reply.orderId},
                           {QStringLiteral("request_id"), reply.requestId},
                           {QStringLiteral("error_code"), reply.errorCode},
                           {QStringLiteral("error_message"), reply.errorMessage},
                           {QStringLiteral("ledger_id"), ledgerId},
                           {QStringLiteral("http_status"), reply.httpStatus},
                           {QStringLiteral("attempts"), outcome.attempts},
                           {QStringLiteral("explanation"), outcome.explanation.toString()}};
        if (!reply.recommendUrl.isEmpty())
            object.insert(QStringLiteral("recommend_url"), reply.recommendUrl);
        if (outcome.clockSkewSeconds)
            object.insert(QStringLiteral("clock_skew_seconds"), *outcome.clockSkewSeconds);
        m_context.printJson(object);
        return exitCode(outcome.kind);
    }

    QTextStream& out = m_context.out();
    const QString number = QString::number(ledgerId);
    const std::optional<OrderRecord> record = m_context.ledger()->order(ledgerId);
    const OutcomeReport outcomeReport =
        OutcomeReport::from(outcome, provider, ledgerId, record ? record->params : QMap<QString, QString>());
    out << outcomeReport.title.toString() << '\n';
    if (!outcomeReport.orderId.isEmpty())
        out << "  " << tr("Provider order ID: %1").arg(outcomeReport.orderId) << '\n';
    if (!outcomeReport.requestId.isEmpty())
        out << "  " << tr("Request ID: %1").arg(outcomeReport.requestId) << '\n';
    out << "  " << tr("Ledger entry: %1").arg(number) << '\n';
    for (const LocalizedText& paragraph : outcomeReport.paragraphs)
        out << "  " << paragraph.toString() << '\n';
    // The next steps, as commands of this program.
    if (outcomeReport.resolveByHand)
        out << "  "
            << tr("After checking the provider's console, record the result: \"orderdesk-cli resolve %1 "
                  "--placed "
                  "ORDER_ID\" or \"orderdesk-cli resolve %1 --not-placed\".")
                   .arg(number)
            << '\n';
    if (outcomeReport.retrySafely)
        out << "  "
            << tr("Or send it again safely, with the same client token: \"orderdesk-cli retry %1\".")
                   .arg(number)
            << '\n';
    if (!outcomeReport.details.isEmpty())
        out << "  " << outcomeReport.details.toString() << '\n';
    out.flush();
    return exitCode(outcome.kind);
}

} // namespace OrderDesk
