#include "TeamLedgerSession.h"

#include <QPointer>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <utility>

namespace OrderDesk {

// Lives in the session's thread and owns the ledger's connection there: a connection belongs to
// the thread that opened it, and opening can take up to the connect timeout.
class TeamLedgerSession::Worker : public QObject
{
public:
    Worker(const TeamLedgerLocation& location, const QString& password)
        : m_location(location)
        , m_password(password)
    {}

    bool open(LocalizedText* error)
    {
        m_ledger.close();
        return m_ledger.open(m_location, m_password, error);
    }

    TeamLedger& ledger() { return m_ledger; }

    // A connection the server dropped (a restart) fails only when next used, and the listener may
    // not have noticed yet: one trivial question first, and a new login when it fails, so that a
    // call after a restart reaches the server that came back instead of failing.
    bool ensureOpen(LocalizedText* error)
    {
        bool alive = false;
        if (m_ledger.isOpen()) {
            // Gone before open() closes the connection it used.
            QSqlQuery ping(QSqlDatabase::database(m_ledger.connectionName(), false));
            alive = ping.exec(QStringLiteral("SELECT 1"));
        }
        return alive || open(error);
    }

    void stop()
    {
        m_ledger.close();
        QThread::currentThread()->quit();
    }

private:
    TeamLedgerLocation m_location;
    QString m_password;
    TeamLedger m_ledger;
};

TeamLedgerSession::TeamLedgerSession(const TeamLedgerLocation& location, const QString& password,
                                     std::chrono::milliseconds heartbeat, QObject* parent)
    : QObject(parent)
    , m_location(location)
    , m_worker(new Worker(location, password))
    , m_listener(location, password, heartbeat)
{
    m_thread.setObjectName(QStringLiteral("team ledger"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(&m_listener, &TeamLedgerListener::stateChanged, this, [this] { Q_EMIT stateChanged(state()); });
    connect(&m_listener, &TeamLedgerListener::orderChanged, this, [this] { refresh(); });
    // A new connection after a lost one: what changed meanwhile was not announced, and the
    // session's own connection is as dead as the listener's was.
    connect(&m_listener, &TeamLedgerListener::resynchronize, this, [this] { reopen(); });
}

TeamLedgerSession::~TeamLedgerSession()
{
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->stop(); });
        m_thread.wait();
    } else {
        delete m_worker;
    }
}

void TeamLedgerSession::start()
{
    if (m_thread.isRunning())
        return;
    m_thread.start();
    m_listener.start();
    reopen();
}

void TeamLedgerSession::reopen()
{
    QPointer<TeamLedgerSession> self(this);
    QMetaObject::invokeMethod(m_worker, [self, worker = m_worker] {
        LocalizedText error;
        const bool ok = worker->open(&error);
        const QString user = ok ? worker->ledger().user() : QString();
        const bool maker = ok && worker->ledger().isMaker();
        const bool checker = ok && worker->ledger().isChecker();
        QMetaObject::invokeMethod(
            self.data(),
            [self, ok, user, maker, checker, error] {
                if (self)
                    self->onOpened(ok, user, maker, checker, error);
            },
            Qt::QueuedConnection);
    });
}

void TeamLedgerSession::onOpened(bool ok, const QString& user, bool maker, bool checker,
                                 const LocalizedText& error)
{
    m_opened = ok;
    m_openError = ok ? LocalizedText() : error;
    if (ok) {
        m_user = user;
        m_maker = maker;
        m_checker = checker;
    }
    Q_EMIT stateChanged(state());
    if (ok)
        refresh();
}

TeamLedgerSession::State TeamLedgerSession::state() const
{
    if (!m_opened) {
        if (!m_openError.isEmpty())
            return m_listener.state() == State::Connecting ? State::Connecting : State::Offline;
        return State::Connecting;
    }
    return m_listener.state();
}

LocalizedText TeamLedgerSession::problem() const
{
    if (!m_opened && !m_openError.isEmpty())
        return m_openError;
    return m_listener.problem();
}

std::optional<TeamOrder> TeamLedgerSession::cachedOrder(qint64 id) const
{
    for (const QList<TeamOrder>* list : {&m_queue, &m_orders}) {
        for (const TeamOrder& order : *list) {
            if (order.id == id)
                return order;
        }
    }
    return std::nullopt;
}

bool TeamLedgerSession::mayDecide(const TeamOrder& order) const
{
    // What the database will refuse anyway; the window only keeps from offering it.
    return m_checker && order.maker != m_user &&
           (order.state == TeamOrderState::AwaitingApproval || order.state == TeamOrderState::Approved);
}

int TeamLedgerSession::decidableCount() const
{
    int count = 0;
    for (const TeamOrder& order : m_queue) {
        if (mayDecide(order))
            ++count;
    }
    return count;
}

void TeamLedgerSession::refresh()
{
    if (!m_opened)
        return;
    // One read at a time; announcements during a read make one more read, not one each.
    if (m_reading) {
        m_readAgain = true;
        return;
    }
    m_reading = true;
    QPointer<TeamLedgerSession> self(this);
    QMetaObject::invokeMethod(m_worker, [self, worker = m_worker] {
        worker->ensureOpen(nullptr);
        const QList<TeamOrder> orders = worker->ledger().orders({}, 500);
        const QList<TeamOrder> queue = worker->ledger().approvalQueue();
        QMetaObject::invokeMethod(
            self.data(),
            [self, orders, queue] {
                if (self)
                    self->onRead(orders, queue);
            },
            Qt::QueuedConnection);
    });
}

void TeamLedgerSession::onRead(const QList<TeamOrder>& orders, const QList<TeamOrder>& queue)
{
    m_reading = false;
    m_orders = orders;
    m_queue = queue;
    QList<TeamOrder> decided;
    for (const TeamOrder& order : m_orders) {
        const auto before = m_lastStates.constFind(order.id);
        if (m_seenOnce && before != m_lastStates.constEnd() && *before == TeamOrderState::AwaitingApproval &&
            (order.state == TeamOrderState::Approved || order.state == TeamOrderState::Declined) &&
            order.maker == m_user)
            decided.append(order);
        m_lastStates.insert(order.id, order.state);
    }
    m_seenOnce = true;
    Q_EMIT ordersChanged();
    for (const TeamOrder& order : std::as_const(decided))
        Q_EMIT decisionMade(order);
    if (m_readAgain) {
        m_readAgain = false;
        refresh();
    }
}

template<typename Result>
void TeamLedgerSession::run(std::function<Result(TeamLedger&, LocalizedText*)> work, QObject* context,
                            std::function<void(const Result&, const LocalizedText&)> done)
{
    QPointer<QObject> guard(context);
    QPointer<TeamLedgerSession> self(this);
    QMetaObject::invokeMethod(
        m_worker, [self, guard, worker = m_worker, work = std::move(work), done = std::move(done)] {
            LocalizedText error;
            const Result result = worker->ensureOpen(&error) ? work(worker->ledger(), &error) : Result{};
            QMetaObject::invokeMethod(
                self.data(),
                [self, guard, done, result, error] {
                    if (self && guard && done)
                        done(result, error);
                },
                Qt::QueuedConnection);
        });
}

void TeamLedgerSession::submit(const TeamLedger::Submission& submission, QObject* context, OrderDone done)
{
    run<std::optional<TeamOrder>>(
        [submission](TeamLedger& ledger, LocalizedText* error) { return ledger.submit(submission, error); },
        context, std::move(done));
}

void TeamLedgerSession::approve(qint64 id, const QString& payloadHash, const QString& comment,
                                QObject* context, Done done)
{
    run<bool>([=](TeamLedger& ledger,
                  LocalizedText* error) { return ledger.approve(id, payloadHash, comment, error); },
              context, std::move(done));
}

void TeamLedgerSession::decline(qint64 id, const QString& payloadHash, const QString& reason,
                                QObject* context, Done done)
{
    run<bool>([=](TeamLedger& ledger,
                  LocalizedText* error) { return ledger.decline(id, payloadHash, reason, error); },
              context, std::move(done));
}

void TeamLedgerSession::withdraw(qint64 id, const QString& reason, QObject* context, Done done)
{
    run<bool>([=](TeamLedger& ledger, LocalizedText* error) { return ledger.withdraw(id, reason, error); },
              context, std::move(done));
}

void TeamLedgerSession::claim(qint64 id, std::chrono::seconds lease, QObject* context, OrderDone done)
{
    run<std::optional<TeamOrder>>(
        [=](TeamLedger& ledger, LocalizedText* error) { return ledger.claim(id, lease, error); }, context,
        std::move(done));
}

void TeamLedgerSession::recordAttempt(qint64 id, int attempt, std::chrono::seconds lease)
{
    run<bool>([=](TeamLedger& ledger,
                  LocalizedText* error) { return ledger.recordAttempt(id, attempt, lease, error); },
              this, {});
}

void TeamLedgerSession::recordOutcome(qint64 id, const TeamLedger::Outcome& outcome, QObject* context,
                                      Done done)
{
    run<bool>(
        [=](TeamLedger& ledger, LocalizedText* error) { return ledger.recordOutcome(id, outcome, error); },
        context, std::move(done));
}

void TeamLedgerSession::duplicateOf(const QString& provider, const QString& profile,
                                    const QString& resourceId, QObject* context,
                                    std::function<void(const std::optional<TeamOrder>&)> done)
{
    run<std::optional<TeamOrder>>(
        [=](TeamLedger& ledger, LocalizedText*) {
            return ledger.recentDuplicate(provider, profile, resourceId);
        },
        context,
        [done = std::move(done)](const std::optional<TeamOrder>& order, const LocalizedText&) {
            done(order);
        });
}

void TeamLedgerSession::events(qint64 id, QObject* context,
                               std::function<void(const QList<TeamEvent>&, const LocalizedText&)> done)
{
    run<QList<TeamEvent>>([=](TeamLedger& ledger, LocalizedText* error) { return ledger.events(id, error); },
                          context, std::move(done));
}

} // namespace OrderDesk
