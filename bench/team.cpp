// orderdesk-bench-team --cli EXE --sim EXE [--orders N] [--approvals N] [--parallel N]
// The team ledger under load: orderdesk-cli processes ordering against the orderdesk-sim
// executable through one PostgreSQL team ledger. Started without PGHOST, it runs itself again
// under `pg_virtualenv -t`, which starts a throw-away PostgreSQL cluster and removes it afterwards.
//  1. The baseline: --orders orders by --parallel CLI processes at a time on their desks' own
//     ledgers (one data folder per process slot, as each person has their own computer).
//  2. Policy "none": the same orders through the team ledger (submit, claim, send, outcome), by
//     four maker roles; orders per second and the ratio to the baseline.
//  3. Policy "all": --approvals orders prepared (exit 6), all approved by a checker, then sent by
//     --parallel concurrent `send ID` processes; from orderdesk.events, for each order the time
//     from its "approved" event to its "claimed" and "outcome" events (median, p95, max).
#include "BenchPostgres.h"
#include "BenchStats.h"
#include "SeedExamples.h"
#include "team/TeamLedger.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>
#include <sys/resource.h>

using namespace OrderDesk;

namespace {

const QStringList kProviders{QStringLiteral("volcengine"), QStringLiteral("aliyun"),
                             QStringLiteral("unicloud"), QStringLiteral("huaweicloud")};
const QHash<QString, QString> kResourceField{
    {QStringLiteral("volcengine"), QStringLiteral("DirectConnectConnectionId")},
    {QStringLiteral("aliyun"), QStringLiteral("PhysicalConnectionId")},
    {QStringLiteral("unicloud"), QStringLiteral("instanceName")},
    {QStringLiteral("huaweicloud"), QStringLiteral("project_id")}};
const QString kDatabase = QStringLiteral("orderdesk_bench");
const int kMakers = 4;

QString env(const char* name)
{
    return qEnvironmentVariable(name);
}

QString url(const QString& role)
{
    return BenchPostgres::address(role, kDatabase);
}

QString password(const QString& role)
{
    return QStringLiteral("bench-") + role;
}

QString resourceFor(const QString& provider, const QString& phase, int index)
{
    const QString serial = QStringLiteral("%1%2").arg(phase).arg(index, 5, 10, QLatin1Char('0'));
    if (provider == QLatin1String("volcengine"))
        return QStringLiteral("dcc-") + serial;
    if (provider == QLatin1String("aliyun"))
        return QStringLiteral("pc-") + serial;
    return serial;
}

QStringList orderArguments(const QString& phase, int index, const QString& endpoint)
{
    const QString provider = kProviders.at(index % kProviders.size());
    const QString field = kResourceField.value(provider);
    QStringList args{QStringLiteral("order"), provider, QStringLiteral("--endpoint"), endpoint};
    for (const QString& param : SeedExamples::params(provider)) {
        // A fresh ClientToken per order: the seed page's one would make every order the same.
        if (param.startsWith(field + QLatin1Char('=')) || param.startsWith(QLatin1String("ClientToken=")))
            continue;
        args << QStringLiteral("--param") << param;
    }
    args << QStringLiteral("--param") << field + QLatin1Char('=') + resourceFor(provider, phase, index);
    args << QStringLiteral("--yes") << QStringLiteral("--json");
    return args;
}

// Runs `total` CLI processes, at most `parallel` at a time; each slot (a person's computer) keeps
// its own data folder. Returns the wall time in ms.
double runProcesses(
    const QString& cli, int total, int parallel, const QString& dataRoot,
    const std::function<QStringList(int index)>& arguments,
    const std::function<void(QProcessEnvironment&, int slot)>& environment,
    const std::function<void(int index, int code, const QByteArray& out, const QByteArray& err)>& done)
{
    QEventLoop loop;
    QList<int> freeSlots;
    for (int slot = parallel - 1; slot >= 0; --slot)
        freeSlots.append(slot);
    int started = 0, finished = 0;
    std::function<void()> startNext = [&] {
        if (started == total || freeSlots.isEmpty())
            return;
        const int index = started++;
        const int slot = freeSlots.takeLast();
        auto* process = new QProcess;
        QProcessEnvironment processEnvironment = QProcessEnvironment::systemEnvironment();
        processEnvironment.insert(QStringLiteral("ORDERDESK_LANGUAGE"), QStringLiteral("en"));
        processEnvironment.insert(QStringLiteral("ORDERDESK_DATA_DIR"),
                                  dataRoot + QStringLiteral("/slot-%1").arg(slot));
        processEnvironment.remove(QStringLiteral("ORDERDESK_ACCESS_KEY_ID"));
        processEnvironment.remove(QStringLiteral("ORDERDESK_ACCESS_KEY_SECRET"));
        processEnvironment.remove(QStringLiteral("ORDERDESK_LEDGER"));
        environment(processEnvironment, slot);
        process->setProcessEnvironment(processEnvironment);
        process->setProgram(cli);
        process->setArguments(arguments(index));
        QObject::connect(process, &QProcess::finished, process, [&, process, index, slot](int code) {
            done(index, code, process->readAllStandardOutput(), process->readAllStandardError());
            process->deleteLater();
            freeSlots.append(slot);
            if (++finished == total)
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
    return BenchStats::msSince(start);
}

// CPU time (user + system) of the CLI processes that have ended, in ms: on a shared machine
// the wall time says what people waited, this what each order cost the client side.
double childrenCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    const auto ms = [](const timeval& time) {
        return double(time.tv_sec) * 1000.0 + double(time.tv_usec) / 1000.0;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

double percentile(QList<double> samples, double fraction)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    // Nearest rank: the smallest sample with at least `fraction` of the samples at or below it.
    const auto rank = qsizetype(std::ceil(fraction * double(samples.size())));
    return samples.at(std::clamp<qsizetype>(rank - 1, 0, samples.size() - 1));
}

QString spread(const QList<double>& samples)
{
    return QStringLiteral("median %1, p95 %2, max %3")
        .arg(BenchStats::ms(percentile(samples, 0.5)), BenchStats::ms(percentile(samples, 0.95)),
             BenchStats::ms(BenchStats::maximum(samples)));
}

QString codesText(const QHash<int, int>& codes)
{
    QStringList list;
    QList<int> keys = codes.keys();
    std::sort(keys.begin(), keys.end());
    for (const int code : keys)
        list << QStringLiteral("exit %1: %2").arg(code).arg(codes.value(code));
    return list.join(QStringLiteral(", "));
}

int fail(const QString& message)
{
    std::fprintf(stderr, "orderdesk-bench-team: %s\n", qPrintable(message));
    return 1;
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
    const QCommandLineOption ordersOption(QStringLiteral("orders"),
                                          QStringLiteral("Orders per run without approval."),
                                          QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption approvalsOption(QStringLiteral("approvals"),
                                             QStringLiteral("Orders approved, then sent."),
                                             QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption parallelOption(QStringLiteral("parallel"),
                                            QStringLiteral("CLI processes at a time."), QStringLiteral("n"),
                                            QStringLiteral("20"));
    parser.addOptions({cliOption, simOption, ordersOption, approvalsOption, parallelOption});
    parser.process(app);

    // A PostgreSQL of its own, for this run only.
    if (const std::optional<int> status = BenchPostgres::rerunUnderVirtualenv())
        return *status;
    const QString cli = parser.value(cliOption);
    const int orders = parser.value(ordersOption).toInt();
    const int approvals = parser.value(approvalsOption).toInt();
    const int parallel = parser.value(parallelOption).toInt();

    // The team ledger: made as `ledger init` makes it, four makers and a checker.
    QStringList setup{QStringLiteral("CREATE DATABASE ") + kDatabase};
    QStringList makers;
    for (int i = 1; i <= kMakers; ++i)
        makers << QStringLiteral("maker%1").arg(i);
    for (const QString& role : makers + QStringList{QStringLiteral("checker")})
        setup << QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(role, password(role));
    QString failure = BenchPostgres::asSuperuser(QString(), setup);
    if (!failure.isEmpty())
        return fail(failure);
    TeamLedger admin;
    LocalizedText error;
    if (!admin.open(*TeamLedgerLocation::parse(url(env("PGUSER"))), env("PGPASSWORD"), &error, true) ||
        !admin.initialize(&error) || !admin.grant(QStringLiteral("checker"), false, true, &error))
        return fail(error.toEnglish());
    for (const QString& maker : makers) {
        if (!admin.grant(maker, true, false, &error))
            return fail(error.toEnglish());
    }
    TeamLedger::Policy policy;
    policy.approval = TeamLedger::Policy::Approval::None;
    if (!admin.setPolicy(policy, &error))
        return fail(error.toEnglish());

    QTemporaryDir folder;
    QProcess sim;
    sim.setProgram(parser.value(simOption));
    sim.setArguments({QStringLiteral("--port"), QStringLiteral("0")});
    sim.start();
    if (!sim.waitForStarted() || !sim.waitForReadyRead(10000))
        return fail(QStringLiteral("orderdesk-sim did not start"));
    const QByteArray first = sim.readLine().trimmed();
    const QString endpoint =
        QStringLiteral("http://127.0.0.1:") + QString::fromLatin1(first.mid(first.indexOf(' ') + 1));
    QObject::connect(&sim, &QProcess::readyReadStandardOutput, &sim, [&sim] { sim.readAllStandardOutput(); });

    const auto asMaker = [&](QProcessEnvironment& processEnvironment, int slot) {
        const QString role = makers.at(slot % kMakers);
        processEnvironment.insert(QStringLiteral("ORDERDESK_LEDGER"), url(role));
        processEnvironment.insert(QStringLiteral("PGPASSWORD"), password(role));
    };
    const auto succeededCounter = [](int* succeeded, QHash<int, int>* codes) {
        return [succeeded, codes](int, int code, const QByteArray& out, const QByteArray&) {
            const QJsonObject answer = QJsonDocument::fromJson(out).object();
            if (code == 0 && answer.value(QLatin1String("status")).toString() == QLatin1String("succeeded"))
                ++*succeeded;
            ++(*codes)[code];
        };
    };

    // 1. The desks' own ledgers.
    int deskSucceeded = 0;
    QHash<int, int> deskCodes;
    double cpuMark = childrenCpuMs();
    const double deskMs = runProcesses(
        cli, orders, parallel, folder.filePath(QStringLiteral("desk")),
        [&](int index) { return orderArguments(QStringLiteral("desk"), index, endpoint); },
        [](QProcessEnvironment&, int) {}, succeededCounter(&deskSucceeded, &deskCodes));
    const double deskRate = orders / (deskMs / 1000.0);
    const double deskCpu = (childrenCpuMs() - cpuMark) / orders;
    cpuMark = childrenCpuMs();

    // 2. The team ledger, no approval: submit, claim, send, outcome.
    int teamSucceeded = 0;
    QHash<int, int> teamCodes;
    const double teamMs = runProcesses(
        cli, orders, parallel, folder.filePath(QStringLiteral("team")),
        [&](int index) { return orderArguments(QStringLiteral("none"), index, endpoint); }, asMaker,
        succeededCounter(&teamSucceeded, &teamCodes));
    const double teamRate = orders / (teamMs / 1000.0);
    const double teamCpu = (childrenCpuMs() - cpuMark) / orders;

    // 3. Approval by a second person: prepare, approve all, then send concurrently.
    policy.approval = TeamLedger::Policy::Approval::All;
    if (!admin.setPolicy(policy, &error))
        return fail(error.toEnglish());
    QList<qint64> ids;
    QHash<int, int> prepareCodes;
    const double prepareMs = runProcesses(
        cli, approvals, parallel, folder.filePath(QStringLiteral("team")),
        [&](int index) { return orderArguments(QStringLiteral("all"), index, endpoint); }, asMaker,
        [&](int, int code, const QByteArray& out, const QByteArray&) {
            ++prepareCodes[code];
            if (code == 6)
                ids << QJsonDocument::fromJson(out).object().value(QLatin1String("ledger_id")).toInteger();
        });
    TeamLedger checker;
    if (!checker.open(*TeamLedgerLocation::parse(url(QStringLiteral("checker"))),
                      password(QStringLiteral("checker")), &error))
        return fail(error.toEnglish());
    const auto approveStart = BenchStats::Clock::now();
    for (const qint64 id : std::as_const(ids)) {
        const std::optional<TeamOrder> order = checker.order(id, &error);
        if (!order || !checker.approve(id, order->payloadHash, QStringLiteral("bench"), &error))
            return fail(error.toEnglish());
    }
    const double approveMs = BenchStats::msSince(approveStart);
    int sent = 0;
    QHash<int, int> sendCodes;
    cpuMark = childrenCpuMs();
    const double sendMs = runProcesses(
        cli, int(ids.size()), parallel, folder.filePath(QStringLiteral("team")),
        [&](int index) {
            return QStringList{QStringLiteral("send"), QString::number(ids.at(index)),
                               QStringLiteral("--json")};
        },
        asMaker, succeededCounter(&sent, &sendCodes));

    const double sendCpu = ids.isEmpty() ? 0 : (childrenCpuMs() - cpuMark) / double(ids.size());

    // What the database recorded, to the millisecond.
    QHash<qint64, QHash<QString, double>> times;
    int succeededInLedger = 0;
    failure = BenchPostgres::asSuperuser(
        kDatabase,
        {QStringLiteral("SELECT order_id, kind, extract(epoch FROM at) * 1000 FROM orderdesk.events "
                        "WHERE kind IN ('approved', 'claimed', 'outcome')"),
         QStringLiteral("SELECT count(*) FROM orderdesk.orders WHERE state = 'succeeded'")},
        [&](QSqlQuery& query) {
            while (query.next()) {
                if (query.record().count() == 1)
                    succeededInLedger = query.value(0).toInt();
                else
                    times[query.value(0).toLongLong()][query.value(1).toString()] = query.value(2).toDouble();
            }
        });
    if (!failure.isEmpty())
        return fail(failure);
    QList<double> toClaim, toOutcome, claimToOutcome;
    for (const qint64 id : std::as_const(ids)) {
        const QHash<QString, double> at = times.value(id);
        if (!at.contains(QStringLiteral("approved")) || !at.contains(QStringLiteral("claimed")) ||
            !at.contains(QStringLiteral("outcome")))
            continue;
        toClaim << at.value(QStringLiteral("claimed")) - at.value(QStringLiteral("approved"));
        toOutcome << at.value(QStringLiteral("outcome")) - at.value(QStringLiteral("approved"));
        claimToOutcome << at.value(QStringLiteral("outcome")) - at.value(QStringLiteral("claimed"));
    }
    sim.kill();
    sim.waitForFinished();

    BenchStats::print(QStringLiteral("team: CLI processes at a time"), QString::number(parallel));
    BenchStats::print(QStringLiteral("team: desk ledgers only, rate"),
                      BenchStats::rate(deskRate, "orders") +
                          QStringLiteral("  (%1 orders in %2; %3 succeeded; %4)")
                              .arg(orders)
                              .arg(BenchStats::ms(deskMs))
                              .arg(deskSucceeded)
                              .arg(codesText(deskCodes)));
    BenchStats::print(QStringLiteral("team: policy none, rate"),
                      BenchStats::rate(teamRate, "orders") +
                          QStringLiteral("  (%1 orders in %2; %3 succeeded; %4)")
                              .arg(orders)
                              .arg(BenchStats::ms(teamMs))
                              .arg(teamSucceeded)
                              .arg(codesText(teamCodes)));
    BenchStats::print(QStringLiteral("team: CLI CPU per order, desk / policy none / send"),
                      QStringLiteral("%1 / %2 / %3")
                          .arg(BenchStats::ms(deskCpu), BenchStats::ms(teamCpu), BenchStats::ms(sendCpu)));
    BenchStats::print(QStringLiteral("team: policy none / desk ledgers only"),
                      QString::number(teamRate / deskRate, 'f', 2));
    BenchStats::print(QStringLiteral("team: policy all, prepared"), QStringLiteral("%1 of %2 in %3 (%4)")
                                                                        .arg(ids.size())
                                                                        .arg(approvals)
                                                                        .arg(BenchStats::ms(prepareMs))
                                                                        .arg(codesText(prepareCodes)));
    BenchStats::print(QStringLiteral("team: policy all, approved by one checker"),
                      QStringLiteral("%1 in %2").arg(ids.size()).arg(BenchStats::ms(approveMs)));
    BenchStats::print(QStringLiteral("team: policy all, sent"),
                      BenchStats::rate(ids.size() / (sendMs / 1000.0), "orders") +
                          QStringLiteral("  (%1 in %2; %3 succeeded; %4)")
                              .arg(ids.size())
                              .arg(BenchStats::ms(sendMs))
                              .arg(sent)
                              .arg(codesText(sendCodes)));
    BenchStats::print(QStringLiteral("team: approved -> claimed"), spread(toClaim));
    BenchStats::print(QStringLiteral("team: approved -> outcome"), spread(toOutcome));
    BenchStats::print(QStringLiteral("team: claimed -> outcome (one send)"), spread(claimToOutcome));
    BenchStats::print(QStringLiteral("team: p95 approved -> outcome / send phase"),
                      QString::number(percentile(toOutcome, 0.95) / sendMs, 'f', 2));
    BenchStats::print(QStringLiteral("team: succeeded in the team ledger"),
                      QStringLiteral("%1 of %2").arg(succeededInLedger).arg(orders + ids.size()));
    const bool complete = deskSucceeded == orders && teamSucceeded == orders && sent == ids.size() &&
                          ids.size() == approvals && succeededInLedger == orders + ids.size();
    return complete ? 0 : 1;
}
