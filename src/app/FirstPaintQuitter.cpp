#include "FirstPaintQuitter.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWindow>

namespace OrderDesk {

FirstPaintQuitter::FirstPaintQuitter(QWidget* window, QObject* parent)
    : QObject(parent)
    , m_window(window)
{
    // On the application, not on the window alone: the first widget painted may be a child.
    QCoreApplication::instance()->installEventFilter(this);
}

bool FirstPaintQuitter::eventFilter(QObject* watched, QEvent* event)
{
    if (m_quitting || !m_window || (event->type() != QEvent::Paint && event->type() != QEvent::UpdateRequest))
        return QObject::eventFilter(watched, event);
    auto* widget = qobject_cast<QWidget*>(watched);
    if (!widget || (widget != m_window && !m_window->isAncestorOf(widget)))
        return QObject::eventFilter(watched, event);
    // An update requested before the window is on screen paints nothing.
    const QWindow* handle = m_window->windowHandle();
    if (event->type() == QEvent::UpdateRequest && (!handle || !handle->isExposed()))
        return QObject::eventFilter(watched, event);
    {
        m_quitting = true;
        QCoreApplication::instance()->removeEventFilter(this);
        // Queued: the paint in progress, and the flush of the backing store that follows it in
        // the same event, complete before the event loop ends.
        QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace OrderDesk
