#include "ProviderForms.h"

#include "ui_AliyunForm.h"
#include "ui_HuaweiCloudForm.h"
#include "ui_UniCloudForm.h"
#include "ui_VolcengineForm.h"

#include <QWidget>

namespace OrderDesk {

namespace {

template<typename Form> QWidget* makeForm()
{
    auto* widget = new QWidget;
    Form form;
    form.setupUi(widget);
    return widget;
}

} // namespace

ProviderForms::ProviderForms()
{
    add(QStringLiteral("volcengine"), &makeForm<Ui::VolcengineForm>);
    add(QStringLiteral("aliyun"), &makeForm<Ui::AliyunForm>);
    add(QStringLiteral("unicloud"), &makeForm<Ui::UniCloudForm>);
    add(QStringLiteral("huaweicloud"), &makeForm<Ui::HuaweiCloudForm>);
}

bool ProviderForms::contains(const QString& provider) const
{
    return providers().contains(provider);
}

QStringList ProviderForms::providers() const
{
    QStringList ids;
    for (const auto& entry : m_factories)
        ids.append(entry.first);
    return ids;
}

QWidget* ProviderForms::create(const QString& provider) const
{
    for (const auto& entry : m_factories) {
        if (entry.first == provider)
            return entry.second();
    }
    return new QWidget;
}

void ProviderForms::add(const QString& provider, Factory factory)
{
    m_factories.emplace_back(provider, factory);
}

} // namespace OrderDesk
