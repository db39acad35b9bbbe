#include "ProviderRegistry.h"

#include "aliyun/AliyunProvider.h"
#include "huaweicloud/HuaweiCloudProvider.h"
#include "unicloud/UniCloudProvider.h"
#include "volcengine/VolcengineProvider.h"

namespace OrderDesk {

ProviderRegistry::ProviderRegistry()
{
    m_providers.push_back(std::make_unique<VolcengineProvider>());
    m_providers.push_back(std::make_unique<AliyunProvider>());
    m_providers.push_back(std::make_unique<UniCloudProvider>());
    m_providers.push_back(std::make_unique<HuaweiCloudProvider>());
}

ProviderRegistry::~ProviderRegistry() = default;

QList<const Provider*> ProviderRegistry::all() const
{
    QList<const Provider*> list;
    for (const auto& provider : m_providers)
        list.append(provider.get());
    return list;
}

const Provider* ProviderRegistry::find(const QString& id) const
{
    for (const auto& provider : m_providers) {
        if (provider->id() == id)
            return provider.get();
    }
    return nullptr;
}

QStringList ProviderRegistry::ids() const
{
    QStringList list;
    for (const auto& provider : m_providers)
        list.append(provider->id());
    return list;
}

} // namespace OrderDesk
