#pragma once

#include <QCoreApplication>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>
#include <memory>

// What every fuzz target shares: a Qt application object, quiet Qt messages, and a check
// that turns a broken invariant into a crash libFuzzer records with its input.
namespace FuzzSupport {

[[noreturn]] inline void fail(const char* condition, const char* file, int line)
{
    std::fprintf(stderr, "FUZZ_CHECK failed: %s (%s:%d)\n", condition, file, line);
    std::fflush(stderr);
    std::abort();
}

inline void initialize(int* argc, char*** argv)
{
    // Qt's warnings about odd input are expected by the thousand and would only slow the run.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "Qt fatal: %s\n", qPrintable(message));
            std::abort();
        }
    });
    // Lives as long as the process: event loops and translations need it.
    static QCoreApplication* const app = new QCoreApplication(*argc, *argv);
    static_cast<void>(app);
}

} // namespace FuzzSupport

#define FUZZ_CHECK(condition)                                                                                \
    do {                                                                                                     \
        if (!(condition))                                                                                    \
            FuzzSupport::fail(#condition, __FILE__, __LINE__);                                               \
    } while (false)
