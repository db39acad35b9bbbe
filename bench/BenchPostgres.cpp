#include "BenchPostgres.h"

#include <QCoreApplication>
#include <QProcess>

#include <cstdio>

namespace BenchPostgres {

std::optional<int> rerunUnderVirtualenv()
{
    if (!qEnvironmentVariableIsEmpty("PGHOST"))
        return std::nullopt;
    QProcess virtualenv;
    virtualenv.setProcessChannelMode(QProcess::ForwardedChannels);
    virtualenv.start(QStringLiteral("pg_virtualenv"),
                     QStringList{QStringLiteral("-t"), QCoreApplication::applicationFilePath()} +
                         QCoreApplication::arguments().mid(1));
    if (!virtualenv.waitForStarted()) {
        std::fputs("pg_virtualenv (package postgresql-common) is not installed\n", stderr);
        return 1;
    }
    virtualenv.waitForFinished(-1);
    return virtualenv.exitCode();
}

} // namespace BenchPostgres
