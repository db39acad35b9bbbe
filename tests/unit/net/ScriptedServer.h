#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslConfiguration>
#include <QString>
#include <QTcpServer>

#include <memory>
#include <optional>

class QTcpSocket;

// A raw HTTP/1.1 server on 127.0.0.1 that answers each request it reads completely as the test
// scripted it: with given bytes, by closing the connection, or not at all. It records every
// request exactly as it arrived, so tests can count copies and compare the bytes on the wire.
class ScriptedServer : public QObject
{
    Q_OBJECT

public:
    enum class Action
    {
        Answer, // write the step's bytes, then close
        Close,  // close the connection without a byte of answer
        Silence // keep the connection open and never answer
    };

    struct Step
    {
        Action action = Action::Answer;
        QByteArray bytes;
    };

    enum class Mode
    {
        Http,
        IgnoreEverything, // accept connections, never read or write: a TLS handshake hangs
        PlainTextToTls    // answer the first bytes (a TLS ClientHello) with plain HTTP
    };

    struct Received
    {
        QByteArray method;
        QByteArray target; // path and query exactly as sent
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;

        QByteArray header(const QByteArray& name) const;
        QByteArray path() const;
        QByteArray query() const;
        QString queryValue(const QString& name) const; // decoded
    };

    explicit ScriptedServer(QObject* parent = nullptr);

    // Serves HTTPS with this configuration (certificate and key) instead of plain HTTP.
    void useTls(const QSslConfiguration& configuration) { m_tls = configuration; }
    quint16 listen();
    quint16 port() const { return m_server ? m_server->serverPort() : 0; }
    void setMode(Mode mode) { m_mode = mode; }
    // One step per request received, in order; the last one repeats.
    void setSteps(QList<Step> steps) { m_steps = std::move(steps); }
    const QList<Received>& received() const { return m_received; }
    int connectionCount() const { return m_connections; }

    static Step answer(const QByteArray& bytes) { return {Action::Answer, bytes}; }
    static Step close() { return {Action::Close, {}}; }
    static Step silence() { return {Action::Silence, {}}; }
    // A complete HTTP/1.1 answer with a JSON body and Content-Length.
    static QByteArray http(int status, const QByteArray& body,
                           const QList<QPair<QByteArray, QByteArray>>& headers = {});

Q_SIGNALS:
    void requestReceived(int count);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);

    std::unique_ptr<QTcpServer> m_server;
    std::optional<QSslConfiguration> m_tls;
    Mode m_mode = Mode::Http;
    QList<Step> m_steps;
    QList<Received> m_received;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    int m_connections = 0;
};
