#pragma once

#include <QObject>
#include <QPointer>
#include <QWidget>

namespace OrderDesk {

// Quits the application as soon as a window has been painted once, so that the start-up time
// can be measured from outside as the lifetime of the whole process (orderdesk
// --quit-after-paint). It watches the paint events of the window and of every widget inside it:
// which of them Qt paints first depends on the platform plugin.
class FirstPaintQuitter : public QObject
{
    Q_OBJECT

public:
    explicit FirstPaintQuitter(QWidget* window, QObject* parent = nullptr);

    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPointer<QWidget> m_window;
    bool m_quitting = false;
};

} // namespace OrderDesk
