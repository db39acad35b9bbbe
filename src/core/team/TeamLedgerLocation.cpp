#include "TeamLedgerLocation.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QUrl>
#include <QUrlQuery>

namespace OrderDesk {

namespace {

constexpr const char* kContext = "OrderDesk::TeamLedgerLocation";

bool fail(LocalizedText* error, const char* text, const QStringList& args = {})
{
    if (error)
        *error = LocalizedText(kContext, text, args);
    return false;
}

} // namespace

bool TeamLedgerLocation::isTeamLedger(const QString& text)
{
    const QString trimmed = text.trimmed();
    return trimmed.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           trimmed.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

std::optional<TeamLedgerLocation> TeamLedgerLocation::parse(const QString& text, LocalizedText* error)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))) {
        fail(error,
             QT_TRANSLATE_NOOP("OrderDesk::TeamLedgerLocation",
                               "\"%1\" is not a team ledger address. Write it as "
                               "postgresql://ROLE@HOST:PORT/DATABASE?sslmode=verify-full."),
             {text});
        return std::nullopt;
    }
    if (!url.password().isEmpty()) {
        fail(error,
             QT_TRANSLATE_NOOP("OrderDesk::TeamLedgerLocation",
                               "Leave the password out of the team ledger's address: OrderDesk keeps it "
                               "in the system keychain (\"orderdesk-cli ledger password\")."));
        return std::nullopt;
    }
    TeamLedgerLocation location;
    location.host = url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
    location.port = url.port(5432);
    location.database = url.path().mid(1);
    location.user = url.userName();
    if (location.user.isEmpty() || location.database.isEmpty() ||
        location.database.contains(QLatin1Char('/'))) {
        fail(error,
             QT_TRANSLATE_NOOP("OrderDesk::TeamLedgerLocation",
                               "The team ledger's address needs your database role and the database: "
                               "postgresql://ROLE@HOST:PORT/DATABASE (got \"%1\")."),
             {text});
        return std::nullopt;
    }
    QStringList options;
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        // QPSQL separates options with ';' and writes each as key=value for libpq.
        if (key.contains(QLatin1Char(';')) || value.contains(QLatin1Char(';')) ||
            key == QLatin1String("password")) {
            fail(error,
                 QT_TRANSLATE_NOOP("OrderDesk::TeamLedgerLocation",
                                   "The option \"%1\" of the team ledger's address cannot be used."),
                 {key});
            return std::nullopt;
        }
        options.append(key + QLatin1Char('=') + value);
    }
    location.connectOptions = options.join(QLatin1Char(';'));
    location.address = text.trimmed();
    return location;
}

QString TeamLedgerLocation::display() const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host, QString::number(port), database);
}

QString TeamLedgerLocation::passwordKey() const
{
    return QStringLiteral("ledger/%1@%2:%3/%4").arg(user, host, QString::number(port), database);
}

void TeamLedgerLocation::configure(QSqlDatabase& db, const QString& password) const
{
    db.setHostName(host);
    db.setPort(port);
    db.setDatabaseName(database);
    db.setUserName(user);
    if (!password.isEmpty())
        db.setPassword(password);
    QStringList options{QStringLiteral("application_name=OrderDesk"),
                        QStringLiteral("options='-c client_min_messages=warning'")};
    if (!connectOptions.contains(QLatin1String("connect_timeout=")))
        options << QStringLiteral("connect_timeout=10");
    if (!connectOptions.isEmpty())
        options << connectOptions;
    db.setConnectOptions(options.join(QLatin1Char(';')));
}

} // namespace OrderDesk
