#include "TeamLedgerListener.h"

#include "TeamLedger.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTimer>

namespace OrderDesk {

namespace {

constexpr const char* kContext = "OrderDesk::TeamLedgerListener";
// Channel names are quoted by the driver, so the name is lower case to match NOTIFY orderdesk.
const QString kChannel = QStringLiteral("orderdesk");

} // namespace

// Lives in the listener's thread with its own connection (a connection belongs to its thread).
// It reports to the listener by queued calls, in the listener's thread.
class TeamLedgerListener::Worker : public QObject
{
public:
    Worker(TeamLedgerListener* listener, const TeamLedgerLocation& location, const QString& password,
           std::chrono::milliseconds heartbeat)
        : m_listener(listener)
        , m_location(location)
        , m_password(password)
        , m_heartbeat(heartbeat)
    {}

    void start()
    {
        m_timer = new QTimer(this);
        m_timer->setInterval(m_heartbeat);
        connect(m_timer, &QTimer::timeout, this, &Worker::beat);
        connectAndListen();
        m_timer->start();
    }

    void stop()
    {
        if (m_timer)
            m_timer->stop();
        m_ledger.close();
        QThread::currentThread()->quit();
    }

private:
    void stateChanged(State state, const LocalizedText& problem)
    {
        QMetaObject::invokeMethod(
            m_listener, [listener = m_listener, state, problem] { listener->setState(state, problem); },
            Qt::QueuedConnection);
    }

    void orderChanged(qint64 orderId)
    {
        QMetaObject::invokeMethod(
            m_listener, [listener = m_listener, orderId] { Q_EMIT listener->orderChanged(orderId); },
            Qt::QueuedConnection);
    }

    void resynchronize()
    {
        QMetaObject::invokeMethod(
            m_listener, [listener = m_listener] { Q_EMIT listener->resynchronize(); }, Qt::QueuedConnection);
    }

    void connectAndListen()
    {
        LocalizedText error;
        if (!m_ledger.open(m_location, m_password, &error)) {
            stateChanged(m_everConnected ? State::Reconnecting : State::Offline, error);
            return;
        }
        QSqlDriver* driver = QSqlDatabase::database(m_ledger.connectionName(), false).driver();
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString& name, QSqlDriver::NotificationSource, const QVariant& payload) {
                    if (name != kChannel)
                        return;
                    bool isNumber = false;
                    const qint64 id = payload.toString().toLongLong(&isNumber);
                    orderChanged(isNumber ? id : 0);
                });
        if (!driver->subscribeToNotification(kChannel)) {
            m_ledger.close();
            stateChanged(m_everConnected ? State::Reconnecting : State::Offline,
                         LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::TeamLedgerListener",
                                                                   "The team ledger's changes cannot be "
                                                                   "followed.")));
            return;
        }
        m_everConnected = true;
        m_connected = true;
        stateChanged(State::Connected, {});
        resynchronize();
    }

    void beat()
    {
        // The driver may have found the connection broken already (the server's goodbye arrives
        // on the socket it watches for notifications, and then it no longer counts as open), or
        // the heartbeat finds it: either way the loss is announced before reconnecting.
        if (m_ledger.isOpen()) {
            QSqlQuery query(QSqlDatabase::database(m_ledger.connectionName(), false));
            if (query.exec(QStringLiteral("SELECT 1")))
                return;
        }
        if (m_connected) {
            m_ledger.close();
            m_connected = false;
            stateChanged(
                State::Reconnecting,
                LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::TeamLedgerListener",
                                                          "The connection to the team ledger was lost.")));
        }
        connectAndListen();
    }

    TeamLedgerListener* m_listener;
    TeamLedgerLocation m_location;
    QString m_password;
    std::chrono::milliseconds m_heartbeat;
    TeamLedger m_ledger;
    QTimer* m_timer = nullptr;
    bool m_everConnected = false;
    // Connected and announced so; a loss is announced once.
    bool m_connected = false;
};

TeamLedgerListener::TeamLedgerListener(const TeamLedgerLocation& location, const QString& password,
                                       std::chrono::milliseconds heartbeat, QObject* parent)
    : QObject(parent)
    , m_worker(new Worker(this, location, password, heartbeat))
{
    m_thread.setObjectName(QStringLiteral("OrderDesk team ledger listener"));
    m_worker->moveToThread(&m_thread);
}

TeamLedgerListener::~TeamLedgerListener()
{
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker] { worker->stop(); }, Qt::QueuedConnection);
        m_thread.wait();
    }
    delete m_worker;
}

void TeamLedgerListener::start()
{
    if (m_thread.isRunning())
        return;
    setState(State::Connecting, {});
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->start(); }, Qt::QueuedConnection);
}

void TeamLedgerListener::setState(State state, const LocalizedText& problem)
{
    m_problem = problem;
    if (state == m_state)
        return;
    m_state = state;
    stateChanged(state);
}

LocalizedText TeamLedgerListener::stateLabel(State state)
{
    switch (state) {
    case State::Connecting:
        return LocalizedText(kContext,
                             QT_TRANSLATE_NOOP("OrderDesk::TeamLedgerListener", "Team ledger: connecting…"));
    case State::Connected:
        return LocalizedText(kContext,
                             QT_TRANSLATE_NOOP("OrderDesk::TeamLedgerListener", "Team ledger: connected"));
    case State::Reconnecting:
        return LocalizedText(
            kContext, QT_TRANSLATE_NOOP("OrderDesk::TeamLedgerListener", "Team ledger: reconnecting…"));
    case State::Offline:
        return LocalizedText(kContext,
                             QT_TRANSLATE_NOOP("OrderDesk::TeamLedgerListener", "Team ledger: offline"));
    }
    return {};
}

} // namespace OrderDesk
