#pragma once

#include "common/Credential.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace OrderDesk {

// The options of orderdesk-sim:
//   orderdesk-sim [--port N] [--credentials AK:SK[,AK:SK...]] [--state FILE] [--slow-ms N]
//                 [--tls-cert FILE --tls-key FILE]
class SimCommandLine
{
public:
    struct Options
    {
        quint16 port = 0;
        QList<Credential> credentials; // empty: the sandbox pair
        QString stateFile;
        int slowAnswerMs = 3000;
        QString tlsCertificateFile; // both or neither: https instead of http
        QString tlsKeyFile;
        bool help = false;
    };

    // arguments includes the program name, as QCoreApplication::arguments() gives it.
    static bool parse(const QStringList& arguments, Options* options, QString* error);
    // Every option, endpoint and trigger keyword per provider, and the sandbox key ID.
    static QString helpText();
};

} // namespace OrderDesk
