#pragma once

#include <QDir>
#include <QObject>
#include <QString>

class QWidget;

namespace OrderDesk {

class AppContext;
class MainWindow;

// Drives the real main window through a first order, a confirmation, a refused order and the
// history, in one language, and saves a PNG of each step into a folder.
class ScreenshotTour : public QObject
{
    Q_OBJECT

public:
    ScreenshotTour(const QString& language, const QDir& output);

    // Returns the number of screenshots written; a missing step is reported on stderr.
    int run();

private:
    void save(QWidget* widget, const QString& name);
    void selectProvider(MainWindow& window, int row);
    void fillForm(QWidget* page, const QString& provider, const QString& word);
    QWidget* waitForDialog(const char* objectName);
    bool waitUntil(const std::function<bool()>& condition, int timeoutMs = 10000);

    QString m_language;
    QDir m_output;
    int m_saved = 0;
};

} // namespace OrderDesk
