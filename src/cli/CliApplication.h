#pragma once

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
    // The exit codes of the CLI contract in DESIGN.md.
    enum ExitCode
    {
        Placed = 0,
        UsageError = 2,
        Rejected = 3,
        Unknown = 4,
        NotSent = 5
    };

    CliApplication(const ProviderRegistry& providers, const Clock& clock, NonceSource& nonces,
                   QTextStream& out, QTextStream& err, QProcessEnvironment environment);

    int run(const QStringList& arguments);

private:
    int runOrder(const QStringList& arguments);
    int runProviders(const QStringList& arguments);
    void printUsage(QTextStream& stream) const;
    void printProviderFields(const Provider& provider);
    int usageError(const QString& message);

    const ProviderRegistry& m_providers;
    const Clock& m_clock;
    NonceSource& m_nonces;
    QTextStream& m_out;
    QTextStream& m_err;
    QProcessEnvironment m_environment;
};

} // namespace OrderDesk
