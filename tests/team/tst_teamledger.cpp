#include "OrderFlowSupport.h"
#include "TeamLedgerFixture.h"
#include "common/SequenceNonceSource.h"
#include "net/OrderOutcome.h"
#include "providers/OrderTerm.h"
#include "providers/Provider.h"
#include "providers/ProviderRegistry.h"
#include "team/TeamLedger.h"
#include "team/TeamLedgerError.h"
#include "team/TeamLedgerSchema.h"
#include "team/TeamOrderMapping.h"

#include <QTest>
#include <QThread>

#include <chrono>
#include <cmath>
#include <memory>

using namespace OrderDesk;

namespace {

using Params = QMap<QString, QString>;

Params paramsOf(std::initializer_list<std::pair<const char*, const char*>> values)
{
    Params result;
    for (const auto& [name, value] : values)
        result.insert(QString::fromLatin1(name), QString::fromLatin1(value));
    return result;
}

QStringList words(std::initializer_list<const char*> values)
{
    QStringList result;
    for (const char* value : values)
        result.append(QString::fromLatin1(value));
    return result;
}

} // namespace

// The team ledger's rules, decided by PostgreSQL: who may do what, maker–checker, claims, the
// duplicate guard, the append-only history and its hash chain (docs/ARCHITECTURE.md, "The team
// ledger").
class TestTeamLedger : public QObject
{
    Q_OBJECT

private:
    QString m_database;

    std::unique_ptr<TeamLedger> openAs(const QString& role) const
    {
        return TeamLedgerFixture::openAs(role, m_database);
    }

    QString superuserSql(const QStringList& statements)
    {
        return TeamLedgerFixture::asSuperuser(m_database, statements);
    }

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

    void statementsSplitOutsideQuotesAndDollarQuotes()
    {
        const QStringList statements = TeamLedgerSchema::statements(QStringLiteral(
            "CREATE TABLE a (x text DEFAULT ';'); -- a comment; with a semicolon\n"
            "CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN PERFORM 1; END $$;\n"
            "SELECT 'it''s; fine'"));
        QCOMPARE(statements.size(), 3);
        QVERIFY(statements.at(1).endsWith(QLatin1String("END $$")));
        QCOMPARE(statements.at(2), QStringLiteral("SELECT 'it''s; fine'"));
    }

    void initializingTwiceKeepsTheLedger()
    {
        auto alice = openAs(QStringLiteral("alice"));
        QVERIFY(alice->submit(TeamLedgerFixture::circuit(QStringLiteral("pc-keep"))));
        TeamLedger admin;
        LocalizedText error;
        const auto location =
            TeamLedgerLocation::parse(TeamLedgerFixture::url(TeamLedgerFixture::env("PGUSER"), m_database));
        QVERIFY(admin.open(*location, TeamLedgerFixture::env("PGPASSWORD"), &error, true));
        QVERIFY2(admin.initialize(&error), qPrintable(error.toEnglish()));
        QCOMPARE(alice->orders().size(), 1);
    }

    void anOrderWaitsForASecondPerson()
    {
        auto alice = openAs(QStringLiteral("alice"));
        QCOMPARE(alice->user(), QStringLiteral("alice"));
        LocalizedText error;
        const std::optional<TeamOrder> order =
            alice->submit(TeamLedgerFixture::circuit(QStringLiteral("pc-wait")), &error);
        QVERIFY2(order, qPrintable(error.toEnglish()));
        QCOMPARE(order->state, TeamOrderState::AwaitingApproval);
        QCOMPARE(order->maker, QStringLiteral("alice"));
        QCOMPARE(order->termMonths, QStringLiteral("3"));
        QCOMPARE(order->params.value(QStringLiteral("ClientToken")), QStringLiteral("token-pc-wait"));
        QCOMPARE(TeamHashChain::payloadHash(order->payloadText), order->payloadHash);

        // Not sendable before approval.
        QVERIFY(!alice->claim(order->id, std::chrono::seconds(60), &error));
        QCOMPARE(alice->lastSqlState(), QStringLiteral("OD009"));

        auto bob = openAs(QStringLiteral("bob"));
        QVERIFY2(bob->approve(order->id, order->payloadHash, QStringLiteral("within budget"), &error),
                 qPrintable(error.toEnglish()));
        const std::optional<TeamOrder> approved = bob->order(order->id);
        QCOMPARE(approved->state, TeamOrderState::Approved);
        QCOMPARE(approved->checker, QStringLiteral("bob"));
        QCOMPARE(approved->decisionNote, QStringLiteral("within budget"));
        QVERIFY(approved->approvalExpiresUtc > QDateTime::currentDateTimeUtc());

        const std::optional<TeamOrder> claimed = alice->claim(order->id, std::chrono::seconds(60), &error);
        QVERIFY2(claimed, qPrintable(error.toEnglish()));
        QCOMPARE(claimed->state, TeamOrderState::Sending);
        QCOMPARE(claimed->sender, QStringLiteral("alice"));

        // Exactly one claim wins.
        QVERIFY(!bob->claim(order->id, std::chrono::seconds(60), &error));
        QCOMPARE(bob->lastSqlState(), QStringLiteral("OD008"));
        // Only the sender records the outcome.
        TeamLedger::Outcome outcome;
        outcome.state = TeamOrderState::Succeeded;
        outcome.orderId = QStringLiteral("210000000001");
        outcome.attempts = 1;
        QVERIFY(!bob->recordOutcome(order->id, outcome, &error));
        QCOMPARE(bob->lastSqlState(), QStringLiteral("OD013"));
        QVERIFY2(alice->recordOutcome(order->id, outcome, &error), qPrintable(error.toEnglish()));
        QCOMPARE(alice->order(order->id)->state, TeamOrderState::Succeeded);

        const QList<TeamEvent> events = alice->events(order->id);
        QStringList kinds;
        QStringList actors;
        for (const TeamEvent& event : events) {
            kinds << event.kind;
            actors << event.actor;
        }
        QCOMPARE(kinds, words({"submitted", "approved", "claimed", "outcome"}));
        QCOMPARE(actors, words({"alice", "bob", "alice", "alice"}));
        bool ok = false;
        QVERIFY(alice->verify(&ok).isEmpty());
        QVERIFY(ok);
    }

    void theMakerCannotDecideTheirOwnOrder()
    {
        auto bob = openAs(QStringLiteral("bob"));
        LocalizedText error;
        const std::optional<TeamOrder> order =
            bob->submit(TeamLedgerFixture::circuit(QStringLiteral("pc-own")), &error);
        QVERIFY(order);
        QVERIFY(!bob->approve(order->id, order->payloadHash, QString(), &error));
        QCOMPARE(bob->lastSqlState(), QStringLiteral("OD003"));
        QVERIFY(error.toEnglish().contains(QLatin1String("second person")));
        QVERIFY(!bob->decline(order->id, order->payloadHash, QStringLiteral("no"), &error));
        QCOMPARE(bob->lastSqlState(), QStringLiteral("OD003"));
        QCOMPARE(bob->order(order->id)->state, TeamOrderState::AwaitingApproval);
    }

    void withoutTheRightNothingHappens()
    {
        auto alice = openAs(QStringLiteral("alice"));
        auto carol = openAs(QStringLiteral("carol"));
        auto dave = openAs(QStringLiteral("dave"));
        LocalizedText error;
        const std::optional<TeamOrder> order =
            alice->submit(TeamLedgerFixture::circuit(QStringLiteral("pc-right")), &error);
        QVERIFY(order);
        // alice may prepare but not approve; carol may approve but not prepare or send.
        QVERIFY(!openAs(QStringLiteral("alice"))->approve(order->id, order->payloadHash, QString(), &error));
        QVERIFY(!carol->submit(TeamLedgerFixture::circuit(QStringLiteral("pc-carol")), &error));
        QCOMPARE(carol->lastSqlState(), QStringLiteral("OD001"));
        // dave has no right at all: not even reading.
        QVERIFY(!dave->isOpen() ||
                !dave->submit(TeamLedgerFixture::circuit(QStringLiteral("pc-dave")), &error));
        QVERIFY(carol->approve(order->id, order->payloadHash, QString(), &error));
        QVERIFY(!carol->claim(order->id, std::chrono::seconds(60), &error));
        QCOMPARE(carol->lastSqlState(), QStringLiteral("OD001"));
        QCOMPARE(alice->order(order->id)->state, TeamOrderState::Approved);
    }

    void aDeclineNeedsAReason()
    {
        auto alice = openAs(QStringLiteral("alice"));
        auto carol = openAs(QStringLiteral("carol"));
        LocalizedText error;
        const std::optional<TeamOrder> order =
            alice->submit(TeamLedgerFixture::circuit(QStringLiteral("pc-decline")), &error);
        QVERIFY(!carol->decline(order->id, order->payloadHash, QStringLiteral("   "), &error));
        QCOMPARE(carol->lastSqlState(), QStringLiteral("OD012"));
        QVERIFY(carol->decline(order->id, order->payloadHash, QStringLiteral("Wrong circuit"), &error));
        const std::optional<TeamOrder> declined = alice->order(order->id);
        QCOMPARE(declined->state, TeamOrderState::Declined);
        QCOMPARE(declined->decisionNote, QStringLiteral("Wrong circuit"));
        // Decided once: approving it now is refused.
        QVERIFY(!carol->approve(order->id, order->payloadHash, QString(), &error));
        QCOMPARE(carol->lastSqlState(), QStringLiteral("OD005"));
        // A declined order leaves the resource free.
        QVERIFY(alice->submit(TeamLedgerFixture::circuit(QStringLiteral("pc-decline")), &error));
    }

    void anApprovalIsForTheExactPayload()
    {
        auto alice = openAs(QStringLiteral("alice"));
        auto carol = openAs(QStringLiteral("carol"));
        LocalizedText error;
        const std::optional<TeamOrder> order =
            alice->submit(TeamLedgerFixture::circuit(QStringLiteral("pc-hash")), &error);
        QVERIFY(!carol->approve(order->id, QString(64, QLatin1Char('0')), QString(), &error));
        QCOMPARE(carol->lastSqlState(), QStringLiteral("OD006"));
        QCOMPARE(alice->order(order->id)->state, TeamOrderState::AwaitingApproval);
    }

    void anExpiredApprovalCannotBeSent()
    {
        TeamLedger admin;
        LocalizedText error;
        const auto location =
            TeamLedgerLocation::parse(TeamLedgerFixture::url(TeamLedgerFixture::env("PGUSER"), m_database));
        QVERIFY(admin.open(*location, TeamLedgerFixture::env("PGPASSWORD"), &error));
        TeamLedger::Policy policy = *admin.policy();
        policy.expiryHours = 1.0 / 3600; // one second
        QVERIFY2(admin.setPolicy(policy, &error), qPrintable(error.toEnglish()));

        auto alice = openAs(QStringLiteral("alice"));
        auto carol = openAs(QStringLiteral("carol"));
        const std::optional<TeamOrder> order =
            alice->submit(TeamLedgerFixture::circuit(QStringLiteral("pc-expire")), &error);
        QVERIFY(carol->approve(order->id, order->payloadHash, QString(), &error));
        QTRY_VERIFY_WITH_TIMEOUT(
            alice->order(order->id)->approvalExpiresUtc < QDateTime::currentDateTimeUtc(), 5000);
        QThread::msleep(50);
        QVERIFY(!alice->claim(order->id, std::chrono::seconds(60), &error));
        QCOMPARE(alice->lastSqlState(), QStringLiteral("OD007"));
        // Back in the queue, and a new approval makes it sendable again.
        bool queued = false;
        for (const TeamOrder& waiting : carol->approvalQueue())
            queued = queued || waiting.id == order->id;
        QVERIFY(queued);
    }

    void onlyTheOwnerChangesTheRules()
    {
        auto bob = openAs(QStringLiteral("bob"));
        TeamLedger::Policy policy;
        policy.approval = TeamLedger::Policy::Approval::None;
        LocalizedText error;
        QVERIFY(!bob->setPolicy(policy, &error));
        QVERIFY(bob->lastSqlState() == QLatin1String("OD014") ||
                bob->lastSqlState() == QLatin1String("42501"));
        QCOMPARE(bob->policy()->approval, TeamLedger::Policy::Approval::All);
    }

    void aLengthRuleApprovesShortOrdersAtOnce()
    {
        TeamLedger admin;
        LocalizedText error;
        const auto location =
            TeamLedgerLocation::parse(TeamLedgerFixture::url(TeamLedgerFixture::env("PGUSER"), m_database));
        QVERIFY(admin.open(*location, TeamLedgerFixture::env("PGPASSWORD"), &error));
        TeamLedger::Policy policy;
        policy.approval = TeamLedger::Policy::Approval::LongerThan;
        policy.longerThanMonths = 12;
        QVERIFY2(admin.setPolicy(policy, &error), qPrintable(error.toEnglish()));
        auto alice = openAs(QStringLiteral("alice"));
        QCOMPARE(alice->submit(TeamLedgerFixture::circuit(QStringLiteral("pc-short"), QStringLiteral("12")))
                     ->state,
                 TeamOrderState::Approved);
        QCOMPARE(
            alice->submit(TeamLedgerFixture::circuit(QStringLiteral("pc-long"), QStringLiteral("13")))->state,
            TeamOrderState::AwaitingApproval);
    }

    // The database reads the length from the payload itself, so that a client cannot dodge the
    // rule by lying about it; it must read it as the providers' own code does.
    void theDatabaseReadsLengthsAsTheProvidersDo_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<Params>("params");
        QTest::newRow("volcengine default") << QStringLiteral("volcengine") << paramsOf({});
        QTest::newRow("volcengine years")
            << QStringLiteral("volcengine") << paramsOf({{"Period", "2"}, {"PeriodUnit", "Year"}});
        QTest::newRow("aliyun months") << QStringLiteral("aliyun") << paramsOf({{"Period", "9"}});
        QTest::newRow("aliyun years")
            << QStringLiteral("aliyun") << paramsOf({{"Period", "3"}, {"PricingCycle", "Year"}});
        QTest::newRow("aliyun none") << QStringLiteral("aliyun") << paramsOf({{"Period", "x"}});
        QTest::newRow("unicloud days")
            << QStringLiteral("unicloud") << paramsOf({{"rentCount", "45"}, {"rentUnit", "day"}});
        QTest::newRow("unicloud year")
            << QStringLiteral("unicloud") << paramsOf({{"rentCount", "1"}, {"rentUnit", "year"}});
        QTest::newRow("huawei months")
            << QStringLiteral("huaweicloud") << paramsOf({{"period_num", "6"}, {"period_type", "2"}});
        QTest::newRow("huawei years")
            << QStringLiteral("huaweicloud") << paramsOf({{"period_num", "2"}, {"period_type", "3"}});
        QTest::newRow("huawei pay per use")
            << QStringLiteral("huaweicloud")
            << paramsOf({{"period_num", "2"}, {"period_type", "3"}, {"charging_mode", "1"}});
    }

    void theDatabaseReadsLengthsAsTheProvidersDo()
    {
        QFETCH(QString, provider);
        QFETCH(Params, params);
        const ProviderRegistry registry;
        const std::optional<OrderTerm> term = registry.find(provider)->term(params);
        QString expected;
        if (term) {
            switch (term->unit) {
            case OrderTerm::Unit::Day:
                expected = QString::number(std::round(term->length / 30.0 * 100) / 100, 'f', 2);
                break;
            case OrderTerm::Unit::Month:
                expected = QString::number(term->length);
                break;
            case OrderTerm::Unit::Year:
                expected = QString::number(term->length * 12);
                break;
            }
        }
        auto alice = openAs(QStringLiteral("alice"));
        TeamLedger::Submission submission = TeamLedgerFixture::circuit(
            QStringLiteral("pc-term-") + QString::fromLatin1(QTest::currentDataTag()));
        submission.provider = provider;
        submission.params = params;
        LocalizedText error;
        const std::optional<TeamOrder> order = alice->submit(submission, &error);
        QVERIFY2(order, qPrintable(error.toEnglish()));
        QCOMPARE(order->termMonths, expected);
    }

    void theDuplicateGuardCoversTheWholeTeam()
    {
        auto alice = openAs(QStringLiteral("alice"));
        auto bob = openAs(QStringLiteral("bob"));
        auto carol = openAs(QStringLiteral("carol"));
        LocalizedText error;
        const std::optional<TeamOrder> first =
            alice->submit(TeamLedgerFixture::circuit(QStringLiteral("pc-dup")), &error);
        QVERIFY(first);
        // Open: nobody may prepare the same resource again, not even accepting the duplicate.
        TeamLedger::Submission again = TeamLedgerFixture::circuit(QStringLiteral("pc-dup"));
        again.guard = false;
        QVERIFY(!bob->submit(again, &error));
        QCOMPARE(bob->lastSqlState(), QStringLiteral("OD011"));
        QVERIFY(bob->recentDuplicate(QStringLiteral("aliyun"), QStringLiteral("Finance"),
                                     QStringLiteral("pc-dup")));

        // Bought: within the window only an explicit acceptance orders it again.
        QVERIFY(carol->approve(first->id, first->payloadHash, QString(), &error));
        QVERIFY(alice->claim(first->id, std::chrono::seconds(60), &error));
        TeamLedger::Outcome outcome;
        outcome.state = TeamOrderState::Succeeded;
        QVERIFY(alice->recordOutcome(first->id, outcome, &error));
        QVERIFY(!bob->submit(TeamLedgerFixture::circuit(QStringLiteral("pc-dup")), &error));
        QCOMPARE(bob->lastSqlState(), QStringLiteral("OD010"));
        TeamLedger::Submission accepted = TeamLedgerFixture::circuit(QStringLiteral("pc-dup"));
        accepted.acceptedUpToId = first->id;
        QVERIFY2(bob->submit(accepted, &error), qPrintable(error.toEnglish()));
    }

    void nobodyWritesTheTablesDirectly()
    {
        auto alice = openAs(QStringLiteral("alice"));
        LocalizedText error;
        const std::optional<TeamOrder> order =
            alice->submit(TeamLedgerFixture::circuit(QStringLiteral("pc-direct")), &error);
        QVERIFY(order);
        QSqlDatabase db = QSqlDatabase::database(alice->connectionName());
        QSqlQuery query(db);
        for (const QString& statement :
             {QStringLiteral("UPDATE orderdesk.orders SET state = 'approved'"),
              QStringLiteral("DELETE FROM orderdesk.orders"),
              QStringLiteral(
                  "INSERT INTO orderdesk.events (order_id, seq, at, actor, kind, state, prev_hash, hash) "
                  "VALUES (1, 9, now(), 'alice', 'approved', 'approved', '', '')"),
              QStringLiteral("UPDATE orderdesk.policy SET approval = 'none'"),
              QStringLiteral("SELECT orderdesk.append_event(1, 'approved', '{}')")}) {
            QVERIFY2(!query.exec(statement), qPrintable(statement));
            QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("42501"));
        }
        // Not even the database's superuser changes or removes an event without disabling triggers.
        QVERIFY(superuserSql({QStringLiteral("UPDATE orderdesk.events SET actor = 'mallory'")})
                    .contains(QLatin1String("append-only")));
        QVERIFY(superuserSql({QStringLiteral("DELETE FROM orderdesk.events")})
                    .contains(QLatin1String("append-only")));
        QVERIFY(superuserSql({QStringLiteral("TRUNCATE orderdesk.events CASCADE")})
                    .contains(QLatin1String("append-only")));
        QCOMPARE(alice->order(order->id)->state, TeamOrderState::AwaitingApproval);
    }

    void verifyNamesTheOrderWhoseHistoryWasEdited()
    {
        auto alice = openAs(QStringLiteral("alice"));
        auto carol = openAs(QStringLiteral("carol"));
        LocalizedText error;
        const std::optional<TeamOrder> kept =
            alice->submit(TeamLedgerFixture::circuit(QStringLiteral("pc-kept")), &error);
        const std::optional<TeamOrder> edited =
            alice->submit(TeamLedgerFixture::circuit(QStringLiteral("pc-edited")), &error);
        QVERIFY(carol->decline(edited->id, edited->payloadHash, QStringLiteral("Too long"), &error));
        bool ok = false;
        QVERIFY(alice->verify(&ok).isEmpty());

        // An administrator turns the decline into an approval behind the triggers' back.
        QCOMPARE(
            superuserSql({QStringLiteral("ALTER TABLE orderdesk.events DISABLE TRIGGER events_append_only"),
                          QStringLiteral("UPDATE orderdesk.events SET kind = 'approved', state = 'approved' "
                                         "WHERE order_id = %1 AND seq = 2")
                              .arg(edited->id),
                          QStringLiteral("UPDATE orderdesk.orders SET state = 'approved' WHERE id = %1")
                              .arg(edited->id),
                          QStringLiteral("ALTER TABLE orderdesk.events ENABLE TRIGGER events_append_only")}),
            QString());
        const QList<TeamHashChain::Problem> problems = alice->verify(&ok);
        QVERIFY(ok);
        QVERIFY(!problems.isEmpty());
        for (const TeamHashChain::Problem& problem : problems)
            QCOMPARE(problem.orderId, edited->id);
        QVERIFY(problems.first().reason.toEnglish().contains(QLatin1String("Event 2")));

        // A changed payload on the row alone is caught too.
        QCOMPARE(superuserSql({QStringLiteral(
                                   "UPDATE orderdesk.orders SET payload = payload || '{\"Period\": \"36\"}' "
                                   "WHERE id = %1")
                                   .arg(kept->id)}),
                 QString());
        bool keptFlagged = false;
        for (const TeamHashChain::Problem& problem : alice->verify(&ok))
            keptFlagged = keptFlagged || problem.orderId == kept->id;
        QVERIFY(keptFlagged);
    }

    // What is sent is what was approved: an order that would go out with other parameters than
    // the recorded ones (here: without its client token, which a new check would generate) is
    // refused before anything is claimed.
    void sendingNeedsTheRecordedParametersToTheCharacter()
    {
        const ProviderRegistry registry;
        SequenceNonceSource tokens({QStringLiteral("generated-token")});
        TeamOrder order;
        order.id = 9;
        order.provider = QStringLiteral("aliyun");
        order.profile = QStringLiteral("sandbox");
        order.endpoint = QStringLiteral("http://127.0.0.1:8080");
        for (const QString& param :
             OrderFlowSupport::params(QStringLiteral("aliyun"), QStringLiteral("exact"))) {
            const qsizetype eq = param.indexOf(QLatin1Char('='));
            order.params.insert(param.left(eq), param.mid(eq + 1));
        }
        LocalizedText error;
        const std::optional<PreparedOrder> prepared =
            TeamOrderMapping::toSend(order, registry, tokens, &error);
        QVERIFY2(prepared, qPrintable(error.toEnglish()));
        QCOMPARE(prepared->order.params, order.params);
        QVERIFY(prepared->duplicateAllowed);

        order.params.remove(QStringLiteral("ClientToken"));
        QVERIFY(!TeamOrderMapping::toSend(order, registry, tokens, &error));
        QVERIFY(error.toEnglish().contains(QLatin1String("cannot be sent as it was recorded")));

        OrderOutcome nothingLeft;
        nothingLeft.kind = OrderOutcome::Kind::NotSent;
        const TeamLedger::Outcome outcome = TeamOrderMapping::outcome(nothingLeft, 0);
        QCOMPARE(outcome.state, TeamOrderState::Rejected);
        QCOMPARE(outcome.errorCode, QStringLiteral("not_sent"));
    }

    void refusalsAreExplainedInBothLanguages()
    {
        for (const char* state : {"OD001", "OD002", "OD003", "OD005", "OD006", "OD007", "OD008", "OD010",
                                  "OD011", "OD012", "42501"}) {
            const LocalizedText text =
                TeamLedgerError::explain(QString::fromLatin1(state), QStringLiteral("m"));
            QVERIFY2(text.toEnglish().contains(QLatin1String(state)), state);
            QVERIFY2(!text.toEnglish().startsWith(QLatin1String("The team ledger could not do this")), state);
        }
    }
};

QTEST_GUILESS_MAIN(TestTeamLedger)
#include "tst_teamledger.moc"
