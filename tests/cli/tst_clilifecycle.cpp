#include "OrderFlowSupport.h"
#include "ProcessOutput.h"
#include "SimProcess.h"
#include "TestArtifacts.h"
#include "WineCheck.h"
#include "common/SystemClock.h"
#include "ledger/OrderLedger.h"
#include "ledger/OrderRecord.h"
#include "ledger/OrderStatus.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace OrderDesk;
using OrderDesk::TestSupport::SimProcess;

namespace {

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;
};

// The orders the simulator recorded for a resource, from its state file.
int simOrders(const QString& stateFile, const QString& resourceId)
{
    QFile file(stateFile);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    int count = 0;
    const QJsonArray orders =
        QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("orders")).toArray();
    for (const QJsonValue& order : orders) {
        if (order.toObject().value(QLatin1String("resourceId")).toString() == resourceId)
            ++count;
    }
    return count;
}

} // namespace

// The rules of an order's life where more than one process meets the same ledger: separate
// orderdesk-cli processes against an orderdesk-sim process, as users run them.
class TestCliLifecycle : public QObject
{
    Q_OBJECT

private:
    QProcessEnvironment environment(const QString& language = QStringLiteral("en")) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ORDERDESK_LANGUAGE"), language);
        env.insert(QStringLiteral("ORDERDESK_DATA_DIR"), m_data->path());
        env.remove(QStringLiteral("ORDERDESK_ACCESS_KEY_ID"));
        env.remove(QStringLiteral("ORDERDESK_ACCESS_KEY_SECRET"));
        return env;
    }

    std::unique_ptr<QProcess> startCli(const QStringList& args) const
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment());
        process->start(QStringLiteral(ORDERDESK_CLI_BINARY), args);
        process->closeWriteChannel();
        return process;
    }

    static Run finish(QProcess& process)
    {
        Run run;
        if (!process.waitForFinished(60000))
            return run;
        run.exitCode = process.exitCode();
        run.exitStatus = process.exitStatus();
        run.out = ProcessOutput::lines(process.readAllStandardOutput());
        run.err = ProcessOutput::lines(process.readAllStandardError());
        return run;
    }

    Run cli(const QStringList& args) const
    {
        const std::unique_ptr<QProcess> process = startCli(args);
        return finish(*process);
    }

    Run cliIn(const QString& language, const QStringList& args) const
    {
        QProcess process;
        process.setProcessEnvironment(environment(language));
        process.start(QStringLiteral(ORDERDESK_CLI_BINARY), args);
        process.closeWriteChannel();
        return finish(process);
    }

    static QStringList orderArgs(const QString& provider, const QString& endpoint, const QString& word)
    {
        return QStringList{QStringLiteral("order"),      provider,
                           QStringLiteral("--endpoint"), endpoint,
                           QStringLiteral("--yes"),      QStringLiteral("--json")} +
               OrderFlowSupport::paramArguments(provider, word);
    }

    QString ledgerPath() const { return m_data->filePath(QStringLiteral("ledger.sqlite")); }

    // Waits until the CLI's order has its first attempt recorded, i.e. its bytes are leaving.
    static bool waitForFirstAttempt(OrderLedger& ledger)
    {
        return QTest::qWaitFor(
            [&ledger] {
                const QList<OrderRecord> rows = ledger.orders({});
                return !rows.isEmpty() && rows.first().attempts >= 1;
            },
            60000);
    }

private Q_SLOTS:
    void init()
    {
        m_data = TestArtifacts::temporaryDir();
        QVERIFY(m_data->isValid());
    }

    // Path 4: eight processes confirm the same order at the same moment; the guard is checked
    // inside the transaction that records the order, so exactly one of them sends it.
    void eightProcessesRacingForOneResource_sendExactlyOneOrder()
    {
        QTemporaryDir simData;
        const QString state = simData.filePath(QStringLiteral("sim-state.json"));
        SimProcess sim(QStringLiteral(ORDERDESK_SIM_BINARY));
        QVERIFY(sim.start({QStringLiteral("--state"), state}));
        // The ledger exists before the race, as it does for a user who has ordered before.
        QCOMPARE(cli({QStringLiteral("history")}).exitCode, 0);

        for (int round = 0; round < 3; ++round) {
            const QString word = QStringLiteral("race%1").arg(round);
            // Each process its own ClientToken, as eight separate orders typed by people get: the
            // provider's idempotency cannot merge them, only the ledger's guard can stop them.
            QStringList args = orderArgs(QStringLiteral("aliyun"), sim.endpoint(), word);
            const qsizetype token = args.indexOf(QRegularExpression(QStringLiteral("ClientToken=.*")));
            QVERIFY(token > 0);
            args.removeAt(token);
            args.removeAt(token - 1);
            std::vector<std::unique_ptr<QProcess>> processes;
            for (int i = 0; i < 8; ++i)
                processes.push_back(startCli(args));
            int placed = 0;
            int duplicates = 0;
            QByteArray transcript;
            for (const auto& process : processes) {
                const Run run = finish(*process);
                transcript += run.out + run.err;
                if (run.exitCode == 0)
                    ++placed;
                const QString status =
                    QJsonDocument::fromJson(run.out).object().value(QLatin1String("status")).toString();
                if (run.exitCode == 5 && status == QLatin1String("duplicate"))
                    ++duplicates;
            }
            QVERIFY2(placed == 1, transcript.constData());
            QCOMPARE(duplicates, 7);
            QCOMPARE(simOrders(state, OrderFlowSupport::resourceId(QStringLiteral("aliyun"), word)), 1);
        }
        // The processes that found the duplicate recorded nothing.
        SystemClock clock;
        OrderLedger ledger(clock);
        QVERIFY(ledger.open(ledgerPath()));
        QCOMPARE(ledger.orders({}).size(), 3);
    }

    // Path 1: an order whose request is out cannot be marked "not placed": the provider may still
    // place it, and the duplicate guard would then let the same resource be bought again.
    void resolveWhileAnotherProcessSends_isRefused()
    {
        SimProcess sim(QStringLiteral(ORDERDESK_SIM_BINARY));
        // The answer is held back while a second process tries to resolve the order; under Wine,
        // on a busy machine, starting that process alone has taken seconds.
        const int slowMs = WineCheck::underWine() ? 15000 : 4000;
        QVERIFY(sim.start({QStringLiteral("--slow-ms"), QString::number(slowMs)}));
        const std::unique_ptr<QProcess> sender =
            startCli(orderArgs(QStringLiteral("unicloud"), sim.endpoint(), QStringLiteral("slowresolve")));
        SystemClock clock;
        OrderLedger ledger(clock);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(ledgerPath()), 10000);
        QVERIFY(ledger.open(ledgerPath()));
        QVERIFY(waitForFirstAttempt(ledger));
        const qint64 id = ledger.orders({}).first().id;

        const Run resolve =
            cli({QStringLiteral("resolve"), QString::number(id), QStringLiteral("--not-placed")});
        QVERIFY2(resolve.exitCode == 2, QByteArray(resolve.out + resolve.err).constData());
        QVERIFY2(resolve.err.contains("being sent"), resolve.err.constData());
        QCOMPARE(ledger.order(id)->status, OrderStatus::Pending);

        // The answer then arrives and is recorded as the provider gave it.
        const Run sent = finish(*sender);
        QVERIFY2(sent.exitCode == 0, QByteArray(sent.out + sent.err).constData());
        QCOMPARE(ledger.order(id)->status, OrderStatus::Succeeded);
        QCOMPARE(ledger.order(id)->resolution, OrderResolution::None);
    }

    // A hand resolution "not placed" has its own status, apart from the provider's refusals, and
    // still counts as a recent order of the resource: the hand resolution may be wrong.
    void notPlacedByHand_isItsOwnStatus_andCountsForTheDuplicateGuard()
    {
        SimProcess sim(QStringLiteral(ORDERDESK_SIM_BINARY));
        QVERIFY(sim.start());
        // "drop": the simulator records the order and drops the connection: the outcome is unknown.
        const Run unknown =
            cli(orderArgs(QStringLiteral("unicloud"), sim.endpoint(), QStringLiteral("dropnp")));
        QVERIFY2(unknown.exitCode == 4, QByteArray(unknown.out + unknown.err).constData());
        const qint64 id =
            QJsonDocument::fromJson(unknown.out).object().value(QLatin1String("ledger_id")).toInteger();
        QVERIFY(id > 0);

        const Run resolve =
            cli({QStringLiteral("resolve"), QString::number(id), QStringLiteral("--not-placed")});
        QVERIFY2(resolve.exitCode == 0, QByteArray(resolve.out + resolve.err).constData());

        const Run history = cli({QStringLiteral("history"), QStringLiteral("--json")});
        const QJsonObject row = QJsonDocument::fromJson(history.out).array().first().toObject();
        QCOMPARE(row.value(QLatin1String("status")).toString(), QStringLiteral("not_placed"));
        const Run filtered = cli({QStringLiteral("history"), QStringLiteral("--status"),
                                  QStringLiteral("rejected"), QStringLiteral("--json")});
        QCOMPARE(filtered.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(filtered.out).array().size(), 0);
        const Run text = cli({QStringLiteral("history")});
        QVERIFY2(text.out.contains("Not placed (resolved by hand)"), text.out.constData());
        const Run chinese = cliIn(QStringLiteral("zh_CN"), {QStringLiteral("history")});
        QVERIFY2(QString::fromUtf8(chinese.out).contains(QStringLiteral("未下单（人工确认）")),
                 chinese.out.constData());

        // The order's details and history in words, in the user's language: never raw JSON.
        const Run show = cliIn(QStringLiteral("zh_CN"),
                               {QStringLiteral("history"), QStringLiteral("show"), QString::number(id)});
        const QString details = QString::fromUtf8(show.out);
        QVERIFY2(details.contains(QRegularExpression(QStringLiteral("\\n  状态 +未下单（人工确认）\\n"))),
                 show.out.constData());
        QVERIFY2(details.contains(QStringLiteral("人工标记为未下单")), show.out.constData());
        QVERIFY2(!details.contains(QStringLiteral("{\"")), show.out.constData());

        const Run again =
            cli(orderArgs(QStringLiteral("unicloud"), sim.endpoint(), QStringLiteral("dropnp")));
        QVERIFY2(again.exitCode == 5, QByteArray(again.out + again.err).constData());
        QCOMPARE(QJsonDocument::fromJson(again.out).object().value(QLatin1String("status")).toString(),
                 QStringLiteral("duplicate"));
    }

    // Path 3 for the CLI: stopped while its order is out, it records that it gave up waiting, so
    // the order is Unknown at once (not Pending until somebody guesses) and can be resolved.
    void terminatedWhileSending_recordsTheInterruption()
    {
#ifndef Q_OS_UNIX
        QSKIP("Only a Unix signal stops the CLI from here: QProcess::terminate() posts WM_CLOSE, which "
              "a console program never receives, and Ctrl+C reaches only the programs of one console.");
#else
        SimProcess sim(QStringLiteral(ORDERDESK_SIM_BINARY));
        QVERIFY(sim.start({QStringLiteral("--slow-ms"), QStringLiteral("30000")}));
        const std::unique_ptr<QProcess> sender =
            startCli(orderArgs(QStringLiteral("unicloud"), sim.endpoint(), QStringLiteral("slowterm")));
        SystemClock clock;
        OrderLedger ledger(clock);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(ledgerPath()), 10000);
        QVERIFY(ledger.open(ledgerPath()));
        QVERIFY(waitForFirstAttempt(ledger));
        const qint64 id = ledger.orders({}).first().id;
        QTest::qWait(300); // the bytes reach the simulator
        sender->terminate();
        const Run run = finish(*sender);
        QCOMPARE(run.exitStatus, QProcess::NormalExit);
        QVERIFY2(run.exitCode == 4, QByteArray(run.out + run.err).constData());
        QVERIFY2(run.err.contains("interrupted"), run.err.constData());
        const std::optional<OrderRecord> record = ledger.order(id);
        QVERIFY(record);
        QCOMPARE(record->status, OrderStatus::Unknown);
        QVERIFY(record->leaseOwner.isEmpty());
        // Resolvable at once: nobody is sending it any more.
        const Run resolve = cli({QStringLiteral("resolve"), QString::number(id), QStringLiteral("--placed"),
                                 QStringLiteral("NAS-1")});
        QVERIFY2(resolve.exitCode == 0, QByteArray(resolve.out + resolve.err).constData());
#endif
    }

private:
    std::unique_ptr<QTemporaryDir> m_data;
};

QTEST_GUILESS_MAIN(TestCliLifecycle)
#include "tst_clilifecycle.moc"
