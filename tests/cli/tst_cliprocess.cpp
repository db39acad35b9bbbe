#include "OrderFlowSupport.h"
#include "ProcessOutput.h"
#include "SimProcess.h"
#include "TestArtifacts.h"
#include "TestSecrets.h"
#include "common/SystemClock.h"
#include "ledger/OrderLedger.h"
#include "ledger/OrderRecord.h"
#include "ledger/OrderStatus.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace OrderDesk;
using OrderDesk::TestSupport::SimProcess;

namespace {

// A pair only these tests know: any trace of the secret anywhere is a leak.
const QString kKeyId = TestSecrets::accessKeyId();
const QString kSecret = TestSecrets::accessKeySecret();

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

// orderdesk-cli and orderdesk-sim as the separate programs a user runs.
class TestCliProcess : public QObject
{
    Q_OBJECT

private:
    QProcessEnvironment environment(bool withKey) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ORDERDESK_LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("ORDERDESK_DATA_DIR"), m_data->path());
        env.remove(QStringLiteral("ORDERDESK_ACCESS_KEY_ID"));
        env.remove(QStringLiteral("ORDERDESK_ACCESS_KEY_SECRET"));
        if (withKey) {
            env.insert(QStringLiteral("ORDERDESK_ACCESS_KEY_ID"), kKeyId);
            env.insert(QStringLiteral("ORDERDESK_ACCESS_KEY_SECRET"), kSecret);
        }
        return env;
    }

    Run cli(const QStringList& args, bool withKey = false, const QByteArray& input = {})
    {
        QProcess process;
        process.setProcessEnvironment(environment(withKey));
        process.start(QStringLiteral(ORDERDESK_CLI_BINARY), args);
        process.write(input);
        process.closeWriteChannel();
        Run run;
        if (!process.waitForFinished(60000))
            return run;
        run.exitCode = process.exitCode();
        run.out = ProcessOutput::lines(process.readAllStandardOutput());
        run.err = ProcessOutput::lines(process.readAllStandardError());
        m_allOutput += run.out + run.err;
        return run;
    }

    QStringList orderArgs(const QString& provider, const QString& endpoint, const QString& word) const
    {
        return QStringList{QStringLiteral("order"),      provider,
                           QStringLiteral("--endpoint"), endpoint,
                           QStringLiteral("--yes"),      QStringLiteral("--json")} +
               OrderFlowSupport::paramArguments(provider, word);
    }

    static int hits(const QByteArray& haystack, const QString& needle)
    {
        int count = haystack.count(needle.toUtf8());
        QByteArray utf16(reinterpret_cast<const char*>(needle.utf16()), needle.size() * 2);
        count += haystack.count(utf16);
        return count;
    }

private Q_SLOTS:
    void init()
    {
        m_data = TestArtifacts::temporaryDir();
        QVERIFY(m_data->isValid());
        m_allOutput.clear();
    }

    void cli_placesAnOrderWithEachProviderAgainstTheSimulator_andHistoryListsThem()
    {
        SimProcess sim(QStringLiteral(ORDERDESK_SIM_BINARY));
        QVERIFY(sim.start({QStringLiteral("--port"), QStringLiteral("0")}));
        QMap<QString, QString> orderIds;
        for (const QString& provider : OrderFlowSupport::providers()) {
            const Run run = cli(orderArgs(provider, sim.endpoint(), QStringLiteral("real")));
            QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
            const QJsonObject result = QJsonDocument::fromJson(run.out).object();
            QCOMPARE(result.value(QLatin1String("status")).toString(), QStringLiteral("succeeded"));
            orderIds.insert(provider, result.value(QLatin1String("order_id")).toString());
            QVERIFY(!orderIds.value(provider).isEmpty());
        }
        const Run history = cli({QStringLiteral("history"), QStringLiteral("--json")});
        QCOMPARE(history.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(history.out).array();
        QCOMPARE(rows.size(), 4);
        for (const QJsonValue& value : rows) {
            const QJsonObject row = value.toObject();
            QCOMPARE(row.value(QLatin1String("status")).toString(), QStringLiteral("succeeded"));
            QCOMPARE(row.value(QLatin1String("order_id")).toString(),
                     orderIds.value(row.value(QLatin1String("provider")).toString()));
        }
    }

    void cli_killedRightAfterSending_leavesThePendingRow()
    {
        // The simulator writes its state file when the order is recorded, long before it answers.
        QTemporaryDir simData;
        TestArtifacts::keepIfAsked(simData);
        const QString state = simData.filePath(QStringLiteral("sim-state.json"));
        SimProcess sim(QStringLiteral(ORDERDESK_SIM_BINARY));
        QVERIFY(sim.start(
            {QStringLiteral("--slow-ms"), QStringLiteral("30000"), QStringLiteral("--state"), state}));
        QProcess process;
        process.setProcessEnvironment(environment(false));
        process.start(QStringLiteral(ORDERDESK_CLI_BINARY),
                      orderArgs(QStringLiteral("unicloud"), sim.endpoint(), QStringLiteral("slowkill")));
        QVERIFY(process.waitForStarted());

        // The attempt is recorded right before the bytes go; give them time to arrive, then kill.
        SystemClock clock;
        OrderLedger ledger(clock);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_data->filePath(QStringLiteral("ledger.sqlite"))), 10000);
        QVERIFY(ledger.open(m_data->filePath(QStringLiteral("ledger.sqlite"))));
        QTRY_VERIFY_WITH_TIMEOUT(!ledger.orders({}).isEmpty() && ledger.orders({}).first().attempts == 1,
                                 10000);
        const auto simRecorded = [&state] {
            QFile file(state);
            return file.open(QIODevice::ReadOnly) && file.readAll().contains("slowkill");
        };
        QTRY_VERIFY_WITH_TIMEOUT(simRecorded(), 10000);
        process.kill();
        QVERIFY(process.waitForFinished());

        const QList<OrderRecord> rows = ledger.orders({});
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().status, OrderStatus::Pending);
        QCOMPARE(rows.first().resourceId, QStringLiteral("slowkill"));
        QCOMPARE(rows.first().params.value(QStringLiteral("instanceName")), QStringLiteral("slowkill"));

        // The next run of the CLI shows it: never nothing.
        const Run history = cli({QStringLiteral("history"), QStringLiteral("--json")});
        QCOMPARE(history.exitCode, 0);
        const QJsonArray listed = QJsonDocument::fromJson(history.out).array();
        QCOMPARE(listed.size(), 1);
        const QString status = listed.first().toObject().value(QLatin1String("status")).toString();
        QVERIFY2(status == QLatin1String("pending") || status == QLatin1String("unknown"),
                 qPrintable(status));
    }

    void wholeFlow_leavesTheSecretNowhere()
    {
        SimProcess sim(QStringLiteral(ORDERDESK_SIM_BINARY));
        QVERIFY(sim.start({QStringLiteral("--credentials"), kKeyId + QLatin1Char(':') + kSecret}));

        // Orders that succeed, are refused, end unknown, and a preview.
        for (const QString& provider : OrderFlowSupport::providers())
            QCOMPARE(cli(orderArgs(provider, sim.endpoint(), QStringLiteral("scan")), true).exitCode, 0);
        QCOMPARE(cli(orderArgs(QStringLiteral("aliyun"), sim.endpoint(), QStringLiteral("notfound")), true)
                     .exitCode,
                 3);
        QCOMPARE(cli(orderArgs(QStringLiteral("huaweicloud"), sim.endpoint(), QStringLiteral("drop")), true)
                     .exitCode,
                 4);
        QCOMPARE(cli(orderArgs(QStringLiteral("volcengine"), sim.endpoint(), QStringLiteral("preview")) +
                         QStringList{QStringLiteral("--dry-run")},
                     true)
                     .exitCode,
                 0);
        QCOMPARE(cli(orderArgs(QStringLiteral("volcengine"), sim.endpoint(), QStringLiteral("preview")) +
                         QStringList{QStringLiteral("--dry-run")},
                     true)
                     .exitCode,
                 0);

        // A keychain profile with the same secret, and an order through it.
        const Run added =
            cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("volcengine"),
                 QStringLiteral("finance"), QStringLiteral("--access-key-id"), kKeyId,
                 QStringLiteral("--endpoint"), sim.endpoint()},
                false, kSecret.toUtf8() + '\n');
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const Run byProfile =
            cli(QStringList{QStringLiteral("order"), QStringLiteral("volcengine"),
                            QStringLiteral("--profile"), QStringLiteral("finance"), QStringLiteral("--yes")} +
                OrderFlowSupport::paramArguments(QStringLiteral("volcengine"), QStringLiteral("profile")));
        QVERIFY2(byProfile.exitCode == 0, QByteArray(byProfile.out + byProfile.err).constData());
        QCOMPARE(cli({QStringLiteral("profiles"), QStringLiteral("list")}).exitCode, 0);

        // Everything a user could look at afterwards.
        QCOMPARE(cli({QStringLiteral("history")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("history"), QStringLiteral("--json")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("history"), QStringLiteral("show"), QStringLiteral("1")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("history"), QStringLiteral("export"), QStringLiteral("--csv"),
                      m_data->filePath(QStringLiteral("export.csv"))})
                     .exitCode,
                 0);

        int filesScanned = 0;
        QByteArray everything;
        QDirIterator files(m_data->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(hits(bytes, kSecret) == 0, qPrintable(file.fileName()));
            everything += bytes;
            ++filesScanned;
        }
        QVERIFY(filesScanned >= 3); // ledger, settings, export
        // The scan can find things: the AccessKey ID, which is not secret, is in the settings and the ledger.
        QVERIFY(hits(everything, kKeyId) > 0);
        QVERIFY(m_allOutput.contains(kKeyId.toUtf8()));
        QCOMPARE(hits(m_allOutput, kSecret), 0);
        QCOMPARE(hits(sim.output(), kSecret), 0);

        QCOMPARE(cli({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("volcengine"),
                      QStringLiteral("finance")})
                     .exitCode,
                 0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_data;
    QByteArray m_allOutput;
};

QTEST_GUILESS_MAIN(TestCliProcess)
#include "tst_cliprocess.moc"
