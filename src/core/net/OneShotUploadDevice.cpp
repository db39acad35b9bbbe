#include "OneShotUploadDevice.h"

#include <algorithm>
#include <cstring>

namespace OrderDesk {

OneShotUploadDevice::OneShotUploadDevice(QByteArray data, QObject* parent)
    : QIODevice(parent)
    , m_data(std::move(data))
{
    open(QIODevice::ReadOnly);
}

bool OneShotUploadDevice::atEnd() const
{
    return m_read >= m_data.size() && QIODevice::bytesAvailable() == 0;
}

qint64 OneShotUploadDevice::bytesAvailable() const
{
    return (m_data.size() - m_read) + QIODevice::bytesAvailable();
}

qint64 OneShotUploadDevice::readData(char* data, qint64 maxSize)
{
    const qint64 count = std::min<qint64>(maxSize, m_data.size() - m_read);
    if (count <= 0)
        return m_read >= m_data.size() ? -1 : 0;
    std::memcpy(data, m_data.constData() + m_read, static_cast<size_t>(count));
    m_read += count;
    return count;
}

} // namespace OrderDesk
