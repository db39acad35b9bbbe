#include "OrderFlowSupport.h"
#include "SimProcess.h"
#include "TestArtifacts.h"
#include "common/FixedClock.h"
#include "common/SystemClock.h"
#include "ledger/OrderLedger.h"
#include "ledger/OrderRecord.h"
#include "ledger/OrderStatus.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace OrderDesk;
using OrderDesk::TestSupport::SimProcess;

namespace {

// Where a kill landed, as seen right after it: the ledger row of the flow's intent, its
// attempt count, and whether the simulator had recorded the order.
enum class Phase
{
    BeforeLedgerWrite,        // no row yet
    PendingNotSent,           // Pending row committed, no attempt started
    SentNotRecordedBySim,     // attempt started, the simulator has no order yet
    SimHoldsAnswer,           // the simulator recorded the order and delays its answer (slow flows)
    AnsweredNotRecorded,      // the simulator recorded and answered, the row is still Pending
    OutcomeRecordedNotExited, // the row is final, the process had not exited
    AfterExit,                // the process had exited before the kill
    Count
};

const char* const kPhaseNames[] = {
    "before the ledger write",
    "between the Pending commit and the send",
    "sent, before the simulator recorded it",
    "while the simulator held the answer",
    "after the answer, before the outcome was recorded",
    "after the outcome was recorded, before exit",
    "after exit",
};

struct Flow
{
    QString provider;
    QString intent; // the resource id: one per flow, so one intent is one resource
    bool slow = false;
    int delayMs = 0;
    Phase phase = Phase::BeforeLedgerWrite;
};

int envInt(const char* name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

} // namespace

// kill -9 of orderdesk-cli at random points of many order flows against one orderdesk-sim.
//
// "An intent reached the simulator" means the simulator created an order for it: the
// simulator records an order (with its token and resource id) when a signed, valid request
// arrives, before it answers, and keeps it in its state file and in GET /_sim/orders. Those
// two are what this test reads; a request that was killed before the simulator read it whole
// created nothing there and has not reached it.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private:
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ORDERDESK_LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("ORDERDESK_DATA_DIR"), m_data->path());
        env.remove(QStringLiteral("ORDERDESK_ACCESS_KEY_ID"));
        env.remove(QStringLiteral("ORDERDESK_ACCESS_KEY_SECRET"));
        return env;
    }

    QStringList orderArgs(const Flow& flow) const
    {
        QStringList params = OrderFlowSupport::params(flow.provider, flow.intent);
        // The seed's fixed ClientToken would make every Alibaba Cloud flow one intent: let the
        // CLI generate a token per order, as it does for a user.
        params.removeIf([](const QString& p) { return p.startsWith(QLatin1String("ClientToken=")); });
        QStringList args{QStringLiteral("order"), flow.provider,           QStringLiteral("--endpoint"),
                         m_sim->endpoint(),       QStringLiteral("--yes"), QStringLiteral("--json")};
        for (const QString& param : std::as_const(params))
            args << QStringLiteral("--param") << param;
        return args;
    }

    int runCli(const QStringList& args, QByteArray* out = nullptr)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(ORDERDESK_CLI_BINARY), args);
        if (!process.waitForFinished(30000))
            return -1;
        if (out)
            *out = process.readAllStandardOutput() + process.readAllStandardError();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    // The simulator's orders as its control endpoint lists them.
    QJsonArray simOrders()
    {
        QNetworkAccessManager network;
        QNetworkReply* reply =
            network.get(QNetworkRequest(QUrl(m_sim->endpoint() + QStringLiteral("/_sim/orders"))));
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).array();
    }

    // The state file, as the simulator last saved it: cheap enough to read after every kill.
    QSet<QString> simResourcesFromState() const
    {
        QFile file(m_simState);
        QSet<QString> resources;
        if (!file.open(QIODevice::ReadOnly))
            return resources;
        const QJsonArray orders =
            QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("orders")).toArray();
        for (const QJsonValue& order : orders)
            resources.insert(order.toObject().value(QLatin1String("resourceId")).toString());
        return resources;
    }

    std::optional<OrderRecord> rowFor(OrderLedger& ledger, const QString& intent) const
    {
        for (const OrderRecord& record : ledger.orders({})) {
            if (record.resourceId == intent)
                return record;
        }
        return std::nullopt;
    }

    // Every row whole: known provider and status, the parameters it was sent with, and for
    // providers with a token the token both in its column and in the parameters.
    void verifyRowsWhole(const QList<OrderRecord>& rows)
    {
        for (const OrderRecord& row : rows) {
            const QString where = QStringLiteral("row %1 (%2)").arg(row.id).arg(row.resourceId);
            QVERIFY2(OrderFlowSupport::providers().contains(row.provider), qPrintable(where));
            QVERIFY2(!row.params.isEmpty(), qPrintable(where));
            QVERIFY2(row.params.value(OrderFlowSupport::resourceField(row.provider)) == row.resourceId,
                     qPrintable(where));
            QVERIFY2(row.createdUtc.isValid() && row.updatedUtc.isValid(), qPrintable(where));
            if (row.provider == QLatin1String("volcengine") || row.provider == QLatin1String("aliyun")) {
                QVERIFY2(!row.idempotencyToken.isEmpty(), qPrintable(where));
                QCOMPARE(row.params.value(QStringLiteral("ClientToken")), row.idempotencyToken);
            }
            if (row.status == OrderStatus::Succeeded)
                QVERIFY2(!row.orderId.isEmpty(), qPrintable(where));
        }
    }

    void verifyLedgerFile(const QString& path)
    {
        const QString connection = QStringLiteral("crashsafety-check");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY2(query.exec(QStringLiteral("PRAGMA integrity_check")),
                     qPrintable(query.lastError().text()));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
            QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM orders WHERE params_json = '{}' OR "
                                              "params_json = '' OR provider = '' OR resource_id = ''")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 0);
            // Every row has the event that created it.
            QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM orders o WHERE NOT EXISTS "
                                              "(SELECT 1 FROM order_events e WHERE e.order_row_id = o.id)")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 0);
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }

    // At most one simulator order per intent; returns the orders per intent.
    QHash<QString, int> ordersPerIntent(const QJsonArray& orders)
    {
        QHash<QString, int> counts;
        for (const QJsonValue& value : orders)
            ++counts[value.toObject().value(QLatin1String("resourceId")).toString()];
        return counts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_data = TestArtifacts::temporaryDir();
        m_simData = TestArtifacts::temporaryDir();
        QVERIFY(m_data->isValid() && m_simData->isValid());
        m_simState = m_simData->filePath(QStringLiteral("sim-state.json"));
        m_sim = std::make_unique<SimProcess>(QStringLiteral(ORDERDESK_SIM_BINARY));
        QVERIFY(m_sim->start(
            {QStringLiteral("--slow-ms"), QString::number(kSlowMs), QStringLiteral("--state"), m_simState}));
    }

    void cleanupTestCase() { m_sim.reset(); }

    void killedFlows_leaveEveryIntentInTheLedger_andNeverTwoOrders()
    {
        const quint32 seed = qEnvironmentVariableIsSet("ORDERDESK_CRASH_SEED")
                                 ? static_cast<quint32>(qEnvironmentVariableIntValue("ORDERDESK_CRASH_SEED"))
                                 : QRandomGenerator::global()->generate();
        const int flowCount = envInt("ORDERDESK_CRASH_FLOWS", 200);
        qInfo("crash safety: seed %u (set ORDERDESK_CRASH_SEED=%u to repeat), %d flows", seed, seed,
              flowCount);
        QRandomGenerator random(seed);

        // One uninterrupted flow per provider first: how long a whole flow takes here sets
        // the range of the kill delays, so that they spread over every phase on any machine.
        SystemClock clock;
        OrderLedger ledger(clock);
        QVERIFY(ledger.open(m_data->filePath(QStringLiteral("ledger.sqlite"))));

        // One uninterrupted flow per provider first, watched from outside: when its Pending
        // row appears and when the process exits set the kill delays, so that they spread over
        // every phase on any machine (process start-up is most of a flow).
        int rowAtMs = 0;
        int exitAtMs = 0;
        for (const QString& provider : OrderFlowSupport::providers()) {
            // Every resource id of the run is distinct across providers too, so an intent is
            // named by its resource id alone.
            Flow flow{provider, OrderFlowSupport::resourceId(provider, QStringLiteral("calibration") +
                                                                           QString::number(provider.size()))};
            QProcess process;
            process.setProcessEnvironment(environment());
            QElapsedTimer clockOfFlow;
            clockOfFlow.start();
            process.start(QStringLiteral(ORDERDESK_CLI_BINARY), orderArgs(flow));
            int rowSeenMs = -1;
            while (!process.waitForFinished(2)) {
                if (rowSeenMs < 0 && rowFor(ledger, flow.intent))
                    rowSeenMs = static_cast<int>(clockOfFlow.elapsed());
                QVERIFY(clockOfFlow.elapsed() < 30000);
            }
            QCOMPARE(process.exitCode(), 0);
            exitAtMs += static_cast<int>(clockOfFlow.elapsed());
            rowAtMs += rowSeenMs < 0 ? static_cast<int>(clockOfFlow.elapsed()) : rowSeenMs;
        }
        rowAtMs /= 4;
        exitAtMs /= 4;
        const int maxDelayMs = envInt("ORDERDESK_CRASH_MAX_DELAY_MS", exitAtMs + kSlowMs / 2);
        qInfo("crash safety: a whole flow takes %d ms, its Pending row appears after %d ms; kill delays 0-%d "
              "ms "
              "(half of them from 20 ms before the row to 10 ms after it), slow answers %d ms",
              exitAtMs, rowAtMs, maxDelayMs, kSlowMs);

        QList<Flow> flows;
        int phaseCounts[static_cast<int>(Phase::Count)] = {};
        int delayBuckets[5] = {};
        QElapsedTimer elapsed;
        elapsed.start();
        for (int i = 0; i < flowCount; ++i) {
            Flow flow;
            flow.provider = OrderFlowSupport::providers().at(i % 4);
            // A third of the flows meet a slow answer, so that kills land while the
            // simulator holds it.
            flow.slow = random.bounded(3) == 0;
            const QString word = (flow.slow ? QStringLiteral("slowflow") : QStringLiteral("flow")) +
                                 QString::number(i).rightJustified(3, QLatin1Char('0'));
            flow.intent = OrderFlowSupport::resourceId(flow.provider, word);
            // Half the kills around the ledger write, the send and the simulator's answer (a
            // window of a few milliseconds), the rest anywhere in the flow.
            if (random.bounded(2) == 0)
                flow.delayMs = std::clamp(rowAtMs - 20 + static_cast<int>(random.bounded(30)), 0, maxDelayMs);
            else
                flow.delayMs = static_cast<int>(random.bounded(maxDelayMs + 1));
            ++delayBuckets[std::min(4, flow.delayMs * 5 / (maxDelayMs + 1))];

            QProcess process;
            process.setProcessEnvironment(environment());
            process.start(QStringLiteral(ORDERDESK_CLI_BINARY), orderArgs(flow));
            QVERIFY(process.waitForStarted());
            const bool exited = process.waitForFinished(flow.delayMs);
            if (!exited) {
                process.kill(); // SIGKILL
                QVERIFY(process.waitForFinished(10000));
            }

            const std::optional<OrderRecord> row = rowFor(ledger, flow.intent);
            if (exited)
                flow.phase = Phase::AfterExit;
            else if (!row)
                flow.phase = Phase::BeforeLedgerWrite;
            else if (row->status != OrderStatus::Pending)
                flow.phase = Phase::OutcomeRecordedNotExited;
            else if (row->attempts == 0)
                flow.phase = Phase::PendingNotSent;
            else if (!simResourcesFromState().contains(flow.intent))
                flow.phase = Phase::SentNotRecordedBySim;
            else
                flow.phase = flow.slow ? Phase::SimHoldsAnswer : Phase::AnsweredNotRecorded;
            ++phaseCounts[static_cast<int>(flow.phase)];
            flows.append(flow);
        }
        const qint64 flowsMs = elapsed.elapsed();

        // Let every slow answer the simulator still holds for a killed client run out.
        QTest::qWait(kSlowMs + 100);
        const QJsonArray orders = simOrders();
        QHash<QString, int> perIntent = ordersPerIntent(orders);
        const QList<OrderRecord> rows = ledger.orders({});
        QHash<QString, OrderRecord> rowByIntent;
        for (const OrderRecord& row : rows) {
            QVERIFY2(!rowByIntent.contains(row.resourceId),
                     qPrintable(row.resourceId + QStringLiteral(": two rows")));
            rowByIntent.insert(row.resourceId, row);
        }

        // Every intent that reached the simulator is in the ledger; none has two orders there.
        for (auto it = perIntent.cbegin(); it != perIntent.cend(); ++it) {
            QVERIFY2(rowByIntent.contains(it.key()),
                     qPrintable(it.key() + QStringLiteral(" reached the simulator "
                                                          "but has no ledger row")));
            QVERIFY2(it.value() == 1, qPrintable(it.key() + QStringLiteral(": %1 orders").arg(it.value())));
        }
        // The state file agrees with the control endpoint.
        QCOMPARE(simResourcesFromState().size(), static_cast<int>(perIntent.size()));
        verifyRowsWhole(rows);
        verifyLedgerFile(m_data->filePath(QStringLiteral("ledger.sqlite")));

        int statusCounts[4] = {};
        for (const OrderRecord& row : rows)
            ++statusCounts[static_cast<int>(row.status)];

        qInfo("crash safety: %d flows in %lld ms, %d killed, %d exited before their kill", flowCount, flowsMs,
              flowCount - phaseCounts[static_cast<int>(Phase::AfterExit)],
              phaseCounts[static_cast<int>(Phase::AfterExit)]);
        for (int p = 0; p < static_cast<int>(Phase::Count); ++p)
            qInfo("  kills %-52s %3d", kPhaseNames[p], phaseCounts[p]);
        for (int b = 0; b < 5; ++b)
            qInfo("  kill delay %4d-%4d ms: %3d flows", b * (maxDelayMs + 1) / 5,
                  (b + 1) * (maxDelayMs + 1) / 5 - 1, delayBuckets[b]);
        qInfo("  ledger rows %lld (+4 calibration): pending %d, succeeded %d, rejected %d, unknown %d",
              static_cast<long long>(rows.size() - 4), statusCounts[static_cast<int>(OrderStatus::Pending)],
              statusCounts[static_cast<int>(OrderStatus::Succeeded)],
              statusCounts[static_cast<int>(OrderStatus::Rejected)],
              statusCounts[static_cast<int>(OrderStatus::Unknown)]);
        qInfo("  orders at the simulator: %lld for %lld intents", static_cast<long long>(orders.size()),
              static_cast<long long>(perIntent.size()));

        // Later, past the interruption window, the CLI reports the rows left Pending as
        // Unknown; the test moves the window instead of waiting for it.
        int interrupted = 0;
        {
            // The killed senders' leases would expire within minutes; a clock an hour ahead sees
            // them expired now. A second ledger on the file in this process, as the writer thread
            // of the app opens one: it must leave the first connection's file locks alone.
            FixedClock later(QDateTime::currentDateTimeUtc().addSecs(3600));
            OrderLedger marker(later);
            QVERIFY(marker.open(ledger.filePath()));
            interrupted = marker.markInterrupted();
        }
        int retried = 0;
        int refused = 0;
        for (const OrderRecord& row : ledger.orders({})) {
            if (row.status != OrderStatus::Unknown)
                continue;
            QByteArray out;
            const int code = runCli({QStringLiteral("retry"), QString::number(row.id),
                                     QStringLiteral("--yes"), QStringLiteral("--json")},
                                    &out);
            if (row.provider == QLatin1String("volcengine") || row.provider == QLatin1String("aliyun")) {
                // The same token: the simulator answers with the order it already has, or
                // places the one that never arrived.
                QVERIFY2(code == 0, out.constData());
                ++retried;
            } else {
                // No token: the CLI refuses, the user checks the console.
                QVERIFY2(code == 2, out.constData());
                ++refused;
            }
        }
        const QJsonArray after = simOrders();
        perIntent = ordersPerIntent(after);
        for (auto it = perIntent.cbegin(); it != perIntent.cend(); ++it)
            QVERIFY2(it.value() == 1,
                     qPrintable(it.key() + QStringLiteral(": %1 orders after retry").arg(it.value())));
        const QList<OrderRecord> rowsAfter = ledger.orders({});
        verifyRowsWhole(rowsAfter);
        // Each retried row now names the order the simulator has for its intent.
        QHash<QString, QString> simOrderIds;
        for (const QJsonValue& value : after)
            simOrderIds.insert(value.toObject().value(QLatin1String("resourceId")).toString(),
                               value.toObject().value(QLatin1String("orderId")).toString());
        for (const OrderRecord& row : rowsAfter) {
            if (row.status == OrderStatus::Succeeded)
                QCOMPARE(row.orderId, simOrderIds.value(row.resourceId));
        }
        verifyLedgerFile(m_data->filePath(QStringLiteral("ledger.sqlite")));
        qInfo("  after retry: %d rows marked unknown, %d retried with their token, %d refused (no token), "
              "orders at the simulator %lld",
              interrupted, retried, refused, static_cast<long long>(after.size()));
    }

private:
    static constexpr int kSlowMs = 300;
    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<QTemporaryDir> m_simData;
    QString m_simState;
    std::unique_ptr<SimProcess> m_sim;
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
