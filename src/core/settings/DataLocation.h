#pragma once

#include <QString>

namespace OrderDesk {

// The one folder that holds the ledger and the settings. ORDERDESK_DATA_DIR moves it, so that
// tests and scripts never touch the user's own data.
class DataLocation
{
public:
    // ORDERDESK_DATA_DIR when set, else the platform's application data folder; created when
    // missing and kept readable by its owner only (OwnerOnlyFiles::ensureFolder).
    static QString dataDirectory();
    // dataDirectory() + "/settings.ini".
    static QString settingsFilePath();
};

} // namespace OrderDesk
