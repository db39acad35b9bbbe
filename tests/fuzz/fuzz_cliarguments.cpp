// libFuzzer target: orderdesk-cli's argument parsing and command dispatch, in-process.
//
// Input: the arguments after the program name, separated by NUL bytes (argv cannot hold one),
// each decoded as UTF-8.
//
// Nothing can leave the process and nothing outside a scratch folder is touched:
// - the environment is empty, so there are no credentials but the sandbox key, which only
//   ever opens a loopback endpoint;
// - standard input is empty, so every confirmation is answered "no", and --yes is refused,
//   so no order or retry is ever sent;
// - "profiles add" and "profiles remove" are refused, so the keychain is never used;
// - the data folder is always the harness's own (--data-dir from the input is refused), and
//   paths that could leave the working folder (absolute, "~", "..") are refused, so an export
//   lands in the scratch working folder.
// Refused inputs return -1 so that libFuzzer keeps them out of the corpus.
//
// Oracles: the exit code is one of the documented ones and never "rejected" or "unknown"
// (nothing is sent); a usage error says so on stderr; the sandbox secret never appears.

#include "CliApplication.h"
#include "FuzzSupport.h"
#include "common/FixedClock.h"
#include "common/SandboxCredential.h"
#include "common/SequenceNonceSource.h"
#include "providers/ProviderRegistry.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstddef>
#include <cstdint>

using namespace OrderDesk;

namespace {

QTemporaryDir* scratch = nullptr;

QString dataDirectory()
{
    return scratch->filePath(QStringLiteral("data"));
}

// Whether an argument could send, touch the keychain or reach outside the scratch folder.
bool refused(const QStringList& arguments)
{
    const QString command = arguments.value(0);
    for (const QString& argument : arguments) {
        QString name = argument;
        while (name.startsWith(QLatin1Char('-')))
            name.remove(0, 1);
        if (name == QLatin1String("yes") || name.startsWith(QLatin1String("yes=")))
            return true;
        if (argument.startsWith(QLatin1String("--data-dir")))
            return true;
        if (command == QLatin1String("profiles") &&
            (argument == QLatin1String("add") || argument == QLatin1String("remove")))
            return true;
        if (argument.startsWith(QLatin1Char('/')) || argument.startsWith(QLatin1Char('~')) ||
            argument.contains(QLatin1String("..")) || argument.contains(QLatin1String("=/")) ||
            argument.contains(QLatin1String("=~")) || argument.contains(QLatin1Char('\\')))
            return true;
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    FuzzSupport::initialize(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    scratch = new QTemporaryDir();
    FUZZ_CHECK(scratch->isValid());
    FUZZ_CHECK(QDir().mkpath(scratch->filePath(QStringLiteral("work"))));
    FUZZ_CHECK(QDir::setCurrent(scratch->filePath(QStringLiteral("work"))));
    std::atexit([] { delete scratch; });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // Qt's parser handles any length; past a few kilobytes an input only repeats itself.
    if (size > 4096)
        return -1;
    QStringList arguments;
    if (size > 0) {
        const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
        for (const QByteArray& part : bytes.split('\0'))
            arguments.append(QString::fromUtf8(part));
    }
    if (refused(arguments))
        return -1;

    static const ProviderRegistry providers;
    const FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 30), Qt::UTC));
    SequenceNonceSource nonces;
    QString input;
    QString output;
    QString errors;
    QTextStream in(&input, QIODevice::ReadOnly);
    QTextStream out(&output);
    QTextStream err(&errors);
    int exitCode = -1;
    {
        CliApplication cli(providers, clock, nonces, in, out, err, QProcessEnvironment());
        exitCode = cli.run(QStringList{QStringLiteral("orderdesk-cli")} + arguments +
                           QStringList{QStringLiteral("--data-dir"), dataDirectory()});
    }
    out.flush();
    err.flush();

    FUZZ_CHECK(exitCode == CliContext::Success || exitCode == CliContext::UsageError ||
               exitCode == CliContext::NotSent);
    if (exitCode == CliContext::UsageError)
        FUZZ_CHECK(!errors.isEmpty());
    const QString secret = SandboxCredential::pair().accessKeySecret;
    FUZZ_CHECK(!output.contains(secret) && !errors.contains(secret));
    return 0;
}
