// orderdesk-bench-signing [--seconds S]
// Signatures per second per provider on one thread: the seed page's example order, built once,
// signed again and again with a new time and nonce each time, through Provider::sign as the
// order client calls it.
#include "BenchStats.h"
#include "SeedExamples.h"
#include "common/Credential.h"
#include "providers/ProviderRegistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>

using namespace OrderDesk;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Time per provider."),
                                           QStringLiteral("s"), QStringLiteral("2"));
    parser.addOption(secondsOption);
    parser.process(app);
    const double budgetMs = parser.value(secondsOption).toDouble() * 1000;

    // A realistic pair: the lengths of the providers' own AccessKey IDs and secrets.
    const Credential credential{QStringLiteral("AKLTMjI2ODVlYzI3ZGY1NDU5ZTk4NDc0MDlmZmY1NTY3NzE"),
                                QStringLiteral("WkdabU9UTXdNVEJqTmpBNE5HRTFaR0prTlRJNE1qSmlNR0pt")};
    const QDateTime baseTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
    ProviderRegistry providers;
    for (const Provider* provider : providers.all()) {
        OrderRequest order;
        for (const QString& param : SeedExamples::params(provider->id())) {
            const qsizetype equals = param.indexOf(QLatin1Char('='));
            order.params.insert(param.left(equals), param.mid(equals + 1));
        }
        const QString region = provider->region(order);
        const HttpRequest request = provider->buildRequest(order, provider->defaultEndpoint(region));

        // Nonces made up front, so that their making is not timed.
        QStringList nonces;
        for (int i = 0; i < 4096; ++i)
            nonces << QStringLiteral("7d3c2b1a-%1-4c5d-9e8f-0a1b2c3d4e5f").arg(i, 4, 16, QLatin1Char('0'));

        qint64 signatures = 0;
        qint64 bytes = 0;
        const auto start = BenchStats::Clock::now();
        while (BenchStats::msSince(start) < budgetMs) {
            for (int i = 0; i < 256; ++i, ++signatures) {
                const HttpRequest signedRequest =
                    provider->sign(request, credential, region, baseTime.addSecs(signatures % 600),
                                   nonces.at(static_cast<int>(signatures % nonces.size())));
                bytes += signedRequest.headers.size() + signedRequest.query.size();
            }
        }
        const double elapsed = BenchStats::msSince(start);
        BenchStats::print(QStringLiteral("signing: ") + provider->id(),
                          BenchStats::rate(signatures / (elapsed / 1000.0), "signatures") +
                              QStringLiteral("  (%1 us each)")
                                  .arg(elapsed * 1000.0 / static_cast<double>(signatures), 0, 'f', 1));
        if (bytes == 0)
            return 1; // keeps the signing from being optimised away
    }
    return 0;
}
