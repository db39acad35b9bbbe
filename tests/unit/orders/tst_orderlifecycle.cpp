#include "OrderFlowSupport.h"
#include "PlaceAndWait.h"
#include "SimServer.h"
#include "SimTriggers.h"
#include "common/FixedClock.h"
#include "common/SandboxCredential.h"
#include "common/UuidNonceSource.h"
#include "ledger/OrderLedger.h"
#include "net/OrderClient.h"
#include "net/OrderOutcome.h"
#include "orders/OrderService.h"
#include "providers/ProviderRegistry.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace OrderDesk;

namespace {

OrderRequest request(const QString& provider, const QString& word)
{
    OrderRequest order;
    for (const QString& param : OrderFlowSupport::params(provider, word))
        order.params.insert(param.section(QLatin1Char('='), 0, 0), param.section(QLatin1Char('='), 1));
    order.params.remove(QStringLiteral("ClientToken")); // a token of its own per order
    return order;
}

} // namespace

// OrderService with a pinned clock, so that the leases of orders in flight can be run out
// without waiting, against a simulator that answers slowly. A second OrderLedger on the same file
// plays another window or process.
class TestOrderLifecycle : public QObject
{
    Q_OBJECT

private:
    Endpoint endpoint() const
    {
        return Endpoint{QStringLiteral("http"), QStringLiteral("127.0.0.1"), m_port};
    }
    const Provider& provider(const QString& id) const { return *m_providers.find(id); }
    PreparedOrder prepared(const QString& providerId, const QString& word)
    {
        return m_service->prepare(provider(providerId), request(providerId, word), QStringLiteral("sandbox"),
                                  endpoint());
    }
    // Until the request has reached the simulator (which checks its timestamp on arrival), so that
    // moving the clock afterwards models time passing while the provider works on it.
    bool waitForFirstAttempt(qint64 id)
    {
        return QTest::qWaitFor(
            [&] {
                return m_other->order(id) && m_other->order(id)->attempts >= 1 && m_sim.requestCount() >= 1;
            },
            10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sim.setClock(&m_clock);
        m_port = m_sim.listen();
        QVERIFY(m_port != 0);
    }

    void init()
    {
        m_clock.setNow(QDateTime::currentDateTimeUtc());
        m_sim.reset();
        m_sim.setSlowAnswerMs(1500);
        m_dir = std::make_unique<QTemporaryDir>();
        const QString file = m_dir->filePath(QStringLiteral("ledger.sqlite"));
        m_ledger = std::make_unique<OrderLedger>(m_clock);
        QVERIFY(m_ledger->open(file));
        m_other = std::make_unique<OrderLedger>(m_clock);
        QVERIFY(m_other->open(file));
        m_client = std::make_unique<OrderClient>(&m_network, m_clock, m_nonces);
        m_service = std::make_unique<OrderService>(*m_ledger, *m_client, m_tokens);
        m_service->setLeaseRenewalInterval(std::chrono::milliseconds(50));
    }

    void cleanup()
    {
        m_service.reset();
        m_client.reset();
        m_other.reset();
        m_ledger.reset();
    }

    void leaseDuration_followsTheClientsTimeouts()
    {
        NetworkOptions options;
        options.connectTimeout = std::chrono::seconds(15);
        options.transferTimeout = std::chrono::seconds(3600);
        m_client->setOptions(options);
        // One attempt of an hour and the longest backoff, plus the margin: never shorter than what
        // the sender may wait without news.
        QVERIFY(m_service->leaseDuration() >= std::chrono::seconds(3615));
        QVERIFY(m_service->leaseDuration() <= std::chrono::seconds(3615 + 60));
    }

    // Path 2: a provider that takes longer than any fixed rule: the sender renews its lease while
    // it waits, so another process neither marks the order interrupted nor lets it be resolved.
    void slowAnswer_longerThanAFixedRule_staysInFlightWhileItsSenderWaits()
    {
        const PreparedOrder order =
            prepared(QStringLiteral("unicloud"), QString::fromLatin1(SimTriggers::slow));
        const qint64 id = PlaceAndWait::place(*m_service, order, SandboxCredential::pair());
        QVERIFY(id > 0);
        QVERIFY(waitForFirstAttempt(id));
        // Twenty minutes pass on the ledger's clock (the old rule gave up after fifteen); the
        // sender's renewals keep up.
        m_clock.advanceSeconds(20 * 60);
        const QDateTime renewedAfter = m_clock.nowUtc();
        QTRY_VERIFY(m_other->order(id)->leaseUntilUtc > renewedAfter);
        QCOMPARE(m_other->markInterrupted(), 0);
        LocalizedText error;
        QVERIFY(!m_other->resolve(id, OrderResolution::NotPlaced, QString(), QString(), &error));
        QVERIFY(error.toEnglish().contains(m_service->leaseOwner()));

        QSignalSpy finished(m_service.get(), &OrderService::finished);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
        QCOMPARE(m_other->order(id)->status, OrderStatus::Succeeded);
        QVERIFY(m_other->order(id)->leaseOwner.isEmpty());
    }

    // A sender whose process stalled past its lease: the order is resolved by hand meanwhile, and
    // the answer that then arrives says the order was placed. It is recorded, flagged, signalled.
    void lateAnswer_afterANotPlacedResolution_isAConflict()
    {
        m_service->setLeaseRenewalInterval(std::chrono::hours(1)); // the sender stalls
        const PreparedOrder order = prepared(QStringLiteral("unicloud"), QStringLiteral("slowlate"));
        const qint64 id = PlaceAndWait::place(*m_service, order, SandboxCredential::pair());
        QVERIFY(id > 0);
        QVERIFY(waitForFirstAttempt(id));
        m_clock.advanceSeconds(m_service->leaseDuration().count() / 1000 + 1);
        QCOMPARE(m_other->markInterrupted(), 1);
        QVERIFY(m_other->resolve(id, OrderResolution::NotPlaced, QString(), QString()));

        QSignalSpy late(m_service.get(), &OrderService::lateAnswer);
        QSignalSpy finished(m_service.get(), &OrderService::finished);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
        QCOMPARE(late.size(), 1);
        QCOMPARE(late.at(0).at(0).toLongLong(), id);
        QVERIFY(late.at(0).at(1).toBool());
        const std::optional<OrderRecord> row = m_other->order(id);
        QCOMPARE(row->status, OrderStatus::Succeeded);
        QVERIFY(row->conflict);
        QVERIFY(!row->orderId.isEmpty());
        QCOMPARE(m_other->events(id).constLast().kind, OrderEventKind::LateAnswer);
    }

    void abandonInFlight_recordsUnknownAtOnce()
    {
        const PreparedOrder order = prepared(QStringLiteral("unicloud"), QStringLiteral("slowquit"));
        const qint64 id = PlaceAndWait::place(*m_service, order, SandboxCredential::pair());
        QVERIFY(id > 0);
        QVERIFY(waitForFirstAttempt(id));
        QCOMPARE(m_service->inFlightCount(), 1);
        std::optional<int> abandoned;
        QObject context;
        m_service->abandonInFlight(&context, [&](int count) { abandoned = count; });
        QTRY_VERIFY(abandoned.has_value());
        QCOMPARE(*abandoned, 1);
        std::optional<OrderRecord> row = m_other->order(id);
        QCOMPARE(row->status, OrderStatus::Unknown);
        QCOMPARE(m_other->events(id).constLast().kind, OrderEventKind::Abandoned);
        QVERIFY(OrderTransitions::canResolve(*row, m_clock.nowUtc()));
        // The answer still arrives while the process lives: a definitive answer beats Unknown.
        QSignalSpy finished(m_service.get(), &OrderService::finished);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
        QCOMPARE(m_other->order(id)->status, OrderStatus::Succeeded);
    }

    // Path 4 in one process: two windows confirm the same resource; the second is stopped as it is
    // recorded, told which order came first, and nothing of it is sent.
    void secondConfirmationOfTheSameResource_isStoppedAndAskedAgain()
    {
        m_sim.setSlowAnswerMs(0);
        const PreparedOrder first = prepared(QStringLiteral("aliyun"), QStringLiteral("twowindows"));
        const PreparedOrder second = prepared(QStringLiteral("aliyun"), QStringLiteral("twowindows"));
        QVERIFY(!first.duplicate && !second.duplicate);
        const qint64 firstId = PlaceAndWait::place(*m_service, first, SandboxCredential::pair());
        QVERIFY(firstId > 0);
        LocalizedText error;
        std::optional<OrderRecord> newer;
        QCOMPARE(PlaceAndWait::place(*m_service, second, SandboxCredential::pair(), &error, &newer), 0);
        QVERIFY(newer);
        QCOMPARE(newer->id, firstId);
        QTRY_COMPARE(m_sim.orderCount(), 1);
        QCOMPARE(m_ledger->count({}), 1);
        // Asked again and confirmed with that order in view: it is sent.
        PreparedOrder again = second;
        again.duplicate = newer;
        QVERIFY(PlaceAndWait::place(*m_service, again, SandboxCredential::pair()) > firstId);
        QTRY_COMPARE(m_sim.orderCount(), 2);
    }

    void resolve_goesThroughTheWriterAndIsRefusedWhileInFlight()
    {
        const PreparedOrder order = prepared(QStringLiteral("unicloud"), QStringLiteral("slowres"));
        const qint64 id = PlaceAndWait::place(*m_service, order, SandboxCredential::pair());
        QVERIFY(waitForFirstAttempt(id));
        std::optional<bool> ok;
        LocalizedText error;
        QObject context;
        m_service->resolve(id, OrderResolution::NotPlaced, QString(), QString(), &context,
                           [&](bool resolved, const LocalizedText& why) {
                               ok = resolved;
                               error = why;
                           });
        QTRY_VERIFY(ok.has_value());
        QVERIFY(!*ok);
        QVERIFY(error.toEnglish().contains(QStringLiteral("being sent right now")));
        QSignalSpy finished(m_service.get(), &OrderService::finished);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
        QSignalSpy idle(m_service.get(), &OrderService::idle);
        QTRY_VERIFY(!m_service->isBusy());
    }

private:
    FixedClock m_clock;
    SimServer m_sim;
    quint16 m_port = 0;
    ProviderRegistry m_providers;
    QNetworkAccessManager m_network;
    UuidNonceSource m_nonces;
    UuidNonceSource m_tokens;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OrderLedger> m_ledger;
    std::unique_ptr<OrderLedger> m_other;
    std::unique_ptr<OrderClient> m_client;
    std::unique_ptr<OrderService> m_service;
};

QTEST_GUILESS_MAIN(TestOrderLifecycle)
#include "tst_orderlifecycle.moc"
