#include "TeamLedgerFixture.h"
#include "TestArtifacts.h"
#include "common/FixedClock.h"
#include "ledger/OrderLedger.h"
#include "team/TeamLedger.h"
#include "team/TeamLedgerSchema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace OrderDesk;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QByteArray transcript() const { return out + err; }
};

const QDateTime kStart(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

} // namespace

// `orderdesk-cli ledger import FILE`: a desk's own ledger, made by OrderLedger, moved into the team
// ledger with every order and event; the history stays verifiable, a second import adds nothing,
// only the owner may import, and a failure half-way leaves nothing behind.
class TestTeamImport : public QObject
{
    Q_OBJECT

private:
    QString m_database;
    std::unique_ptr<QTemporaryDir> m_data;
    QString m_deskFile;
    // The desk's ledger numbers by what happened to them, and how many events each has.
    QMap<QString, qint64> m_desk;
    int m_deskEvents = 0;

    Run cli(const QString& role, const QStringList& args, const QString& database = {}) const
    {
        const bool admin = role == QLatin1String("admin");
        const QString user = admin ? TeamLedgerFixture::env("PGUSER") : role;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ORDERDESK_LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("ORDERDESK_DATA_DIR"), m_data->filePath(role));
        env.insert(QStringLiteral("ORDERDESK_LEDGER"),
                   TeamLedgerFixture::url(user, database.isEmpty() ? m_database : database));
        env.insert(QStringLiteral("PGPASSWORD"),
                   admin ? TeamLedgerFixture::env("PGPASSWORD") : TeamLedgerFixture::password(role));
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ORDERDESK_CLI_BINARY), args);
        process.closeWriteChannel();
        Run run;
        if (!process.waitForFinished(60000))
            return run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    std::unique_ptr<TeamLedger> as(const QString& role, const QString& database = {}) const
    {
        auto ledger = std::make_unique<TeamLedger>();
        LocalizedText error;
        const auto location = TeamLedgerLocation::parse(
            TeamLedgerFixture::url(role, database.isEmpty() ? m_database : database));
        if (!ledger->open(*location, TeamLedgerFixture::password(role), &error))
            qWarning() << "login as" << role << "failed:" << error.toEnglish();
        return ledger;
    }

    static OrderRecord circuit(const QString& resource, const QString& token)
    {
        OrderRecord record;
        record.provider = QStringLiteral("aliyun");
        record.profile = QStringLiteral("Finance");
        record.operatorName = QStringLiteral("alice");
        record.region = QStringLiteral("cn-hangzhou");
        record.resourceId = resource;
        record.endpoint = QStringLiteral("https://vpc.aliyuncs.com");
        record.params = {{QStringLiteral("PhysicalConnectionId"), resource},
                         {QStringLiteral("Period"), QStringLiteral("3")},
                         {QStringLiteral("PricingCycle"), QStringLiteral("Month")},
                         {QStringLiteral("ClientToken"), token}};
        record.idempotencyToken = token;
        return record;
    }

    static OrderOutcomeRecord outcome(OrderStatus status, const QString& orderId, const QString& code = {})
    {
        OrderOutcomeRecord result;
        result.status = status;
        result.orderId = orderId;
        result.requestId = QStringLiteral("REQ-") + orderId + code;
        result.errorCode = code;
        result.attempts = 1;
        result.rawResponse = QByteArrayLiteral("{\"RequestId\":\"REQ\"}");
        return result;
    }

    // Six orders a person's desk ledger may hold: each final status, a Pending one whose sender
    // ended, and two of one resource whose outcome nobody knows.
    bool makeDeskLedger()
    {
        FixedClock clock(kStart);
        OrderLedger desk(clock);
        LocalizedText error;
        if (!desk.open(m_deskFile, &error)) {
            qWarning() << error.toEnglish();
            return false;
        }
        const auto place = [&](const QString& name, const QString& resource,
                               const OrderOutcomeRecord* answer) {
            const qint64 id = desk.insertPending(circuit(resource, QStringLiteral("tok-") + name));
            clock.advanceSeconds(1);
            desk.recordAttempt(id, 1);
            clock.advanceSeconds(2);
            if (answer)
                desk.recordOutcome(id, *answer);
            clock.advanceSeconds(60);
            m_desk.insert(name, id);
            return id;
        };
        const OrderOutcomeRecord placed = outcome(OrderStatus::Succeeded, QStringLiteral("ORD-1"));
        const OrderOutcomeRecord refused =
            outcome(OrderStatus::Rejected, QString(), QStringLiteral("Forbidden"));
        const OrderOutcomeRecord unknown =
            outcome(OrderStatus::Unknown, QString(), QStringLiteral("timeout"));
        place(QStringLiteral("succeeded"), QStringLiteral("pc-imp-ok"), &placed);
        place(QStringLiteral("rejected"), QStringLiteral("pc-imp-no"), &refused);
        place(QStringLiteral("unknown"), QStringLiteral("pc-imp-twice"), &unknown);
        place(QStringLiteral("unknown2"), QStringLiteral("pc-imp-twice"), &unknown);
        place(QStringLiteral("pending"), QStringLiteral("pc-imp-pending"), nullptr);
        const qint64 resolved = place(QStringLiteral("not_placed"), QStringLiteral("pc-imp-hand"), &unknown);
        if (!desk.resolve(resolved, OrderResolution::NotPlaced, QString(),
                          QStringLiteral("not in the console"), &error, QStringLiteral("bob"))) {
            qWarning() << error.toEnglish();
            return false;
        }
        m_deskEvents = 0;
        for (const qint64 id : std::as_const(m_desk))
            m_deskEvents += int(desk.events(id).size());
        return m_desk.size() == 6;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const char* why = TeamLedgerFixture::noDriverReason())
            QSKIP(why);
    }

    void init()
    {
        const QString missing = TeamLedgerFixture::missingServer();
        if (!missing.isEmpty())
            QFAIL(qPrintable(missing));
        QString failure;
        m_database = TeamLedgerFixture::createTeamLedger(&failure);
        QVERIFY2(!m_database.isEmpty(), qPrintable(failure));
        m_data = TestArtifacts::temporaryDir();
        QVERIFY(m_data->isValid());
        m_deskFile = m_data->filePath(QStringLiteral("ledger.sqlite"));
        m_desk.clear();
        QVERIFY(makeDeskLedger());
    }

    void importKeepsEveryOrderAndEventAndStaysVerifiable()
    {
        Run imported = cli(QStringLiteral("admin"), {QStringLiteral("ledger"), QStringLiteral("import"),
                                                     m_deskFile, QStringLiteral("--json")});
        QVERIFY2(imported.exitCode == 0, imported.transcript().constData());
        QJsonObject result = imported.json();
        QCOMPARE(result.value(QLatin1String("orders")).toInt(), 6);
        QCOMPARE(result.value(QLatin1String("imported")).toInt(), 6);
        QCOMPARE(result.value(QLatin1String("skipped")).toInt(), 0);
        QCOMPARE(result.value(QLatin1String("events")).toInt(), m_deskEvents);
        const QJsonArray ids = result.value(QLatin1String("ledger_ids")).toArray();
        QCOMPARE(ids.size(), 6);

        // Oldest first, so the team's numbers follow the desk's; each desk status in team words.
        const auto bob = as(QStringLiteral("bob"));
        QVERIFY(bob->isOpen());
        const QList<TeamOrder> orders = bob->orders();
        QCOMPARE(orders.size(), 6);
        const QMap<QString, QString> expected{{QStringLiteral("succeeded"), QStringLiteral("succeeded")},
                                              {QStringLiteral("rejected"), QStringLiteral("rejected")},
                                              {QStringLiteral("unknown"), QStringLiteral("unknown")},
                                              {QStringLiteral("unknown2"), QStringLiteral("unknown")},
                                              {QStringLiteral("pending"), QStringLiteral("unknown")},
                                              {QStringLiteral("not_placed"), QStringLiteral("not_placed")}};
        int events = 0;
        for (auto it = m_desk.cbegin(); it != m_desk.cend(); ++it) {
            const qint64 teamId = ids.at(int(it.value() - 1)).toInteger();
            const std::optional<TeamOrder> order = bob->order(teamId);
            QVERIFY(order);
            QCOMPARE(TeamOrderStates::key(order->state), expected.value(it.key()));
            QCOMPARE(order->maker, QStringLiteral("alice"));
            QCOMPARE(order->clientToken, QStringLiteral("tok-") + it.key());
            QCOMPARE(order->params.value(QStringLiteral("Period")), QStringLiteral("3"));
            QCOMPARE(order->termMonths, QStringLiteral("3"));
            QCOMPARE(order->createdUtc, kStart.addSecs((it.value() - 1) * 63));
            const QList<TeamEvent> chain = bob->events(teamId);
            QVERIFY(chain.size() >= 2);
            QCOMPARE(chain.constLast().kind, QStringLiteral("imported"));
            QCOMPARE(chain.constFirst().kind, QStringLiteral("desk_created"));
            const QJsonObject first =
                QJsonDocument::fromJson(chain.constFirst().detailText.toUtf8()).object();
            QCOMPARE(first.value(QLatin1String("operator")).toString(), QStringLiteral("alice"));
            QCOMPARE(QDateTime::fromString(first.value(QLatin1String("at")).toString(), Qt::ISODateWithMs),
                     order->createdUtc);
            events += int(chain.size()) - 1;
        }
        QCOMPARE(events, m_deskEvents);
        const std::optional<TeamOrder> succeeded = bob->order(ids.at(0).toInteger());
        QCOMPARE(succeeded->providerOrderId, QStringLiteral("ORD-1"));
        const std::optional<TeamOrder> rejected = bob->order(ids.at(1).toInteger());
        QCOMPARE(rejected->errorCode, QStringLiteral("Forbidden"));

        Run verified = cli(QStringLiteral("bob"), {QStringLiteral("ledger"), QStringLiteral("verify")});
        QVERIFY2(verified.exitCode == 0, verified.transcript().constData());

        // The history in words: the desk's events with their own time and operator, then the move.
        const QString handId = QString::number(ids.at(5).toInteger());
        Run shown = cli(QStringLiteral("bob"), {QStringLiteral("history"), QStringLiteral("show"), handId});
        QVERIFY2(shown.exitCode == 0, shown.transcript().constData());
        for (const char* words : {"Recorded before sending, by alice", "Request 1 sent",
                                  "Marked as not placed by bob: not in the console",
                                  "Moved into the team ledger from ledger.sqlite, where it was order 6",
                                  "Not placed (resolved by hand)"})
            QVERIFY2(shown.out.contains(words), QByteArray(QByteArray(words) + "\n" + shown.out).constData());

        // An imported order whose outcome nobody knows still stops a new order of its resource.
        const auto alice = as(QStringLiteral("alice"));
        TeamLedger::Submission again;
        again.provider = QStringLiteral("aliyun");
        again.profile = QStringLiteral("Finance");
        again.resourceId = QStringLiteral("pc-imp-twice");
        again.params = {{QStringLiteral("PhysicalConnectionId"), again.resourceId},
                        {QStringLiteral("Period"), QStringLiteral("3")}};
        QVERIFY(!alice->submit(again));
        QCOMPARE(alice->lastSqlState(), QStringLiteral("OD011"));

        // The same file again: every order is found and skipped, and the output says so.
        Run repeated =
            cli(QStringLiteral("admin"), {QStringLiteral("ledger"), QStringLiteral("import"), m_deskFile});
        QVERIFY2(repeated.exitCode == 0, repeated.transcript().constData());
        QVERIFY2(repeated.out.contains("no order was moved") &&
                     repeated.out.contains("6 orders of the file were already in the team ledger"),
                 repeated.out.constData());
        QCOMPARE(bob->orders().size(), 6);
    }

    void onlyTheOwnerImports()
    {
        Run refused =
            cli(QStringLiteral("alice"), {QStringLiteral("ledger"), QStringLiteral("import"), m_deskFile});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("orderdesk_owner"), refused.err.constData());
        QCOMPARE(as(QStringLiteral("bob"))->orders().size(), 0);
        Run missing = cli(QStringLiteral("admin"), {QStringLiteral("ledger"), QStringLiteral("import"),
                                                    m_data->filePath(QStringLiteral("no-such.sqlite"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(!QFile::exists(m_data->filePath(QStringLiteral("no-such.sqlite"))));
    }

    // A team ledger of schema version 1 says how to upgrade it; `ledger init` does, then it imports.
    void anOlderLedgerIsUpgradedByInitThenImports()
    {
        const QString database = m_database + QStringLiteral("_v1");
        QCOMPARE(TeamLedgerFixture::asSuperuser(QString(), {QStringLiteral("CREATE DATABASE ") + database}),
                 QString());
        QFile script(QStringLiteral(":/orderdesk/team/001_team_ledger.sql"));
        QVERIFY(script.open(QIODevice::ReadOnly));
        QCOMPARE(TeamLedgerFixture::asSuperuser(
                     database, TeamLedgerSchema::statements(QString::fromUtf8(script.readAll()))),
                 QString());
        Run refused = cli(QStringLiteral("admin"),
                          {QStringLiteral("ledger"), QStringLiteral("import"), m_deskFile}, database);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("older version (1)"), refused.err.constData());
        Run upgraded =
            cli(QStringLiteral("admin"), {QStringLiteral("ledger"), QStringLiteral("init")}, database);
        QVERIFY2(upgraded.exitCode == 0, upgraded.transcript().constData());
        Run imported =
            cli(QStringLiteral("admin"),
                {QStringLiteral("ledger"), QStringLiteral("import"), m_deskFile, QStringLiteral("--json")},
                database);
        QVERIFY2(imported.exitCode == 0, imported.transcript().constData());
        QCOMPARE(imported.json().value(QLatin1String("imported")).toInt(), 6);
        Run verified =
            cli(QStringLiteral("bob"), {QStringLiteral("ledger"), QStringLiteral("verify")}, database);
        QVERIFY2(verified.exitCode == 0, verified.transcript().constData());
    }

    // A failure at the fifth order leaves none of the first four, nor any event.
    void allOrNothing()
    {
        QCOMPARE(
            TeamLedgerFixture::asSuperuser(
                m_database,
                {QStringLiteral("CREATE FUNCTION public.refuse_pending() RETURNS trigger LANGUAGE plpgsql AS "
                                "$$ BEGIN IF NEW.resource_id = 'pc-imp-pending' THEN RAISE EXCEPTION "
                                "'refused for the test'; END IF; RETURN NEW; END $$"),
                 QStringLiteral(
                     "CREATE TRIGGER refuse_pending BEFORE INSERT ON orderdesk.orders FOR EACH ROW "
                     "EXECUTE FUNCTION public.refuse_pending()")}),
            QString());
        Run failed =
            cli(QStringLiteral("admin"), {QStringLiteral("ledger"), QStringLiteral("import"), m_deskFile});
        QVERIFY2(failed.exitCode != 0, failed.transcript().constData());
        QVERIFY2(failed.err.contains("Nothing was imported"), failed.err.constData());
        const auto bob = as(QStringLiteral("bob"));
        QCOMPARE(bob->orders().size(), 0);
        QCOMPARE(TeamLedgerFixture::asSuperuser(
                     m_database,
                     {QStringLiteral("DO $$ BEGIN IF (SELECT count(*) FROM orderdesk.events) <> 0 THEN "
                                     "RAISE EXCEPTION 'events left'; END IF; END $$"),
                      QStringLiteral("DROP TRIGGER refuse_pending ON orderdesk.orders")}),
                 QString());
        Run imported =
            cli(QStringLiteral("admin"), {QStringLiteral("ledger"), QStringLiteral("import"), m_deskFile});
        QVERIFY2(imported.exitCode == 0, imported.transcript().constData());
        QVERIFY2(imported.out.contains("6 orders moved into the team ledger"), imported.out.constData());
        QCOMPARE(bob->orders().size(), 6);
    }
};

QTEST_GUILESS_MAIN(TestTeamImport)
#include "tst_teamimport.moc"
