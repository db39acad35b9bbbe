#include "CliApplication.h"
#include "common/SystemClock.h"
#include "common/TranslationLoader.h"
#include "common/UuidNonceSource.h"
#include "providers/ProviderRegistry.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("OrderDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("OrderDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ORDERDESK_VERSION));

    // Messages follow the user's locale (LANG / LC_ALL, or ORDERDESK_LANGUAGE=zh_CN|en).
    OrderDesk::TranslationLoader translations;
    translations.setLanguage(qEnvironmentVariable("ORDERDESK_LANGUAGE"));

    QTextStream in(stdin);
    QTextStream out(stdout);
    QTextStream err(stderr);
    OrderDesk::ProviderRegistry providers;
    OrderDesk::SystemClock clock;
    OrderDesk::UuidNonceSource nonces;
    OrderDesk::CliApplication cli(providers, clock, nonces, in, out, err,
                                  QProcessEnvironment::systemEnvironment());
    return cli.run(QCoreApplication::arguments());
}
