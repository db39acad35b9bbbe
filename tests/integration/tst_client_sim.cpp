#include "ProviderTestSupport.h"
#include "SimServer.h"
#include "SimTriggers.h"
#include "TriggerOrder.h"
#include "common/FixedClock.h"
#include "common/SandboxCredential.h"
#include "common/SequenceNonceSource.h"
#include "net/OrderClient.h"
#include "net/OutcomeText.h"
#include "net/RetryPolicy.h"
#include "providers/ProviderRegistry.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <cstdlib>

using namespace OrderDesk;
using namespace std::chrono_literals;

namespace {

const QDateTime kNow(QDate(2024, 1, 1), QTime(0, 0, 0), Qt::UTC);
constexpr int kMaxAttempts = 3;
constexpr int kWaitMs = 20000;

const QStringList kAll{QStringLiteral("volcengine"), QStringLiteral("aliyun"), QStringLiteral("unicloud"),
                       QStringLiteral("huaweicloud")};
const QStringList kWithToken{QStringLiteral("volcengine"), QStringLiteral("aliyun")};
const QStringList kWithoutToken{QStringLiteral("unicloud"), QStringLiteral("huaweicloud")};

void addProviders(const QStringList& ids)
{
    QTest::addColumn<QString>("provider");
    for (const QString& id : ids)
        QTest::newRow(qPrintable(id)) << id;
}

RetryPolicy::Tuning testTuning()
{
    RetryPolicy::Tuning tuning;
    tuning.maxAttempts = kMaxAttempts;
    tuning.baseDelay = 10ms;
    tuning.maxDelay = 50ms;
    tuning.idempotentProcessingDelay = 50ms;
    return tuning;
}

} // namespace

class TestClientSim : public QObject
{
    Q_OBJECT

private:
    // Everything one test needs: a simulator on a port the OS chose, a client on the same
    // pinned time, and spies on its signals.
    struct Rig
    {
        Rig()
            : clientClock(kNow)
            , simClock(kNow)
            , client(&nam, clientClock, nonces)
            , finishedSpy(&client, &OrderClient::finished)
            , attemptSpy(&client, &OrderClient::attemptStarted)
        {
            sim.setClock(&simClock);
            sim.setCredentials({SandboxCredential::pair()});
            port = sim.listen(0);
            NetworkOptions options;
            options.connectTimeout = 5000ms;
            options.transferTimeout = 5000ms;
            options.proxyMode = NetworkOptions::ProxyMode::None;
            client.setOptions(options);
            client.setRetryTuning(testTuning());
            client.setJitter([] { return 0.0; });
        }

        Endpoint endpoint() const
        {
            return Endpoint{QStringLiteral("http"), QStringLiteral("127.0.0.1"), port};
        }

        bool send(const Provider& provider, const OrderRequest& order,
                  const Credential& credential = SandboxCredential::pair())
        {
            client.send(provider, order, endpoint(), credential);
            return finishedSpy.wait(kWaitMs);
        }

        OrderOutcome outcome() const { return qvariant_cast<OrderOutcome>(finishedSpy.constLast().at(1)); }

        FixedClock clientClock;
        FixedClock simClock;
        SimServer sim;
        quint16 port = 0;
        QNetworkAccessManager nam;
        SequenceNonceSource nonces;
        OrderClient client;
        QSignalSpy finishedSpy;
        QSignalSpy attemptSpy;
    };

    ProviderRegistry m_registry;
    const Provider& provider(const QString& id) const { return *m_registry.find(id); }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<OrderOutcome>(); }

    void success_isAccepted_data() { addProviders(kAll); }
    void success_isAccepted()
    {
        QFETCH(QString, provider);
        const Provider& p = this->provider(provider);
        Rig rig;
        QVERIFY(rig.port != 0);
        QVERIFY(rig.send(p, ProviderTestSupport::orderWithTrigger(p, QStringLiteral("plain"))));
        const OrderOutcome outcome = rig.outcome();
        QVERIFY2(outcome.kind == OrderOutcome::Kind::Accepted, qPrintable(outcome.technicalDetail));
        QVERIFY(!outcome.reply.orderId.isEmpty());
        QCOMPARE(outcome.attempts, 1);
        QCOMPARE(rig.sim.orderCount(provider), 1);
        QCOMPARE(rig.sim.requestCount(provider), 1);
    }

    void everyErrorTrigger_endsAsThePolicySays_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("keyword");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("httpStatus");
        for (const SimTriggers::Trigger& trigger : SimTriggers::table) {
            if (trigger.kind != SimTriggers::Kind::Error)
                continue;
            const QString provider = QString::fromLatin1(trigger.provider);
            const QString keyword = QString::fromLatin1(trigger.keyword);
            QTest::newRow(qPrintable(provider + QLatin1Char('/') + keyword))
                << provider << keyword << QString::fromLatin1(trigger.code) << trigger.httpStatus;
        }
    }

    void everyErrorTrigger_endsAsThePolicySays()
    {
        QFETCH(QString, provider);
        QFETCH(QString, keyword);
        QFETCH(QString, code);
        QFETCH(int, httpStatus);
        const Provider& p = this->provider(provider);
        Rig rig;
        QVERIFY(rig.send(p, ProviderTestSupport::orderWithTrigger(p, keyword)));
        const OrderOutcome outcome = rig.outcome();
        QCOMPARE(outcome.reply.kind, ProviderReply::Kind::Rejected);
        QCOMPARE(outcome.reply.errorCode, code);
        QCOMPARE(outcome.reply.httpStatus, httpStatus);
        QVERIFY(!outcome.explanation.isEmpty());
        QVERIFY(!outcome.explanation.toString().isEmpty());
        QCOMPARE(rig.sim.orderCount(provider), 0);

        // The simulator answers with this error every time: the policy decides how often
        // OrderDesk asks, and whether the last answer leaves the order open.
        const RetryPolicy policy(p, testTuning(), [] { return 0.0; });
        const int expectedAttempts = policy.afterAnswer(outcome.reply, 1).retry ? kMaxAttempts : 1;
        QCOMPARE(outcome.attempts, expectedAttempts);
        QCOMPARE(rig.sim.requestCount(provider), expectedAttempts);
        if (policy.leavesOrderUncertain(outcome.reply)) {
            QCOMPARE(outcome.kind, OrderOutcome::Kind::Unknown);
            QCOMPARE(outcome.explanation,
                     OutcomeText::unknown(p, OutcomeText::Uncertainty::UnreadableAnswer));
        } else {
            QCOMPARE(outcome.kind, OrderOutcome::Kind::Rejected);
            QCOMPARE(outcome.explanation, p.errorCatalogue().explain(outcome.reply));
            // The catalogue knows the code: its own advice, not the general one.
            QVERIFY(p.errorCatalogue().find(outcome.reply.errorCode, outcome.reply.errorMessage) != nullptr);
        }
    }

    void badSecret_isRejectedAsAuthentication_data() { addProviders(kAll); }
    void badSecret_isRejectedAsAuthentication()
    {
        QFETCH(QString, provider);
        const Provider& p = this->provider(provider);
        Rig rig;
        Credential wrong = SandboxCredential::pair();
        wrong.accessKeySecret = QStringLiteral("not-the-sandbox-secret");
        QVERIFY(rig.send(p, ProviderTestSupport::orderWithTrigger(p, QStringLiteral("plain")), wrong));
        const OrderOutcome outcome = rig.outcome();
        QCOMPARE(outcome.kind, OrderOutcome::Kind::Rejected);
        QCOMPARE(outcome.attempts, 1);
        const ErrorInfo* info = p.errorCatalogue().find(outcome.reply.errorCode, outcome.reply.errorMessage);
        QVERIFY2(info, qPrintable(outcome.reply.errorCode));
        QCOMPARE(info->category, ErrorCategory::Authentication);
        QCOMPARE(rig.sim.orderCount(provider), 0);
    }

    void simClockTwentyMinutesAhead_isRejectedWithTheSkew_data() { addProviders(kAll); }
    void simClockTwentyMinutesAhead_isRejectedWithTheSkew()
    {
        QFETCH(QString, provider);
        const Provider& p = this->provider(provider);
        Rig rig;
        rig.simClock.setNow(kNow.addSecs(20 * 60));
        QVERIFY(rig.send(p, ProviderTestSupport::orderWithTrigger(p, QStringLiteral("plain"))));
        const OrderOutcome outcome = rig.outcome();
        QCOMPARE(outcome.kind, OrderOutcome::Kind::Rejected);
        QCOMPARE(outcome.attempts, 1);
        QVERIFY(outcome.clockSkewSeconds.has_value());
        QVERIFY2(std::llabs(*outcome.clockSkewSeconds - 1200) <= 2,
                 qPrintable(QString::number(*outcome.clockSkewSeconds)));
        QVERIFY(outcome.explanation.toEnglish().contains(QStringLiteral("about 20 minutes behind")));
        QCOMPARE(rig.sim.orderCount(provider), 0);
    }

    void throttleOnce_isRetriedAndAcceptedOnce_data() { addProviders(kAll); }
    void throttleOnce_isRetriedAndAcceptedOnce()
    {
        // Throttling proves the order was not taken, so every provider may be asked again,
        // token or not (RetryPolicy.cpp's table).
        QFETCH(QString, provider);
        const Provider& p = this->provider(provider);
        Rig rig;
        QVERIFY(rig.send(
            p, ProviderTestSupport::orderWithTrigger(p, QString::fromLatin1(SimTriggers::throttle))));
        const OrderOutcome outcome = rig.outcome();
        QCOMPARE(outcome.kind, OrderOutcome::Kind::Accepted);
        QCOMPARE(outcome.attempts, 2);
        QCOMPARE(rig.attemptSpy.count(), 2);
        QCOMPARE(rig.sim.orderCount(provider), 1);
        QCOMPARE(rig.sim.requestCount(provider), 2);
    }

    void dropAfterRecording_withoutToken_isUnknownAfterOneRequest_data() { addProviders(kWithoutToken); }
    void dropAfterRecording_withoutToken_isUnknownAfterOneRequest()
    {
        QFETCH(QString, provider);
        const Provider& p = this->provider(provider);
        Rig rig;
        QVERIFY(
            rig.send(p, ProviderTestSupport::orderWithTrigger(p, QString::fromLatin1(SimTriggers::drop))));
        QTest::qWait(200);
        const OrderOutcome outcome = rig.outcome();
        QCOMPARE(outcome.kind, OrderOutcome::Kind::Unknown);
        QCOMPARE(outcome.attempts, 1);
        QCOMPARE(outcome.explanation, OutcomeText::unknown(p, OutcomeText::Uncertainty::NoAnswer));
        QCOMPARE(rig.sim.orderCount(provider), 1);
        QCOMPARE(rig.sim.requestCount(provider), 1);
    }

    void dropAfterRecording_withToken_isAcceptedOnce_data() { addProviders(kWithToken); }
    void dropAfterRecording_withToken_isAcceptedOnce()
    {
        QFETCH(QString, provider);
        const Provider& p = this->provider(provider);
        Rig rig;
        QVERIFY(
            rig.send(p, ProviderTestSupport::orderWithTrigger(p, QString::fromLatin1(SimTriggers::drop))));
        const OrderOutcome outcome = rig.outcome();
        QCOMPARE(outcome.kind, OrderOutcome::Kind::Accepted);
        // The same token again: the simulator answers with the order the first copy placed.
        QCOMPARE(rig.sim.orderCount(provider), 1);
        QCOMPARE(outcome.attempts, rig.sim.requestCount(provider));
        QVERIFY(outcome.attempts >= 2);
    }

    void fiveHundredOnce_withToken_isRetried_data() { addProviders(kWithToken); }
    void fiveHundredOnce_withToken_isRetried()
    {
        QFETCH(QString, provider);
        const Provider& p = this->provider(provider);
        Rig rig;
        QVERIFY(rig.send(
            p, ProviderTestSupport::orderWithTrigger(p, QString::fromLatin1(SimTriggers::fiveHundred))));
        const OrderOutcome outcome = rig.outcome();
        QCOMPARE(outcome.kind, OrderOutcome::Kind::Accepted);
        QCOMPARE(outcome.attempts, 2);
        QCOMPARE(rig.sim.orderCount(provider), 1);
        QCOMPARE(rig.sim.requestCount(provider), 2);
    }

    void fiveHundredOnce_withoutToken_isUnknownWithoutRetry_data() { addProviders(kWithoutToken); }
    void fiveHundredOnce_withoutToken_isUnknownWithoutRetry()
    {
        QFETCH(QString, provider);
        const Provider& p = this->provider(provider);
        Rig rig;
        QVERIFY(rig.send(
            p, ProviderTestSupport::orderWithTrigger(p, QString::fromLatin1(SimTriggers::fiveHundred))));
        const OrderOutcome outcome = rig.outcome();
        QCOMPARE(outcome.kind, OrderOutcome::Kind::Unknown);
        QCOMPARE(outcome.attempts, 1);
        QVERIFY(outcome.reply.httpStatus >= 500);
        QCOMPARE(rig.sim.orderCount(provider), 0);
        QCOMPARE(rig.sim.requestCount(provider), 1);
    }

    void volcengineBusy_waitsAndIsAcceptedOnce()
    {
        const Provider& p = provider(QStringLiteral("volcengine"));
        Rig rig;
        QVERIFY(
            rig.send(p, ProviderTestSupport::orderWithTrigger(p, QString::fromLatin1(SimTriggers::busy))));
        const OrderOutcome outcome = rig.outcome();
        QCOMPARE(outcome.kind, OrderOutcome::Kind::Accepted);
        QCOMPARE(outcome.attempts, 2);
        QCOMPARE(rig.sim.orderCount(QStringLiteral("volcengine")), 1);
        QCOMPARE(rig.sim.requestCount(QStringLiteral("volcengine")), 2);
    }

    void oversize_isUnknown_data() { addProviders(kAll); }
    void oversize_isUnknown()
    {
        QFETCH(QString, provider);
        const Provider& p = this->provider(provider);
        Rig rig;
        QVERIFY(rig.send(
            p, ProviderTestSupport::orderWithTrigger(p, QString::fromLatin1(SimTriggers::oversize))));
        const OrderOutcome outcome = rig.outcome();
        QCOMPARE(outcome.kind, OrderOutcome::Kind::Unknown);
        QCOMPARE(outcome.attempts, 1);
        QCOMPARE(outcome.explanation, OutcomeText::unknown(p, OutcomeText::Uncertainty::UnreadableAnswer));
        QCOMPARE(rig.sim.orderCount(provider), 1);
        QCOMPARE(rig.sim.requestCount(provider), 1);
    }

    void slowAnswer_withoutToken_isUnknownAfterOneRequest_data() { addProviders(kWithoutToken); }
    void slowAnswer_withoutToken_isUnknownAfterOneRequest()
    {
        QFETCH(QString, provider);
        const Provider& p = this->provider(provider);
        Rig rig;
        rig.sim.setSlowAnswerMs(1500);
        NetworkOptions options = rig.client.options();
        options.transferTimeout = 300ms;
        rig.client.setOptions(options);
        QVERIFY(
            rig.send(p, ProviderTestSupport::orderWithTrigger(p, QString::fromLatin1(SimTriggers::slow))));
        const OrderOutcome outcome = rig.outcome();
        QCOMPARE(outcome.kind, OrderOutcome::Kind::Unknown);
        QCOMPARE(outcome.networkError, QNetworkReply::TimeoutError);
        QCOMPARE(outcome.attempts, 1);
        QCOMPARE(rig.sim.requestCount(provider), 1);
    }

    void slowAnswer_withToken_isAskedAgainAndAcceptedOnce_data() { addProviders(kWithToken); }
    void slowAnswer_withToken_isAskedAgainAndAcceptedOnce()
    {
        QFETCH(QString, provider);
        const Provider& p = this->provider(provider);
        Rig rig;
        rig.sim.setSlowAnswerMs(400);
        NetworkOptions options = rig.client.options();
        options.transferTimeout = 250ms;
        rig.client.setOptions(options);
        RetryPolicy::Tuning tuning = testTuning();
        tuning.baseDelay = 300ms;
        tuning.maxDelay = 300ms;
        tuning.idempotentProcessingDelay = 300ms;
        rig.client.setRetryTuning(tuning);
        QVERIFY(
            rig.send(p, ProviderTestSupport::orderWithTrigger(p, QString::fromLatin1(SimTriggers::slow))));
        const OrderOutcome outcome = rig.outcome();
        QVERIFY2(outcome.kind == OrderOutcome::Kind::Accepted, qPrintable(outcome.technicalDetail));
        QVERIFY(outcome.attempts >= 2);
        QCOMPARE(rig.sim.orderCount(provider), 1);
    }
};

QTEST_GUILESS_MAIN(TestClientSim)
#include "tst_client_sim.moc"
