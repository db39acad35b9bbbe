#pragma once

#include "common/LocalizedText.h"

#include <QDialog>

#include <memory>

class QFileDialog;

namespace Ui {
class SettingsDialog;
}

namespace OrderDesk {

class AppContext;
struct NetworkSettings;

// The language, applied and saved as soon as it is picked (Cancel goes back to the previous
// one, and to ORDERDESK_LANGUAGE's language when that was shown), and the network settings,
// saved and handed to the order client on OK; the proxy password goes to the keychain.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(AppContext& context, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    // What the network fields say now.
    NetworkSettings network() const;
    // Why the file cannot serve as an extra CA bundle; empty when it can (or is not set).
    static LocalizedText caFileProblem(const QString& path);

public Q_SLOTS:
    void accept() override;
    void reject() override;
    void browseCaFile();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void load();
    void updateProxyFields();
    void onLanguagePicked(int index);
    void showCaFileProblem(const LocalizedText& problem);
    // While the keychain stores or removes the proxy password, the dialog waits for it.
    void setSavingPassword(bool saving);
    void showTeamAddressProblem(const LocalizedText& problem);
    // After the network settings: the team ledger's address and password, then the dialog closes.
    void saveTeamLedger();
    // Saves the settings, hands them to the order client and closes the dialog.
    void saveNetwork(const NetworkSettings& chosen);

    AppContext& m_context;
    std::unique_ptr<Ui::SettingsDialog> ui;
    QString m_originalLanguage;
    QString m_originalOverride;
    LocalizedText m_caProblem;
    bool m_loading = false;
    bool m_savingPassword = false;
    LocalizedText m_teamProblem;
};

} // namespace OrderDesk
