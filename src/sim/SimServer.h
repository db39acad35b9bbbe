#pragma once

#include "SimOrder.h"
#include "SimSettings.h"
#include "SimState.h"
#include "common/Credential.h"
#include "common/SystemClock.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

class QTcpSocket;

namespace OrderDesk {

struct SimAnswer;
struct SimRequest;
class SimProviderHandler;

// A local stand-in for the four providers' order endpoints, usable in-process (the app's
// sandbox, integration tests) and as the orderdesk-sim executable. It verifies signatures
// and clock windows the way each provider does, keeps orders and idempotency tokens, and
// misbehaves on request (SimTriggers.h). It listens on 127.0.0.1 only.
//
// Control endpoints, unsigned: GET /_sim/orders (the created orders as a JSON list) and
// POST /_sim/reset.
class SimServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SimServer(QObject* parent = nullptr);
    ~SimServer() override;

    // The key pairs accepted for every provider; by default the sandbox pair.
    void setCredentials(const QList<Credential>& pairs);
    QList<Credential> credentials() const;
    // nullptr: the system clock. The clock must outlive the server.
    void setClock(const Clock* clock);
    void setSlowAnswerMs(int ms);
    int slowAnswerMs() const;

    bool loadState(const QString& file, QString* error);
    bool saveState(const QString& file, QString* error) const;

    // Serves https with this PEM certificate (chain) and unencrypted PEM key (RSA or EC) from
    // the next listen() on. False, with the reason in `error`, when either cannot be read.
    bool setTls(const QString& certificateFile, const QString& keyFile, QString* error);
    bool isTls() const { return m_tls; }

    // Binds 127.0.0.1 only; port 0 lets the OS choose. Returns the port, 0 on failure.
    quint16 listen(quint16 port = 0);

    int orderCount(const QString& provider = {}) const;
    QList<SimOrder> orders() const;
    // Requests that reached a provider's handler, rejected ones included.
    int requestCount(const QString& provider = {}) const;
    // Bytes of the last streamed answer (the "huge" trigger) that were handed to the connection,
    // head and chunk framing included, until it was complete or the client went away; and
    // whether it was complete.
    qint64 streamedBytes() const { return m_streamedBytes; }
    bool streamCompleted() const { return m_streamCompleted; }
    void reset();

    // RFC 7231's IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT", whatever the locale.
    static QByteArray httpDate(const QDateTime& time);

signals:
    // Once per answered request. A dropped connection reports status 0 and code "drop"; a
    // slow answer whose client left meanwhile, status 0 and "client gone".
    void requestHandled(const QString& provider, int httpStatus, const QString& code);
    // The same as one line for a console: provider, action, status, code. Never a key
    // secret or a signature.
    void requestLogged(const QString& line);
    // The orders, tokens, nonces or fired triggers changed: time to save the state file.
    void stateChanged();

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    SimProviderHandler* route(const SimRequest& request) const;
    SimProviderHandler* handler(const QString& provider) const;
    SimAnswer control(const SimRequest& request);
    void deliver(const SimAnswer& answer, QTcpSocket* socket);
    void write(const SimAnswer& answer, QTcpSocket* socket);
    void stream(const SimAnswer& answer, QTcpSocket* socket);
    QByteArray head(const SimAnswer& answer, const QByteArray& lengthHeader) const;
    void report(const SimAnswer& answer, int httpStatus, const QString& code);
    void clear();
    void noteStateChange(quint64 revisionBefore);

    SystemClock m_systemClock;
    SimSettings m_settings;
    SimState m_state;
    std::vector<std::unique_ptr<SimProviderHandler>> m_handlers;
    QHash<QString, int> m_requestCounts;
    bool m_tls = false;
    qint64 m_streamedBytes = 0;
    bool m_streamCompleted = false;
};

} // namespace OrderDesk
