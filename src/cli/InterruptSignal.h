#pragma once

#include <QObject>

#include <memory>

class QSocketNotifier;

namespace OrderDesk {

// Ctrl+C, SIGTERM (and on Windows the console's close and Ctrl+Break) as a Qt signal in the
// event loop, so that a command waiting for a provider's answer can record that it stopped
// waiting before it exits. Only one may exist at a time; while it exists the default action
// (ending the process at once) is replaced, and it is restored when it goes.
class InterruptSignal : public QObject
{
    Q_OBJECT

public:
    explicit InterruptSignal(QObject* parent = nullptr);
    ~InterruptSignal() override;

    // Whether the handlers could be installed.
    bool isActive() const { return m_active; }

signals:
    void received();

private:
    void onReadable();

    bool m_active = false;
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace OrderDesk
