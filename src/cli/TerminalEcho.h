#pragma once

namespace OrderDesk {

// Turns off the echo of standard input while it exists, when standard input is a terminal,
// so that a secret typed at a prompt never appears on the screen or in a screen recording.
class TerminalEcho
{
public:
    TerminalEcho();
    ~TerminalEcho();
    TerminalEcho(const TerminalEcho&) = delete;
    TerminalEcho& operator=(const TerminalEcho&) = delete;

private:
    bool m_changed = false;
    unsigned long m_saved = 0;
};

} // namespace OrderDesk
