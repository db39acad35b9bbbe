#include "ScreenshotTour.h"
#include "TeamScreenshotTour.h"

#include <QApplication>
#include <QStandardPaths>

#include <cstdio>

// orderdesk-screenshots OUTPUT_FOLDER WIDTHxHEIGHT: the tour in English and in Chinese, with the
// window at that size (the screen's), written to OUTPUT_FOLDER/WIDTHxHEIGHT/.
int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("OrderDesk"));
    // The tour's keychain and settings must never touch the user's own.
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = QApplication::arguments();
    const QStringList size = args.value(2).split(QLatin1Char('x'));
    const QSize windowSize(size.value(0).toInt(), size.value(1).toInt());
    if (args.size() != 3 || windowSize.isEmpty()) {
        std::fprintf(stderr, "usage: orderdesk-screenshots OUTPUT_FOLDER WIDTHxHEIGHT\n");
        return 2;
    }
    QDir output(args.at(1));
    output.mkpath(args.at(2));
    output.cd(args.at(2));
    // The screens of the tour: every form, 3 confirmations, 6 outcomes, the history and About.
    constexpr int kScreens = 1 + 4 + 3 + 6 + 1 + 1;
    int saved = 0;
    // The team ledger's screens need a PostgreSQL (tools/take-screenshots.sh runs the tour under
    // pg_virtualenv when it can).
    const bool team = OrderDesk::TeamScreenshotTour::missingServer().isEmpty();
    if (!team)
        std::fprintf(stderr, "no team ledger screenshots: %s\n",
                     qPrintable(OrderDesk::TeamScreenshotTour::missingServer()));
    for (const char* language : {"en", "zh_CN"}) {
        saved += OrderDesk::ScreenshotTour(QString::fromLatin1(language), windowSize, output).run();
        if (team)
            saved += OrderDesk::TeamScreenshotTour(QString::fromLatin1(language), windowSize, output).run();
    }
    return saved == 2 * (kScreens + (team ? OrderDesk::TeamScreenshotTour::kScreens : 0)) ? 0 : 1;
}
