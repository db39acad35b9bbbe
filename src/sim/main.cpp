#include "SimCommandLine.h"
#include "SimServer.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

using namespace OrderDesk;

namespace {

void printLine(FILE* stream, const QString& line)
{
    std::fputs((line + QLatin1Char('\n')).toLocal8Bit().constData(), stream);
    // Flushed at once: a test or script waits for "listening PORT" through a pipe.
    std::fflush(stream);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("orderdesk-sim"));

    SimCommandLine::Options options;
    QString error;
    if (!SimCommandLine::parse(QCoreApplication::arguments(), &options, &error)) {
        printLine(stderr, error + QStringLiteral("\nTry orderdesk-sim --help."));
        return 2;
    }
    if (options.help) {
        std::fputs(SimCommandLine::helpText().toLocal8Bit().constData(), stdout);
        return 0;
    }

    SimServer server;
    if (!options.credentials.isEmpty())
        server.setCredentials(options.credentials);
    server.setSlowAnswerMs(options.slowAnswerMs);
    if (!options.tlsCertificateFile.isEmpty() &&
        !server.setTls(options.tlsCertificateFile, options.tlsKeyFile, &error)) {
        printLine(stderr, error);
        return 2;
    }
    if (!options.stateFile.isEmpty()) {
        if (QFileInfo::exists(options.stateFile) && !server.loadState(options.stateFile, &error)) {
            printLine(stderr, QStringLiteral("Cannot load the state: ") + error);
            return 2;
        }
        QObject::connect(&server, &SimServer::stateChanged, &server, [&server, &options] {
            QString why;
            if (!server.saveState(options.stateFile, &why))
                printLine(stderr, QStringLiteral("Cannot save the state: ") + why);
        });
    }
    QObject::connect(&server, &SimServer::requestLogged, &server,
                     [](const QString& line) { printLine(stdout, line); });

    const quint16 port = server.listen(options.port);
    if (port == 0) {
        printLine(stderr, QStringLiteral("Cannot listen on 127.0.0.1:") + QString::number(options.port));
        return 1;
    }
    printLine(stdout, QStringLiteral("listening ") + QString::number(port));
    return QCoreApplication::exec();
}
