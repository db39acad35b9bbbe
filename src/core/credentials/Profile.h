#pragma once

#include <QString>

namespace OrderDesk {

// One named AccessKey of one provider, as the user set it up. The secret is not part of it:
// it lives only in the system keychain, under "<provider>/<name>".
struct Profile
{
    QString provider; // a provider id of the ProviderRegistry, e.g. "aliyun"
    QString name;     // the user's label, unique per provider, e.g. "finance-main"
    QString accessKeyId;
    QString endpoint; // optional "scheme://host[:port]", e.g. the simulator; empty = the provider's default
    QString region;   // optional default region

    bool operator==(const Profile& other) const
    {
        return provider == other.provider && name == other.name && accessKeyId == other.accessKeyId &&
               endpoint == other.endpoint && region == other.region;
    }
    bool operator!=(const Profile& other) const { return !(*this == other); }
};

} // namespace OrderDesk
