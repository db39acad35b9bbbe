#include "OrderFlowSupport.h"
#include "PlaceAndWait.h"
#include "SimServer.h"
#include "common/FixedClock.h"
#include "common/SandboxCredential.h"
#include "common/SystemClock.h"
#include "common/UuidNonceSource.h"
#include "ledger/OrderLedger.h"
#include "net/OrderClient.h"
#include "net/OrderOutcome.h"
#include "orders/OrderConfirmation.h"
#include "orders/OrderService.h"
#include "orders/OrderSummary.h"
#include "providers/ProviderRegistry.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
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

// The order lifecycle of docs/ARCHITECTURE.md through OrderService, against the simulator on loopback.
class TestOrderService : public QObject
{
    Q_OBJECT

private:
    Endpoint endpoint() const
    {
        return Endpoint{QStringLiteral("http"), QStringLiteral("127.0.0.1"), m_port};
    }
    const Provider& provider(const QString& id) const { return *m_providers.find(id); }

    // Every outcome is kept from the start of the test, so that none is missed however fast the
    // simulator answers; each is taken once, so a retry waits for its own.
    OrderOutcome waitForOutcome(qint64 ledgerId)
    {
        OrderOutcome outcome;
        const auto take = [&] {
            for (int i = 0; i < m_finished->size(); ++i) {
                if (m_finished->at(i).at(0).toLongLong() == ledgerId) {
                    outcome = m_finished->takeAt(i).at(1).value<OrderOutcome>();
                    return true;
                }
            }
            return false;
        };
        [&] { QVERIFY2(QTest::qWaitFor(take, 20000), "no outcome recorded"); }();
        return outcome;
    }

    qint64 place(const PreparedOrder& prepared, LocalizedText* error = nullptr)
    {
        return PlaceAndWait::place(*m_service, prepared, SandboxCredential::pair(), error);
    }

    qint64 retry(qint64 ledgerId, const QString& providerId, LocalizedText* error = nullptr)
    {
        return PlaceAndWait::retry(*m_service, ledgerId, provider(providerId), SandboxCredential::pair(),
                                   error);
    }

    // findRecentDuplicate(), waited for: it answers in the writer's thread, never within the call.
    std::optional<OrderRecord> findDuplicate(const PreparedOrder& prepared)
    {
        std::optional<std::optional<OrderRecord>> answer;
        m_service->findRecentDuplicate(
            prepared, this, [&answer](const std::optional<OrderRecord>& found) { answer = found; });
        if (answer.has_value())
            QTest::qFail("findRecentDuplicate answered within the call", __FILE__, __LINE__);
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000)) {
            QTest::qFail("findRecentDuplicate never answered", __FILE__, __LINE__);
            return std::nullopt;
        }
        return *answer;
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
        m_finished = std::make_unique<QSignalSpy>(m_service.get(), &OrderService::finished);
    }

    void cleanup()
    {
        disconnect(m_client.get(), nullptr, this, nullptr);
        m_finished.reset();
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
        const qint64 id = place(prepared);
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
        const qint64 id = place(prepared);
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
        QCOMPARE(place(prepared, &error), 0);
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
        QCOMPARE(place(prepared, &error), 0);
        QVERIFY(!error.isEmpty());
        QTest::qWait(50);
        QCOMPARE(m_sim.requestCount(), 0);
    }

    void place_writerCannotOpenTheLedger_sendsNothingAndSaysWhy()
    {
        const PreparedOrder prepared = m_service->prepare(
            provider(QStringLiteral("aliyun")), request(QStringLiteral("aliyun"), QStringLiteral("gone")),
            QStringLiteral("sandbox"), endpoint());
        // The file the service's ledger has open stops being a ledger: the writer, which opens the
        // file on its first job, cannot record the order. It is overwritten in place, since
        // Windows lets nobody rename or remove a file that is open.
        const QString file = m_ledger->filePath();
        const QString connection = QStringLiteral("tst_orderservice-checkpoint");
        {
            // Every page into the file first, so that none in the write-ahead log hides the junk.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery checkpoint(db);
            QVERIFY2(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && checkpoint.next(),
                     qPrintable(checkpoint.lastError().text()));
            QCOMPARE(checkpoint.value(0).toInt(), 0); // not blocked by a reader
        }
        QSqlDatabase::removeDatabase(connection);
        {
            QFile junk(file);
            QVERIFY(junk.open(QIODevice::ReadWrite));
            QVERIFY(junk.write(QByteArray(4096, 'x')) == 4096);
        }
        LocalizedText error;
        QCOMPARE(place(prepared, &error), 0);
        QVERIFY2(error.toEnglish().contains(QLatin1String("ledger")), qPrintable(error.toEnglish()));
        QTest::qWait(50);
        QCOMPARE(m_sim.requestCount(), 0);
        QVERIFY(!m_service->isBusy());
    }

    void place_whileTheLedgerIsLocked_returnsAtOnceAndSendsOnlyAfterTheCommit()
    {
        const PreparedOrder prepared =
            m_service->prepare(provider(QStringLiteral("volcengine")),
                               request(QStringLiteral("volcengine"), QStringLiteral("lk")),
                               QStringLiteral("sandbox"), endpoint());
        // Another process holds the write lock, as a CLI batch on the same ledger may.
        const QString connection = QStringLiteral("tst_orderservice-locker");
        {
            QSqlDatabase locker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            locker.setDatabaseName(m_ledger->filePath());
            QVERIFY(locker.open());
            QSqlQuery lock(locker);
            QVERIFY2(lock.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(lock.lastError().text()));

            std::optional<qint64> placed;
            QObject context;
            m_service->place(prepared, SandboxCredential::pair(), &context,
                             [&](qint64 ledgerId, const LocalizedText&, const std::optional<OrderRecord>&) {
                                 placed = ledgerId;
                             });
            // The caller's thread keeps running events while the writer waits for the lock.
            QTest::qWait(300);
            QVERIFY(!placed);
            QVERIFY(m_service->isBusy());
            QCOMPARE(m_sim.requestCount(), 0);
            QCOMPARE(m_ledger->count({}), 0);

            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
            QTRY_VERIFY(placed.has_value());
            QVERIFY(*placed > 0);
            QCOMPARE(waitForOutcome(*placed).kind, OrderOutcome::Kind::Accepted);
            QCOMPARE(m_ledger->order(*placed)->status, OrderStatus::Succeeded);
            QCOMPARE(m_sim.orderCount(), 1);
            QVERIFY(!m_service->isBusy());
            locker.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }

    void destroyed_withAnswersInFlight_recordsEveryOutcomeItWasGiven()
    {
        // The service goes away right as the last answer arrives, before its writer has reported
        // back: the ledger still ends with every outcome, because the writer finishes its jobs.
        QList<qint64> ids;
        int answered = 0;
        qsizetype announced = -1;
        connect(m_client.get(), &OrderClient::finished, this, [&] {
            if (++answered < 3)
                return;
            announced = m_finished->size();
            m_finished.reset();
            m_service.reset();
        });
        for (const QString& word :
             {QStringLiteral("drain1"), QStringLiteral("drain2"), QStringLiteral("drain3")}) {
            OrderRequest order = request(QStringLiteral("aliyun"), word);
            order.params.remove(QStringLiteral("ClientToken")); // a token of its own for each
            const PreparedOrder prepared = m_service->prepare(provider(QStringLiteral("aliyun")), order,
                                                              QStringLiteral("sandbox"), endpoint());
            ids << place(prepared);
        }
        QTRY_VERIFY(!m_service);
        QVERIFY(announced < 3);
        qInfo("outcomes announced before the service went away: %lld of 3",
              static_cast<long long>(announced));
        for (const qint64 id : ids) {
            QVERIFY(id > 0);
            QCOMPARE(m_ledger->order(id)->status, OrderStatus::Succeeded);
        }
        QCOMPARE(m_sim.orderCount(), 3);
    }

    void markInterruptedOrders_followsTheLeaseOnTheLedgersClock()
    {
        // A pinned clock far from today: only the ledger's own clock can tell a live lease from
        // an expired one.
        FixedClock clock(QDateTime(QDate(2020, 3, 1), QTime(9, 0), Qt::UTC));
        OrderLedger ledger(clock);
        QVERIFY(ledger.open(m_dir->filePath(QStringLiteral("pinned.sqlite"))));
        OrderService service(ledger, *m_client, m_tokens);
        OrderRecord record;
        record.provider = QStringLiteral("aliyun");
        record.resourceId = QStringLiteral("pc-pinned");
        const auto lease = OrderLedger::Lease{QStringLiteral("another process"),
                                              clock.nowUtc().addMSecs(service.leaseDuration().count())};
        const qint64 id = ledger.insertPending(record, lease, {}, nullptr);
        QVERIFY(id > 0);
        QSignalSpy marked(&service, &OrderService::interruptedMarked);
        const QDateTime start = clock.nowUtc();
        clock.setNow(start.addMSecs(service.leaseDuration().count() - 1));
        service.markInterruptedOrders();
        QTRY_COMPARE(marked.size(), 1);
        QCOMPARE(marked.at(0).at(0).toInt(), 0);
        QCOMPARE(ledger.order(id)->status, OrderStatus::Pending);
        clock.setNow(start.addMSecs(service.leaseDuration().count())); // "until" is exclusive
        service.markInterruptedOrders();
        QTRY_COMPARE(marked.size(), 2);
        QCOMPARE(marked.at(1).at(0).toInt(), 1);
        QCOMPARE(ledger.order(id)->status, OrderStatus::Unknown);
    }

    void findRecentDuplicate_sameResourceWithin24Hours_isNamed()
    {
        const Provider& aliyun = provider(QStringLiteral("aliyun"));
        const PreparedOrder first =
            m_service->prepare(aliyun, request(QStringLiteral("aliyun"), QStringLiteral("dup")),
                               QStringLiteral("a"), endpoint());
        QVERIFY(!first.duplicate); // prepare() reads nothing
        QVERIFY(!findDuplicate(first));
        const qint64 id = place(first);
        QCOMPARE(waitForOutcome(id).kind, OrderOutcome::Kind::Accepted);

        const PreparedOrder again =
            m_service->prepare(aliyun, request(QStringLiteral("aliyun"), QStringLiteral("dup")),
                               QStringLiteral("a"), endpoint());
        QVERIFY(!again.duplicate);
        const std::optional<OrderRecord> found = findDuplicate(again);
        QVERIFY(found);
        QCOMPARE(found->id, id);
        QCOMPARE(m_service->recentDuplicate(again)->id, id); // what the command line asks
        // Another account, or another resource, is not the same purchase.
        QVERIFY(!findDuplicate(m_service->prepare(aliyun,
                                                  request(QStringLiteral("aliyun"), QStringLiteral("dup")),
                                                  QStringLiteral("b"), endpoint())));
        QVERIFY(!findDuplicate(m_service->prepare(aliyun,
                                                  request(QStringLiteral("aliyun"), QStringLiteral("other")),
                                                  QStringLiteral("a"), endpoint())));
        // The answer is dropped when the one who asked is gone.
        auto asker = std::make_unique<QObject>();
        bool answered = false;
        m_service->findRecentDuplicate(again, asker.get(),
                                       [&answered](const std::optional<OrderRecord>&) { answered = true; });
        asker.reset();
        QTest::qWait(200);
        QVERIFY(!answered);
    }

    void retry_unknownOrderWithToken_endsAsTheOneOrder()
    {
        // An answer too large to read leaves the order Unknown, although the simulator took it.
        const PreparedOrder prepared =
            m_service->prepare(provider(QStringLiteral("volcengine")),
                               request(QStringLiteral("volcengine"), QStringLiteral("oversize")),
                               QStringLiteral("sandbox"), endpoint());
        const qint64 id = place(prepared);
        QCOMPARE(waitForOutcome(id).kind, OrderOutcome::Kind::Unknown);
        QCOMPARE(m_ledger->order(id)->status, OrderStatus::Unknown);
        QCOMPARE(m_sim.orderCount(), 1);
        QVERIFY(OrderService::canRetrySafely(*m_ledger->order(id), provider(QStringLiteral("volcengine"))));

        LocalizedText error;
        QVERIFY2(retry(id, QStringLiteral("volcengine"), &error) == id, qPrintable(error.toEnglish()));
        const OrderOutcome outcome = waitForOutcome(id);
        QCOMPARE(outcome.kind, OrderOutcome::Kind::Accepted);
        QCOMPARE(m_sim.orderCount(), 1);
        const OrderRecord row = *m_ledger->order(id);
        QCOMPARE(row.status, OrderStatus::Succeeded);
        QCOMPARE(row.orderId, m_sim.orders().first().orderId);
        QCOMPARE(m_ledger->count({}), 1);
        QStringList kinds;
        for (const OrderEvent& event : m_ledger->events(id))
            kinds << OrderEventKindNames::key(event.kind);
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
            id = place(prepared);
            QCOMPARE(waitForOutcome(id).kind, OrderOutcome::Kind::Unknown);
        }
        // The first attempt may have placed the order; a retry that never leaves changes nothing.
        QCOMPARE(retry(id, QStringLiteral("volcengine")), id);
        QCOMPARE(waitForOutcome(id).kind, OrderOutcome::Kind::NotSent);
        QCOMPARE(m_ledger->order(id)->status, OrderStatus::Unknown);
        QVERIFY(m_ledger->order(id)->errorCode.isEmpty());
    }

    void retry_withoutToken_isRefused()
    {
        const PreparedOrder prepared = m_service->prepare(
            provider(QStringLiteral("unicloud")), request(QStringLiteral("unicloud"), QStringLiteral("drop")),
            QStringLiteral("sandbox"), endpoint());
        const qint64 id = place(prepared);
        QCOMPARE(waitForOutcome(id).kind, OrderOutcome::Kind::Unknown);
        QVERIFY(!OrderService::canRetrySafely(*m_ledger->order(id), provider(QStringLiteral("unicloud"))));
        LocalizedText error;
        QCOMPARE(retry(id, QStringLiteral("unicloud"), &error), 0);
        QVERIFY(error.toEnglish().contains(QLatin1String("client token")));
        QTest::qWait(50);
        QCOMPARE(m_sim.requestCount(), 1);
        QCOMPARE(m_ledger->order(id)->status, OrderStatus::Unknown);
    }

    void retry_finishedOrder_isRefused()
    {
        const PreparedOrder prepared = m_service->prepare(
            provider(QStringLiteral("aliyun")), request(QStringLiteral("aliyun"), QStringLiteral("fine")),
            QStringLiteral("sandbox"), endpoint());
        const qint64 id = place(prepared);
        QCOMPARE(waitForOutcome(id).kind, OrderOutcome::Kind::Accepted);
        LocalizedText error;
        QCOMPARE(retry(id, QStringLiteral("aliyun"), &error), 0);
        QVERIFY(!error.isEmpty());
        QCOMPARE(retry(999, QStringLiteral("aliyun"), &error), 0);
    }

    void notSent_isRecordedAsNothingBought()
    {
        const PreparedOrder prepared = m_service->prepare(
            provider(QStringLiteral("huaweicloud")),
            request(QStringLiteral("huaweicloud"), QStringLiteral("x")), QStringLiteral("sandbox"),
            Endpoint{QStringLiteral("http"), QStringLiteral("127.0.0.1"), 1});
        const qint64 id = place(prepared);
        QCOMPARE(waitForOutcome(id).kind, OrderOutcome::Kind::NotSent);
        const OrderRecord row = *m_ledger->order(id);
        QCOMPARE(row.status, OrderStatus::Rejected);
        QCOMPARE(row.errorCode, QStringLiteral("NotSent"));
        QVERIFY(!row.errorMessage.isEmpty());
    }

    void summary_factsInWords_andEveryGivenParameterInTheTechnicalDetails()
    {
        const PreparedOrder prepared = m_service->prepare(
            provider(QStringLiteral("aliyun")), request(QStringLiteral("aliyun"), QStringLiteral("sum")),
            QStringLiteral("finance"), endpoint());
        const QList<SummaryLine> facts = OrderSummary::facts(prepared, QStringLiteral("LTAI5tAbCdEfGh1234"));
        QStringList keys;
        for (const SummaryLine& line : facts)
            keys << line.key;
        // Who, which account, what, how long, where; then the other choices by their meaning.
        QCOMPARE(keys, (QStringList{QStringLiteral("provider"), QStringLiteral("profile"),
                                    QStringLiteral("accessKeyId"), QStringLiteral("resource"),
                                    QStringLiteral("term"), QStringLiteral("region"),
                                    QStringLiteral("InstanceChargeType"), QStringLiteral("AutoPay")}));
        QCOMPARE(facts.at(1).value, QStringLiteral("finance"));
        QCOMPARE(facts.at(2).value, QStringLiteral("LTAI…1234"));
        QCOMPARE(facts.at(4).value, OrderConfirmation::termText(OrderTerm{1, OrderTerm::Unit::Month}));
        QCOMPARE(facts.at(5).value, QStringLiteral("cn-hangzhou"));
        for (const SummaryLine& line : facts)
            QVERIFY(!line.label.toEnglish().isEmpty());

        const QList<SummaryLine> details = OrderSummary::technicalDetails(prepared);
        keys.clear();
        for (const SummaryLine& line : details)
            keys << line.key;
        QCOMPARE(keys.mid(0, 2), (QStringList{QStringLiteral("endpoint"), QStringLiteral("action")}));
        for (const char* field :
             {"RegionId", "PhysicalConnectionId", "Period", "PricingCycle", "AutoPay", "InstanceChargeType"})
            QVERIFY2(keys.contains(QLatin1String(field)), field);
        // The token is for support staff, so it comes last.
        QCOMPARE(keys.last(), QStringLiteral("ClientToken"));
        QVERIFY(OrderSummary::requestPreview(prepared).contains(QStringLiteral("PricingCycle=Month")));
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
    std::unique_ptr<QSignalSpy> m_finished;
};

QTEST_GUILESS_MAIN(TestOrderService)
#include "tst_orderservice.moc"
