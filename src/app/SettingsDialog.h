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
// one, and to ORDERDESK_LANGUAGE's language when that was shown), and
// the network settings, saved and handed to the order client on OK.
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

    AppContext& m_context;
    std::unique_ptr<Ui::SettingsDialog> ui;
    QString m_originalLanguage;
    QString m_originalOverride;
    LocalizedText m_caProblem;
    bool m_loading = false;
};

} // namespace OrderDesk
