#include "ScriptedServer.h"

#include "common/PercentEncoding.h"

#include <QHostAddress>
#include <QSslServer>
#include <QTcpSocket>

QByteArray ScriptedServer::Received::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray ScriptedServer::Received::path() const
{
    const qsizetype mark = target.indexOf('?');
    return mark < 0 ? target : target.left(mark);
}

QByteArray ScriptedServer::Received::query() const
{
    const qsizetype mark = target.indexOf('?');
    return mark < 0 ? QByteArray() : target.mid(mark + 1);
}

QString ScriptedServer::Received::queryValue(const QString& name) const
{
    for (const auto& [key, value] : OrderDesk::PercentEncoding::decodeQuery(query())) {
        if (key == name)
            return value;
    }
    return {};
}

ScriptedServer::ScriptedServer(QObject* parent)
    : QObject(parent)
{}

quint16 ScriptedServer::listen()
{
    if (m_tls) {
        auto server = std::make_unique<QSslServer>();
        server->setSslConfiguration(*m_tls);
        m_server = std::move(server);
    } else {
        m_server = std::make_unique<QTcpServer>();
    }
    // QSslServer hands out a connection once its handshake is done.
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &ScriptedServer::onNewConnection);
    m_server->listen(QHostAddress::LocalHost, 0);
    return m_server->serverPort();
}

QByteArray ScriptedServer::http(int status, const QByteArray& body,
                                const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " Scripted\r\n";
    out += "Content-Type: application/json\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "Connection: close\r\n";
    for (const auto& [name, value] : headers)
        out += name + ": " + value + "\r\n";
    return out + "\r\n" + body;
}

void ScriptedServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        ++m_connections;
        socket->setParent(this);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [this, socket] { m_buffers.remove(socket); });
        if (m_mode == Mode::IgnoreEverything)
            continue;
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    }
}

void ScriptedServer::onReadyRead(QTcpSocket* socket)
{
    if (m_mode == Mode::PlainTextToTls) {
        socket->readAll();
        socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
        return;
    }
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;

    Received request;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    qsizetype contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        request.headers.append({name, value});
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            contentLength = value.toLongLong();
    }
    if (buffer.size() < end + 4 + contentLength)
        return;
    request.body = buffer.mid(end + 4, contentLength);
    buffer.remove(0, end + 4 + contentLength);

    const qsizetype index = m_received.size();
    m_received.append(request);
    const Step step =
        m_steps.isEmpty() ? Step{Action::Silence, {}} : m_steps.value(index, m_steps.constLast());
    switch (step.action) {
    case Action::Answer:
        socket->write(step.bytes);
        socket->disconnectFromHost();
        break;
    case Action::Close:
        socket->disconnectFromHost();
        break;
    case Action::Silence:
        break;
    }
    Q_EMIT requestReceived(static_cast<int>(m_received.size()));
}
