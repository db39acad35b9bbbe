// orderdesk-bench-startup --floor EXE --app EXE --empty-dir DIR --full-dir DIR [--runs N]
// Runs the floor window and orderdesk --quit-after-paint (empty ledger, filled ledger) N times
// each, interleaved, and reports the wall time from fork to exit and the peak resident memory
// (wait4's ru_maxrss) with their ratios to the floor. The platform is whatever QT_QPA_PLATFORM
// (and DISPLAY) say; the caller runs it once offscreen and once under Xvfb.
#include "BenchStats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <cstdio>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace OrderDesk;

namespace {

struct Sample
{
    double ms = 0;
    double maxRssKiB = 0;
    double cpuMs = 0;
    int status = -1;
};

Sample runOnce(const QStringList& command)
{
    std::vector<QByteArray> storage;
    for (const QString& part : command)
        storage.push_back(part.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& part : storage)
        argv.push_back(part.data());
    argv.push_back(nullptr);

    Sample sample;
    const auto start = BenchStats::Clock::now();
    const pid_t child = fork();
    if (child == 0) {
        // Qt's start-up notes on every run would drown the figures.
        const int devNull = open("/dev/null", O_WRONLY);
        if (devNull >= 0)
            dup2(devNull, STDERR_FILENO);
        execv(argv.front(), argv.data());
        _exit(127);
    }
    if (child < 0)
        return sample;
    int status = 0;
    rusage usage{};
    if (wait4(child, &status, 0, &usage) != child)
        return sample;
    sample.ms = BenchStats::msSince(start);
    sample.maxRssKiB = static_cast<double>(usage.ru_maxrss);
    const auto toMs = [](const timeval& time) {
        return static_cast<double>(time.tv_sec) * 1000.0 + static_cast<double>(time.tv_usec) / 1000.0;
    };
    sample.cpuMs = toMs(usage.ru_utime) + toMs(usage.ru_stime);
    sample.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return sample;
}

struct Subject
{
    QString label;
    QStringList command;
    QList<double> times, memory, cpu;
    int failures = 0;
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption floorOption(QStringLiteral("floor"), QStringLiteral("Floor executable."),
                                         QStringLiteral("exe"));
    const QCommandLineOption appOption(QStringLiteral("app"), QStringLiteral("orderdesk executable."),
                                       QStringLiteral("exe"));
    const QCommandLineOption emptyOption(QStringLiteral("empty-dir"), QStringLiteral("Empty data folder."),
                                         QStringLiteral("dir"));
    const QCommandLineOption fullOption(QStringLiteral("full-dir"), QStringLiteral("Filled data folder."),
                                        QStringLiteral("dir"));
    const QCommandLineOption fullLabelOption(QStringLiteral("full-label"),
                                             QStringLiteral("What the filled folder holds."),
                                             QStringLiteral("text"), QStringLiteral("100,000 orders"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per subject."),
                                        QStringLiteral("n"), QStringLiteral("15"));
    parser.addOptions({floorOption, appOption, emptyOption, fullOption, fullLabelOption, runsOption});
    parser.process(app);
    const int runs = parser.value(runsOption).toInt();

    QList<Subject> subjects{
        {QStringLiteral("floor (QMainWindow + QTableView)"), {parser.value(floorOption)}, {}, {}, {}, 0},
        {QStringLiteral("orderdesk, empty ledger"),
         {parser.value(appOption), QStringLiteral("--quit-after-paint"), QStringLiteral("--data-dir"),
          parser.value(emptyOption)},
         {},
         {},
         {},
         0},
        {QStringLiteral("orderdesk, ") + parser.value(fullLabelOption),
         {parser.value(appOption), QStringLiteral("--quit-after-paint"), QStringLiteral("--data-dir"),
          parser.value(fullOption)},
         {},
         {},
         {},
         0},
    };
    const QString platform = qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("(default)"));
    BenchStats::print(QStringLiteral("startup: platform"), platform);
    BenchStats::print(QStringLiteral("startup: runs per subject"), QString::number(runs));

    // One unmeasured run each warms the page cache; then the subjects take turns, so that a
    // change of machine load hits all of them alike.
    for (Subject& subject : subjects)
        runOnce(subject.command);
    for (int run = 0; run < runs; ++run) {
        for (Subject& subject : subjects) {
            const Sample sample = runOnce(subject.command);
            if (sample.status != 0) {
                ++subject.failures;
                continue;
            }
            subject.times << sample.ms;
            subject.memory << sample.maxRssKiB;
            subject.cpu << sample.cpuMs;
        }
    }

    const double floorTime = BenchStats::median(subjects.first().times);
    const double floorMemory = BenchStats::median(subjects.first().memory);
    const double floorCpu = BenchStats::median(subjects.first().cpu);
    for (const Subject& subject : std::as_const(subjects)) {
        const double time = BenchStats::median(subject.times);
        const double memory = BenchStats::median(subject.memory);
        const QString prefix = QStringLiteral("startup: ") + subject.label;
        BenchStats::print(prefix + QStringLiteral(", time median / min"),
                          BenchStats::ms(time) + QStringLiteral(" / ") +
                              BenchStats::ms(BenchStats::minimum(subject.times)) +
                              QStringLiteral("  (x%1 floor)").arg(time / floorTime, 0, 'f', 2));
        const double cpu = BenchStats::median(subject.cpu);
        BenchStats::print(prefix + QStringLiteral(", CPU (user+sys) median"),
                          BenchStats::ms(cpu) +
                              QStringLiteral("  (x%1 floor)").arg(cpu / floorCpu, 0, 'f', 2));
        BenchStats::print(prefix + QStringLiteral(", peak RSS median"),
                          BenchStats::kib(static_cast<qint64>(memory)) +
                              QStringLiteral("  (x%1 floor)").arg(memory / floorMemory, 0, 'f', 2));
        if (subject.failures > 0)
            BenchStats::print(prefix + QStringLiteral(", failed runs"), QString::number(subject.failures));
    }
    return 0;
}
