#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

namespace OrderDesk {

// The one way the app shows a message box, so that GUI tests can answer questions and read
// what the user was told without a modal loop stopping them.
//
// information(), warning() and critical() never block: the box is window-modal and opened with
// open(), and it deletes itself when closed. question() has to return the answer, so it runs a
// modal loop, unless a test set the next answer, which it then returns at once without
// showing anything.
class MessageBox
{
public:
    static void information(QWidget* parent, const QString& title, const QString& text);
    static void warning(QWidget* parent, const QString& title, const QString& text);
    static void critical(QWidget* parent, const QString& title, const QString& text);
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    // Qt's own About box (its version and license). QMessageBox::aboutQt runs a modal loop
    // outside macOS; tests that set quiet or a next answer only see it recorded.
    static void aboutQt(QWidget* parent);

    // For tests: the answer of the next question(), which then shows nothing. While an answer
    // is pending, information(), warning() and critical() show nothing either.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // For tests: shows nothing at all from now on (questions answer their default button).
    static void setQuiet(bool quiet);
    // The text and title of the last message or question, shown or not; empty after reset().
    static QString lastText();
    static QString lastTitle();
    static QMessageBox::Icon lastIcon();
    // How many messages and questions were asked for since the last reset().
    static int count();
    static void reset();

private:
    static void show(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text);
};

} // namespace OrderDesk
