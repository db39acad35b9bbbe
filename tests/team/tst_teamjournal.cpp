// The journal of what the team's desks sent, kept beside the team ledger in its database
// (TeamJournal, docs/ARCHITECTURE.md "Two stores"): `ledger init` makes it, every member may read
// and write its rows but delete none, a role without rights is refused, and a team ledger made
// before the journal says how to get one.

#include "TeamLedgerFixture.h"
#include "common/FixedClock.h"
#include "ledger/LedgerServer.h"
#include "ledger/LedgerWriter.h"
#include "ledger/OrderLedger.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace OrderDesk;

class TestTeamJournal : public QObject
{
    Q_OBJECT

private:
    QString m_database;
    FixedClock m_clock{QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC)};

    QString address(const QString& role) const { return TeamLedgerFixture::url(role, m_database); }

    bool openAs(OrderLedger& journal, const QString& role, LocalizedText* error = nullptr) const
    {
        return journal.open(address(role), error, TeamLedgerFixture::password(role));
    }

    static OrderRecord circuit(const QString& resource)
    {
        OrderRecord record;
        record.provider = QStringLiteral("aliyun");
        record.profile = QStringLiteral("Finance");
        record.resourceId = resource;
        record.region = QStringLiteral("cn-hangzhou");
        record.endpoint = QStringLiteral("https://vpc.aliyuncs.com");
        record.params = {{QStringLiteral("PhysicalConnectionId"), resource},
                         {QStringLiteral("Period"), QStringLiteral("3")},
                         {QStringLiteral("ClientToken"), QStringLiteral("token-") + resource}};
        record.idempotencyToken = QStringLiteral("token-") + resource;
        return record;
    }

    OrderLedger::Lease lease() const { return {QStringLiteral("desk A"), m_clock.nowUtc().addSecs(120)}; }

private Q_SLOTS:
    void initTestCase()
    {
        if (const char* why = TeamLedgerFixture::noDriverReason())
            QSKIP(why);
    }

    void init()
    {
        QString failure;
        m_database = TeamLedgerFixture::createTeamLedger(&failure);
        QVERIFY2(!m_database.isEmpty(), qPrintable(failure));
    }

    void init_makesTheJournal_ownedByTheOwnerRole()
    {
        const QStringList owners = TeamLedgerFixture::firstColumn(
            m_database, {QStringLiteral("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = '%1'")
                             .arg(LedgerServer::schemaName())});
        QCOMPARE(owners, QStringList{QStringLiteral("orderdesk_owner")});
    }

    void makersAndCheckers_writeAndReadTheSameJournal()
    {
        OrderLedger alice(m_clock);
        OrderLedger carol(m_clock);
        LocalizedText error;
        QVERIFY2(openAs(alice, QStringLiteral("alice"), &error), qPrintable(error.toEnglish()));
        QVERIFY2(openAs(carol, QStringLiteral("carol"), &error), qPrintable(error.toEnglish()));
        QVERIFY(alice.isOnServer());

        const qint64 id = alice.insertPending(circuit(QStringLiteral("pc-1")), lease(), {}, nullptr, &error);
        QVERIFY2(id > 0, qPrintable(error.toEnglish()));
        QVERIFY2(alice.recordAttempt(id, 1, lease(), &error), qPrintable(error.toEnglish()));

        // A checker's window marks what no sender holds any more; this one is still held.
        QCOMPARE(carol.markInterrupted(), 0);
        QCOMPARE(carol.order(id)->status, OrderStatus::Pending);
        QCOMPARE(carol.order(id)->resourceId, QStringLiteral("pc-1"));
        QCOMPARE(carol.count({}), 1);
        // The 24-hour question sees every desk's orders.
        QVERIFY(carol.recentDuplicate(QStringLiteral("aliyun"), QStringLiteral("Finance"),
                                      QStringLiteral("pc-1")));
    }

    void noMember_deletesARow()
    {
        OrderLedger alice(m_clock);
        QVERIFY(openAs(alice, QStringLiteral("alice")));
        QVERIFY(alice.insertPending(circuit(QStringLiteral("pc-2")), lease(), {}, nullptr) > 0);
        for (const QString& statement :
             {QStringLiteral("DELETE FROM orders"), QStringLiteral("DELETE FROM order_events"),
              QStringLiteral("TRUNCATE orders CASCADE")}) {
            QSqlQuery query(QSqlDatabase::database(alice.connectionName()));
            QVERIFY2(!query.exec(statement), qPrintable(statement));
            QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("42501"));
        }
        QCOMPARE(alice.count({}), 1);
    }

    void aRoleWithoutRights_isRefused()
    {
        OrderLedger dave(m_clock);
        LocalizedText error;
        QVERIFY(!openAs(dave, QStringLiteral("dave"), &error));
        // What to do, and the server's own words without the driver's.
        QVERIFY2(
            error.toEnglish().contains(QStringLiteral("orderdesk-cli ledger grant ROLE --maker")) &&
                error.toEnglish().contains(QStringLiteral("(permission denied for schema orderdesk_ledger)")),
            qPrintable(error.toEnglish()));
        QVERIFY(!error.toEnglish().contains(QStringLiteral("QPSQL")));
        QVERIFY(!dave.isOpen());
    }

    // A team ledger made by an OrderDesk that kept the journal in each computer's file.
    void aTeamLedgerWithoutTheJournal_saysToRunInitAgain()
    {
        QCOMPARE(TeamLedgerFixture::asSuperuser(
                     m_database, {QStringLiteral("DROP SCHEMA %1 CASCADE").arg(LedgerServer::schemaName())}),
                 QString());
        OrderLedger alice(m_clock);
        LocalizedText error;
        QVERIFY(!openAs(alice, QStringLiteral("alice"), &error));
        QVERIFY2(error.toEnglish().contains(QStringLiteral("orderdesk-cli ledger init")) &&
                     !error.toEnglish().contains(QStringLiteral("QPSQL")),
                 qPrintable(error.toEnglish()));
        QVERIFY(!error.toString().isEmpty());
        QVERIFY(TeamLedgerFixture::firstColumn(
                    m_database, {QStringLiteral("SELECT nspname FROM pg_namespace WHERE nspname = '%1'")
                                     .arg(LedgerServer::schemaName())})
                    .isEmpty());

        TeamLedger admin;
        const auto location = TeamLedgerLocation::parse(address(TestLedgerStore::env("PGUSER")));
        QVERIFY2(admin.open(*location, TestLedgerStore::env("PGPASSWORD"), &error, true) &&
                     admin.initialize(&error),
                 qPrintable(error.toEnglish()));
        QVERIFY2(openAs(alice, QStringLiteral("alice"), &error), qPrintable(error.toEnglish()));
    }

    // The writer and the readers connect again with what the ledger was opened with: the
    // address's options (sslmode, a CA file) too, never a shortened form without them.
    void anotherConnection_keepsTheAddressOptions()
    {
        const QString withOptions =
            address(QStringLiteral("alice")) + QStringLiteral("?sslmode=disable&application_name=desk");
        OrderLedger alice(m_clock);
        LocalizedText error;
        QVERIFY2(alice.open(withOptions, &error, TeamLedgerFixture::password(QStringLiteral("alice"))),
                 qPrintable(error.toEnglish()));
        QCOMPARE(alice.filePath(), withOptions);

        LedgerWriter writer(alice.filePath(), alice.password());
        QString applicationName;
        bool done = false;
        writer.write(
            m_clock.nowUtc(),
            [&applicationName](OrderLedger& ledger, LocalizedText*) -> qint64 {
                QSqlQuery query(QSqlDatabase::database(ledger.connectionName()));
                if (!query.exec(QStringLiteral("SHOW application_name")) || !query.next())
                    return 0;
                applicationName = query.value(0).toString();
                return 1;
            },
            [&done](qint64 result, const LocalizedText&) { done = result == 1; });
        QTRY_VERIFY(done);
        QCOMPARE(applicationName, QStringLiteral("desk"));
    }
};

QTEST_GUILESS_MAIN(TestTeamJournal)
#include "tst_teamjournal.moc"
