#pragma once

#include <QByteArray>
#include <QIODevice>

namespace OrderDesk {

// An order's body as a device that can be read once and never rewound. Qt's HTTP/1 channel
// resends a request by itself when the connection closes while it waits for the answer, after
// rewinding the upload device (QHttpNetworkConnectionChannel::resendCurrentRequest, then
// resetUploadData). With this device the rewind fails, so Qt reports ContentReSendError instead
// of sending a second copy of an order that has no idempotency token.
class OneShotUploadDevice final : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotUploadDevice(QByteArray data, QObject* parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }
    bool atEnd() const override;
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_read = 0;
};

} // namespace OrderDesk
