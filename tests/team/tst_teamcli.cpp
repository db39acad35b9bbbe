#include "OrderFlowSupport.h"
#include "SimProcess.h"
#include "TeamLedgerFixture.h"
#include "TestArtifacts.h"
#include "settings/AppSettings.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <memory>
#include <vector>

using namespace OrderDesk;
using OrderDesk::TestSupport::SimProcess;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QByteArray transcript() const { return out + err; }
};

int simOrders(const QString& stateFile, const QString& resourceId)
{
    QFile file(stateFile);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    int count = 0;
    const QJsonArray orders =
        QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("orders")).toArray();
    for (const QJsonValue& order : orders)
        count += order.toObject().value(QLatin1String("resourceId")).toString() == resourceId ? 1 : 0;
    return count;
}

} // namespace

// orderdesk-cli processes, one per person, on one team ledger in PostgreSQL and against
// orderdesk-sim: prepare, approve, send; every refusal; the race of eight processes.
class TestTeamCli : public QObject
{
    Q_OBJECT

private:
    QString m_database;
    std::unique_ptr<QTemporaryDir> m_data;

    QProcessEnvironment environment(const QString& role, const QString& language) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ORDERDESK_LANGUAGE"), language);
        // Each person their own computer: their own data folder and desk ledger.
        env.insert(QStringLiteral("ORDERDESK_DATA_DIR"), m_data->filePath(role));
        env.insert(QStringLiteral("ORDERDESK_LEDGER"), TeamLedgerFixture::url(role, m_database));
        // Scripts without a keychain log in with libpq's own PGPASSWORD.
        env.insert(QStringLiteral("PGPASSWORD"), TeamLedgerFixture::password(role));
        env.remove(QStringLiteral("ORDERDESK_ACCESS_KEY_ID"));
        env.remove(QStringLiteral("ORDERDESK_ACCESS_KEY_SECRET"));
        return env;
    }

    std::unique_ptr<QProcess> start(const QString& role, const QStringList& args,
                                    const QString& language = QStringLiteral("en")) const
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment(role, language));
        process->start(QStringLiteral(ORDERDESK_CLI_BINARY), args);
        process->closeWriteChannel();
        return process;
    }

    static Run finish(QProcess& process)
    {
        Run run;
        if (!process.waitForFinished(60000))
            return run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    Run cli(const QString& role, const QStringList& args,
            const QString& language = QStringLiteral("en")) const
    {
        return finish(*start(role, args, language));
    }

    static QStringList orderArgs(const QString& endpoint, const QString& word)
    {
        return QStringList{QStringLiteral("order"),      QStringLiteral("aliyun"),
                           QStringLiteral("--endpoint"), endpoint,
                           QStringLiteral("--yes"),      QStringLiteral("--json")} +
               OrderFlowSupport::paramArguments(QStringLiteral("aliyun"), word);
    }

    QString superuserSql(const QStringList& statements) const
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
        m_data = TestArtifacts::temporaryDir();
        QVERIFY(m_data->isValid());
    }

    void initCreatesALedgerAnAdministratorCanSetUp()
    {
        const QString database = m_database + QStringLiteral("_cli");
        QCOMPARE(TeamLedgerFixture::asSuperuser(QString(), {QStringLiteral("CREATE DATABASE ") + database}),
                 QString());
        QProcessEnvironment env = environment(QStringLiteral("admin"), QStringLiteral("en"));
        env.insert(QStringLiteral("PGPASSWORD"), TeamLedgerFixture::env("PGPASSWORD"));
        const QString url = TeamLedgerFixture::url(TeamLedgerFixture::env("PGUSER"), database);
        const auto run = [&](const QStringList& args) {
            QProcess process;
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(ORDERDESK_CLI_BINARY),
                          QStringList{QStringLiteral("--ledger"), url} + args);
            process.closeWriteChannel();
            return finish(process);
        };
        Run result = run({QStringLiteral("ledger"), QStringLiteral("init")});
        QVERIFY2(result.exitCode == 0, result.transcript().constData());
        result = run({QStringLiteral("ledger"), QStringLiteral("grant"), QStringLiteral("alice"),
                      QStringLiteral("--maker")});
        QVERIFY2(result.exitCode == 0, result.transcript().constData());
        result = run({QStringLiteral("ledger"), QStringLiteral("grant"), QStringLiteral("nobody-such"),
                      QStringLiteral("--checker")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("nobody-such"));
        result = run({QStringLiteral("ledger"), QStringLiteral("policy"), QStringLiteral("--approval"),
                      QStringLiteral("longer-than-months"), QStringLiteral("12"),
                      QStringLiteral("--expiry-hours"), QStringLiteral("8")});
        QVERIFY2(result.exitCode == 0, result.transcript().constData());
        QVERIFY2(result.out.contains("longer than 12 months") && result.out.contains("8 hours"),
                 result.out.constData());
        // A person without the owner's rights cannot change the rules.
        Run refused = cli(QStringLiteral("alice"), {QStringLiteral("ledger"), QStringLiteral("policy"),
                                                    QStringLiteral("--approval"), QStringLiteral("none")});
        QCOMPARE(refused.exitCode, 2);
        result = run({QStringLiteral("ledger"), QStringLiteral("verify")});
        QVERIFY2(result.exitCode == 0, result.transcript().constData());
    }

    void prepareApproveSendInTheirOwnWords()
    {
        const QString state = m_data->filePath(QStringLiteral("sim-state.json"));
        SimProcess sim(QStringLiteral(ORDERDESK_SIM_BINARY));
        QVERIFY(sim.start({QStringLiteral("--state"), state}));
        const QString word = QStringLiteral("teamflow");
        const QString resource = OrderFlowSupport::resourceId(QStringLiteral("aliyun"), word);

        // alice prepares: recorded, not sent, exit code 6.
        Run prepared = cli(QStringLiteral("alice"), orderArgs(sim.endpoint(), word));
        QVERIFY2(prepared.exitCode == 6, prepared.transcript().constData());
        QCOMPARE(prepared.json().value(QLatin1String("status")).toString(),
                 QStringLiteral("awaiting_approval"));
        const qint64 id = prepared.json().value(QLatin1String("ledger_id")).toInteger();
        QVERIFY(id > 0);
        QCOMPARE(simOrders(state, resource), 0);

        // Sending before approval is refused.
        Run early = cli(QStringLiteral("alice"), {QStringLiteral("send"), QString::number(id)});
        QCOMPARE(early.exitCode, 2);
        QVERIFY2(early.err.contains("not approved"), early.err.constData());

        // bob sees it in the queue, with the sentence.
        Run queue = cli(QStringLiteral("bob"), {QStringLiteral("approvals"), QStringLiteral("--json")});
        QCOMPARE(queue.exitCode, 0);
        const QJsonArray approvals = queue.json().value(QLatin1String("approvals")).toArray();
        QCOMPARE(approvals.size(), 1);
        QCOMPARE(approvals.at(0).toObject().value(QLatin1String("maker")).toString(),
                 QStringLiteral("alice"));
        QVERIFY(!approvals.at(0).toObject().value(QLatin1String("sentence")).toString().isEmpty());

        // alice cannot approve her own order, in either language; nothing changes.
        Run own = cli(QStringLiteral("alice"),
                      {QStringLiteral("approve"), QString::number(id), QStringLiteral("--yes")});
        QCOMPARE(own.exitCode, 2);
        Run ownZh = cli(QStringLiteral("alice"),
                        {QStringLiteral("approve"), QString::number(id), QStringLiteral("--yes")},
                        QStringLiteral("zh_CN"));
        QCOMPARE(ownZh.exitCode, 2);
        QVERIFY2(ownZh.err != own.err && !ownZh.err.isEmpty(), ownZh.err.constData());

        // A decline without a reason is refused.
        Run noReason = cli(QStringLiteral("carol"), {QStringLiteral("decline"), QString::number(id)});
        QCOMPARE(noReason.exitCode, 2);
        QVERIFY2(noReason.err.contains("reason"), noReason.err.constData());

        Run approved = cli(QStringLiteral("carol"),
                           {QStringLiteral("approve"), QString::number(id), QStringLiteral("--yes"),
                            QStringLiteral("--comment"), QStringLiteral("Budget line 7")});
        QVERIFY2(approved.exitCode == 0, approved.transcript().constData());

        Run sent = cli(QStringLiteral("alice"),
                       {QStringLiteral("send"), QString::number(id), QStringLiteral("--json")});
        QVERIFY2(sent.exitCode == 0, sent.transcript().constData());
        QCOMPARE(sent.json().value(QLatin1String("status")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(simOrders(state, resource), 1);

        // The journal of what was sent is in the team's database, not in alice's data folder: bob's
        // desk lists it with the ledger's own filters.
        QString failure;
        const QStringList journal = TeamLedgerFixture::firstColumn(
            m_database, {QStringLiteral("SELECT resource_id || ' ' || status FROM orderdesk_ledger.orders")},
            &failure);
        QCOMPARE(failure, QString());
        QCOMPARE(journal, QStringList{resource + QStringLiteral(" succeeded")});
        QVERIFY(!QFile::exists(m_data->filePath(QStringLiteral("alice/ledger.sqlite"))));
        Run listed = cli(QStringLiteral("bob"), {QStringLiteral("history"), QStringLiteral("--provider"),
                                                 QStringLiteral("aliyun"), QStringLiteral("--json")});
        QVERIFY2(listed.exitCode == 0 && listed.out.contains(resource.toUtf8()),
                 listed.transcript().constData());

        // Sent once: a second send is refused and nothing more reaches the provider.
        Run twice = cli(QStringLiteral("bob"), {QStringLiteral("send"), QString::number(id)});
        QCOMPARE(twice.exitCode, 2);
        QVERIFY2(twice.err.contains("already taken"), twice.err.constData());
        QCOMPARE(simOrders(state, resource), 1);

        Run verified = cli(QStringLiteral("bob"), {QStringLiteral("ledger"), QStringLiteral("verify")});
        QVERIFY2(verified.exitCode == 0, verified.transcript().constData());
        // An edited event is found and its order named.
        QCOMPARE(
            superuserSql(
                {QStringLiteral("ALTER TABLE orderdesk.events DISABLE TRIGGER events_append_only"),
                 QStringLiteral("UPDATE orderdesk.events SET actor = 'bob' WHERE order_id = %1 AND seq = 1")
                     .arg(id),
                 QStringLiteral("ALTER TABLE orderdesk.events ENABLE TRIGGER events_append_only")}),
            QString());
        Run tampered = cli(QStringLiteral("bob"), {QStringLiteral("ledger"), QStringLiteral("verify")});
        QCOMPARE(tampered.exitCode, 8);
        QVERIFY2(tampered.err.contains(QStringLiteral("Order %1:").arg(id).toUtf8()),
                 tampered.err.constData());
    }

    // A data folder whose Settings name the team ledger (the window's choice): without --ledger
    // or ORDERDESK_LEDGER the CLI orders through it too, and nothing is sent before approval.
    void theTeamLedgerOfTheSettings_isTheCliDefault()
    {
        const QString folder = m_data->filePath(QStringLiteral("alice"));
        QVERIFY(QDir().mkpath(folder));
        {
            OrderDesk::AppSettings settings(folder + QStringLiteral("/settings.ini"));
            settings.setTeamLedger(TeamLedgerFixture::url(QStringLiteral("alice"), m_database));
            QVERIFY(settings.sync());
        }
        QProcess process;
        QProcessEnvironment env = environment(QStringLiteral("alice"), QStringLiteral("en"));
        env.remove(QStringLiteral("ORDERDESK_LEDGER"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ORDERDESK_CLI_BINARY),
                      orderArgs(QStringLiteral("http://127.0.0.1:9"), QStringLiteral("settingsdefault")));
        process.closeWriteChannel();
        const Run prepared = finish(process);
        QVERIFY2(prepared.exitCode == 6, prepared.transcript().constData());
        QCOMPARE(prepared.json().value(QLatin1String("status")).toString(),
                 QStringLiteral("awaiting_approval"));
        QVERIFY(!QFile::exists(folder + QStringLiteral("/ledger.sqlite")));
    }

    // The role's password lives in the system keychain (a real Secret Service under
    // tools/with-secret-service.sh), typed once; no PGPASSWORD is needed afterwards.
    void thePasswordIsKeptInTheKeychain()
    {
        QProcessEnvironment env = environment(QStringLiteral("carol"), QStringLiteral("en"));
        env.remove(QStringLiteral("PGPASSWORD"));
        const auto run = [&](const QStringList& args, const QByteArray& input = {}) {
            QProcess process;
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(ORDERDESK_CLI_BINARY), args);
            process.write(input);
            process.closeWriteChannel();
            return finish(process);
        };
        Run refused = run({QStringLiteral("approvals")});
        QCOMPARE(refused.exitCode, 5);
        Run stored = run({QStringLiteral("ledger"), QStringLiteral("password")},
                         TeamLedgerFixture::password(QStringLiteral("carol")).toUtf8() + '\n');
        QVERIFY2(stored.exitCode == 0, stored.transcript().constData());
        QVERIFY(!stored.transcript().contains(TeamLedgerFixture::password(QStringLiteral("carol")).toUtf8()));
        Run listed = run({QStringLiteral("approvals")});
        QVERIFY2(listed.exitCode == 0, listed.transcript().constData());
        // Removed again with an empty line.
        QCOMPARE(run({QStringLiteral("ledger"), QStringLiteral("password")}, "\n").exitCode, 0);
        QCOMPARE(run({QStringLiteral("approvals")}).exitCode, 5);
    }

    // "history" on a team ledger: every order newest first with its state in words, the filters,
    // and one order's events saying who did what and when.
    void historyListsTheTeamsOrdersAndTheirEvents()
    {
        const QString state = m_data->filePath(QStringLiteral("sim-history.json"));
        SimProcess sim(QStringLiteral(ORDERDESK_SIM_BINARY));
        QVERIFY(sim.start({QStringLiteral("--state"), state}));
        const auto prepare = [&](const QString& word) {
            const Run run = cli(QStringLiteral("alice"), orderArgs(sim.endpoint(), word));
            return run.exitCode == 6
                       ? QString::number(run.json().value(QLatin1String("ledger_id")).toInteger())
                       : QString();
        };
        const QString sent = prepare(QStringLiteral("histsent"));
        QVERIFY(!sent.isEmpty());
        QCOMPARE(cli(QStringLiteral("carol"), {QStringLiteral("approve"), sent, QStringLiteral("--yes"),
                                               QStringLiteral("--comment"), QStringLiteral("Budget line 7")})
                     .exitCode,
                 0);
        QCOMPARE(cli(QStringLiteral("alice"), {QStringLiteral("send"), sent}).exitCode, 0);
        const QString declined = prepare(QStringLiteral("histdeclined"));
        QVERIFY(!declined.isEmpty());
        QCOMPARE(cli(QStringLiteral("carol"), {QStringLiteral("decline"), declined,
                                               QStringLiteral("--reason"), QStringLiteral("Wrong circuit")})
                     .exitCode,
                 0);
        const QString waiting = prepare(QStringLiteral("histwaiting"));
        QVERIFY(!waiting.isEmpty());

        Run all = cli(QStringLiteral("bob"), {QStringLiteral("history"), QStringLiteral("--json")});
        QVERIFY2(all.exitCode == 0, all.transcript().constData());
        const QJsonArray orders = QJsonDocument::fromJson(all.out).array();
        QCOMPARE(orders.size(), 3);
        QCOMPARE(QString::number(orders.at(0).toObject().value(QLatin1String("ledger_id")).toInteger()),
                 waiting);
        QCOMPARE(QString::number(orders.at(2).toObject().value(QLatin1String("ledger_id")).toInteger()),
                 sent);
        const QJsonObject first = orders.at(2).toObject();
        for (const char* key : {"ledger_id", "provider", "profile", "resource", "region", "status", "maker",
                                "created_at", "checker", "decided_at", "decision_note", "approval_expires_at",
                                "sender", "order_id", "payload_hash", "client_token"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        QCOMPARE(first.value(QLatin1String("status")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(first.value(QLatin1String("checker")).toString(), QStringLiteral("carol"));
        QCOMPARE(first.value(QLatin1String("sender")).toString(), QStringLiteral("alice"));
        QVERIFY(!first.value(QLatin1String("order_id")).toString().isEmpty());

        Run filtered = cli(QStringLiteral("bob"), {QStringLiteral("history"), QStringLiteral("--status"),
                                                   QStringLiteral("declined"), QStringLiteral("--json")});
        QCOMPARE(filtered.exitCode, 0);
        const QJsonArray onlyDeclined = QJsonDocument::fromJson(filtered.out).array();
        QCOMPARE(onlyDeclined.size(), 1);
        QCOMPARE(onlyDeclined.at(0).toObject().value(QLatin1String("decision_note")).toString(),
                 QStringLiteral("Wrong circuit"));
        Run limited = cli(QStringLiteral("bob"), {QStringLiteral("history"), QStringLiteral("--limit"),
                                                  QStringLiteral("1"), QStringLiteral("--json")});
        QCOMPARE(limited.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(limited.out).array().size(), 1);
        Run bogus = cli(QStringLiteral("bob"),
                        {QStringLiteral("history"), QStringLiteral("--status"), QStringLiteral("pending")});
        QCOMPARE(bogus.exitCode, 2);
        QVERIFY2(bogus.err.contains("awaiting_approval"), bogus.err.constData());
        // The export is of the journal of what was sent, kept in the same database: the one
        // order that reached the provider.
        const QString csv = m_data->filePath(QStringLiteral("x.csv"));
        Run exporting = cli(QStringLiteral("bob"), {QStringLiteral("history"), QStringLiteral("export"),
                                                    QStringLiteral("--csv"), csv});
        QVERIFY2(exporting.exitCode == 0, exporting.transcript().constData());
        QFile exported(csv);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QCOMPARE(exported.readAll().count('\n'), 2);

        Run table = cli(QStringLiteral("bob"), {QStringLiteral("history")});
        QVERIFY2(table.exitCode == 0, table.transcript().constData());
        QVERIFY2(table.out.contains("Awaiting approval (prepared by alice at "), table.out.constData());
        QVERIFY2(table.out.contains("Declined by carol at "), table.out.constData());
        QVERIFY2(table.out.contains("Succeeded (sent by alice)"), table.out.constData());
        Run chinese = cli(QStringLiteral("bob"), {QStringLiteral("history")}, QStringLiteral("zh_CN"));
        QCOMPARE(chinese.exitCode, 0);
        QVERIFY2(!chinese.out.contains("Declined by") && chinese.out.contains("carol"),
                 chinese.out.constData());

        Run shown = cli(QStringLiteral("bob"), {QStringLiteral("history"), QStringLiteral("show"), sent});
        QVERIFY2(shown.exitCode == 0, shown.transcript().constData());
        for (const char* words :
             {"Prepared; it waits for a second person's approval", "Approved, valid until ",
              "with the comment: Budget line 7", "Taken for sending", "Request 1 sent",
              "Outcome: the provider placed the order, order ID ", "Decided by", "ClientToken = "})
            QVERIFY2(shown.out.contains(words), QByteArray(QByteArray(words) + "\n" + shown.out).constData());
        Run shownJson = cli(QStringLiteral("bob"), {QStringLiteral("history"), QStringLiteral("show"),
                                                    declined, QStringLiteral("--json")});
        QVERIFY2(shownJson.exitCode == 0, shownJson.transcript().constData());
        const QJsonArray events = shownJson.json().value(QLatin1String("events")).toArray();
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).toObject().value(QLatin1String("kind")).toString(),
                 QStringLiteral("submitted"));
        QCOMPARE(events.at(0).toObject().value(QLatin1String("actor")).toString(), QStringLiteral("alice"));
        QCOMPARE(events.at(1).toObject().value(QLatin1String("actor")).toString(), QStringLiteral("carol"));
        QCOMPARE(events.at(1).toObject().value(QLatin1String("status")).toString(),
                 QStringLiteral("declined"));
        QCOMPARE(events.at(1).toObject().value(QLatin1String("text")).toString(),
                 QStringLiteral("Declined, with the reason: Wrong circuit"));
        Run missing = cli(QStringLiteral("bob"),
                          {QStringLiteral("history"), QStringLiteral("show"), QStringLiteral("9999")});
        QCOMPARE(missing.exitCode, 2);
    }

    // An order whose outcome is unknown is resolved by what the console shows, once.
    void anUnknownOutcomeIsResolvedInTheTeamLedger()
    {
        auto alice = TeamLedgerFixture::openAs(QStringLiteral("alice"), m_database);
        auto carol = TeamLedgerFixture::openAs(QStringLiteral("carol"), m_database);
        const std::optional<TeamOrder> order =
            alice->submit(TeamLedgerFixture::circuit(QStringLiteral("pc-unknown")));
        QVERIFY(order);
        QVERIFY(carol->approve(order->id, order->payloadHash, QString()));
        QVERIFY(alice->claim(order->id, std::chrono::seconds(60)));
        TeamLedger::Outcome unknown;
        unknown.state = TeamOrderState::Unknown;
        QVERIFY(alice->recordOutcome(order->id, unknown));

        const QString id = QString::number(order->id);
        Run resolved = cli(QStringLiteral("bob"), {QStringLiteral("resolve"), id, QStringLiteral("--placed"),
                                                   QStringLiteral("ord-7"), QStringLiteral("--json")});
        QVERIFY2(resolved.exitCode == 0, resolved.transcript().constData());
        QCOMPARE(resolved.json().value(QLatin1String("status")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(alice->order(order->id)->providerOrderId, QStringLiteral("ord-7"));
        // Resolved once: again is refused by the database, and nothing changes.
        Run again =
            cli(QStringLiteral("bob"), {QStringLiteral("resolve"), id, QStringLiteral("--not-placed")});
        QCOMPARE(again.exitCode, 2);
        QCOMPARE(alice->order(order->id)->state, TeamOrderState::Succeeded);
    }

    // Eight processes of two people order the same resource at once under a policy that needs no
    // approval: the database lets exactly one through, and one order reaches the provider.
    void eightProcessesOnTwoRolesSendExactlyOneOrder()
    {
        QCOMPARE(superuserSql({QStringLiteral("SELECT orderdesk.set_policy('none', NULL, NULL)")}),
                 QString());
        const QString state = m_data->filePath(QStringLiteral("sim-race.json"));
        SimProcess sim(QStringLiteral(ORDERDESK_SIM_BINARY));
        QVERIFY(sim.start({QStringLiteral("--state"), state}));
        const QString word = QStringLiteral("teamrace");
        QStringList args = orderArgs(sim.endpoint(), word);
        // Each process its own client token, as orders typed by different people have.
        const qsizetype token = args.indexOf(QRegularExpression(QStringLiteral("ClientToken=.*")));
        QVERIFY(token > 0);
        args.removeAt(token);
        args.removeAt(token - 1);
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < 8; ++i)
            processes.push_back(start(i % 2 == 0 ? QStringLiteral("alice") : QStringLiteral("bob"), args));
        int placed = 0;
        int refused = 0;
        QByteArray transcript;
        for (const auto& process : processes) {
            const Run run = finish(*process);
            transcript += run.transcript();
            placed += run.exitCode == 0 ? 1 : 0;
            // Refused by the database (2), or stopped by the duplicate found before submitting (5).
            refused += run.exitCode == 2 || run.exitCode == 5 ? 1 : 0;
        }
        QVERIFY2(placed == 1, transcript.constData());
        QVERIFY2(refused == 7, transcript.constData());
        QCOMPARE(simOrders(state, OrderFlowSupport::resourceId(QStringLiteral("aliyun"), word)), 1);
    }

    // Eight senders race for one approved order: one claim wins.
    void eightSendersOfOneApprovedOrderSendItOnce()
    {
        const QString state = m_data->filePath(QStringLiteral("sim-claim.json"));
        SimProcess sim(QStringLiteral(ORDERDESK_SIM_BINARY));
        QVERIFY(sim.start({QStringLiteral("--state"), state}));
        const QString word = QStringLiteral("teamclaim");
        Run prepared = cli(QStringLiteral("alice"), orderArgs(sim.endpoint(), word));
        QCOMPARE(prepared.exitCode, 6);
        const QString id = QString::number(prepared.json().value(QLatin1String("ledger_id")).toInteger());
        QCOMPARE(
            cli(QStringLiteral("carol"), {QStringLiteral("approve"), id, QStringLiteral("--yes")}).exitCode,
            0);
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < 8; ++i)
            processes.push_back(start(i % 2 == 0 ? QStringLiteral("alice") : QStringLiteral("bob"),
                                      {QStringLiteral("send"), id}));
        int sent = 0;
        QByteArray transcript;
        for (const auto& process : processes) {
            const Run run = finish(*process);
            transcript += run.transcript();
            sent += run.exitCode == 0 ? 1 : 0;
        }
        QVERIFY2(sent == 1, transcript.constData());
        QCOMPARE(simOrders(state, OrderFlowSupport::resourceId(QStringLiteral("aliyun"), word)), 1);
    }
};

QTEST_GUILESS_MAIN(TestTeamCli)
#include "tst_teamcli.moc"
