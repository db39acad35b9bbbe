#include "DataLocation.h"

#include "OwnerOnlyFiles.h"

#include <QDir>
#include <QStandardPaths>

namespace OrderDesk {

QString DataLocation::dataDirectory()
{
    QString directory = qEnvironmentVariable("ORDERDESK_DATA_DIR");
    if (directory.isEmpty())
        directory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    directory = QDir::cleanPath(QDir(directory).absolutePath());
    // A folder that cannot be created is reported later, by the first write that needs it,
    // with a message that names the file. One whose permissions cannot be narrowed (another
    // user's folder) is used as it is: refusing it would only lock the user out of their data.
    OwnerOnlyFiles::ensureFolder(directory);
    return directory;
}

QString DataLocation::settingsFilePath()
{
    return dataDirectory() + QStringLiteral("/settings.ini");
}

} // namespace OrderDesk
