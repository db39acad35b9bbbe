#pragma once

#include "Provider.h"

#include <memory>
#include <vector>

namespace OrderDesk {

// The providers OrderDesk orders from, in the order the front ends list them. This is where a
// provider is added: the profiles, the CLI and the windows take their ids and facts from here.
// Owned by whoever needs them (the app, the CLI, a test) rather than a global, so tests stay
// isolated.
class ProviderRegistry
{
public:
    ProviderRegistry();
    ~ProviderRegistry();
    ProviderRegistry(const ProviderRegistry&) = delete;
    ProviderRegistry& operator=(const ProviderRegistry&) = delete;

    QList<const Provider*> all() const;
    const Provider* find(const QString& id) const; // nullptr when unknown
    QStringList ids() const;

private:
    std::vector<std::unique_ptr<Provider>> m_providers;
};

} // namespace OrderDesk
