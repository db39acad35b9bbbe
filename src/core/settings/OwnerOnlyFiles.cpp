#include "OwnerOnlyFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace OrderDesk {

namespace {

bool fail(QString* technicalError, const QString& path, const QString& reason)
{
    if (technicalError)
        *technicalError = QDir::toNativeSeparators(path) + QStringLiteral(": ") + reason;
    return false;
}

#ifdef Q_OS_UNIX
constexpr mode_t kOwnerOnlyFolder = S_IRWXU;
constexpr mode_t kOwnerOnlyFile = S_IRUSR | S_IWUSR;
constexpr mode_t kGroupAndOther = S_IRWXG | S_IRWXO;

bool failWithErrno(QString* technicalError, const QString& path, int error)
{
    return fail(technicalError, path, qt_error_string(error));
}

// Removing only the group and other bits keeps what the owner chose for themselves, such as a
// ledger they made read-only.
bool restrictPath(const QString& path, QString* technicalError)
{
    const QByteArray encoded = QFile::encodeName(path);
    struct stat status;
    if (::stat(encoded.constData(), &status) != 0) {
        // Nothing there (ENOTDIR: a file where a folder of the path should be) is nothing to hide.
        const int error = errno;
        return error == ENOENT || error == ENOTDIR ? true : failWithErrno(technicalError, path, error);
    }
    if ((status.st_mode & kGroupAndOther) == 0)
        return true;
    if (::chmod(encoded.constData(), status.st_mode & 07777 & ~kGroupAndOther) != 0)
        return failWithErrno(technicalError, path, errno);
    return true;
}
#endif

} // namespace

bool OwnerOnlyFiles::ensureFolder(const QString& path, QString* technicalError)
{
    // An empty path would resolve to the working folder, which is not OrderDesk's to restrict.
    if (path.isEmpty())
        return fail(technicalError, path, QStringLiteral("no folder given"));
    const QString absolute = QDir::cleanPath(QDir(path).absolutePath());
    const QFileInfo info(absolute);
    if (info.exists() && !info.isDir())
        return fail(technicalError, absolute, QStringLiteral("exists and is not a folder"));
#ifdef Q_OS_UNIX
    if (info.isDir())
        return restrictPath(absolute, technicalError);
    const QString parent = info.absolutePath();
    if (!QDir().mkpath(parent))
        return fail(technicalError, parent, QStringLiteral("could not be created"));
    const QByteArray encoded = QFile::encodeName(absolute);
    if (::mkdir(encoded.constData(), kOwnerOnlyFolder) != 0) {
        // Another process (the CLI next to the GUI) may have created it just now.
        if (errno == EEXIST && QFileInfo(absolute).isDir())
            return restrictPath(absolute, technicalError);
        return failWithErrno(technicalError, absolute, errno);
    }
    // The umask may have taken bits the owner needs: the folder is ours, so its bits are exact.
    if (::chmod(encoded.constData(), kOwnerOnlyFolder) != 0)
        return failWithErrno(technicalError, absolute, errno);
    return true;
#else
    // Windows: nothing to restrict for now. The data folder is inside the user's profile and
    // inherits its ACL, which already keeps other users out.
    if (!QDir().mkpath(absolute))
        return fail(technicalError, absolute, QStringLiteral("could not be created"));
    return true;
#endif
}

bool OwnerOnlyFiles::prepareFile(const QString& path, QString* technicalError)
{
    if (path.isEmpty())
        return fail(technicalError, path, QStringLiteral("no file given"));
    const QString absolute = QFileInfo(path).absoluteFilePath();
#ifdef Q_OS_UNIX
    // O_EXCL: created here with 0600 from the first moment, or left to the tightening below;
    // never a moment where a new file is readable by others.
    const QByteArray encoded = QFile::encodeName(absolute);
    const int fd = ::open(encoded.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, kOwnerOnlyFile);
    if (fd >= 0) {
        const bool exact = ::fchmod(fd, kOwnerOnlyFile) == 0;
        const int error = errno;
        ::close(fd);
        if (!exact)
            return failWithErrno(technicalError, absolute, error);
    } else if (errno != EEXIST) {
        return failWithErrno(technicalError, absolute, errno);
    } else if (!restrictPath(absolute, technicalError)) {
        return false;
    }
    // All three are tried even when one fails, so that one stubborn file leaves no other wide.
    bool ok = true;
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        ok = restrictPath(absolute + QLatin1String(suffix), ok ? technicalError : nullptr) && ok;
    return ok;
#else
    // Windows: created as any file in the profile, see ensureFolder.
    QFile file(absolute);
    if (!file.exists() && !file.open(QIODevice::WriteOnly | QIODevice::NewOnly) && !file.exists())
        return fail(technicalError, absolute, file.errorString());
    return true;
#endif
}

bool OwnerOnlyFiles::restrictExisting(const QString& path, QString* technicalError)
{
#ifdef Q_OS_UNIX
    return restrictPath(QFileInfo(path).absoluteFilePath(), technicalError);
#else
    Q_UNUSED(path)
    Q_UNUSED(technicalError)
    return true;
#endif
}

} // namespace OrderDesk
