// orderdesk-bench-responsiveness [--orders N] [--slow-ms MS]
// The longest stall of the GUI's event loop while orders are in flight. The main window is
// shown (offscreen unless QT_QPA_PLATFORM says otherwise) on a fresh data folder; the
// simulator runs in its own thread, standing in for a provider that is far away and slow
// (every order's resource id holds the "slow" keyword: answered after --slow-ms). The GUI
// thread places the orders through OrderService, one per event as clicks would come, so that
// all of them are in flight at once; a 1 ms precise timer records the longest gap between its
// ticks, separately while the orders are sent and while their answers arrive.
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
    parser.addOptions({ordersOption, slowOption});
    parser.process(app);
    const int total = parser.value(ordersOption).toInt();

    QTemporaryDir folder;
    AppContext context(folder.path());
    context.initialize();
    MainWindow window(context);
    window.show();

    SimThread sim(parser.value(slowOption).toInt());
    sim.start();
    const Endpoint endpoint{QStringLiteral("http"), QStringLiteral("127.0.0.1"), sim.waitForPort()};

    enum class Phase
    {
        Settling,
        Sending,
        Waiting
    };
    Phase phase = Phase::Settling;
    double worstSending = 0, worstWaiting = 0;
    int longSending = 0, longWaiting = 0, ticks = 0; // gaps over one 60 Hz frame (16 ms)
    auto last = BenchStats::Clock::now();
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const auto now = BenchStats::Clock::now();
        const double gap = std::chrono::duration<double, std::milli>(now - last).count();
        last = now;
        if (phase == Phase::Sending) {
            worstSending = std::max(worstSending, gap);
            longSending += gap > 16 ? 1 : 0;
        } else if (phase == Phase::Waiting) {
            worstWaiting = std::max(worstWaiting, gap);
            longWaiting += gap > 16 ? 1 : 0;
        }
        ticks += phase == Phase::Settling ? 0 : 1;
    });
    probe.start();

    const QList<const Provider*> providers = context.providers().all();
    int placed = 0, finished = 0, failed = 0;
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
        if (!prepared.isValid() || context.orders().place(prepared, SandboxCredential::pair()) == 0)
            ++failed;
        ++placed;
    });
    // The window's first paint and the settling of its layout are not what is measured.
    QTimer::singleShot(500, &app, [&] {
        phase = Phase::Sending;
        last = BenchStats::Clock::now();
        sender.start();
    });
    QTimer::singleShot(120000, &app, &QCoreApplication::quit); // a safety net, never reached normally
    const auto start = BenchStats::Clock::now();
    app.exec();
    const double elapsed = BenchStats::msSince(start) - 500;

    sim.quit();
    sim.wait();
    const QString platform = qEnvironmentVariable("QT_QPA_PLATFORM");
    BenchStats::print(QStringLiteral("responsiveness: platform"), platform);
    BenchStats::print(QStringLiteral("responsiveness: orders placed / answered / not placed"),
                      QStringLiteral("%1 / %2 / %3").arg(placed).arg(finished).arg(failed));
    BenchStats::print(QStringLiteral("responsiveness: simulator delay per order"),
                      BenchStats::ms(parser.value(slowOption).toDouble()));
    BenchStats::print(QStringLiteral("responsiveness: longest tick gap while sending"),
                      BenchStats::ms(worstSending) +
                          QStringLiteral(" (%1 gaps over 16 ms)").arg(longSending));
    BenchStats::print(
        QStringLiteral("responsiveness: longest tick gap while answers arrive"),
        BenchStats::ms(worstWaiting) +
            QStringLiteral(" (%1 gaps over 16 ms; %2 ticks in all)").arg(longWaiting).arg(ticks));
    BenchStats::print(QStringLiteral("responsiveness: all answered after"), BenchStats::ms(elapsed));
    return failed == 0 && finished == total ? 0 : 1;
}
