#include "OrderFlowSupport.h"
#include "SimServer.h"
#include "common/SandboxCredential.h"
#include "common/SystemClock.h"
#include "common/UuidNonceSource.h"
#include "ledger/OrderLedger.h"
#include "net/OrderClient.h"
#include "net/OrderOutcome.h"
#include "orders/OrderService.h"
#include "orders/OrderSummary.h"
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
    return order;
}

} // namespace

// The order lifecycle of DESIGN.md through OrderService, against the simulator on loopback.
class TestOrderService : public QObject
{
    Q_OBJECT

private:
    Endpoint endpoint() const
    {
        return Endpoint{QStringLiteral("http"), QStringLiteral("127.0.0.1"), m_port};
    }
    const Provider& provider(const QString& id) const { return *m_providers.find(id); }

    OrderOutcome waitForOutcome(qint64 ledgerId)
    {
        QSignalSpy finished(m_service.get(), &OrderService::finished);
        OrderOutcome outcome;
        [&] {
            QVERIFY(finished.wait(20000));
            QCOMPARE(finished.first().at(0).toLongLong(), ledgerId);
            outcome = finished.first().at(1).value<OrderOutcome>();
        }();
        return outcome;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_port = m_sim.listen();
        QVERIFY(m_port != 0);
    }

    void init()
    {
        m_sim.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        m_ledger = std::make_unique<OrderLedger>(m_clock);
        QVERIFY(m_ledger->open(m_dir->filePath(QStringLiteral("ledger.sqlite"))));
        m_client = std::make_unique<OrderClient>(&m_network, m_clock, m_nonces);
        RetryPolicy::Tuning fast;
        fast.baseDelay = std::chrono::milliseconds(5);
        fast.maxDelay = std::chrono::milliseconds(20);
        fast.idempotentProcessingDelay = std::chrono::milliseconds(5);
        m_client->setRetryTuning(fast);
        m_service = std::make_unique<OrderService>(*m_ledger, *m_client, m_tokens);
    }

    void cleanup()
    {
        m_service.reset();
        m_client.reset();
        m_ledger.reset();
    }

    void place_commitsThePendingRowBeforeAnyByteLeaves()
    {
        const PreparedOrder prepared = m_service->prepare(
            provider(QStringLiteral("unicloud")), request(QStringLiteral("unicloud"), QStringLiteral("wa")),
            QStringLiteral("sandbox"), endpoint());
        QVERIFY(prepared.isValid());
        // Right before the bytes go, a second connection to the file must already see the row.
        bool checked = false;
        connect(m_client.get(), &OrderClient::attemptStarted, this, [&] {
            OrderLedger reader(m_clock);
            QVERIFY(reader.open(m_ledger->filePath()));
            const QList<OrderRecord> rows = reader.orders({});
            QCOMPARE(rows.size(), 1);
            QCOMPARE(rows.first().status, OrderStatus::Pending);
            QCOMPARE(rows.first().resourceId, QStringLiteral("wa"));
            QCOMPARE(m_sim.requestCount(), 0);
            checked = true;
        });
        const qint64 id = m_service->place(prepared, SandboxCredential::pair());
        QVERIFY(id > 0);
        const OrderOutcome outcome = waitForOutcome(id);
        QVERIFY(checked);
        QCOMPARE(outcome.kind, OrderOutcome::Kind::Accepted);
        const OrderRecord row = *m_ledger->order(id);
        QCOMPARE(row.status, OrderStatus::Succeeded);
        QCOMPARE(row.orderId, outcome.reply.orderId);
        QCOMPARE(row.attempts, 1);
        QVERIFY(row.rawResponse.contains(outcome.reply.orderId.toUtf8()));
        QCOMPARE(row.operatorName, OrderLedger::currentOperator());
        QCOMPARE(row.endpoint, endpoint().toString());
    }

    void place_recordsTheTokenThatTravels()
    {
        const PreparedOrder prepared =
            m_service->prepare(provider(QStringLiteral("volcengine")),
                               request(QStringLiteral("volcengine"), QStringLiteral("tok")),
                               QStringLiteral("sandbox"), endpoint());
        const QString token = prepared.order.value(QStringLiteral("ClientToken"));
        QVERIFY(!token.isEmpty());
        const qint64 id = m_service->place(prepared, SandboxCredential::pair());
        QCOMPARE(waitForOutcome(id).kind, OrderOutcome::Kind::Accepted);
        QCOMPARE(m_ledger->order(id)->idempotencyToken, token);
        QCOMPARE(m_sim.orders().first().token, token);
    }

    void place_invalidOrder_recordsAndSendsNothing()
    {
        PreparedOrder prepared = m_service->prepare(provider(QStringLiteral("aliyun")), OrderRequest{},
                                                    QStringLiteral("sandbox"), endpoint());
        QVERIFY(!prepared.isValid());
        LocalizedText error;
        QCOMPARE(m_service->place(prepared, SandboxCredential::pair(), &error), 0);
        QVERIFY(!error.isEmpty());
        QCOMPARE(m_ledger->count({}), 0);
        QCOMPARE(m_sim.requestCount(), 0);
    }

    void place_ledgerCannotWrite_sendsNothing()
    {
        const PreparedOrder prepared =
            m_service->prepare(provider(QStringLiteral("huaweicloud")),
                               request(QStringLiteral("huaweicloud"), QStringLiteral("ro")),
                               QStringLiteral("sandbox"), endpoint());
        m_ledger->close();
        LocalizedText error;
        QCOMPARE(m_service->place(prepared, SandboxCredential::pair(), &error), 0);
        QVERIFY(!error.isEmpty());
        QTest::qWait(50);
        QCOMPARE(m_sim.requestCount(), 0);
    }

    void prepare_sameResourceWithin24Hours_isFlagged()
    {
        const Provider& aliyun = provider(QStringLiteral("aliyun"));
        const PreparedOrder first =
            m_service->prepare(aliyun, request(QStringLiteral("aliyun"), QStringLiteral("dup")),
                               QStringLiteral("a"), endpoint());
        QVERIFY(!first.duplicate);
        const qint64 id = m_service->place(first, SandboxCredential::pair());
        QCOMPARE(waitForOutcome(id).kind, OrderOutcome::Kind::Accepted);

        const PreparedOrder again =
            m_service->prepare(aliyun, request(QStringLiteral("aliyun"), QStringLiteral("dup")),
                               QStringLiteral("a"), endpoint());
        QVERIFY(again.duplicate);
        QCOMPARE(again.duplicate->id, id);
        // Another account, or another resource, is not the same purchase.
        QVERIFY(!m_service
                     ->prepare(aliyun, request(QStringLiteral("aliyun"), QStringLiteral("dup")),
                               QStringLiteral("b"), endpoint())
                     .duplicate);
        QVERIFY(!m_service
                     ->prepare(aliyun, request(QStringLiteral("aliyun"), QStringLiteral("other")),
                               QStringLiteral("a"), endpoint())
                     .duplicate);
    }

    void retry_unknownOrderWithToken_endsAsTheOneOrder()
    {
        // An answer too large to read leaves the order Unknown, although the simulator took it.
        const PreparedOrder prepared =
            m_service->prepare(provider(QStringLiteral("volcengine")),
                               request(QStringLiteral("volcengine"), QStringLiteral("oversize")),
                               QStringLiteral("sandbox"), endpoint());
        const qint64 id = m_service->place(prepared, SandboxCredential::pair());
        QCOMPARE(waitForOutcome(id).kind, OrderOutcome::Kind::Unknown);
        QCOMPARE(m_ledger->order(id)->status, OrderStatus::Unknown);
        QCOMPARE(m_sim.orderCount(), 1);
        QVERIFY(OrderService::canRetrySafely(*m_ledger->order(id), provider(QStringLiteral("volcengine"))));

        LocalizedText error;
        QVERIFY2(
            m_service->retry(id, provider(QStringLiteral("volcengine")), SandboxCredential::pair(), &error),
            qPrintable(error.toEnglish()));
        const OrderOutcome outcome = waitForOutcome(id);
        QCOMPARE(outcome.kind, OrderOutcome::Kind::Accepted);
        QCOMPARE(m_sim.orderCount(), 1);
        const OrderRecord row = *m_ledger->order(id);
        QCOMPARE(row.status, OrderStatus::Succeeded);
        QCOMPARE(row.orderId, m_sim.orders().first().orderId);
        QCOMPARE(m_ledger->count({}), 1);
        QStringList kinds;
        for (const OrderEvent& event : m_ledger->events(id))
            kinds << event.kind;
        QVERIFY2(kinds.contains(QLatin1String("retry")), qPrintable(kinds.join(u',')));
    }

    void retry_thatCannotBeSent_leavesTheOrderUnknown()
    {
        qint64 id = 0;
        {
            SimServer gone;
            const quint16 port = gone.listen();
            QVERIFY(port != 0);
            const PreparedOrder prepared = m_service->prepare(
                provider(QStringLiteral("volcengine")),
                request(QStringLiteral("volcengine"), QStringLiteral("oversize")), QStringLiteral("sandbox"),
                Endpoint{QStringLiteral("http"), QStringLiteral("127.0.0.1"), port});
            id = m_service->place(prepared, SandboxCredential::pair());
            QCOMPARE(waitForOutcome(id).kind, OrderOutcome::Kind::Unknown);
        }
        // The first attempt may have placed the order; a retry that never leaves changes nothing.
        QVERIFY(m_service->retry(id, provider(QStringLiteral("volcengine")), SandboxCredential::pair()));
        QCOMPARE(waitForOutcome(id).kind, OrderOutcome::Kind::NotSent);
        QCOMPARE(m_ledger->order(id)->status, OrderStatus::Unknown);
        QVERIFY(m_ledger->order(id)->errorCode.isEmpty());
    }

    void retry_withoutToken_isRefused()
    {
        const PreparedOrder prepared = m_service->prepare(
            provider(QStringLiteral("unicloud")), request(QStringLiteral("unicloud"), QStringLiteral("drop")),
            QStringLiteral("sandbox"), endpoint());
        const qint64 id = m_service->place(prepared, SandboxCredential::pair());
        QCOMPARE(waitForOutcome(id).kind, OrderOutcome::Kind::Unknown);
        QVERIFY(!OrderService::canRetrySafely(*m_ledger->order(id), provider(QStringLiteral("unicloud"))));
        LocalizedText error;
        QVERIFY(
            !m_service->retry(id, provider(QStringLiteral("unicloud")), SandboxCredential::pair(), &error));
        QVERIFY(error.toEnglish().contains(QLatin1String("idempotency token")));
        QTest::qWait(50);
        QCOMPARE(m_sim.requestCount(), 1);
        QCOMPARE(m_ledger->order(id)->status, OrderStatus::Unknown);
    }

    void retry_finishedOrder_isRefused()
    {
        const PreparedOrder prepared = m_service->prepare(
            provider(QStringLiteral("aliyun")), request(QStringLiteral("aliyun"), QStringLiteral("fine")),
            QStringLiteral("sandbox"), endpoint());
        const qint64 id = m_service->place(prepared, SandboxCredential::pair());
        QCOMPARE(waitForOutcome(id).kind, OrderOutcome::Kind::Accepted);
        LocalizedText error;
        QVERIFY(!m_service->retry(id, provider(QStringLiteral("aliyun")), SandboxCredential::pair(), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(
            !m_service->retry(999, provider(QStringLiteral("aliyun")), SandboxCredential::pair(), &error));
    }

    void notSent_isRecordedAsNothingBought()
    {
        const PreparedOrder prepared = m_service->prepare(
            provider(QStringLiteral("huaweicloud")),
            request(QStringLiteral("huaweicloud"), QStringLiteral("x")), QStringLiteral("sandbox"),
            Endpoint{QStringLiteral("http"), QStringLiteral("127.0.0.1"), 1});
        const qint64 id = m_service->place(prepared, SandboxCredential::pair());
        QCOMPARE(waitForOutcome(id).kind, OrderOutcome::Kind::NotSent);
        const OrderRecord row = *m_ledger->order(id);
        QCOMPARE(row.status, OrderStatus::Rejected);
        QCOMPARE(row.errorCode, QStringLiteral("NotSent"));
        QVERIFY(!row.errorMessage.isEmpty());
    }

    void summary_listsAccountRegionAndEveryGivenParameter()
    {
        const PreparedOrder prepared = m_service->prepare(
            provider(QStringLiteral("aliyun")), request(QStringLiteral("aliyun"), QStringLiteral("sum")),
            QStringLiteral("finance"), endpoint());
        const QList<SummaryLine> lines = OrderSummary::lines(prepared);
        QStringList keys;
        for (const SummaryLine& line : lines)
            keys << line.key;
        QCOMPARE(keys.mid(0, 4), (QStringList{QStringLiteral("provider"), QStringLiteral("profile"),
                                              QStringLiteral("region"), QStringLiteral("endpoint")}));
        QCOMPARE(lines.at(1).value, QStringLiteral("finance"));
        QCOMPARE(lines.at(2).value, QStringLiteral("cn-hangzhou"));
        for (const char* field :
             {"PhysicalConnectionId", "Period", "PricingCycle", "AutoPay", "InstanceChargeType"})
            QVERIFY2(keys.contains(QLatin1String(field)), field);
        // The token is for support staff, so it comes last.
        QCOMPARE(keys.last(), QStringLiteral("ClientToken"));
        for (const SummaryLine& line : lines) {
            QVERIFY(!line.label.toEnglish().isEmpty());
            if (line.key == QLatin1String("PricingCycle"))
                QVERIFY(!line.valueMeaning.isEmpty());
        }
    }

private:
    ProviderRegistry m_providers;
    SystemClock m_clock;
    UuidNonceSource m_nonces;
    UuidNonceSource m_tokens;
    QNetworkAccessManager m_network;
    SimServer m_sim;
    quint16 m_port = 0;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OrderLedger> m_ledger;
    std::unique_ptr<OrderClient> m_client;
    std::unique_ptr<OrderService> m_service;
};

QTEST_GUILESS_MAIN(TestOrderService)
#include "tst_orderservice.moc"
