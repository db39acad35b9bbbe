#pragma once

#include <QList>
#include <QString>

#include <chrono>

namespace OrderDesk {

// Small measuring tools the benchmarks share: a monotonic stopwatch, order statistics of
// samples, this process's peak resident memory, and aligned output lines.
class BenchStats
{
public:
    using Clock = std::chrono::steady_clock;

    // Both clocks at once: on a machine shared with other work the wall time says what a user
    // would have waited, the thread's CPU time what the work itself cost.
    struct Lap
    {
        Clock::time_point wall = Clock::now();
        double cpu = threadCpuMs();

        double wallMs() const { return msSince(wall); }
        double cpuMs() const { return threadCpuMs() - cpu; }
        QString text() const;
    };

    static double msSince(Clock::time_point start);
    static double threadCpuMs();
    // The calling thread's time on a CPU and time ready to run but waiting for one, in ms
    // (/proc/thread-self/schedstat); -1 where that is not known.
    struct SchedStat
    {
        double onCpuMs = -1;
        double runQueueMs = -1;
    };
    static SchedStat threadSchedStat();
    static double median(QList<double> samples);
    static double minimum(const QList<double>& samples);
    static double maximum(const QList<double>& samples);
    // VmHWM of /proc/self/status, in KiB; 0 where there is no /proc.
    static qint64 peakRssKiB();
    // VmRSS, in KiB.
    static qint64 currentRssKiB();
    // "label ........ value": one figure per line, easy to read and to grep.
    static void print(const QString& label, const QString& value);
    static QString ms(double value);
    static QString rate(double perSecond, const char* unit);
    static QString kib(qint64 value);
};

} // namespace OrderDesk
