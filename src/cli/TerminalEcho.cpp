#include "TerminalEcho.h"

#include <QtGlobal>

#if defined(Q_OS_WIN)
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace OrderDesk {

TerminalEcho::TerminalEcho()
{
#if defined(Q_OS_WIN)
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (input != INVALID_HANDLE_VALUE && GetConsoleMode(input, &mode)) {
        m_saved = mode;
        m_changed = SetConsoleMode(input, mode & ~static_cast<DWORD>(ENABLE_ECHO_INPUT)) != 0;
    }
#else
    termios settings{};
    if (isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &settings) == 0) {
        m_saved = settings.c_lflag;
        settings.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        m_changed = tcsetattr(STDIN_FILENO, TCSANOW, &settings) == 0;
    }
#endif
}

TerminalEcho::~TerminalEcho()
{
    if (!m_changed)
        return;
#if defined(Q_OS_WIN)
    SetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), static_cast<DWORD>(m_saved));
#else
    termios settings{};
    if (tcgetattr(STDIN_FILENO, &settings) == 0) {
        settings.c_lflag = static_cast<tcflag_t>(m_saved);
        tcsetattr(STDIN_FILENO, TCSANOW, &settings);
    }
#endif
}

} // namespace OrderDesk
