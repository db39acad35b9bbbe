#include "ledger/OrderTransitions.h"

#include <QTest>

using namespace OrderDesk;

Q_DECLARE_METATYPE(OrderDesk::OrderStatus)
Q_DECLARE_METATYPE(OrderDesk::OrderEventKind)

namespace {

const QDateTime kNow(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
const QString kOwner = QStringLiteral("alice@desk pid 42 #1");

// The states of docs/ARCHITECTURE.md's table, as rows a ledger can hold.
OrderRecord state(const QString& name)
{
    OrderRecord order;
    order.id = 7;
    if (name == QLatin1String("pending, in flight")) {
        order.status = OrderStatus::Pending;
        order.leaseOwner = kOwner;
        order.leaseUntilUtc = kNow.addSecs(60);
    } else if (name == QLatin1String("pending, lease expired")) {
        order.status = OrderStatus::Pending;
        order.leaseOwner = kOwner;
        order.leaseUntilUtc = kNow; // until is exclusive
    } else if (name == QLatin1String("pending, no sender")) {
        order.status = OrderStatus::Pending;
    } else if (name == QLatin1String("unknown")) {
        order.status = OrderStatus::Unknown;
    } else if (name == QLatin1String("succeeded")) {
        order.status = OrderStatus::Succeeded;
    } else if (name == QLatin1String("placed by hand")) {
        order.status = OrderStatus::Succeeded;
        order.resolution = OrderResolution::Placed;
    } else if (name == QLatin1String("rejected")) {
        order.status = OrderStatus::Rejected;
    } else if (name == QLatin1String("not placed by hand")) {
        order.status = OrderStatus::NotPlaced;
        order.resolution = OrderResolution::NotPlaced;
    } else if (name == QLatin1String("conflict")) {
        order.status = OrderStatus::Succeeded;
        order.resolution = OrderResolution::NotPlaced;
        order.conflict = true;
    }
    return order;
}

OrderTransitions::Change apply(const OrderRecord& order, const QString& event)
{
    if (event == QLatin1String("attempt"))
        return OrderTransitions::attempt(order);
    if (event == QLatin1String("answer succeeded"))
        return OrderTransitions::outcome(order, OrderStatus::Succeeded);
    if (event == QLatin1String("answer rejected"))
        return OrderTransitions::outcome(order, OrderStatus::Rejected);
    if (event == QLatin1String("answer unknown"))
        return OrderTransitions::outcome(order, OrderStatus::Unknown);
    if (event == QLatin1String("resolve placed"))
        return OrderTransitions::resolve(order, OrderResolution::Placed, kNow);
    if (event == QLatin1String("resolve not placed"))
        return OrderTransitions::resolve(order, OrderResolution::NotPlaced, kNow);
    if (event == QLatin1String("interrupt"))
        return OrderTransitions::interrupt(order, kNow);
    if (event == QLatin1String("abandon (own)"))
        return OrderTransitions::abandon(order, kOwner);
    if (event == QLatin1String("abandon (other)"))
        return OrderTransitions::abandon(order, QStringLiteral("bob@desk pid 9 #2"));
    if (event == QLatin1String("retry"))
        return OrderTransitions::retry(order);
    return {};
}

} // namespace

// The whole table of an order's life: every state against every event, the allowed ones with
// the state they lead to, everything else refused with a reason. docs/ARCHITECTURE.md prints it.
class TestOrderTransitions : public QObject
{
    Q_OBJECT

private:
    static void row(const char* from, const char* event, OrderStatus to, OrderEventKind recordedAs,
                    bool conflict = false)
    {
        QTest::addRow("%s | %s", from, event) << QString::fromLatin1(from) << QString::fromLatin1(event)
                                              << true << to << recordedAs << conflict;
    }
    static void refused(const char* from, const char* event)
    {
        QTest::addRow("%s | %s (refused)", from, event)
            << QString::fromLatin1(from) << QString::fromLatin1(event) << false << OrderStatus::Pending
            << OrderEventKind::Created << false;
    }

private Q_SLOTS:
    void table_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("event");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<OrderStatus>("to");
        QTest::addColumn<OrderEventKind>("recordedAs");
        QTest::addColumn<bool>("conflict");
        using S = OrderStatus;
        using E = OrderEventKind;

        for (const char* pending : {"pending, in flight", "pending, lease expired", "pending, no sender"}) {
            row(pending, "attempt", S::Pending, E::Attempt);
            row(pending, "answer succeeded", S::Succeeded, E::Outcome);
            row(pending, "answer rejected", S::Rejected, E::Outcome);
            row(pending, "answer unknown", S::Unknown, E::Outcome);
            refused(pending, "retry");
        }
        // Nobody concludes an order whose sender may still get an answer.
        refused("pending, in flight", "resolve placed");
        refused("pending, in flight", "resolve not placed");
        refused("pending, in flight", "interrupt");
        row("pending, in flight", "abandon (own)", S::Unknown, E::Abandoned);
        refused("pending, in flight", "abandon (other)");
        for (const char* orphan : {"pending, lease expired", "pending, no sender"}) {
            row(orphan, "resolve placed", S::Succeeded, E::Resolved);
            row(orphan, "resolve not placed", S::NotPlaced, E::Resolved);
            row(orphan, "interrupt", S::Unknown, E::Interrupted);
            refused(orphan, "abandon (other)");
        }
        row("pending, lease expired", "abandon (own)", S::Unknown, E::Abandoned);
        refused("pending, no sender", "abandon (own)");

        refused("unknown", "attempt");
        row("unknown", "answer succeeded", S::Succeeded, E::Outcome);
        row("unknown", "answer rejected", S::Rejected, E::Outcome);
        row("unknown", "answer unknown", S::Unknown, E::Outcome);
        row("unknown", "resolve placed", S::Succeeded, E::Resolved);
        row("unknown", "resolve not placed", S::NotPlaced, E::Resolved);
        refused("unknown", "interrupt");
        refused("unknown", "abandon (own)");
        row("unknown", "retry", S::Pending, E::Retry);

        // Final states keep every later answer as an event and change no more.
        for (const auto& [name, status] :
             {std::pair{"succeeded", S::Succeeded}, std::pair{"placed by hand", S::Succeeded},
              std::pair{"rejected", S::Rejected}}) {
            refused(name, "attempt");
            row(name, "answer succeeded", status, E::LateAnswer);
            row(name, "answer rejected", status, E::LateAnswer);
            row(name, "answer unknown", status, E::LateAnswer);
            refused(name, "resolve placed");
            refused(name, "resolve not placed");
            refused(name, "interrupt");
            refused(name, "abandon (own)");
            refused(name, "retry");
        }
        // "Not placed" by hand is a judgement: the provider's "placed" overrules it, loudly.
        refused("not placed by hand", "attempt");
        row("not placed by hand", "answer succeeded", S::Succeeded, E::LateAnswer, true);
        row("not placed by hand", "answer rejected", S::NotPlaced, E::LateAnswer);
        row("not placed by hand", "answer unknown", S::NotPlaced, E::LateAnswer);
        refused("not placed by hand", "resolve placed");
        refused("not placed by hand", "retry");
        // A conflict stays until the user has looked in the console and resolved it again.
        row("conflict", "resolve placed", S::Succeeded, E::Resolved);
        row("conflict", "resolve not placed", S::NotPlaced, E::Resolved);
        row("conflict", "answer succeeded", S::Succeeded, E::LateAnswer);
        refused("conflict", "retry");
    }

    void table()
    {
        QFETCH(QString, from);
        QFETCH(QString, event);
        QFETCH(bool, allowed);
        const OrderRecord order = state(from);
        const OrderTransitions::Change change = apply(order, event);
        QCOMPARE(change.allowed, allowed);
        if (!allowed) {
            QVERIFY2(!change.refusal.isEmpty(), "a refusal says why");
            QCOMPARE(change.status, order.status);
            return;
        }
        QFETCH(OrderStatus, to);
        QFETCH(OrderEventKind, recordedAs);
        QFETCH(bool, conflict);
        QVERIFY(change.refusal.isEmpty());
        QCOMPARE(change.status, to);
        QCOMPARE(change.recordedAs, recordedAs);
        QCOMPARE(change.raisesConflict, conflict);
        QCOMPARE(change.clearsConflict, order.conflict && recordedAs == OrderEventKind::Resolved);
    }

    void inFlight_isALiveLeaseOnAPendingOrder()
    {
        QVERIFY(OrderTransitions::isInFlight(state(QStringLiteral("pending, in flight")), kNow));
        QVERIFY(!OrderTransitions::isInFlight(state(QStringLiteral("pending, lease expired")), kNow));
        QVERIFY(!OrderTransitions::isInFlight(state(QStringLiteral("pending, no sender")), kNow));
        OrderRecord answered = state(QStringLiteral("pending, in flight"));
        answered.status = OrderStatus::Unknown;
        QVERIFY(!OrderTransitions::isInFlight(answered, kNow));
        QVERIFY(OrderTransitions::isInterrupted(state(QStringLiteral("pending, lease expired")), kNow));
        QVERIFY(!OrderTransitions::canResolve(state(QStringLiteral("pending, in flight")), kNow));
        QVERIFY(OrderTransitions::canResolve(state(QStringLiteral("pending, in flight")), kNow.addSecs(60)));
    }

    void resolveInFlight_namesTheSender()
    {
        const OrderTransitions::Change change = OrderTransitions::resolve(
            state(QStringLiteral("pending, in flight")), OrderResolution::NotPlaced, kNow);
        QVERIFY(!change.allowed);
        QVERIFY(change.refusal.toEnglish().contains(kOwner));
        QVERIFY(change.refusal.toEnglish().contains(QStringLiteral("being sent right now")));
    }
};

QTEST_GUILESS_MAIN(TestOrderTransitions)
#include "tst_ordertransitions.moc"
