#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

#include <optional>

namespace OrderDesk::TestSupport {

// orderdesk-sim as a separate process, as a user runs it: started with the given options,
// ready once it has printed "listening PORT". Stopped when this object goes.
class SimProcess
{
public:
    explicit SimProcess(const QString& binary)
        : m_binary(binary)
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
    }
    ~SimProcess() { stop(); }

    bool start(const QStringList& arguments = {})
    {
        m_process.start(m_binary, arguments);
        if (!m_process.waitForStarted(10000))
            return false;
        // The first line, and nothing else, decides readiness.
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(10000))
                return false;
        }
        const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
        if (!line.startsWith(QLatin1String("listening ")))
            return false;
        bool ok = false;
        m_port = line.mid(10).toUShort(&ok);
        return ok && m_port != 0;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    quint16 port() const { return m_port; }
    QString endpoint() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    // Everything the simulator printed so far, both streams.
    QByteArray output()
    {
        m_output += m_process.readAllStandardOutput();
        m_output += m_process.readAllStandardError();
        return m_output;
    }

private:
    QString m_binary;
    QProcess m_process;
    quint16 m_port = 0;
    QByteArray m_output;
};

} // namespace OrderDesk::TestSupport
