#include "CredentialResolver.h"

#include "CliContext.h"
#include "common/SandboxCredential.h"
#include "credentials/CredentialResult.h"
#include "credentials/CredentialStore.h"
#include "credentials/Profile.h"
#include "providers/Provider.h"

namespace OrderDesk {

CredentialResolver::CredentialResolver(CliContext& context)
    : m_context(context)
{}

const std::optional<Profile>& CredentialResolver::profile() const
{
    return m_profile;
}

bool CredentialResolver::selectProfile(const Provider& provider, const QString& profileName)
{
    m_profile.reset();
    if (profileName.isEmpty())
        return true;
    m_profile = m_context.credentials().profile(provider.id(), profileName);
    if (!m_profile) {
        m_context.usageError(
            tr("There is no %1 profile named \"%2\". \"orderdesk-cli profiles list\" shows the "
               "profiles; \"orderdesk-cli profiles add\" creates one.")
                .arg(provider.displayName().toString(), profileName));
        return false;
    }
    return true;
}

QString CredentialResolver::accountName() const
{
    return m_accountName;
}

bool CredentialResolver::resolve(const Provider& provider, const Endpoint& endpoint)
{
    if (m_profile) {
        const CredentialResult result = CliContext::awaitKeychain([&](QObject* context, auto done) {
            m_context.credentials().readCredential(provider.id(), m_profile->name, context, std::move(done));
        });
        if (!result.ok) {
            m_context.printError(
                tr("The secret of profile \"%1\" could not be read from the system keychain: "
                   "%2 Nothing was sent.")
                    .arg(m_profile->name, result.error.toString()));
            return false;
        }
        m_credential = result.credential;
        m_accountName = m_profile->name;
        return true;
    }

    const QProcessEnvironment& environment = m_context.environment();
    const Credential fromEnvironment{environment.value(QStringLiteral("ORDERDESK_ACCESS_KEY_ID")),
                                     environment.value(QStringLiteral("ORDERDESK_ACCESS_KEY_SECRET"))};
    if (fromEnvironment.isComplete()) {
        m_credential = fromEnvironment;
        m_accountName = QStringLiteral("env:") + fromEnvironment.accessKeyId;
        return true;
    }
    if (endpoint.isValid() && endpoint.isLoopback()) {
        m_credential = SandboxCredential::pair();
        m_accountName = QStringLiteral("sandbox");
        return true;
    }
    m_context.printError(
        tr("No credentials for %1. Use --profile NAME (see \"orderdesk-cli profiles\"), or set "
           "ORDERDESK_ACCESS_KEY_ID and ORDERDESK_ACCESS_KEY_SECRET. Nothing was sent.")
            .arg(provider.displayName().toString()));
    return false;
}

} // namespace OrderDesk
