#pragma once

#include "credentials/Profile.h"

#include <QDialog>
#include <QSet>

#include <memory>

namespace Ui {
class ProfileEditDialog;
}

namespace OrderDesk {

class AppContext;

// Adds one AccessKey profile or edits one. The secret goes straight to the keychain and is
// never read back: when editing, its field starts empty and typing replaces the stored one.
// The dialog accepts only once the keychain confirmed the save.
class ProfileEditDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Add,
        Edit
    };

    ProfileEditDialog(AppContext& context, const Profile& profile, Mode mode, QWidget* parent = nullptr);
    ~ProfileEditDialog() override;

    Mode mode() const { return m_mode; }
    // What the fields say now (never the secret).
    Profile profile() const;
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    // The keychain and the settings hold the profile now.
    void saved(const OrderDesk::Profile& profile);

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void validate();
    void setFieldMessage(const QString& field, const QString& message);
    void setBusy(bool busy);
    void onSaved(const Profile& profile, bool ok, const QString& error, const QString& detail);

    AppContext& m_context;
    std::unique_ptr<Ui::ProfileEditDialog> ui;
    Mode m_mode;
    QString m_originalName;
    // Fields the user has typed in: an empty field is reported only after that.
    QSet<QString> m_touched;
    bool m_busy = false;
};

} // namespace OrderDesk
