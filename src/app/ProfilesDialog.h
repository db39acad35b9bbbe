#pragma once

#include "credentials/Profile.h"

#include <QDialog>

#include <memory>
#include <optional>

class QTreeWidgetItem;

namespace Ui {
class ProfilesDialog;
}

namespace OrderDesk {

class AppContext;

// The AccessKey profiles of every provider: the built-in sandbox ones, read-only, and the
// user's own, which are added, edited and removed here. Which profile a provider's orders use
// is chosen here or on its order page.
class ProfilesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProfilesDialog(AppContext& context, QWidget* parent = nullptr);
    ~ProfilesDialog() override;

    // The profile of the selected row, if any.
    std::optional<Profile> selectedProfile() const;
    void selectProfile(const QString& provider, const QString& name);

public Q_SLOTS:
    void addProfile();
    void editProfile();
    void removeProfile();
    void useProfile();

protected:
    void changeEvent(QEvent* event) override;

private:
    void reload();
    void updateButtons();
    void setBusy(bool busy, const QString& status = {});
    QString providerName(const QString& providerId) const;

    AppContext& m_context;
    std::unique_ptr<Ui::ProfilesDialog> ui;
    QList<Profile> m_profiles; // in the order of the rows
    bool m_busy = false;
};

} // namespace OrderDesk
