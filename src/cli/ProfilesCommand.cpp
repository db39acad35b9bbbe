#include "ProfilesCommand.h"

#include "CliContext.h"
#include "common/Endpoint.h"
#include "credentials/CredentialResult.h"
#include "credentials/CredentialStore.h"
#include "credentials/Profile.h"
#include "providers/ProviderRegistry.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace OrderDesk {

ProfilesCommand::ProfilesCommand(CliContext& context)
    : m_context(context)
{}

int ProfilesCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption providerOption(QStringLiteral("provider"), QString(), QStringLiteral("P"));
    const QCommandLineOption keyOption(QStringLiteral("access-key-id"), QString(), QStringLiteral("AK"));
    const QCommandLineOption endpointOption(QStringLiteral("endpoint"), QString(), QStringLiteral("URL"));
    const QCommandLineOption regionOption(QStringLiteral("region"), QString(), QStringLiteral("R"));
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    parser.addOptions({providerOption, keyOption, endpointOption, regionOption, jsonOption});
    if (!m_context.parse(parser, arguments))
        return CliContext::UsageError;
    const QStringList positional = parser.positionalArguments().mid(1);
    const QString action = positional.value(0);
    if (action.isEmpty() || action == QLatin1String("list")) {
        if (parser.isSet(providerOption) && !m_context.provider(parser.value(providerOption)))
            return CliContext::UsageError;
        return list(parser.value(providerOption), parser.isSet(jsonOption));
    }
    if (action == QLatin1String("add"))
        return add(positional, parser.value(keyOption), parser.value(endpointOption),
                   parser.value(regionOption));
    if (action == QLatin1String("remove"))
        return remove(positional);
    return m_context.usageError(tr("Unknown profiles command \"%1\": use list, add or remove.").arg(action));
}

int ProfilesCommand::list(const QString& provider, bool json)
{
    const QList<Profile> profiles = m_context.credentials().profiles(provider);
    if (json) {
        QJsonArray array;
        for (const Profile& profile : profiles)
            array.append(QJsonObject{{QStringLiteral("provider"), profile.provider},
                                     {QStringLiteral("name"), profile.name},
                                     {QStringLiteral("access_key_id"), profile.accessKeyId},
                                     {QStringLiteral("endpoint"), profile.endpoint},
                                     {QStringLiteral("region"), profile.region}});
        m_context.out() << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
        m_context.out().flush();
        return CliContext::Success;
    }
    QTextStream& out = m_context.out();
    if (profiles.isEmpty())
        out << tr("No profiles yet. Add one with \"orderdesk-cli profiles add PROVIDER NAME --access-key-id "
                  "AK\".")
            << '\n';
    for (const Profile& profile : profiles) {
        out << profile.provider.leftJustified(13) << profile.name.leftJustified(20)
            << profile.accessKeyId.leftJustified(26) << profile.endpoint;
        if (!profile.region.isEmpty())
            out << "  " << tr("region %1").arg(profile.region);
        out << '\n';
    }
    out.flush();
    return CliContext::Success;
}

int ProfilesCommand::add(const QStringList& positional, const QString& accessKeyId, const QString& endpoint,
                         const QString& region)
{
    if (positional.size() != 3)
        return m_context.usageError(
            tr("\"profiles add\" takes a provider and a profile name, e.g. \"profiles add aliyun finance "
               "--access-key-id LTAI…\"."));
    const QString providerId = positional.at(1);
    if (!m_context.provider(providerId))
        return CliContext::UsageError;
    if (accessKeyId.trimmed().isEmpty())
        return m_context.usageError(tr("\"profiles add\" needs --access-key-id AK."));
    if (!endpoint.isEmpty()) {
        LocalizedText error;
        if (!Endpoint::parse(endpoint, &error).isValid())
            return m_context.usageError(error.toString());
    }
    Profile profile;
    profile.provider = providerId;
    profile.name = positional.at(2);
    profile.accessKeyId = accessKeyId.trimmed();
    profile.endpoint = endpoint;
    profile.region = region;
    const LocalizedText problem = m_context.credentials().validateProfile(profile);
    if (!problem.isEmpty())
        return m_context.usageError(problem.toString());
    const LocalizedText warning = m_context.credentials().keyFormatWarning(profile);
    if (!warning.isEmpty()) {
        m_context.err() << tr("Warning: %1").arg(warning.toString()) << '\n';
        m_context.err().flush();
    }

    QString secret = m_context.environment().value(QStringLiteral("ORDERDESK_ACCESS_KEY_SECRET"));
    if (secret.isEmpty())
        secret = m_context.readSecretLine(tr("AccessKey secret (not shown):")).trimmed();
    if (secret.isEmpty())
        return m_context.usageError(tr("No secret given; the profile was not saved."));

    const CredentialResult result =
        CliContext::awaitKeychain([&](QObject* context, CredentialStore::Callback done) {
            m_context.credentials().saveProfile(profile, secret, context, std::move(done));
        });
    secret.fill(QLatin1Char('\0'));
    if (!result.ok) {
        m_context.printError(result.error.toString());
        return CliContext::NotSent;
    }
    m_context.out() << tr("Profile \"%1\" for %2 saved; its secret is in the system keychain.")
                           .arg(profile.name, providerId)
                    << '\n';
    m_context.out().flush();
    return CliContext::Success;
}

int ProfilesCommand::remove(const QStringList& positional)
{
    if (positional.size() != 3)
        return m_context.usageError(tr("\"profiles remove\" takes a provider and a profile name."));
    const QString providerId = positional.at(1);
    if (!m_context.provider(providerId))
        return CliContext::UsageError;
    const QString name = positional.at(2);
    if (!m_context.credentials().profile(providerId, name))
        return m_context.usageError(tr("There is no %1 profile named \"%2\".").arg(providerId, name));
    const CredentialResult result =
        CliContext::awaitKeychain([&](QObject* context, CredentialStore::Callback done) {
            m_context.credentials().removeProfile(providerId, name, context, std::move(done));
        });
    if (!result.ok) {
        m_context.printError(result.error.toString());
        return CliContext::NotSent;
    }
    m_context.out() << tr("Profile \"%1\" for %2 removed, with its secret.").arg(name, providerId) << '\n';
    m_context.out().flush();
    return CliContext::Success;
}

} // namespace OrderDesk
