#pragma once

#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

class QWidget;

namespace OrderDesk {

// The Qt Designer form of each provider, by provider id: the one place where the windows learn
// which form a provider has. Its inputs are named after the API fields, so that FormBinder ties
// them to the provider's schema without knowing the provider.
class ProviderForms
{
public:
    // A new widget holding the form, without a parent.
    using Factory = QWidget* (*)();

    ProviderForms();

    bool contains(const QString& provider) const;
    // The providers that have a form, in the order they were registered.
    QStringList providers() const;
    // A new widget holding the provider's form, owned by the caller; an empty widget for a
    // provider without one, so that the page still opens and FormBinder names what is missing.
    QWidget* create(const QString& provider) const;

private:
    void add(const QString& provider, Factory factory);

    std::vector<std::pair<QString, Factory>> m_factories;
};

} // namespace OrderDesk
