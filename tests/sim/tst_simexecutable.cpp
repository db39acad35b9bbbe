#include "ProcessOutput.h"
#include "SimCommandLine.h"
#include "SimTestSupport.h"
#include "SimTriggers.h"
#include "WineCheck.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

using namespace OrderDesk;
using namespace SimTestSupport;

namespace {

// The simulator as a separate process, stopped when the test ends.
class SimProcess
{
public:
    explicit SimProcess(const QStringList& arguments)
    {
        m_process.setProgram(QStringLiteral(ORDERDESK_SIM_BINARY));
        m_process.setArguments(arguments);
        m_process.start();
    }
    ~SimProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    SimProcess(const SimProcess&) = delete;
    SimProcess& operator=(const SimProcess&) = delete;

    // The next line on stdout, or empty after the timeout.
    QString nextLine(int timeoutMs = 10000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!m_process.canReadLine() && !deadline.hasExpired()) {
            if (!m_process.waitForReadyRead(static_cast<int>(qMax<qint64>(1, deadline.remainingTime()))))
                break;
        }
        return QString::fromLocal8Bit(m_process.readLine()).trimmed();
    }

    quint16 port()
    {
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("^listening (\\d+)$")).match(nextLine());
        return match.hasMatch() ? static_cast<quint16>(match.captured(1).toUInt()) : 0;
    }

    QProcess& process() { return m_process; }

private:
    QProcess m_process;
};

QString tlsFile(const char* name)
{
    return qEnvironmentVariable("ORDERDESK_TEST_DATA") + QStringLiteral("/tls/") + QLatin1String(name);
}

} // namespace

class TestSimExecutable : public QObject
{
    Q_OBJECT

private:
    ProviderRegistry m_registry;
    const Provider& provider(const QString& id) const { return *m_registry.find(id); }

private Q_SLOTS:
    void help_listsEveryTriggerPerProviderAndTheSandboxKey()
    {
        QProcess process;
        process.start(QStringLiteral(ORDERDESK_SIM_BINARY), {QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const QString help = QString::fromLocal8Bit(ProcessOutput::lines(process.readAllStandardOutput()));
        QCOMPARE(help, SimCommandLine::helpText());
        QVERIFY(help.contains(SandboxCredential::pair().accessKeyId));
        QVERIFY(!help.contains(SandboxCredential::pair().accessKeySecret));
        // Each provider's section lists each of its keywords with its code.
        for (const QString& id : providerIds()) {
            const qsizetype start = help.indexOf(QLatin1Char('\n') + id + QStringLiteral("  "));
            QVERIFY2(start >= 0, qPrintable(id));
            qsizetype end = help.size();
            for (const QString& other : providerIds()) {
                const qsizetype next =
                    help.indexOf(QLatin1Char('\n') + other + QStringLiteral("  "), start + 1);
                if (next > start && next < end)
                    end = next;
            }
            const QString section = help.mid(start, end - start);
            for (const SimTriggers::Trigger& trigger : SimTriggers::table) {
                if (id != QLatin1String(trigger.provider))
                    continue;
                QVERIFY2(section.contains(QStringLiteral("    ") + QLatin1String(trigger.keyword) +
                                          QLatin1Char(' ')),
                         trigger.keyword);
                QVERIFY2(section.contains(QLatin1String(trigger.code)), trigger.code);
            }
        }
    }

    void badArguments_exitWithUsageError_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")};
        QTest::newRow("port not a number") << QStringList{QStringLiteral("--port"), QStringLiteral("http")};
        QTest::newRow("port too large") << QStringList{QStringLiteral("--port"), QStringLiteral("65536")};
        QTest::newRow("pair without secret")
            << QStringList{QStringLiteral("--credentials"), QStringLiteral("AK")};
        QTest::newRow("empty key") << QStringList{QStringLiteral("--credentials"), QStringLiteral(":SK")};
        QTest::newRow("negative delay") << QStringList{QStringLiteral("--slow-ms"), QStringLiteral("-1")};
        QTest::newRow("positional") << QStringList{QStringLiteral("serve")};
        QTest::newRow("certificate without key")
            << QStringList{QStringLiteral("--tls-cert"), tlsFile("server.pem")};
        QTest::newRow("key without certificate")
            << QStringList{QStringLiteral("--tls-key"), tlsFile("server-key.pem")};
        QTest::newRow("missing certificate")
            << QStringList{QStringLiteral("--tls-cert"), tlsFile("absent.pem"), QStringLiteral("--tls-key"),
                           tlsFile("server-key.pem")};
        QTest::newRow("key that is a certificate")
            << QStringList{QStringLiteral("--tls-cert"), tlsFile("server.pem"), QStringLiteral("--tls-key"),
                           tlsFile("server.pem")};
    }
    void badArguments_exitWithUsageError()
    {
        QFETCH(QStringList, arguments);
        QProcess process;
        process.start(QStringLiteral(ORDERDESK_SIM_BINARY), arguments);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardOutput().isEmpty());
        QVERIFY(!process.readAllStandardError().isEmpty());
    }

    void parse_readsEveryOption()
    {
        SimCommandLine::Options options;
        QString error;
        QVERIFY2(SimCommandLine::parse({QStringLiteral("orderdesk-sim"), QStringLiteral("--port"),
                                        QStringLiteral("8088"), QStringLiteral("--credentials"),
                                        QStringLiteral("AK1:S:K1,AK2:SK2"), QStringLiteral("--state"),
                                        QStringLiteral("s.json"), QStringLiteral("--slow-ms"),
                                        QStringLiteral("250")},
                                       &options, &error),
                 qPrintable(error));
        QCOMPARE(options.port, quint16(8088));
        QCOMPARE(options.credentials.size(), 2);
        QCOMPARE(options.credentials.at(0).accessKeyId, QStringLiteral("AK1"));
        QCOMPARE(options.credentials.at(0).accessKeySecret, QStringLiteral("S:K1"));
        QCOMPARE(options.credentials.at(1).accessKeyId, QStringLiteral("AK2"));
        QCOMPARE(options.credentials.at(1).accessKeySecret, QStringLiteral("SK2"));
        QCOMPARE(options.stateFile, QStringLiteral("s.json"));
        QCOMPARE(options.slowAnswerMs, 250);
        QVERIFY(!options.help);
        QVERIFY(options.tlsCertificateFile.isEmpty());

        SimCommandLine::Options tls;
        QVERIFY2(SimCommandLine::parse({QStringLiteral("orderdesk-sim"), QStringLiteral("--tls-cert"),
                                        QStringLiteral("c.pem"), QStringLiteral("--tls-key"),
                                        QStringLiteral("k.pem")},
                                       &tls, &error),
                 qPrintable(error));
        QCOMPARE(tls.tlsCertificateFile, QStringLiteral("c.pem"));
        QCOMPARE(tls.tlsKeyFile, QStringLiteral("k.pem"));

        SimCommandLine::Options defaults;
        QVERIFY(SimCommandLine::parse({QStringLiteral("orderdesk-sim")}, &defaults, &error));
        QCOMPARE(defaults.port, quint16(0));
        QVERIFY(defaults.credentials.isEmpty());
        QCOMPARE(defaults.slowAnswerMs, 3000);
    }

    void start_printsListeningFirstThenOneLinePerRequest()
    {
        const Credential mine{QStringLiteral("AKLTSIMTEST"), QStringLiteral("sim-test-secret")};
        SimProcess sim({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--credentials"),
                        mine.accessKeyId + QLatin1Char(':') + mine.accessKeySecret});
        const quint16 port = sim.port();
        QVERIFY(port != 0);

        QNetworkAccessManager manager;
        const QString id = QStringLiteral("volcengine");
        const HttpRequest request = signedOrder(provider(id), seedOrder(id), port, mine);
        const Answer answer = send(manager, request);
        QCOMPARE(answer.httpStatus, 200);
        QCOMPARE(provider(id).parseReply(answer.httpStatus, answer.body).kind, ProviderReply::Kind::Accepted);
        const QString line = sim.nextLine();
        QCOMPARE(line, QStringLiteral("volcengine CreateDirectConnectConnectionOrder 200 -"));

        // The sandbox pair is not accepted when other keys are given.
        send(manager, signedOrder(provider(id), seedOrderFor(id, QStringLiteral("dcc-x")), port));
        QCOMPARE(sim.nextLine(),
                 QStringLiteral("volcengine CreateDirectConnectConnectionOrder 401 InvalidAccessKey"));
        QVERIFY(!line.contains(mine.accessKeySecret));
        QVERIFY(!line.contains(QString::fromLatin1(request.header("Authorization"))));
    }

    void start_withoutKeys_acceptsTheSandboxPair()
    {
        SimProcess sim({});
        const quint16 port = sim.port();
        QVERIFY(port != 0);
        QNetworkAccessManager manager;
        const QString id = QStringLiteral("huaweicloud");
        QCOMPARE(send(manager, signedOrder(provider(id), seedOrder(id), port)).httpStatus, 200);
    }

    void stateFile_keepsOrdersAcrossARestart()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("state.json"));
        QNetworkAccessManager manager;
        const QString id = QStringLiteral("aliyun");
        QString orderId;
        {
            SimProcess sim({QStringLiteral("--state"), file});
            const quint16 port = sim.port();
            QVERIFY(port != 0);
            const Answer answer = send(manager, signedOrder(provider(id), seedOrder(id), port));
            orderId = provider(id).parseReply(answer.httpStatus, answer.body).orderId;
            QVERIFY(!orderId.isEmpty());
            QVERIFY(QFile::exists(file));
        } // killed, not asked to quit: the state was saved when it changed

        SimProcess sim({QStringLiteral("--state"), file});
        const quint16 port = sim.port();
        QVERIFY(port != 0);
        const Answer list = finish(manager.get(QNetworkRequest(QUrl(
            QStringLiteral("http://127.0.0.1:") + QString::number(port) + QStringLiteral("/_sim/orders")))));
        const QJsonArray orders = QJsonDocument::fromJson(list.body).array();
        QCOMPARE(orders.size(), 1);
        QCOMPARE(orders.at(0).toObject().value(QLatin1String("orderId")).toString(), orderId);
        const Answer again = send(manager, signedOrder(provider(id), seedOrder(id), port));
        QCOMPARE(provider(id).parseReply(again.httpStatus, again.body).orderId, orderId);
    }

    void tls_servesHttpsToClientsThatTrustItsCa()
    {
        if (WineCheck::underWine())
            QSKIP(WineCheck::kNoTlsServer);
        SimProcess sim({QStringLiteral("--tls-cert"), tlsFile("server.pem"), QStringLiteral("--tls-key"),
                        tlsFile("server-key.pem")});
        const quint16 port = sim.port();
        QVERIFY(port != 0);
        const QUrl url(QStringLiteral("https://127.0.0.1:") + QString::number(port) +
                       QStringLiteral("/_sim/orders"));
        QNetworkAccessManager manager;

        // Without the CA the certificate is refused, before any request.
        const Answer refused = finish(manager.get(QNetworkRequest(url)));
        QCOMPARE(refused.error, QNetworkReply::SslHandshakeFailedError);

        QNetworkRequest trusting(url);
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setCaCertificates(QSslCertificate::fromPath(tlsFile("ca.pem")));
        trusting.setSslConfiguration(configuration);
        // A manager of its own: Qt keys its connection cache by host and port, not by the
        // TLS configuration.
        QNetworkAccessManager trustingManager;
        const Answer answer = finish(trustingManager.get(trusting));
        QCOMPARE(answer.error, QNetworkReply::NoError);
        QCOMPARE(answer.httpStatus, 200);
        QCOMPARE(answer.body, QByteArray("[]"));

        // Orders too, signed for the https endpoint.
        const QString id = QStringLiteral("unicloud");
        HttpRequest built = provider(id).buildRequest(
            seedOrder(id), Endpoint{QStringLiteral("https"), QStringLiteral("127.0.0.1"), port});
        const HttpRequest request =
            provider(id).sign(built, SandboxCredential::pair(), provider(id).region(seedOrder(id)),
                              QDateTime::currentDateTimeUtc(), freshNonce());
        QNetworkRequest order(request.url());
        for (const auto& [name, value] : request.headers)
            order.setRawHeader(name, value);
        order.setSslConfiguration(configuration);
        const Answer placed = finish(trustingManager.sendCustomRequest(order, request.method, request.body));
        QCOMPARE(placed.httpStatus, 200);
        QCOMPARE(provider(id).parseReply(placed.httpStatus, placed.body).kind, ProviderReply::Kind::Accepted);
    }

    void stateFile_thatIsNotState_stopsTheStart()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("state.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("not a state");
        out.close();
        QProcess process;
        process.start(QStringLiteral(ORDERDESK_SIM_BINARY), {QStringLiteral("--state"), file});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardOutput().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSimExecutable)
#include "tst_simexecutable.moc"
