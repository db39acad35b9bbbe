#pragma once

#include "common/Credential.h"
#include "common/Endpoint.h"
#include "credentials/Profile.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace OrderDesk {

class CliContext;
class Provider;

// Where the CLI takes an AccessKey pair from, in this order: the named keychain profile;
// ORDERDESK_ACCESS_KEY_ID / ORDERDESK_ACCESS_KEY_SECRET for automation; the built-in sandbox
// pair, but only for an endpoint on this computer (the simulator). The secret is read from
// the keychain only here and only into a Credential.
class CredentialResolver
{
    Q_DECLARE_TR_FUNCTIONS(OrderDesk::CredentialResolver)

public:
    explicit CredentialResolver(CliContext& context);

    // The profile settings (endpoint, region) without touching the keychain. Prints a usage
    // error and returns false when --profile names no profile of this provider.
    bool selectProfile(const Provider& provider, const QString& profileName);
    const std::optional<Profile>& profile() const;
    // The account name the ledger records: the profile name, "env:<AccessKey ID>" or "sandbox".
    QString accountName() const;

    // Reads the secret. Prints why and returns false when there is no usable pair.
    bool resolve(const Provider& provider, const Endpoint& endpoint);
    const Credential& credential() const { return m_credential; }

private:
    CliContext& m_context;
    std::optional<Profile> m_profile;
    Credential m_credential;
    QString m_accountName;
};

} // namespace OrderDesk
