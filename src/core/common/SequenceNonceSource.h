#pragma once

#include "NonceSource.h"

#include <QStringList>

namespace OrderDesk {

// Hands out given nonces in order, then "nonce-N": deterministic signatures for tests
// and reproducible dry runs.
class SequenceNonceSource final : public NonceSource
{
public:
    explicit SequenceNonceSource(QStringList nonces = {});
    QString nextNonce() override;

private:
    QStringList m_nonces;
    int m_next = 0;
};

} // namespace OrderDesk
