#pragma once

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>

class QActionGroup;
class QLabel;
class QMessageBox;

namespace Ui {
class MainWindow;
}

namespace OrderDesk {

class AppContext;
class HistoryPage;
class OrderPage;
class ProfilesDialog;
class SettingsDialog;
class TeamNavigation;

// Navigation only: the providers on the left, the selected provider's order page or the
// history in the middle, and a status bar that says where orders go. Every page and dialog
// does its own work on the shared AppContext.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AppContext& context, QWidget* parent = nullptr);
    ~MainWindow() override;

    // The provider whose page is shown, or whose page was shown before the history.
    QString currentProvider() const;

public Q_SLOTS:
    void showProvider(const QString& providerId);
    void showHistory();
    void openProfiles();
    void openSettings();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void buildProviderList();
    // The pages are built when first shown: the window's first paint needs only one of them.
    OrderPage* orderPage(int row);
    HistoryPage* historyPage();
    void buildStatusBar();
    // A page's confirmation, such as what was copied, shown in the status bar for a few seconds.
    void showStatusMessage(const QString& message);
    void connectActions();
    void onProviderRowChanged(int row);
    void retranslate();
    void updateTexts();
    void updateProviderNames();
    void updateStatus();
    void updateLanguageActions();
    void showAbout();
    void restoreWindowState();
    // Shrinks (and, when `placed`, moves) the window onto its screen's available area: the
    // default size or a geometry saved on a larger screen may not fit this one. Runs before
    // the first show and again after it, when the frame's size is known.
    void fitToScreen(bool placed);
    void saveWindowState();
    void reportStartupProblem();
    // The banner that warns of orders whose provider's answer contradicts a resolution by hand.
    void updateConflicts();
    void showConflicts(int count);
    // Closing with an order out: wait for its answer (the default), or quit and leave it Unknown.
    void askBeforeQuitting();

    AppContext& m_context;
    std::unique_ptr<Ui::MainWindow> ui;
    QActionGroup* m_languageGroup = nullptr;
    QLabel* m_statusProfile = nullptr;
    QLabel* m_sandboxBanner = nullptr;
    QLabel* m_conflictBanner = nullptr;
    QLabel* m_statusMessage = nullptr;
    QTimer m_statusMessageTimer;
    int m_conflicts = 0;
    QPointer<QMessageBox> m_quitQuestion;
    bool m_closeWhenIdle = false;
    bool m_quitAnyway = false;
    bool m_fittedWithFrame = false;
    QList<OrderPage*> m_orderPages; // by row of the provider list; nullptr until first shown
    HistoryPage* m_historyPage = nullptr;
    TeamNavigation* m_team = nullptr;
    QString m_provider;
    QPointer<ProfilesDialog> m_profilesDialog;
    QPointer<SettingsDialog> m_settingsDialog;
};

} // namespace OrderDesk
