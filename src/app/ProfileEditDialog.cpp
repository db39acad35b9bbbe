#include "ProfileEditDialog.h"

#include "AppContext.h"
#include "MessageBox.h"
#include "credentials/CredentialStore.h"
#include "providers/ProviderRegistry.h"
#include "settings/AppSettings.h"
#include "ui_ProfileEditDialog.h"

#include <QEvent>
#include <QIcon>
#include <QPushButton>

namespace OrderDesk {

namespace {

// No fixed colour, so that the messages stay readable in a light and a dark palette: an
// italic line under the field, whose text says what is wrong on its own.
void styleMessage(QLabel* label)
{
    QFont font = label->font();
    font.setItalic(true);
    label->setFont(font);
    label->hide();
}

} // namespace

ProfileEditDialog::ProfileEditDialog(AppContext& context, const Profile& profile, Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , ui(std::make_unique<Ui::ProfileEditDialog>())
    , m_mode(mode)
    , m_originalName(profile.name)
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("profileEditDialog"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/profiles.svg")));
    ui->busyIndicator->hide();
    for (QLabel* label : {ui->profileName_error, ui->accessKeyId_error, ui->secret_error, ui->endpoint_error,
                          ui->region_error, ui->keyFormatWarning})
        styleMessage(label);

    for (const Provider* provider : m_context.providers().all())
        ui->providerCombo->addItem(QIcon(QStringLiteral(":/icons/provider-%1.svg").arg(provider->id())),
                                   provider->displayName().toString(), provider->id());
    ui->providerCombo->setCurrentIndex(qMax(0, ui->providerCombo->findData(profile.provider)));
    // A profile stays with its provider: the keychain entry is filed under it.
    ui->providerCombo->setEnabled(mode == Mode::Add);

    ui->profileName->setText(profile.name);
    ui->accessKeyId->setText(profile.accessKeyId);
    ui->endpoint->setText(profile.endpoint);
    ui->region->setText(profile.region);
    ui->secret->clear();
    if (mode == Mode::Edit)
        m_touched = {QStringLiteral("name"), QStringLiteral("accessKeyId"), QStringLiteral("endpoint"),
                     QStringLiteral("region")};

    ui->buttonBox->button(QDialogButtonBox::Save)->setDefault(true);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &ProfileEditDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const auto touch = [this](const char* field) {
        m_touched.insert(QLatin1String(field));
        validate();
    };
    connect(ui->profileName, &QLineEdit::textEdited, this, [touch] { touch("name"); });
    connect(ui->accessKeyId, &QLineEdit::textEdited, this, [touch] { touch("accessKeyId"); });
    connect(ui->secret, &QLineEdit::textEdited, this, [touch] { touch("secret"); });
    connect(ui->endpoint, &QLineEdit::textEdited, this, [touch] { touch("endpoint"); });
    connect(ui->region, &QLineEdit::textEdited, this, [touch] { touch("region"); });
    connect(ui->providerCombo, &QComboBox::currentIndexChanged, this, [this] { retranslate(); });

    retranslate();
}

ProfileEditDialog::~ProfileEditDialog() = default;

Profile ProfileEditDialog::profile() const
{
    Profile result;
    result.provider = ui->providerCombo->currentData().toString();
    result.name = ui->profileName->text();
    result.accessKeyId = ui->accessKeyId->text().trimmed();
    result.endpoint = ui->endpoint->text().trimmed();
    result.region = ui->region->text().trimmed();
    return result;
}

void ProfileEditDialog::retranslate()
{
    setWindowTitle(m_mode == Mode::Add ? tr("Add profile") : tr("Edit profile \"%1\"").arg(m_originalName));
    ui->secret->setPlaceholderText(m_mode == Mode::Add ? tr("stored in the system keychain")
                                                       : tr("unchanged — type to replace"));
    ui->secret->setToolTip(
        tr("The AccessKey secret goes straight to the system keychain. OrderDesk never shows "
           "it again."));
    ui->endpoint->setPlaceholderText(tr("empty: the provider's own endpoint"));
    const Provider* provider = m_context.providers().find(ui->providerCombo->currentData().toString());
    ui->region->setPlaceholderText(provider ? tr("empty: %1").arg(provider->defaultRegion()) : QString());
    for (int index = 0; index < ui->providerCombo->count(); ++index) {
        if (const Provider* each = m_context.providers().find(ui->providerCombo->itemData(index).toString()))
            ui->providerCombo->setItemText(index, each->displayName().toString());
    }
    validate();
}

void ProfileEditDialog::setFieldMessage(const QString& field, const QString& message)
{
    QLabel* label = findChild<QLabel*>(field + QStringLiteral("_error"));
    if (!label)
        return;
    label->setText(message);
    label->setVisible(!message.isEmpty());
    if (QWidget* input = findChild<QWidget*>(field))
        input->setAccessibleDescription(message);
}

void ProfileEditDialog::validate()
{
    const Profile current = profile();
    QHash<QString, QString> messages;
    for (const ValidationIssue& issue : m_context.credentials().profileIssues(current)) {
        // The store calls the name field "name"; the widget is "profileName".
        const QString field =
            issue.field == QLatin1String("name") ? QStringLiteral("profileName") : issue.field;
        if (!messages.contains(field))
            messages.insert(field, issue.message.toString());
    }
    if (current.name == AppContext::sandboxProfileName())
        messages.insert(
            QStringLiteral("profileName"),
            tr("The name \"%1\" belongs to the built-in sandbox. Choose another name.").arg(current.name));
    else if ((m_mode == Mode::Add || current.name != m_originalName) &&
             m_context.credentials().profile(current.provider, current.name))
        messages.insert(QStringLiteral("profileName"),
                        tr("There is already a profile with this name for this provider."));

    const QString secret = ui->secret->text();
    if (m_mode == Mode::Add || !secret.isEmpty()) {
        const LocalizedText secretIssue = CredentialStore::validateSecret(secret);
        if (!secretIssue.isEmpty())
            messages.insert(QStringLiteral("secret"), secretIssue.toString());
    }

    const bool valid = messages.isEmpty();
    static const QStringList fields{QStringLiteral("profileName"), QStringLiteral("accessKeyId"),
                                    QStringLiteral("secret"), QStringLiteral("endpoint"),
                                    QStringLiteral("region")};
    for (const QString& field : fields) {
        const QString touchedName = field == QLatin1String("profileName") ? QStringLiteral("name") : field;
        setFieldMessage(field, m_touched.contains(touchedName) ? messages.value(field) : QString());
    }

    const LocalizedText warning = m_context.credentials().keyFormatWarning(current);
    ui->keyFormatWarning->setText(warning.isEmpty() ? QString() : tr("Note: %1").arg(warning.toString()));
    ui->keyFormatWarning->setVisible(!warning.isEmpty() && m_touched.contains(QStringLiteral("accessKeyId")));

    ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(valid && !m_busy);
}

void ProfileEditDialog::setBusy(bool busy)
{
    m_busy = busy;
    ui->busyIndicator->setVisible(busy);
    ui->statusLabel->setText(busy ? tr("Saving to the system keychain…") : QString());
    for (QWidget* input : std::initializer_list<QWidget*>{ui->profileName, ui->accessKeyId, ui->secret,
                                                          ui->endpoint, ui->region})
        input->setEnabled(!busy);
    ui->providerCombo->setEnabled(!busy && m_mode == Mode::Add);
    validate();
}

void ProfileEditDialog::accept()
{
    if (m_busy)
        return;
    m_touched.unite(QSet<QString>{QStringLiteral("name"), QStringLiteral("accessKeyId"),
                                  QStringLiteral("secret"), QStringLiteral("endpoint"),
                                  QStringLiteral("region")});
    validate();
    if (!ui->buttonBox->button(QDialogButtonBox::Save)->isEnabled())
        return;

    const Profile toSave = profile();
    const QString secret = ui->secret->text();
    // The dialog keeps no copy of the secret while the keychain works.
    ui->secret->clear();
    setBusy(true);
    const auto done = [this, toSave](const CredentialResult& result) {
        onSaved(toSave, result.ok, result.error.toString(), result.technicalDetail);
    };
    if (m_mode == Mode::Add)
        m_context.credentials().saveProfile(toSave, secret, this, done);
    else
        m_context.credentials().updateProfile(m_originalName, toSave, secret, this, done);
}

void ProfileEditDialog::onSaved(const Profile& savedProfile, bool ok, const QString& error,
                                const QString& detail)
{
    setBusy(false);
    if (!ok) {
        const QString text =
            detail.isEmpty() ? error : error + QStringLiteral("\n\n") + tr("Details: %1").arg(detail);
        MessageBox::critical(this, tr("Profile not saved"), text);
        if (m_mode == Mode::Add)
            m_touched.remove(QStringLiteral("secret"));
        validate();
        return;
    }
    // A renamed active profile stays active under its new name.
    if (m_mode == Mode::Edit && savedProfile.name != m_originalName &&
        m_context.settings().lastProfile(savedProfile.provider) == m_originalName)
        m_context.setActiveProfile(savedProfile.provider, savedProfile.name);
    m_context.notifyProfilesChanged();
    Q_EMIT saved(savedProfile);
    QDialog::accept();
}

void ProfileEditDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace OrderDesk
