#pragma once

#include <QString>

namespace OrderDesk {

// The data folder, the ledger and the settings name the user's cloud accounts, resources and
// orders: nobody else on a shared machine should read them. On Linux and macOS they are kept
// readable by their owner only (0700 folder, 0600 files). On Windows the functions only create
// what is missing: the data folder is inside the user's profile, whose ACL already keeps other
// users out.
// technicalError, when given, receives a short English description of a failure (the path and
// the operating system's reason), for logs and the "details" of a message.
class OwnerOnlyFiles
{
public:
    // Creates the folder, and its missing parents, when it is missing. The folder itself (not its
    // parents, which may be shared folders such as ~/.local/share) is set to 0700 when created and
    // loses any group and other permissions when it already existed.
    static bool ensureFolder(const QString& path, QString* technicalError = nullptr);

    // Creates the file empty with 0600 when it is missing (its folder must exist); an existing
    // file loses any group and other permissions. So do SQLite's companion files, path + "-wal",
    // "-shm" and "-journal", when they exist: SQLite creates them with the database file's
    // permissions, but an existing one may date from before.
    static bool prepareFile(const QString& path, QString* technicalError = nullptr);

    // Removes any group and other permissions from an existing file or folder; a missing one is
    // not an error. For files that another library creates (QSettings), after it wrote them.
    static bool restrictExisting(const QString& path, QString* technicalError = nullptr);
};

} // namespace OrderDesk
