#include "ScreenshotTour.h"

#include <QApplication>
#include <QStandardPaths>

#include <cstdio>

// orderdesk-screenshots OUTPUT_FOLDER: the tour in English and in Chinese.
int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("OrderDesk"));
    // The tour's keychain and settings must never touch the user's own.
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = QApplication::arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: orderdesk-screenshots OUTPUT_FOLDER\n");
        return 2;
    }
    QDir output(args.at(1));
    output.mkpath(QStringLiteral("."));
    int saved = 0;
    for (const char* language : {"en", "zh_CN"})
        saved += OrderDesk::ScreenshotTour(QString::fromLatin1(language), output).run();
    return saved == 2 * 10 ? 0 : 1;
}
