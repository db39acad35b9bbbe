// orderdesk-bench-responsiveness [--orders N] [--slow-ms MS]
// The longest stall of the GUI's event loop while orders are in flight. The main window is
// shown (offscreen unless QT_QPA_PLATFORM says otherwise) on a fresh data folder; the
// simulator runs in its own thread, standing in for a provider that is far away and slow
// (every order's resource id holds the "slow" keyword: answered after --slow-ms). The GUI
// thread places the orders through OrderService, one per event as clicks would come, so that
// all of them are in flight at once; a 1 ms precise timer records the longest gap between its
// ticks, separately while the orders are sent and while their answers arrive; and each gap less
// the time the thread waited for a CPU, because on a loaded machine a gap can be another
// process's turn rather than anything OrderDesk did.
#include "AppContext.h"
#include "BenchStats.h"
#include "MainWindow.h"
#include "SeedExamples.h"
#include "SimServer.h"
#include "common/SandboxCredential.h"
#include "orders/OrderService.h"
#include "providers/ProviderRegistry.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QProcess>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <atomic>

using namespace OrderDesk;

namespace {

// The simulator on its own thread and event loop.
class SimThread : public QThread
{
public:
    explicit SimThread(int slowMs)
        : m_slowMs(slowMs)
    {}

    quint16 waitForPort()
    {
        m_ready.acquire();
        return m_port;
    }

protected:
    void run() override
    {
        SimServer server;
        server.setSlowAnswerMs(m_slowMs);
        m_port = server.listen();
        m_ready.release();
        exec();
    }

private:
    int m_slowMs;
    std::atomic<quint16> m_port{0};
    QSemaphore m_ready;
};

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption ordersOption(QStringLiteral("orders"), QStringLiteral("Orders in flight."),
                                          QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption slowOption(QStringLiteral("slow-ms"), QStringLiteral("The simulator's delay."),
                                        QStringLiteral("ms"), QStringLiteral("2000"));
    const QCommandLineOption simOption(
        QStringLiteral("sim"),
        QStringLiteral("Run this orderdesk-sim executable as the provider instead "
                       "of a simulator thread in this process."),
        QStringLiteral("path"));
    const QCommandLineOption idleOption(
        QStringLiteral("idle-ms"), QStringLiteral("How long the probe runs with nothing in flight first."),
        QStringLiteral("ms"), QStringLiteral("16000"));
    parser.addOptions({ordersOption, slowOption, simOption, idleOption});
    parser.process(app);
    const int total = parser.value(ordersOption).toInt();

    QTemporaryDir folder;
    AppContext context(folder.path());
    context.initialize();
    MainWindow window(context);
    window.show();

    // A provider far away shares nothing with OrderDesk; a simulator thread in this process still
    // shares its allocator and Qt's event queues, so the separate process is the closer stand-in.
    SimThread sim(parser.value(slowOption).toInt());
    QProcess simProcess;
    quint16 port = 0;
    if (parser.isSet(simOption)) {
        simProcess.start(parser.value(simOption), {QStringLiteral("--port"), QStringLiteral("0"),
                                                   QStringLiteral("--slow-ms"), parser.value(slowOption)});
        while (port == 0 && simProcess.waitForReadyRead(10000)) {
            const QByteArray line = simProcess.readLine().trimmed();
            if (line.startsWith("listening "))
                port = static_cast<quint16>(line.mid(10).toUInt());
        }
        // One line per request follows; read and dropped so that the pipe never fills.
        QObject::connect(&simProcess, &QProcess::readyReadStandardOutput, &simProcess,
                         [&simProcess] { simProcess.readAllStandardOutput(); });
    } else {
        sim.start();
        port = sim.waitForPort();
    }
    if (port == 0) {
        qCritical("the simulator did not start");
        return 2;
    }
    const Endpoint endpoint{QStringLiteral("http"), QStringLiteral("127.0.0.1"), port};

    enum class Phase
    {
        Settling,
        Idle,
        Sending,
        Waiting
    };
    Phase phase = Phase::Settling;
    // Per phase: the longest gap, gaps over one 60 Hz frame (16 ms), and the same two for the
    // gaps less the time the GUI thread was ready but waited for a CPU: what is left is the
    // program's own doing (work, or waiting for I/O or a lock), not another process's turn.
    struct Gaps
    {
        double worst = 0;
        int longOnes = 0;
        double worstOwn = 0;
        int longOwn = 0;
        int worstOwnAt = 0;   // orders placed or answered when it ended
        double worstBusy = 0; // the most CPU time the thread used between two ticks
    };
    Gaps idle, sending, waiting;
    int placed = 0, finished = 0, failed = 0;
    int ticks = 0;
    auto last = BenchStats::Clock::now();
    BenchStats::SchedStat lastStat = BenchStats::threadSchedStat();
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const auto now = BenchStats::Clock::now();
        const double gap = std::chrono::duration<double, std::milli>(now - last).count();
        const BenchStats::SchedStat stat = BenchStats::threadSchedStat();
        const double own = gap - (stat.runQueueMs - lastStat.runQueueMs);
        const double busy = stat.onCpuMs - lastStat.onCpuMs;
        last = now;
        lastStat = stat;
        if (phase == Phase::Settling)
            return;
        Gaps& gaps = phase == Phase::Idle ? idle : phase == Phase::Sending ? sending : waiting;
        gaps.worst = std::max(gaps.worst, gap);
        gaps.longOnes += gap > 16 ? 1 : 0;
        gaps.worstBusy = std::max(gaps.worstBusy, busy);
        if (own > gaps.worstOwn) {
            gaps.worstOwn = own;
            gaps.worstOwnAt = phase == Phase::Sending ? placed : finished;
        }
        gaps.longOwn += own > 16 ? 1 : 0;
        ticks += phase == Phase::Idle ? 0 : 1;
    });
    probe.start();

    const QList<const Provider*> providers = context.providers().all();
    QObject::connect(&context.orders(), &OrderService::finished, &app, [&] {
        if (++finished == placed && placed == total)
            QTimer::singleShot(50, &app, &QCoreApplication::quit);
    });
    QTimer sender;
    sender.setInterval(2);
    QObject::connect(&sender, &QTimer::timeout, [&] {
        if (placed == total) {
            sender.stop();
            phase = Phase::Waiting;
            return;
        }
        const Provider* provider = providers.at(placed % providers.size());
        OrderRequest order;
        for (const QString& param : SeedExamples::params(provider->id())) {
            const qsizetype equals = param.indexOf(QLatin1Char('='));
            order.params.insert(param.left(equals), param.mid(equals + 1));
        }
        QString resource = QStringLiteral("slow%1").arg(placed);
        if (provider->id() == QLatin1String("volcengine"))
            resource.prepend(QStringLiteral("dcc-"));
        else if (provider->id() == QLatin1String("aliyun"))
            resource.prepend(QStringLiteral("pc-"));
        for (const FieldSpec& field : provider->schema().fields()) {
            if (field.identifiesResource)
                order.params.insert(field.name, resource);
        }
        order.params.remove(QStringLiteral("ClientToken")); // a fresh token per order
        const PreparedOrder prepared =
            context.orders().prepare(*provider, order, QStringLiteral("sandbox"), endpoint);
        ++placed;
        if (!prepared.isValid()) {
            ++failed;
            return;
        }
        context.orders().place(
            prepared, SandboxCredential::pair(), &app,
            [&failed](qint64 ledgerId, const LocalizedText&, const std::optional<OrderRecord>&) {
                failed += ledgerId == 0 ? 1 : 0;
            });
    });
    // The window's first paint and the settling of its layout are not what is measured. Then
    // the same probe with nothing to do: the floor of what this machine delivers to a 1 ms timer.
    const int idleMs = parser.value(idleOption).toInt();
    const auto startPhase = [&](Phase next) {
        phase = next;
        last = BenchStats::Clock::now();
        lastStat = BenchStats::threadSchedStat();
    };
    QTimer::singleShot(500, &app, [&] { startPhase(Phase::Idle); });
    QTimer::singleShot(500 + idleMs, &app, [&] {
        startPhase(Phase::Sending);
        sender.start();
    });
    QTimer::singleShot(120000, &app, &QCoreApplication::quit); // a safety net, never reached normally
    const auto start = BenchStats::Clock::now();
    app.exec();
    const double elapsed = BenchStats::msSince(start) - 500 - idleMs;

    if (sim.isRunning()) {
        sim.quit();
        sim.wait();
    }
    simProcess.terminate();
    simProcess.waitForFinished(5000);
    const QString platform = qEnvironmentVariable("QT_QPA_PLATFORM");
    BenchStats::print(QStringLiteral("responsiveness: platform"), platform);
    BenchStats::print(QStringLiteral("responsiveness: orders placed / answered / not placed"),
                      QStringLiteral("%1 / %2 / %3").arg(placed).arg(finished).arg(failed));
    BenchStats::print(QStringLiteral("responsiveness: simulator"),
                      parser.isSet(simOption) ? QStringLiteral("orderdesk-sim process")
                                              : QStringLiteral("thread"));
    BenchStats::print(QStringLiteral("responsiveness: simulator delay per order"),
                      BenchStats::ms(parser.value(slowOption).toDouble()));
    const auto describe = [](const Gaps& gaps) -> QString {
        return BenchStats::ms(gaps.worst) +
               QStringLiteral(" (%1 gaps over 16 ms); less waiting for a CPU: ").arg(gaps.longOnes) +
               BenchStats::ms(gaps.worstOwn) +
               QStringLiteral(
                   " (%1 over 16 ms; the longest after order %2 of the phase); most CPU time in one: ")
                   .arg(gaps.longOwn)
                   .arg(gaps.worstOwnAt) +
               BenchStats::ms(gaps.worstBusy);
    };
    BenchStats::print(QStringLiteral("responsiveness: longest tick gap, idle (the floor)"), describe(idle));
    BenchStats::print(QStringLiteral("responsiveness: longest tick gap while sending"), describe(sending));
    BenchStats::print(QStringLiteral("responsiveness: longest tick gap while answers arrive"),
                      describe(waiting));
    BenchStats::print(QStringLiteral("responsiveness: ticks measured"), QString::number(ticks));
    BenchStats::print(QStringLiteral("responsiveness: all answered after"), BenchStats::ms(elapsed));
    return failed == 0 && finished == total ? 0 : 1;
}
