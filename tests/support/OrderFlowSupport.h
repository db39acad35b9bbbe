#pragma once

#include "SeedExamples.h"

#include <QString>
#include <QStringList>

// The seed examples with the resource changed, so that one order can carry one of the
// simulator's trigger keywords (src/sim/SimTriggers.h) or simply be a resource of its own.
namespace OrderFlowSupport {

inline QString resourceField(const QString& provider)
{
    if (provider == QLatin1String("volcengine"))
        return QStringLiteral("DirectConnectConnectionId");
    if (provider == QLatin1String("aliyun"))
        return QStringLiteral("PhysicalConnectionId");
    if (provider == QLatin1String("unicloud"))
        return QStringLiteral("instanceName");
    return QStringLiteral("project_id");
}

// A well-formed resource id for the provider that contains `word` (letters and digits only).
inline QString resourceId(const QString& provider, const QString& word)
{
    if (provider == QLatin1String("volcengine"))
        return QStringLiteral("dcc-") + word;
    if (provider == QLatin1String("aliyun"))
        return QStringLiteral("pc-") + word;
    return word;
}

inline QStringList params(const QString& provider, const QString& word)
{
    QStringList params = SeedExamples::params(provider);
    const QString prefix = resourceField(provider) + QLatin1Char('=');
    for (QString& param : params) {
        if (param.startsWith(prefix))
            param = prefix + resourceId(provider, word);
    }
    return params;
}

inline QStringList paramArguments(const QString& provider, const QString& word)
{
    QStringList args;
    for (const QString& param : params(provider, word))
        args << QStringLiteral("--param") << param;
    return args;
}

inline QStringList providers()
{
    return {QStringLiteral("volcengine"), QStringLiteral("aliyun"), QStringLiteral("unicloud"),
            QStringLiteral("huaweicloud")};
}

} // namespace OrderFlowSupport
