#include "SimCommandLine.h"

#include "SimTriggers.h"
#include "common/SandboxCredential.h"

#include <QCommandLineParser>

namespace OrderDesk {

namespace {

struct ProviderHelp
{
    const char* id;
    const char* endpoint;
    const char* field;
    const char* prefix; // makes a keyword a well-formed resource of the provider
};

constexpr ProviderHelp kProviders[] = {
    {"volcengine", "GET  /?Action=CreateDirectConnectConnectionOrder&Version=2020-04-01",
     "DirectConnectConnectionId", "dcc-"},
    {"aliyun", "GET  /?Action=CreatePhysicalConnectionOccupancyOrder&Version=2016-04-28 (or a POST form)",
     "PhysicalConnectionId", "pc-"},
    {"unicloud", "POST /openapi/nas?Action=CreateOrder&Version=2020-07-30", "instanceName", "fs-"},
    {"huaweicloud", "POST /v1/{project_id}/period/order", "project_id (letters and digits only)", "0a1b"},
};

QString effect(const SimTriggers::Trigger& trigger)
{
    using SimTriggers::Kind;
    const QString answer =
        QString::number(trigger.httpStatus) + QLatin1Char(' ') + QString::fromLatin1(trigger.code);
    switch (trigger.kind) {
    case Kind::Error:
        return QStringLiteral("every request: ") + answer + QStringLiteral(", no order");
    case Kind::OnceError:
        return QStringLiteral("first request: ") + answer + QStringLiteral(", no order; later ones succeed");
    case Kind::Busy:
        return QStringLiteral("first request: order recorded under its ClientToken, answer ") + answer +
               QStringLiteral(";\n") + QString(23, QLatin1Char(' ')) +
               QStringLiteral("the next request with the token gets the order");
    case Kind::Slow:
        return QStringLiteral("first request: order placed, answered after --slow-ms");
    case Kind::Drop:
        return QStringLiteral("first request: order placed, connection aborted without an answer");
    case Kind::Oversize:
        return QStringLiteral("first request: order placed, answered with a 2 MiB body");
    case Kind::Storm:
        return QStringLiteral("every request: ") + answer + QStringLiteral(", no order");
    case Kind::ThreeTimesError:
        return QStringLiteral("first three requests: ") + answer +
               QStringLiteral(", no order; later ones succeed");
    case Kind::Huge:
        return QStringLiteral("first request: order placed, answered with a 50 MiB body, chunked");
    case Kind::BadJson:
        return QStringLiteral("first request: order placed, answered 200 with cut-off JSON");
    case Kind::HtmlPage:
        return QStringLiteral("every request: ") + QString::number(trigger.httpStatus) +
               QStringLiteral(" with a gateway's HTML page, no order");
    }
    return {};
}

} // namespace

bool SimCommandLine::parse(const QStringList& arguments, Options* options, QString* error)
{
    QCommandLineParser parser;
    const QCommandLineOption port(QStringLiteral("port"), QString(), QStringLiteral("N"));
    const QCommandLineOption credentials(QStringLiteral("credentials"), QString(), QStringLiteral("AK:SK"));
    const QCommandLineOption state(QStringLiteral("state"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption slow(QStringLiteral("slow-ms"), QString(), QStringLiteral("N"));
    const QCommandLineOption tlsCertificate(QStringLiteral("tls-cert"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({port, credentials, state, slow, tlsCertificate, tlsKey, help});
    const auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("Unexpected argument: ") + parser.positionalArguments().constFirst());

    Options parsed;
    parsed.help = parser.isSet(help);
    if (parser.isSet(port)) {
        bool ok = false;
        const uint value = parser.value(port).toUInt(&ok);
        if (!ok || value > 65535)
            return fail(QStringLiteral("--port takes a number from 0 to 65535."));
        parsed.port = static_cast<quint16>(value);
    }
    if (parser.isSet(slow)) {
        bool ok = false;
        parsed.slowAnswerMs = parser.value(slow).toInt(&ok);
        if (!ok || parsed.slowAnswerMs < 0)
            return fail(QStringLiteral("--slow-ms takes a number of milliseconds."));
    }
    parsed.stateFile = parser.value(state);
    parsed.tlsCertificateFile = parser.value(tlsCertificate);
    parsed.tlsKeyFile = parser.value(tlsKey);
    if (parsed.tlsCertificateFile.isEmpty() != parsed.tlsKeyFile.isEmpty())
        return fail(QStringLiteral("--tls-cert and --tls-key go together."));
    for (const QString& list : parser.values(credentials)) {
        for (const QString& pair : list.split(QLatin1Char(','))) {
            // The key ID never contains ':', so the first one separates it from the secret.
            const qsizetype colon = pair.indexOf(QLatin1Char(':'));
            const Credential credential{pair.left(colon), colon < 0 ? QString() : pair.mid(colon + 1)};
            if (colon < 0 || !credential.isComplete())
                return fail(QStringLiteral("--credentials takes AK:SK pairs separated by commas."));
            parsed.credentials.append(credential);
        }
    }
    *options = parsed;
    return true;
}

QString SimCommandLine::helpText()
{
    QString text = QStringLiteral(
        "Usage: orderdesk-sim [--port N] [--credentials AK:SK[,AK:SK...]] [--state FILE] [--slow-ms N]\n"
        "                     [--tls-cert FILE --tls-key FILE]\n"
        "\n"
        "A local simulator of the order endpoints of Volcengine, Alibaba Cloud, UniCloud and Huawei Cloud,\n"
        "for rehearsing orders without real credentials and for tests. It verifies each provider's\n"
        "signature and clock window (15 minutes), keeps orders and idempotency tokens, and answers in\n"
        "each provider's own shapes. It listens on 127.0.0.1 only. The first line it prints is\n"
        "\"listening PORT\", then one line per request: provider, action, HTTP status, error code.\n"
        "\n"
        "Options:\n"
        "  --port N             Port on 127.0.0.1; 0 (the default) lets the system choose.\n"
        "  --credentials AK:SK  Key pairs accepted for every provider, separated by commas. Default: the\n"
        "                       built-in sandbox pair, key ID ");
    text += SandboxCredential::pair().accessKeyId;
    text += QStringLiteral(
        ".\n"
        "  --state FILE         Load orders, tokens, used nonces and fired triggers from FILE if it\n"
        "                       exists, and save them there after every change.\n"
        "  --slow-ms N          Delay of the \"slow\" trigger's answer in milliseconds (default 3000).\n"
        "  --tls-cert FILE      Serve https instead of http with this PEM certificate (chain), for\n"
        "  --tls-key FILE       rehearsing certificate problems; the key is an unencrypted PEM RSA or\n"
        "                       EC key. Clients must trust the certificate's CA to connect.\n"
        "  -h, --help           Show this help.\n"
        "\n"
        "Control endpoints (unsigned): GET /_sim/orders lists the created orders, POST /_sim/reset\n"
        "forgets everything.\n"
        "\n"
        "Triggers: put a keyword into the provider's resource field (case does not matter; the longest\n"
        "matching keyword wins). \"First request\" counts per provider and resource and is remembered in\n"
        "the state file. Any other well-formed resource is waiting for payment and gets its order.\n");
    for (const ProviderHelp& provider : kProviders) {
        QString rows;
        QString example;
        for (const SimTriggers::Trigger& trigger : SimTriggers::table) {
            if (qstrcmp(trigger.provider, provider.id) != 0)
                continue;
            if (example.isEmpty())
                example = QString::fromLatin1(provider.prefix) + QString::fromLatin1(trigger.keyword);
            rows += QStringLiteral("    ") + QString::fromLatin1(trigger.keyword).leftJustified(19) +
                    effect(trigger) + QLatin1Char('\n');
        }
        text += QStringLiteral("\n") + QString::fromLatin1(provider.id) + QStringLiteral("  ") +
                QString::fromLatin1(provider.endpoint) + QStringLiteral("\n  keyword in ") +
                QString::fromLatin1(provider.field) + QStringLiteral(", e.g. ") + example +
                QStringLiteral(":\n") + rows;
    }
    return text;
}

} // namespace OrderDesk
