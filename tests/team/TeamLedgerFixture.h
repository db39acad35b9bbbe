#pragma once

#include "TestLedgerStore.h"
#include "WineCheck.h"
#include "team/TeamLedger.h"

#include <QCoreApplication>
#include <QDebug>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUuid>

#include <memory>

// A PostgreSQL for the team ledger tests: the throw-away cluster pg_virtualenv started around the
// test (tests/team/CMakeLists.txt), a new database per test, and people as login roles:
// alice (maker), bob (checker and maker), carol (checker), dave (no right).
namespace TeamLedgerFixture {

using TestLedgerStore::env;

// Why there is no server to test against, or empty.
inline QString missingServer()
{
    if (env("PGHOST").isEmpty() || env("PGUSER").isEmpty())
        return QStringLiteral(
            "no PostgreSQL: these tests run under pg_virtualenv -t (package postgresql-common, "
            "installed by tools/install-deps.sh); run them through ctest");
    return {};
}

// Why this build cannot use a team ledger at all, or nullptr. A Qt for Windows made without the
// PostgreSQL driver (the MSVC release build's, whose Qt comes without libpq) cannot test it, and
// the suites skip, saying so; tools/build-windows.sh builds the driver and libpq. Elsewhere a
// missing driver is a broken set-up, which the tests report as a failure.
inline const char* noDriverReason()
{
#ifdef Q_OS_WIN
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return "This Qt for Windows has no PostgreSQL driver (QPSQL), so a team ledger can be "
               "neither used nor tested with it";
#endif
    return nullptr;
}

// Why the server-restart checks skip under Wine. The server is the Linux one pg_virtualenv
// started; a Windows program can start pg_ctlcluster by its path on drive Z: (the Linux root),
// but Wine reports 0 for any exit code, a QProcess with pipes to it never reports it finished,
// and started detached its restart sometimes stopped the server without starting it again.
constexpr const char* kNoRestartUnderWine =
    "a Windows program under Wine cannot reliably restart the Linux PostgreSQL server (pg_ctlcluster "
    "started from Wine stopped it and sometimes did not start it again); recovery after a restart "
    "is checked on Linux";

// Why the two-window suite skips under Wine: its checks pass there (bob saw the order after 51
// ms, alice heard of the approval after 73 ms, bob saw the success after 9 ms), but the test
// program then often does not end: Wine's ExitProcess stays in its last thread, in runs of one
// function as in runs of all. Whether Windows itself ends it is not known; see
// docs/ARCHITECTURE.md, "Windows".
constexpr const char* kNoExitUnderWine =
    "under Wine this program often does not end after its checks have passed (ExitProcess hangs "
    "in its last thread), which would stop the suite at CTest's timeout; it runs on Linux and "
    "needs Windows itself";

// Restarts the cluster pg_virtualenv started and returns once it is back; the error, or empty.
inline QString restartServer()
{
    QProcess restart;
    restart.start(QStringLiteral("pg_ctlcluster"),
                  {env("PGVERSION"), QStringLiteral("regress"), QStringLiteral("restart")});
    if (!restart.waitForFinished(60000))
        return QStringLiteral("pg_ctlcluster did not finish: ") + restart.errorString();
    if (restart.exitStatus() != QProcess::NormalExit || restart.exitCode() != 0)
        return QString::fromLocal8Bit(restart.readAllStandardError());
    return {};
}

inline QString password(const QString& role)
{
    return QStringLiteral("pw-") + role;
}

inline QString url(const QString& role, const QString& database)
{
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(role, env("PGHOST"), env("PGPORT").isEmpty() ? QStringLiteral("5432") : env("PGPORT"), database);
}

// Runs statements as the cluster's superuser in `database`; the first error, or empty.
using TestLedgerStore::asSuperuser;

// The first column of every row the statements return, read as the superuser in `database`. The
// first error goes to `failure`, or without one to the test's log.
inline QStringList firstColumn(const QString& database, const QStringList& statements,
                               QString* failure = nullptr)
{
    QStringList values;
    const QString error = asSuperuser(database, statements, [&values](QSqlQuery& query) {
        while (query.next())
            values << query.value(0).toString();
    });
    if (failure)
        *failure = error;
    else if (!error.isEmpty())
        qWarning().noquote() << error;
    return values;
}

// A new database holding a team ledger made by the superuser (as `ledger init` does), with the
// four people's roles and rights. Returns its name, empty with `failure` set.
inline QString createTeamLedger(QString* failure)
{
    *failure = missingServer();
    if (!failure->isEmpty())
        return {};
    static int counter = 0;
    const QString database =
        QStringLiteral("team_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    QStringList setup{QStringLiteral("CREATE DATABASE ") + database};
    for (const QString& role :
         {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol"), QStringLiteral("dave")}) {
        setup << QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1') THEN "
                                "CREATE ROLE %1 LOGIN PASSWORD '%2'; END IF; END $$")
                     .arg(role, password(role));
    }
    *failure = asSuperuser(QString(), setup);
    if (!failure->isEmpty())
        return {};
    OrderDesk::TeamLedger admin;
    OrderDesk::LocalizedText error;
    const auto location = OrderDesk::TeamLedgerLocation::parse(url(env("PGUSER"), database));
    if (!admin.open(*location, env("PGPASSWORD"), &error, true) || !admin.initialize(&error) ||
        !admin.grant(QStringLiteral("alice"), true, false, &error) ||
        !admin.grant(QStringLiteral("bob"), true, true, &error) ||
        !admin.grant(QStringLiteral("carol"), false, true, &error)) {
        *failure = error.toEnglish();
        return {};
    }
    return database;
}

// A person's connection to the ledger in `database`, logged in with their password.
inline std::unique_ptr<OrderDesk::TeamLedger> openAs(const QString& role, const QString& database)
{
    auto ledger = std::make_unique<OrderDesk::TeamLedger>();
    OrderDesk::LocalizedText error;
    const auto location = OrderDesk::TeamLedgerLocation::parse(url(role, database));
    if (!ledger->open(*location, password(role), &error))
        qWarning() << "login as" << role << "failed:" << error.toEnglish();
    return ledger;
}

// An Alibaba Cloud circuit order of `period` months with a client token of its own.
inline OrderDesk::TeamLedger::Submission circuit(const QString& resource,
                                                 const QString& period = QStringLiteral("3"))
{
    OrderDesk::TeamLedger::Submission submission;
    submission.provider = QStringLiteral("aliyun");
    submission.profile = QStringLiteral("Finance");
    submission.resourceId = resource;
    submission.region = QStringLiteral("cn-hangzhou");
    submission.params = {{QStringLiteral("PhysicalConnectionId"), resource},
                         {QStringLiteral("Period"), period},
                         {QStringLiteral("PricingCycle"), QStringLiteral("Month")},
                         {QStringLiteral("ClientToken"), QStringLiteral("token-") + resource}};
    submission.clientToken = QStringLiteral("token-") + resource;
    return submission;
}

} // namespace TeamLedgerFixture
