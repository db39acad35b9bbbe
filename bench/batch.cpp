// orderdesk-bench-batch --cli EXE --sim EXE [--orders N] [--parallel N]
// Orders per second through the orderdesk-cli executable against the orderdesk-sim executable:
// N orders of the four providers (seed page parameters, a resource of their own each), at most
// --parallel CLI processes at a time, each `order PROVIDER --endpoint ... --yes --json` on one
// shared data folder. Afterwards the simulator's order list must hold exactly one order per
// request.
#include "BenchStats.h"
#include "SeedExamples.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>
#include <memory>

using namespace OrderDesk;

namespace {

const QStringList kProviders{QStringLiteral("volcengine"), QStringLiteral("aliyun"),
                             QStringLiteral("unicloud"), QStringLiteral("huaweicloud")};
const QHash<QString, QString> kResourceField{
    {QStringLiteral("volcengine"), QStringLiteral("DirectConnectConnectionId")},
    {QStringLiteral("aliyun"), QStringLiteral("PhysicalConnectionId")},
    {QStringLiteral("unicloud"), QStringLiteral("instanceName")},
    {QStringLiteral("huaweicloud"), QStringLiteral("project_id")}};

QString resourceFor(const QString& provider, int index)
{
    const QString serial = QStringLiteral("bench%1").arg(index, 5, 10, QLatin1Char('0'));
    if (provider == QLatin1String("volcengine"))
        return QStringLiteral("dcc-") + serial;
    if (provider == QLatin1String("aliyun"))
        return QStringLiteral("pc-") + serial;
    return serial;
}

QStringList orderArguments(int index, const QString& endpoint, const QString& dataDir)
{
    const QString provider = kProviders.at(index % kProviders.size());
    const QString field = kResourceField.value(provider);
    QStringList args{QStringLiteral("--data-dir"), dataDir, QStringLiteral("order"), provider,
                     QStringLiteral("--endpoint"), endpoint};
    for (const QString& param : SeedExamples::params(provider)) {
        // A fresh ClientToken per order: the seed page's one would make every order the same.
        if (param.startsWith(field + QLatin1Char('=')) || param.startsWith(QLatin1String("ClientToken=")))
            continue;
        args << QStringLiteral("--param") << param;
    }
    args << QStringLiteral("--param") << field + QLatin1Char('=') + resourceFor(provider, index);
    args << QStringLiteral("--yes") << QStringLiteral("--json");
    return args;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption cliOption(QStringLiteral("cli"), QStringLiteral("orderdesk-cli."),
                                       QStringLiteral("exe"));
    const QCommandLineOption simOption(QStringLiteral("sim"), QStringLiteral("orderdesk-sim."),
                                       QStringLiteral("exe"));
    const QCommandLineOption ordersOption(QStringLiteral("orders"), QStringLiteral("Orders."),
                                          QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption parallelOption(QStringLiteral("parallel"),
                                            QStringLiteral("CLI processes at a time."), QStringLiteral("n"),
                                            QStringLiteral("4"));
    parser.addOptions({cliOption, simOption, ordersOption, parallelOption});
    parser.process(app);
    const int total = parser.value(ordersOption).toInt();
    const int parallel = parser.value(parallelOption).toInt();

    QTemporaryDir folder;
    QProcess sim;
    sim.setProgram(parser.value(simOption));
    sim.setArguments({QStringLiteral("--port"), QStringLiteral("0")});
    sim.start();
    if (!sim.waitForStarted() || !sim.waitForReadyRead(10000)) {
        std::fputs("orderdesk-sim did not start\n", stderr);
        return 1;
    }
    const QByteArray first = sim.readLine().trimmed();
    const QString port = QString::fromLatin1(first.mid(first.indexOf(' ') + 1));
    const QString endpoint = QStringLiteral("http://127.0.0.1:") + port;
    // The simulator logs each request; nobody reads it here.
    QObject::connect(&sim, &QProcess::readyReadStandardOutput, &sim, [&sim] { sim.readAllStandardOutput(); });

    int started = 0, done = 0, succeeded = 0;
    QHash<int, int> exitCodes;
    QEventLoop loop;
    std::function<void()> startNext = [&] {
        if (started == total)
            return;
        const int index = started++;
        auto* process = new QProcess(&app);
        process->setProgram(parser.value(cliOption));
        process->setArguments(orderArguments(index, endpoint, folder.path()));
        QObject::connect(process, &QProcess::finished, &app, [&, process](int code, QProcess::ExitStatus) {
            const QJsonObject answer = QJsonDocument::fromJson(process->readAllStandardOutput()).object();
            if (code == 0 && answer.value(QLatin1String("status")).toString() == QLatin1String("succeeded"))
                ++succeeded;
            ++exitCodes[code];
            process->deleteLater();
            if (++done == total)
                loop.quit();
            else
                startNext();
        });
        process->start();
    };
    const auto start = BenchStats::Clock::now();
    for (int i = 0; i < std::min(parallel, total); ++i)
        startNext();
    if (total > 0)
        loop.exec();
    const double elapsed = BenchStats::msSince(start);

    // What the simulator holds: one order per resource, and one per request.
    QNetworkAccessManager network;
    std::unique_ptr<QNetworkReply> reply(
        network.get(QNetworkRequest(QUrl(endpoint + QStringLiteral("/_sim/orders")))));
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonArray orders = QJsonDocument::fromJson(reply->readAll()).array();
    QHash<QString, int> perResource;
    for (const QJsonValue& order : orders)
        ++perResource[order.toObject().value(QLatin1String("provider")).toString() + QLatin1Char('/') +
                      order.toObject().value(QLatin1String("resourceId")).toString()];
    int exactlyOnce = 0;
    for (int index = 0; index < total; ++index) {
        const QString provider = kProviders.at(index % kProviders.size());
        if (perResource.value(provider + QLatin1Char('/') + resourceFor(provider, index)) == 1)
            ++exactlyOnce;
    }
    sim.kill();
    sim.waitForFinished();

    QStringList codes;
    for (auto it = exitCodes.cbegin(); it != exitCodes.cend(); ++it)
        codes << QStringLiteral("exit %1: %2").arg(it.key()).arg(it.value());
    BenchStats::print(QStringLiteral("batch: orders, CLI processes at a time"),
                      QStringLiteral("%1, %2").arg(total).arg(parallel));
    BenchStats::print(QStringLiteral("batch: rate"),
                      BenchStats::rate(total / (elapsed / 1000.0), "orders") +
                          QStringLiteral("  (%1 in total)").arg(BenchStats::ms(elapsed)));
    BenchStats::print(
        QStringLiteral("batch: succeeded"),
        QStringLiteral("%1 of %2 (%3)").arg(succeeded).arg(total).arg(codes.join(QStringLiteral(", "))));
    BenchStats::print(QStringLiteral("batch: simulator orders / exactly one per request"),
                      QStringLiteral("%1 / %2 of %3").arg(orders.size()).arg(exactlyOnce).arg(total));
    return succeeded == total && exactlyOnce == total && orders.size() == total ? 0 : 1;
}
