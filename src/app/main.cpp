#include "AppContext.h"
#include "FirstPaintQuitter.h"
#include "MainWindow.h"
#include "SimSandbox.h"
#include "common/TranslationLoader.h"

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <cstdio>
#include <memory>

namespace {

// Literal contexts below, not a constant, so that lupdate finds the strings.
struct AppOptions
{
    QCommandLineOption dataDirectory{
        QStringLiteral("data-dir"),
        QCoreApplication::translate("OrderDesk::AppMain",
                                    "Keep the order ledger and the settings in <dir> instead of the "
                                    "application data folder."),
        QCoreApplication::translate("OrderDesk::AppMain", "dir")};
    QCommandLineOption quitAfterPaint{
        QStringLiteral("quit-after-paint"),
        QCoreApplication::translate("OrderDesk::AppMain",
                                    "Quit as soon as the main window has been painted once (to "
                                    "measure the start-up time).")};
};

void setUp(QCommandLineParser& parser, const AppOptions& options)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("OrderDesk::AppMain", "Prepaid cloud orders for finance staff"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(options.dataDirectory);
    parser.addOption(options.quitAfterPaint);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication::setOrganizationName(QStringLiteral("OrderDesk"));
    QApplication::setApplicationName(QStringLiteral("OrderDesk"));
    QApplication::setApplicationVersion(QStringLiteral(ORDERDESK_VERSION));

    // --version and --help must work without a display (packaging checks, scripts), so they are
    // answered by a console-only application before QApplication connects to one. Anything the
    // parser does not know, such as Qt's own -platform or -style, is left to QApplication.
    {
        QStringList arguments;
        for (int i = 0; i < argc; ++i)
            arguments << QString::fromLocal8Bit(argv[i]);
        const AppOptions options;
        QCommandLineParser parser;
        setUp(parser, options);
        if (parser.parse(arguments) &&
            (parser.isSet(QStringLiteral("version")) || parser.isSet(QStringLiteral("help")) ||
             parser.isSet(QStringLiteral("help-all")))) {
            QCoreApplication console(argc, argv);
            // The saved language lives in the data folder, which is not known yet: the help
            // follows ORDERDESK_LANGUAGE or the system, like orderdesk-cli's.
            OrderDesk::TranslationLoader translations;
            translations.setLanguage(qEnvironmentVariable("ORDERDESK_LANGUAGE"));
            const AppOptions translated;
            QCommandLineParser help;
            setUp(help, translated);
            help.process(console); // prints and exits
        }
    }

#ifdef Q_OS_WIN
    // DirectWrite rather than Qt 6.4's default GDI font engine, unless the user chose a platform:
    // it draws Chinese better, it is Qt's own default from 6.8 on, and under Wine the GDI engine
    // left the typed text of every line edit and spin box undrawn (docs/ARCHITECTURE.md,
    // "Windows").
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "windows:fontengine=directwrite");
#endif
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("OrderDesk"));
    // Lets Wayland compositors match the window to the installed .desktop file and its icon.
    QApplication::setDesktopFileName(QStringLiteral("org.orderdesk.OrderDesk"));

    // QApplication has taken its own options out by now. Other unknown arguments are ignored,
    // as they always were; only an option of ours without its value is an error.
    const AppOptions options;
    QCommandLineParser parser;
    setUp(parser, options);
    parser.parse(QApplication::arguments());
    const QString dataDirectory = parser.value(options.dataDirectory);
    if (parser.isSet(options.dataDirectory) && dataDirectory.isEmpty()) {
        OrderDesk::TranslationLoader translations;
        translations.setLanguage(qEnvironmentVariable("ORDERDESK_LANGUAGE"));
        const QString message =
            QCoreApplication::translate("OrderDesk::AppMain", "--data-dir needs a folder.") +
            QLatin1Char('\n');
        std::fputs(message.toLocal8Bit().constData(), stderr);
        return 2;
    }

    OrderDesk::AppContext context(dataDirectory, OrderDesk::SimSandbox::factory());
    context.initialize();
    OrderDesk::MainWindow window(context);
    std::unique_ptr<OrderDesk::FirstPaintQuitter> quitter;
    if (parser.isSet(options.quitAfterPaint))
        quitter = std::make_unique<OrderDesk::FirstPaintQuitter>(&window);
    window.show();
    return app.exec();
}
