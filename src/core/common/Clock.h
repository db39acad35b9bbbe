#pragma once

#include <QDateTime>

namespace OrderDesk {

// Time reaches signers and the ledger only through this interface, so that tests can
// pin it to the instant of a published signing example.
class Clock
{
public:
    virtual ~Clock();
    virtual QDateTime nowUtc() const = 0;
};

} // namespace OrderDesk
