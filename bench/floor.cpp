// orderdesk-bench-floor: the floor the start-up of orderdesk is compared with, a bare Qt Widgets
// window (a QMainWindow holding a QTableView) shown and painted once, then quit.
#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QWindow>

namespace {

// The same rule as orderdesk --quit-after-paint: quit after the window's first paint.
class QuitAfterPaint : public QObject
{
public:
    explicit QuitAfterPaint(QWidget* window)
        : m_window(window)
    {
        qApp->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        const bool exposedUpdate = event->type() == QEvent::UpdateRequest && m_window->windowHandle() &&
                                   m_window->windowHandle()->isExposed();
        if (!m_done && (event->type() == QEvent::Paint || exposedUpdate)) {
            auto* widget = qobject_cast<QWidget*>(watched);
            if (widget && (widget == m_window || m_window->isAncestorOf(widget))) {
                m_done = true;
                QTimer::singleShot(0, qApp, &QCoreApplication::quit);
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget* m_window;
    bool m_done = false;
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    QStandardItemModel model(0, 11);
    auto* view = new QTableView(&window);
    view->setModel(&model);
    window.setCentralWidget(view);
    window.resize(1000, 700);
    QuitAfterPaint quitter(&window);
    window.show();
    return app.exec();
}
