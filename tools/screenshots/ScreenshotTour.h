#pragma once

#include <QDir>
#include <QObject>
#include <QSize>
#include <QString>

#include <functional>

class QWidget;

namespace OrderDesk {

class AppContext;
class MainWindow;

// Drives the real main window, at one window size and in one language, through every form,
// the confirmation for the sandbox and for a real account, each kind of outcome (paid,
// awaiting payment, check in the console, refused, unknown) and the history, and saves a PNG
// of each step into a folder.
class ScreenshotTour : public QObject
{
    Q_OBJECT

public:
    ScreenshotTour(const QString& language, const QSize& windowSize, const QDir& output);

    // Returns the number of screenshots written; a missing step is reported on stderr.
    int run();

protected:
    void save(QWidget* widget, const QString& name);
    void selectProvider(MainWindow& window, int row);
    void fillForm(QWidget* page, const QString& provider, const QString& word);
    QWidget* waitForDialog(const char* objectName);
    // Orders with the provider's page as it is filled and saves the outcome as `name`; with a
    // confirmation name, saves the confirmation first.
    void placeOrder(MainWindow& window, int row, const QString& name, const QString& confirmationName = {});
    // Adds a real-looking account and saves the confirmation that names it, then cancels.
    void confirmWithRealAccount(AppContext& context, MainWindow& window);
    bool waitUntil(const std::function<bool()>& condition, int timeoutMs = 10000);
    int saved() const { return m_saved; }

    QString m_language;
    QSize m_windowSize;
    QDir m_output;
    int m_saved = 0;
};

} // namespace OrderDesk
