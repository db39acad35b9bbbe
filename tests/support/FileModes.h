#pragma once

#include <QFile>
#include <QString>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <sys/types.h>
#endif

// Permission bits of files and folders, for the suites that check that OrderDesk's data is
// readable by its owner only (Linux and macOS; Windows relies on the profile's ACL).
namespace FileModes {

#ifdef Q_OS_UNIX
// The permission bits in octal ("600"), or "missing": a failed comparison then reads like ls.
inline QString modeOf(const QString& path)
{
    struct stat status;
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return QStringLiteral("missing");
    return QString::number(status.st_mode & 07777, 8);
}

inline bool setMode(const QString& path, mode_t mode)
{
    return ::chmod(QFile::encodeName(path).constData(), mode) == 0;
}

// A umask for one test. Without 022 a runner whose umask is already 077 would pass the
// checks without OrderDesk doing anything.
class ScopedUmask
{
public:
    explicit ScopedUmask(mode_t mask)
        : m_previous(::umask(mask))
    {}
    ~ScopedUmask() { ::umask(m_previous); }
    ScopedUmask(const ScopedUmask&) = delete;
    ScopedUmask& operator=(const ScopedUmask&) = delete;

private:
    mode_t m_previous;
};
#endif

} // namespace FileModes
