#include "ProfilesDialog.h"

#include "AppContext.h"
#include "MessageBox.h"
#include "ProfileEditDialog.h"
#include "credentials/CredentialStore.h"
#include "providers/ProviderRegistry.h"
#include "ui_ProfilesDialog.h"

#include <QEvent>
#include <QIcon>
#include <QPushButton>

namespace OrderDesk {

namespace {

enum Column
{
    ProviderColumn,
    NameColumn,
    AccessKeyIdColumn,
    EndpointColumn,
    RegionColumn,
    ActiveColumn
};

} // namespace

ProfilesDialog::ProfilesDialog(AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , ui(std::make_unique<Ui::ProfilesDialog>())
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("profilesDialog"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/profiles.svg")));
    ui->busyIndicator->hide();

    connect(ui->addButton, &QPushButton::clicked, this, &ProfilesDialog::addProfile);
    connect(ui->editButton, &QPushButton::clicked, this, &ProfilesDialog::editProfile);
    connect(ui->removeButton, &QPushButton::clicked, this, &ProfilesDialog::removeProfile);
    connect(ui->useButton, &QPushButton::clicked, this, &ProfilesDialog::useProfile);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(ui->profileTree, &QTreeWidget::currentItemChanged, this, &ProfilesDialog::updateButtons);
    connect(ui->profileTree, &QTreeWidget::itemActivated, this, [this] {
        if (ui->editButton->isEnabled())
            editProfile();
    });
    connect(&m_context, &AppContext::profilesChanged, this, &ProfilesDialog::reload);
    connect(&m_context, &AppContext::activeProfileChanged, this, &ProfilesDialog::reload);

    reload();
}

ProfilesDialog::~ProfilesDialog() = default;

QString ProfilesDialog::providerName(const QString& providerId) const
{
    const Provider* provider = m_context.providers().find(providerId);
    return provider ? provider->displayName().toString() : providerId;
}

void ProfilesDialog::reload()
{
    const std::optional<Profile> selected = selectedProfile();
    ui->profileTree->clear();
    m_profiles.clear();
    for (const Provider* provider : m_context.providers().all()) {
        const Profile active = m_context.activeProfile(provider->id());
        for (const Profile& profile : m_context.profiles(provider->id())) {
            const bool sandbox = AppContext::isSandbox(profile);
            auto* item = new QTreeWidgetItem(ui->profileTree);
            item->setIcon(ProviderColumn,
                          QIcon(QStringLiteral(":/icons/provider-%1.svg").arg(profile.provider)));
            item->setText(ProviderColumn, providerName(profile.provider));
            item->setText(NameColumn, profile.name);
            item->setText(AccessKeyIdColumn, profile.accessKeyId);
            item->setText(EndpointColumn,
                          sandbox ? tr("built-in simulator")
                                  : (profile.endpoint.isEmpty() ? tr("provider default") : profile.endpoint));
            item->setText(RegionColumn, profile.region.isEmpty() ? tr("provider default") : profile.region);
            item->setText(ActiveColumn, profile.name == active.name ? tr("Yes") : QString());
            if (sandbox) {
                item->setIcon(NameColumn, QIcon(QStringLiteral(":/icons/sandbox.svg")));
                item->setToolTip(NameColumn,
                                 tr("Built in: orders go to a simulator on this computer. It cannot "
                                    "be edited or removed."));
            }
            m_profiles.append(profile);
        }
    }
    for (int column = 0; column < ui->profileTree->columnCount(); ++column)
        ui->profileTree->resizeColumnToContents(column);
    if (selected)
        selectProfile(selected->provider, selected->name);
    updateButtons();
}

std::optional<Profile> ProfilesDialog::selectedProfile() const
{
    const int row = ui->profileTree->indexOfTopLevelItem(ui->profileTree->currentItem());
    if (row < 0 || row >= m_profiles.size())
        return std::nullopt;
    return m_profiles.at(row);
}

void ProfilesDialog::selectProfile(const QString& provider, const QString& name)
{
    for (int row = 0; row < m_profiles.size(); ++row) {
        if (m_profiles.at(row).provider == provider && m_profiles.at(row).name == name) {
            ui->profileTree->setCurrentItem(ui->profileTree->topLevelItem(row));
            return;
        }
    }
}

void ProfilesDialog::updateButtons()
{
    const std::optional<Profile> profile = selectedProfile();
    const bool editable = profile && !AppContext::isSandbox(*profile);
    ui->addButton->setEnabled(!m_busy);
    ui->editButton->setEnabled(!m_busy && editable);
    ui->removeButton->setEnabled(!m_busy && editable);
    ui->useButton->setEnabled(!m_busy && profile &&
                              m_context.activeProfile(profile->provider).name != profile->name);
}

void ProfilesDialog::setBusy(bool busy, const QString& status)
{
    m_busy = busy;
    ui->busyIndicator->setVisible(busy);
    ui->statusLabel->setText(status);
    updateButtons();
}

void ProfilesDialog::addProfile()
{
    Profile profile;
    const std::optional<Profile> selected = selectedProfile();
    profile.provider = selected ? selected->provider : m_context.providers().ids().value(0);
    auto* dialog = new ProfileEditDialog(m_context, profile, ProfileEditDialog::Mode::Add, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProfileEditDialog::saved, this,
            [this](const Profile& savedProfile) { selectProfile(savedProfile.provider, savedProfile.name); });
    dialog->open();
}

void ProfilesDialog::editProfile()
{
    const std::optional<Profile> profile = selectedProfile();
    if (!profile || AppContext::isSandbox(*profile))
        return;
    auto* dialog = new ProfileEditDialog(m_context, *profile, ProfileEditDialog::Mode::Edit, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProfileEditDialog::saved, this,
            [this](const Profile& savedProfile) { selectProfile(savedProfile.provider, savedProfile.name); });
    dialog->open();
}

void ProfilesDialog::removeProfile()
{
    const std::optional<Profile> selected = selectedProfile();
    if (!selected || AppContext::isSandbox(*selected))
        return;
    const Profile profile = *selected;
    const QMessageBox::StandardButton answer = MessageBox::question(
        this, tr("Remove profile"),
        tr("Remove the profile \"%1\" of %2? Its secret is deleted from the keychain; orders already placed "
           "stay in the history.")
            .arg(profile.name, providerName(profile.provider)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;

    setBusy(true, tr("Removing the profile…"));
    const bool wasActive = m_context.activeProfile(profile.provider).name == profile.name;
    m_context.credentials().removeProfile(
        profile.provider, profile.name, this, [this, profile, wasActive](const CredentialResult& result) {
            setBusy(false);
            if (!result.ok) {
                MessageBox::critical(this, tr("Profile not removed"), result.error.toString());
                return;
            }
            // Without this, a later profile of the same name would silently become active.
            if (wasActive)
                m_context.setActiveProfile(profile.provider, AppContext::sandboxProfileName());
            m_context.notifyProfilesChanged();
        });
}

void ProfilesDialog::useProfile()
{
    const std::optional<Profile> profile = selectedProfile();
    if (!profile)
        return;
    m_context.setActiveProfile(profile->provider, profile->name);
}

void ProfilesDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        reload();
    }
    QDialog::changeEvent(event);
}

} // namespace OrderDesk
