#include "SequenceNonceSource.h"

namespace OrderDesk {

SequenceNonceSource::SequenceNonceSource(QStringList nonces)
    : m_nonces(std::move(nonces))
{}

QString SequenceNonceSource::nextNonce()
{
    const int index = m_next++;
    if (index < m_nonces.size())
        return m_nonces.at(index);
    return QStringLiteral("nonce-%1").arg(index);
}

} // namespace OrderDesk
