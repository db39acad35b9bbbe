#include "LedgerTestSupport.h"
#include "common/FixedClock.h"
#include "ledger/LedgerSchema.h"
#include "ledger/OrderLedger.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace OrderDesk;
using namespace LedgerTestSupport;

namespace {

OrderOutcomeRecord answer(OrderStatus status, const QString& orderId = {})
{
    OrderOutcomeRecord outcome;
    outcome.status = status;
    outcome.orderId = orderId;
    outcome.requestId = QStringLiteral("REQ-late");
    return outcome;
}

QJsonObject json(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

// The rules of an order's life where two processes share the ledger file: each OrderLedger here
// has a connection of its own, as a second window or an orderdesk-cli process has.
class TestLedgerLifecycle : public QObject
{
    Q_OBJECT

private:
    // The ledger's location in the store under test (TestLedgerStore).
    QString path() const
    {
        return TestLedgerStore::location(m_dir->filePath(QStringLiteral("ledger.sqlite")));
    }
    OrderLedger::Lease lease(int seconds, const QString& owner = QStringLiteral("sender A")) const
    {
        return OrderLedger::Lease{owner, m_clock.nowUtc().addSecs(seconds)};
    }

private Q_SLOTS:
    void initTestCase() { LEDGER_STORE_READY(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_clock.setNow(startUtc());
    }

    // Path 1: "not placed" while the request is out would let the same resource be bought again.
    void resolve_whileAnotherProcessHoldsTheLease_isRefused()
    {
        OrderLedger sender(m_clock);
        OrderLedger other(m_clock);
        QVERIFY(sender.open(path()));
        QVERIFY(other.open(path()));
        const qint64 id = sender.insertPending(seedRecord(), lease(120), {}, nullptr);
        QVERIFY(sender.recordAttempt(id, 1, lease(120)));

        LocalizedText error;
        QVERIFY(!other.resolve(id, OrderResolution::NotPlaced, QString(), QString(), &error));
        QVERIFY(error.toEnglish().contains(QStringLiteral("being sent right now (by sender A)")));
        QCOMPARE(other.markInterrupted(), 0);
        QCOMPARE(other.order(id)->status, OrderStatus::Pending);
        QCOMPARE(other.events(id).size(), 2);

        // Its sender went quiet: once the lease has run out, the order can be concluded.
        m_clock.advanceSeconds(120);
        QVERIFY2(other.resolve(id, OrderResolution::NotPlaced, QString(),
                               QStringLiteral("not in the console"), &error),
                 qPrintable(error.toEnglish()));
        QCOMPARE(other.order(id)->status, OrderStatus::NotPlaced);
        QVERIFY(other.order(id)->leaseOwner.isEmpty());
        const QJsonObject detail = json(other.events(id).constLast().detail);
        QCOMPARE(detail.value(QStringLiteral("operator")).toString(), OrderLedger::currentOperator());
    }

    // A late "placed" after "not placed" by hand: recorded, never dropped, and shown as a conflict
    // until the user resolves the order again.
    void lateAnswer_contradictingNotPlaced_raisesAConflictUntilResolvedAgain()
    {
        OrderLedger sender(m_clock);
        OrderLedger other(m_clock);
        QVERIFY(sender.open(path()));
        QVERIFY(other.open(path()));
        const qint64 id = sender.insertPending(seedRecord(), lease(120), {}, nullptr);
        m_clock.advanceSeconds(600); // the sender's machine slept
        QVERIFY(other.resolve(id, OrderResolution::NotPlaced, QString(), QString()));

        OrderTransitions::Change applied;
        LocalizedText error;
        QVERIFY2(sender.recordOutcome(id, answer(OrderStatus::Succeeded, QStringLiteral("ORD-LATE-1")),
                                      &error, &applied),
                 qPrintable(error.toEnglish()));
        QCOMPARE(applied.recordedAs, OrderEventKind::LateAnswer);
        QVERIFY(applied.raisesConflict);
        std::optional<OrderRecord> row = other.order(id);
        QCOMPARE(row->status, OrderStatus::Succeeded);
        QCOMPARE(row->orderId, QStringLiteral("ORD-LATE-1"));
        QCOMPARE(row->resolution, OrderResolution::NotPlaced);
        QVERIFY(row->conflict);
        const OrderEvent late = other.events(id).constLast();
        QCOMPARE(late.kind, OrderEventKind::LateAnswer);
        QCOMPARE(json(late.detail).value(QStringLiteral("orderId")).toString(), QStringLiteral("ORD-LATE-1"));
        QVERIFY(json(late.detail).value(QStringLiteral("conflict")).toBool());

        OrderQuery conflicts;
        conflicts.conflictsOnly = true;
        QCOMPARE(other.count(conflicts), 1);
        QCOMPARE(ids(other.orders(conflicts)), QList<qint64>{id});

        QVERIFY(other.resolve(id, OrderResolution::Placed, QString(), QStringLiteral("paid in the console")));
        row = other.order(id);
        QCOMPARE(row->status, OrderStatus::Succeeded);
        QCOMPARE(row->orderId, QStringLiteral("ORD-LATE-1"));
        QVERIFY(!row->conflict);
        QCOMPARE(other.count(conflicts), 0);
    }

    // Path 4: the guard is asked inside the transaction that records the order.
    void duplicateGuard_seesAnOrderRecordedAfterTheConfirmation()
    {
        OrderLedger first(m_clock);
        OrderLedger second(m_clock);
        QVERIFY(first.open(path()));
        QVERIFY(second.open(path()));
        OrderLedger::DuplicateGuard guard;
        guard.enabled = true;
        // Both confirmed while the resource had no recent order.
        QVERIFY(!second.recentDuplicate(QStringLiteral("aliyun"), QStringLiteral("finance"),
                                        seedRecord().resourceId));
        const qint64 placed = first.insertPending(seedRecord(), lease(120), guard, nullptr);
        QVERIFY(placed > 0);

        std::optional<OrderRecord> duplicate;
        LocalizedText error;
        QCOMPARE(
            second.insertPending(seedRecord(), lease(120, QStringLiteral("B")), guard, &duplicate, &error),
            0);
        QVERIFY(duplicate);
        QCOMPARE(duplicate->id, placed);
        QVERIFY(error.toEnglish().contains(QStringLiteral("after you confirmed")));
        QCOMPARE(second.count({}), 1);

        // Confirmed again knowing that order: recorded, and the event says it was a conscious second order.
        guard.acceptedUpToId = placed;
        const qint64 again =
            second.insertPending(seedRecord(), lease(120, QStringLiteral("B")), guard, &duplicate);
        QVERIFY(again > placed);
        QVERIFY(!duplicate);
        QCOMPARE(json(second.events(again).first().detail)
                     .value(QStringLiteral("confirmedDuplicateOf"))
                     .toInteger(),
                 placed);
        // Another account, another resource: no duplicate.
        guard.acceptedUpToId = 0;
        QVERIFY(second.insertPending(seedRecord(QStringLiteral("aliyun"), QStringLiteral("other")), lease(1),
                                     guard, nullptr) > 0);
    }

    void duplicateGuard_countsNotPlacedButNotRejected()
    {
        OrderLedger ledger(m_clock);
        QVERIFY(ledger.open(path()));
        const qint64 rejected = ledger.insertPending(seedRecord());
        QVERIFY(ledger.recordOutcome(rejected, answer(OrderStatus::Rejected)));
        QVERIFY(!ledger.recentDuplicate(QStringLiteral("aliyun"), QStringLiteral("finance"),
                                        seedRecord().resourceId));
        const qint64 byHand = ledger.insertPending(seedRecord());
        QVERIFY(ledger.recordOutcome(byHand, answer(OrderStatus::Unknown)));
        QVERIFY(ledger.resolve(byHand, OrderResolution::NotPlaced, QString(), QString()));
        const std::optional<OrderRecord> found = ledger.recentDuplicate(
            QStringLiteral("aliyun"), QStringLiteral("finance"), seedRecord().resourceId);
        QVERIFY(found);
        QCOMPARE(found->id, byHand);
        QCOMPARE(found->status, OrderStatus::NotPlaced);
    }

    void abandon_onlyByTheSenderThatHoldsTheLease()
    {
        OrderLedger ledger(m_clock);
        QVERIFY(ledger.open(path()));
        const qint64 id = ledger.insertPending(seedRecord(), lease(120), {}, nullptr);
        LocalizedText error;
        QVERIFY(!ledger.abandon(id, QStringLiteral("sender B"), &error));
        QVERIFY(ledger.abandon(id, QStringLiteral("sender A"), &error));
        const std::optional<OrderRecord> row = ledger.order(id);
        QCOMPARE(row->status, OrderStatus::Unknown);
        QVERIFY(row->leaseOwner.isEmpty());
        QCOMPARE(ledger.events(id).constLast().kind, OrderEventKind::Abandoned);
        // Resolvable at once: nobody is sending it.
        QVERIFY(OrderTransitions::canResolve(*row, m_clock.nowUtc()));
    }

    void attempts_countEveryRequestOfTheOrder()
    {
        OrderLedger ledger(m_clock);
        QVERIFY(ledger.open(path()));
        const qint64 id = ledger.insertPending(seedRecord(), lease(120), {}, nullptr);
        QVERIFY(ledger.recordAttempt(id, 1, lease(120)));
        QVERIFY(ledger.recordAttempt(id, 2, lease(120)));
        QVERIFY(ledger.recordOutcome(id, answer(OrderStatus::Unknown)));
        QVERIFY(ledger.reopenForRetry(id, lease(120)));
        QVERIFY(ledger.recordAttempt(id, 1, lease(120))); // a new series starts at 1
        QVERIFY(ledger.recordOutcome(id, answer(OrderStatus::Succeeded, QStringLiteral("ORD"))));
        QCOMPARE(ledger.order(id)->attempts, 3);
        QCOMPARE(json(ledger.events(id).at(5).detail).value(QStringLiteral("requests")).toInt(), 3);
    }

    // A ledger of version 1: a "not placed" resolution stored as Rejected becomes its own status, a
    // Pending order keeps the 15 minutes the old version gave it, and nothing of the history is lost.
    void upgradeFromVersion1_keepsEveryEventAndMovesNotPlacedApart()
    {
        LEDGER_FILE_ONLY("a file of ledger version 1 (the server store began at version 2)");
        const QString name = QStringLiteral("ledger-v1-writer");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path());
            QVERIFY(db.open());
            QString technical;
            QVERIFY2(LedgerSchema::upgrade(db, 0, &technical, 1), qPrintable(technical));
            QSqlQuery query(db);
            const qint64 t = startUtc().toMSecsSinceEpoch();
            const QStringList statements{
                QStringLiteral(
                    "INSERT INTO orders (id, created_utc, updated_utc, provider, profile, resource_id,"
                    " status, resolution, error_code) VALUES"
                    " (1, %1, %1, 'aliyun', 'finance', 'pc-one', 'rejected', 'not_placed', 'Timeout'),"
                    " (2, %1, %1, 'aliyun', 'finance', 'pc-two', 'rejected', '', 'Forbidden'),"
                    " (3, %1, %2, 'unicloud', 'finance', 'nas-three', 'pending', '', '')")
                    .arg(t)
                    .arg(t + 60000),
                QStringLiteral("INSERT INTO order_events (order_row_id, at_utc, kind, status, detail) VALUES"
                               " (1, %1, 'created', 'pending', '{}'), (1, %1, 'resolved', 'rejected', '{}'),"
                               " (2, %1, 'created', 'pending', '{}'), (3, %1, 'created', 'pending', '{}')")
                    .arg(t),
            };
            for (const QString& statement : statements)
                QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);

        OrderLedger ledger(m_clock);
        LocalizedText error;
        QVERIFY2(ledger.open(path(), &error), qPrintable(error.toEnglish()));
        QCOMPARE(rawValue(path(), QStringLiteral("PRAGMA user_version")).toInt(), 2);
        QCOMPARE(rawValue(path(), QStringLiteral("SELECT count(*) FROM order_events")).toInt(), 4);
        QCOMPARE(rawValue(path(), QStringLiteral("PRAGMA foreign_key_check")).isValid(), false);
        QCOMPARE(ledger.order(1)->status, OrderStatus::NotPlaced);
        QCOMPARE(ledger.order(2)->status, OrderStatus::Rejected);
        const std::optional<OrderRecord> pending = ledger.order(3);
        QCOMPARE(pending->status, OrderStatus::Pending);
        QCOMPARE(pending->leaseUntilUtc, startUtc().addSecs(60 + 15 * 60));
        QVERIFY(!OrderTransitions::canResolve(*pending, m_clock.nowUtc()));
        QCOMPARE(ledger.markInterrupted(), 0);
        m_clock.advanceSeconds(16 * 60);
        QCOMPARE(ledger.markInterrupted(), 1);
        // The indexes were built again: text search and the new ids continue after the old.
        OrderQuery query;
        query.text = QStringLiteral("pc-tw");
        QCOMPARE(ids(ledger.orders(query)), QList<qint64>{2});
        QVERIFY(ledger.hasTextIndex());
        QCOMPARE(ledger.insertPending(seedRecord()), 4);
        QVERIFY(!ledger.queryPlan({}, OrderSort{OrderSortKey::Status, true}, 10)
                     .join(QLatin1Char('\n'))
                     .contains(QStringLiteral("TEMP B-TREE")));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    FixedClock m_clock;
};

QTEST_GUILESS_MAIN(TestLedgerLifecycle)
#include "tst_ledgerlifecycle.moc"
