#include "InterruptSignal.h"

#include <QPointer>
#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace OrderDesk {

namespace {

#ifdef Q_OS_UNIX
// A signal handler may only write to a descriptor; the event loop reads the other end.
int interruptPipe[2] = {-1, -1};
struct sigaction previousInt;
struct sigaction previousTerm;

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(interruptPipe[1], &byte, 1);
}
#endif

#ifdef Q_OS_WIN
QPointer<InterruptSignal> current;

BOOL WINAPI onConsoleEvent(DWORD)
{
    // Runs in a thread of its own: the signal is queued to the object's thread.
    if (current)
        QMetaObject::invokeMethod(current.data(), "received", Qt::QueuedConnection);
    return TRUE;
}
#endif

} // namespace

InterruptSignal::InterruptSignal(QObject* parent)
    : QObject(parent)
{
#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, interruptPipe) != 0)
        return;
    ::fcntl(interruptPipe[1], F_SETFL, O_NONBLOCK);
    m_notifier = std::make_unique<QSocketNotifier>(interruptPipe[0], QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &InterruptSignal::onReadable);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    m_active =
        ::sigaction(SIGINT, &action, &previousInt) == 0 && ::sigaction(SIGTERM, &action, &previousTerm) == 0;
#endif
#ifdef Q_OS_WIN
    current = this;
    m_active = SetConsoleCtrlHandler(onConsoleEvent, TRUE) != 0;
#endif
}

InterruptSignal::~InterruptSignal()
{
#ifdef Q_OS_UNIX
    if (m_active) {
        ::sigaction(SIGINT, &previousInt, nullptr);
        ::sigaction(SIGTERM, &previousTerm, nullptr);
    }
    m_notifier.reset();
    for (int& fd : interruptPipe) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
#endif
#ifdef Q_OS_WIN
    SetConsoleCtrlHandler(onConsoleEvent, FALSE);
    current = nullptr;
#endif
}

void InterruptSignal::onReadable()
{
#ifdef Q_OS_UNIX
    char buffer[16];
    [[maybe_unused]] const ssize_t read = ::read(interruptPipe[0], buffer, sizeof buffer);
#endif
    emit received();
}

} // namespace OrderDesk
