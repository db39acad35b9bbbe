#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

namespace OrderDesk {

// What is installed and under which terms: the OrderDesk version, the Qt version it runs on
// and was built with, the QtKeychain version, and the license of every component that ships
// with it. Qt's LGPL asks that users are told of their rights and where to get Qt's source;
// this dialog is where the app tells them.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);
    ~AboutDialog() override;

    // The QtKeychain version the build was configured with, or an empty string when the
    // CMake package did not say.
    static QString qtKeychainVersion();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::AboutDialog> ui;
};

} // namespace OrderDesk
