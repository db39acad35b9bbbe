#include "SettingsDialog.h"

#include "AppContext.h"
#include "MessageBox.h"
#include "credentials/CredentialResult.h"
#include "credentials/CredentialStore.h"
#include "net/CaBundle.h"
#include "settings/AppSettings.h"
#include "settings/NetworkSettings.h"
#include "team/TeamLedgerLocation.h"
#include "ui_SettingsDialog.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QPushButton>

namespace OrderDesk {

SettingsDialog::SettingsDialog(AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , ui(std::make_unique<Ui::SettingsDialog>())
    , m_originalLanguage(context.language())
    , m_originalOverride(context.languageOverride())
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/settings.svg")));
    ui->caFile_error->hide();
    QFont errorFont = ui->caFile_error->font();
    errorFont.setItalic(true);
    ui->caFile_error->setFont(errorFont);
    ui->teamAddress_error->hide();
    ui->teamAddress_error->setFont(errorFont);

    m_loading = true;
    // The language names are written in their own language so that anyone can find theirs.
    ui->languageCombo->addItem(QString(), QString());
    ui->languageCombo->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    ui->proxyMode->addItem(QString(), static_cast<int>(NetworkSettings::ProxyMode::System));
    ui->proxyMode->addItem(QString(), static_cast<int>(NetworkSettings::ProxyMode::None));
    ui->proxyMode->addItem(QString(), static_cast<int>(NetworkSettings::ProxyMode::Manual));
    m_loading = false;

    ui->connectTimeout->setRange(NetworkSettings::MinimumTimeoutSeconds,
                                 NetworkSettings::MaximumTimeoutSeconds);
    ui->transferTimeout->setRange(NetworkSettings::MinimumTimeoutSeconds,
                                  NetworkSettings::MaximumTimeoutSeconds);

    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(ui->languageCombo, &QComboBox::currentIndexChanged, this, &SettingsDialog::onLanguagePicked);
    connect(ui->proxyMode, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateProxyFields);
    connect(ui->browseButton, &QPushButton::clicked, this, &SettingsDialog::browseCaFile);
    connect(ui->caFile, &QLineEdit::textEdited, this, [this] { showCaFileProblem({}); });
    connect(ui->teamAddress, &QLineEdit::textEdited, this, [this] { showTeamAddressProblem({}); });

    load();
    retranslate();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::load()
{
    m_loading = true;
    ui->languageCombo->setCurrentIndex(qMax(0, ui->languageCombo->findData(m_context.languageChoiceShown())));
    const NetworkSettings network = m_context.settings().network();
    ui->connectTimeout->setValue(network.connectTimeoutSeconds);
    ui->transferTimeout->setValue(network.transferTimeoutSeconds);
    ui->proxyMode->setCurrentIndex(qMax(0, ui->proxyMode->findData(static_cast<int>(network.proxyMode))));
    ui->proxyHost->setText(network.proxyHost);
    ui->proxyPort->setValue(network.proxyPort);
    ui->proxyUser->setText(network.proxyUser);
    ui->caFile->setText(network.extraCaFile);
    ui->teamAddress->setText(m_context.settings().teamLedger());
    m_loading = false;
    updateProxyFields();
}

void SettingsDialog::retranslate()
{
    // Never the password itself: the field stays empty unless the user types a new one.
    ui->proxyPassword->setPlaceholderText(
        m_context.hasProxyPassword() ? tr("stored in the keychain; type to replace it") : tr("optional"));
    ui->languageCombo->setItemText(0, tr("Follow the system"));
    ui->proxyMode->setItemText(0, tr("System proxy settings"));
    ui->proxyMode->setItemText(1, tr("No proxy"));
    ui->proxyMode->setItemText(2, tr("Manual"));
    if (!m_caProblem.isEmpty())
        ui->caFile_error->setText(m_caProblem.toString());
    if (!m_teamProblem.isEmpty())
        ui->teamAddress_error->setText(m_teamProblem.toString());
    ui->teamPassword->setPlaceholderText(tr("kept in the keychain; type to replace it"));
}

void SettingsDialog::showTeamAddressProblem(const LocalizedText& problem)
{
    m_teamProblem = problem;
    ui->teamAddress_error->setText(problem.toString());
    ui->teamAddress_error->setVisible(!problem.isEmpty());
    ui->teamAddress->setAccessibleDescription(problem.toString());
}

NetworkSettings SettingsDialog::network() const
{
    NetworkSettings network;
    network.connectTimeoutSeconds = ui->connectTimeout->value();
    network.transferTimeoutSeconds = ui->transferTimeout->value();
    network.proxyMode = static_cast<NetworkSettings::ProxyMode>(ui->proxyMode->currentData().toInt());
    network.proxyHost = ui->proxyHost->text().trimmed();
    network.proxyPort = ui->proxyPort->value();
    network.proxyUser = ui->proxyUser->text().trimmed();
    network.extraCaFile = ui->caFile->text().trimmed();
    return network;
}

void SettingsDialog::updateProxyFields()
{
    const bool manual = static_cast<NetworkSettings::ProxyMode>(ui->proxyMode->currentData().toInt()) ==
                        NetworkSettings::ProxyMode::Manual;
    for (QWidget* widget : std::initializer_list<QWidget*>{
             ui->proxyHost, ui->proxyHostLabel, ui->proxyPort, ui->proxyPortLabel, ui->proxyUser,
             ui->proxyUserLabel, ui->proxyPassword, ui->proxyPasswordLabel})
        widget->setEnabled(manual);
}

void SettingsDialog::onLanguagePicked(int index)
{
    if (m_loading || index < 0)
        return;
    m_context.setLanguage(ui->languageCombo->itemData(index).toString());
}

LocalizedText SettingsDialog::caFileProblem(const QString& path)
{
    LocalizedText problem;
    if (!path.trimmed().isEmpty())
        CaBundle::load(path.trimmed(), &problem);
    return problem;
}

void SettingsDialog::showCaFileProblem(const LocalizedText& problem)
{
    m_caProblem = problem;
    ui->caFile_error->setText(problem.toString());
    ui->caFile_error->setVisible(!problem.isEmpty());
    ui->caFile->setAccessibleDescription(problem.toString());
}

void SettingsDialog::browseCaFile()
{
    auto* dialog = new QFileDialog(this, tr("Choose a CA bundle"), QFileInfo(ui->caFile->text()).path(),
                                   tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    dialog->setObjectName(QStringLiteral("caFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& file) {
        ui->caFile->setText(QDir::toNativeSeparators(file));
        showCaFileProblem(caFileProblem(file));
    });
    dialog->open();
}

void SettingsDialog::accept()
{
    if (m_savingPassword)
        return;
    const NetworkSettings chosen = network();
    if (chosen.proxyMode == NetworkSettings::ProxyMode::Manual &&
        (chosen.proxyHost.isEmpty() || chosen.proxyPort <= 0)) {
        MessageBox::warning(this, tr("Proxy incomplete"),
                            tr("A manual proxy needs a host and a port between 1 and 65535."));
        ui->proxyHost->setFocus();
        return;
    }
    const QString password = ui->proxyPassword->text();
    if (!password.isEmpty() && chosen.proxyUser.isEmpty()) {
        MessageBox::warning(this, tr("Proxy incomplete"),
                            tr("Enter the proxy user the password belongs to."));
        ui->proxyUser->setFocus();
        return;
    }
    const QString address = ui->teamAddress->text().trimmed();
    LocalizedText teamProblem;
    if (!address.isEmpty())
        TeamLedgerLocation::parse(address, &teamProblem);
    showTeamAddressProblem(teamProblem);
    if (!teamProblem.isEmpty()) {
        MessageBox::warning(this, tr("Team ledger address not usable"), teamProblem.toString());
        ui->teamAddress->setFocus();
        return;
    }
    const LocalizedText problem = caFileProblem(chosen.extraCaFile);
    showCaFileProblem(problem);
    if (!problem.isEmpty()) {
        MessageBox::warning(this, tr("CA bundle not usable"), problem.toString());
        ui->caFile->setFocus();
        return;
    }

    // A new password goes to the keychain first, so that settings that need it are saved only
    // with it. Without a proxy user, a stored password has nothing to go with and is removed.
    const bool replace = !password.isEmpty();
    const bool remove = !replace && chosen.proxyUser.isEmpty() && m_context.hasProxyPassword();
    if (!replace && !remove) {
        saveNetwork(chosen);
        return;
    }
    setSavingPassword(true);
    m_context.credentials().saveProxyPassword(
        password, this, [this, chosen, password](const CredentialResult& result) {
            setSavingPassword(false);
            if (!result.ok) {
                const QString text = result.technicalDetail.isEmpty()
                                         ? result.error.toString()
                                         : result.error.toString() + QStringLiteral("\n\n") +
                                               tr("Details: %1").arg(result.technicalDetail);
                MessageBox::critical(this, tr("Proxy password not saved"), text);
                ui->proxyPassword->setFocus();
                return;
            }
            m_context.setProxyPassword(password);
            ui->proxyPassword->clear();
            retranslate();
            saveNetwork(chosen);
        });
}

void SettingsDialog::setSavingPassword(bool saving)
{
    m_savingPassword = saving;
    ui->buttonBox->setEnabled(!saving);
    ui->networkGroup->setEnabled(!saving);
    ui->teamGroup->setEnabled(!saving);
}

void SettingsDialog::saveNetwork(const NetworkSettings& chosen)
{
    m_context.settings().setNetwork(chosen);
    LocalizedText error;
    if (!m_context.settings().sync(&error)) {
        MessageBox::critical(this, tr("Settings not saved"), error.toString());
        return;
    }
    m_context.applyNetworkSettings();
    m_originalLanguage = m_context.language();
    m_originalOverride = m_context.languageOverride();
    saveTeamLedger();
}

void SettingsDialog::saveTeamLedger()
{
    const QString address = ui->teamAddress->text().trimmed();
    const QString password = ui->teamPassword->text();
    if (address == m_context.settings().teamLedger() && password.isEmpty()) {
        QDialog::accept();
        return;
    }
    // The password is the role's in that address: saved under the address's own key.
    setSavingPassword(true);
    m_context.setTeamLedger(address, password.isEmpty() ? std::nullopt : std::optional<QString>(password),
                            this, [this](const CredentialResult& result) {
                                setSavingPassword(false);
                                ui->teamPassword->clear();
                                if (!result.ok) {
                                    MessageBox::critical(this, tr("Team ledger password not saved"),
                                                         result.error.toString());
                                    ui->teamPassword->setFocus();
                                    return;
                                }
                                QDialog::accept();
                            });
}

void SettingsDialog::reject()
{
    // The keychain's answer still decides what is saved; closing now would lose it.
    if (m_savingPassword)
        return;
    if (m_context.language() != m_originalLanguage || m_context.languageOverride() != m_originalOverride) {
        m_context.setLanguage(m_originalLanguage);
        // A language picked here ended the run's override; going back brings it back.
        if (!m_originalOverride.isEmpty())
            m_context.setLanguageOverride(m_originalOverride);
    }
    QDialog::reject();
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace OrderDesk
