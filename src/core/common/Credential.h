#pragma once

#include <QString>

namespace OrderDesk {

// An AccessKey pair. The secret is held only as long as a request is being signed;
// nothing in OrderDesk writes it anywhere but the OS keychain.
struct Credential
{
    QString accessKeyId;
    QString accessKeySecret;

    bool isComplete() const { return !accessKeyId.isEmpty() && !accessKeySecret.isEmpty(); }
};

} // namespace OrderDesk
