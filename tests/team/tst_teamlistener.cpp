#include "TeamLedgerFixture.h"
#include "team/TeamLedger.h"
#include "team/TeamLedgerListener.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace OrderDesk;

// Live updates of the team ledger: a change made by one person reaches another's listener within
// a second, and after the server restarts the listener reconnects on its own and says so.
class TestTeamListener : public QObject
{
    Q_OBJECT

private:
    QString m_database;

    std::unique_ptr<TeamLedger> openAs(const QString& role) const
    {
        return TeamLedgerFixture::openAs(role, m_database);
    }

    TeamLedgerLocation location(const QString& role) const
    {
        return *TeamLedgerLocation::parse(TeamLedgerFixture::url(role, m_database));
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

    void anotherPersonsChangeArrivesWithinASecond()
    {
        TeamLedgerListener listener(location(QStringLiteral("carol")),
                                    TeamLedgerFixture::password(QStringLiteral("carol")));
        QSignalSpy changed(&listener, &TeamLedgerListener::orderChanged);
        listener.start();
        QTRY_COMPARE_WITH_TIMEOUT(listener.state(), TeamLedgerListener::State::Connected, 10000);

        auto alice = openAs(QStringLiteral("alice"));
        QElapsedTimer clock;
        clock.start();
        const std::optional<TeamOrder> order =
            alice->submit(TeamLedgerFixture::circuit(QStringLiteral("pc-live")));
        QVERIFY(order);
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 1000);
        qInfo("the change arrived after %lld ms", static_cast<long long>(clock.elapsed()));
        QCOMPARE(changed.first().first().toLongLong(), order->id);

        changed.clear();
        auto carol = openAs(QStringLiteral("carol"));
        QVERIFY(carol->approve(order->id, order->payloadHash, QString()));
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 1000);
    }

    void aServerRestartIsFollowedByReconnectingAndReadingAgain()
    {
        if (WineCheck::underWine())
            QSKIP(TeamLedgerFixture::kNoRestartUnderWine);
        TeamLedgerListener listener(location(QStringLiteral("carol")),
                                    TeamLedgerFixture::password(QStringLiteral("carol")),
                                    std::chrono::milliseconds(250));
        QSignalSpy changed(&listener, &TeamLedgerListener::orderChanged);
        QSignalSpy states(&listener, &TeamLedgerListener::stateChanged);
        QSignalSpy resynchronize(&listener, &TeamLedgerListener::resynchronize);
        listener.start();
        QTRY_COMPARE_WITH_TIMEOUT(listener.state(), TeamLedgerListener::State::Connected, 10000);
        QCOMPARE(resynchronize.size(), 1);

        const QString restartFailure = TeamLedgerFixture::restartServer();
        QVERIFY2(restartFailure.isEmpty(), qPrintable(restartFailure));

        QTRY_VERIFY_WITH_TIMEOUT(resynchronize.size() >= 2, 15000);
        QCOMPARE(listener.state(), TeamLedgerListener::State::Connected);
        bool wasReconnecting = false;
        for (const QList<QVariant>& state : states)
            wasReconnecting = wasReconnecting || state.first().value<TeamLedgerListener::State>() ==
                                                     TeamLedgerListener::State::Reconnecting;
        QVERIFY(wasReconnecting);

        // Listening again: a change after the restart arrives.
        changed.clear();
        auto alice = openAs(QStringLiteral("alice"));
        QVERIFY(alice->submit(TeamLedgerFixture::circuit(QStringLiteral("pc-after-restart"))));
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 1000);
    }

    void anUnreachableLedgerIsOfflineWithAReason()
    {
        TeamLedgerLocation nowhere = location(QStringLiteral("carol"));
        nowhere.port = 1; // nothing listens there
        TeamLedgerListener listener(nowhere, QString(), std::chrono::milliseconds(200));
        listener.start();
        QTRY_COMPARE_WITH_TIMEOUT(listener.state(), TeamLedgerListener::State::Offline, 10000);
        QVERIFY(!listener.problem().isEmpty());
        QVERIFY(listener.problem().toEnglish().contains(QLatin1String("cannot be reached")));
    }
};

QTEST_GUILESS_MAIN(TestTeamListener)
#include "tst_teamlistener.moc"
