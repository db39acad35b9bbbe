#include "BenchStats.h"

#include <QFile>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>

namespace OrderDesk {

namespace {

qint64 statusField(const char* name)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray key = QByteArray(name) + ':';
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

} // namespace

QString BenchStats::Lap::text() const
{
    const double cpuTime = cpuMs();
    const double wallTime = wallMs();
    return ms(wallTime) + QStringLiteral(" (CPU ") + ms(cpuTime) + QLatin1Char(')');
}

double BenchStats::threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1000.0 + static_cast<double>(now.tv_nsec) / 1e6;
}

double BenchStats::msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

BenchStats::SchedStat BenchStats::threadSchedStat()
{
    // "time on the CPU, time waiting on a run queue, time slices", in nanoseconds.
    SchedStat stat;
    std::FILE* file = std::fopen("/proc/thread-self/schedstat", "r");
    if (!file)
        return stat;
    unsigned long long onCpu = 0, waiting = 0;
    if (std::fscanf(file, "%llu %llu", &onCpu, &waiting) == 2) {
        stat.onCpuMs = static_cast<double>(onCpu) / 1e6;
        stat.runQueueMs = static_cast<double>(waiting) / 1e6;
    }
    std::fclose(file);
    return stat;
}

double BenchStats::median(QList<double> samples)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const qsizetype middle = samples.size() / 2;
    return samples.size() % 2 ? samples.at(middle) : (samples.at(middle - 1) + samples.at(middle)) / 2;
}

double BenchStats::minimum(const QList<double>& samples)
{
    return samples.isEmpty() ? 0 : *std::min_element(samples.cbegin(), samples.cend());
}

double BenchStats::maximum(const QList<double>& samples)
{
    return samples.isEmpty() ? 0 : *std::max_element(samples.cbegin(), samples.cend());
}

qint64 BenchStats::peakRssKiB()
{
    return statusField("VmHWM");
}

qint64 BenchStats::currentRssKiB()
{
    return statusField("VmRSS");
}

void BenchStats::print(const QString& label, const QString& value)
{
    QString line = label + QLatin1Char(' ');
    while (line.size() < 58)
        line += QLatin1Char('.');
    line += QLatin1Char(' ') + value + QLatin1Char('\n');
    std::fputs(line.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

QString BenchStats::ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1) + QStringLiteral(" ms");
}

QString BenchStats::rate(double perSecond, const char* unit)
{
    return QString::number(perSecond, 'f', 0) + QLatin1Char(' ') + QLatin1String(unit) + QStringLiteral("/s");
}

QString BenchStats::kib(qint64 value)
{
    return QString::number(static_cast<double>(value) / 1024.0, 'f', 1) + QStringLiteral(" MiB");
}

} // namespace OrderDesk
