#include "AppContext.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

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
        QCommandLineParser parser;
        parser.setApplicationDescription(QStringLiteral("Prepaid cloud orders for finance staff"));
        parser.addHelpOption();
        parser.addVersionOption();
        if (parser.parse(arguments) &&
            (parser.isSet(QStringLiteral("version")) || parser.isSet(QStringLiteral("help")) ||
             parser.isSet(QStringLiteral("help-all")))) {
            QCoreApplication console(argc, argv);
            parser.process(console); // prints and exits
        }
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("OrderDesk"));
    // Lets Wayland compositors match the window to the installed .desktop file and its icon.
    QApplication::setDesktopFileName(QStringLiteral("org.orderdesk.OrderDesk"));

    OrderDesk::AppContext context;
    context.initialize();
    OrderDesk::MainWindow window(context);
    window.show();
    return app.exec();
}
