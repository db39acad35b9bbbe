#include "AppContext.h"
#include "MainWindow.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OrderDesk"));
    QApplication::setApplicationName(QStringLiteral("OrderDesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("OrderDesk"));
    QApplication::setApplicationVersion(QStringLiteral(ORDERDESK_VERSION));

    OrderDesk::AppContext context;
    context.initialize();
    OrderDesk::MainWindow window(context);
    window.show();
    return app.exec();
}
