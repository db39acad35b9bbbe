#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTextStream>

namespace OrderDesk {

class Clock;
class NonceSource;
class Provider;
class ProviderRegistry;

// orderdesk-cli's commands on the shared core. Takes its streams, clock, nonces and
// environment from outside so that every path can be tested without a process.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(OrderDesk::CliApplication)

public:
    using ExitCode = CliContext::ExitCode;

    CliApplication(const ProviderRegistry& providers, const Clock& clock, NonceSource& nonces,
                   QTextStream& in, QTextStream& out, QTextStream& err, QProcessEnvironment environment);

    int run(const QStringList& arguments);

private:
    int runProviders(const QStringList& arguments);
    void printUsage(QTextStream& stream) const;
    void printProviderFields(const Provider& provider);

    CliContext m_context;
};

} // namespace OrderDesk
