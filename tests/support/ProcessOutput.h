#pragma once

// What a program of the suite printed, with Windows' line ends made Unix ones: a console program
// on Windows writes CR LF (the C runtime's text mode), which is right for its users, and the
// suites compare lines.

#include <QByteArray>

namespace ProcessOutput {

inline QByteArray lines(QByteArray bytes)
{
    return bytes.replace("\r\n", "\n");
}

} // namespace ProcessOutput
