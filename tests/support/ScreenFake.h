#pragma once

// Screens of a chosen size for the layout suites: the offscreen platform reads them from a JSON
// file. The Qt for Windows that tools/build-windows.sh makes has no offscreen plugin (it needs
// FreeType, which that build leaves out); there the suite starts on the minimal platform and
// skips, saying why, instead of Qt stopping with a message box that nobody closes.

#include <QByteArray>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QString>
#include <QTemporaryDir>

namespace ScreenFake {

constexpr const char* kNoOffscreenPlugin =
    "This Qt has no offscreen platform plugin (the Windows cross-build leaves it out, as it "
    "leaves out FreeType), and only that plugin can fake the small screens this suite lays out on";

inline bool offscreenPluginPresent()
{
#ifdef Q_OS_WIN
    return QFileInfo::exists(QLibraryInfo::path(QLibraryInfo::PluginsPath) +
                             QStringLiteral("/platforms/qoffscreen.dll"));
#else
    return true; // a missing plugin is a broken set-up here, and Qt says so
#endif
}

// Chooses the platform before the QApplication exists; false when the suite must skip.
inline bool useScreens(const QTemporaryDir& dir, const QByteArray& json)
{
    if (!offscreenPluginPresent()) {
        qputenv("QT_QPA_PLATFORM", "minimal");
        return false;
    }
    const QString config = dir.filePath(QStringLiteral("screens.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
        qFatal("cannot write %s", qPrintable(config));
    file.close();
    qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + QFile::encodeName(config));
    return true;
}

} // namespace ScreenFake
