#include "TeamLedgerSchema.h"

#include "TeamLedgerError.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace OrderDesk {

namespace {

constexpr const char* kContext = "OrderDesk::TeamLedgerSchema";

const char* const kMigrations[] = {":/orderdesk/team/001_team_ledger.sql", ":/orderdesk/team/002_import.sql"};

bool failWith(LocalizedText* error, const QSqlError& sqlError)
{
    if (error)
        *error = TeamLedgerError::explain(sqlError);
    return false;
}

} // namespace

int TeamLedgerSchema::currentVersion()
{
    return int(std::size(kMigrations));
}

int TeamLedgerSchema::version(QSqlDatabase& database, LocalizedText* error)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT to_regclass('orderdesk.meta') IS NOT NULL")) || !query.next()) {
        failWith(error, query.lastError());
        return -1;
    }
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(QStringLiteral("SELECT value FROM orderdesk.meta WHERE key = 'schema_version'")) ||
        !query.next()) {
        failWith(error, query.lastError());
        return -1;
    }
    return query.value(0).toInt();
}

bool TeamLedgerSchema::migrate(QSqlDatabase& database, LocalizedText* error)
{
    const int found = version(database, error);
    if (found < 0)
        return false;
    if (found > currentVersion()) {
        if (error)
            *error =
                LocalizedText(kContext,
                              QT_TRANSLATE_NOOP("OrderDesk::TeamLedgerSchema",
                                                "This team ledger was made by a newer OrderDesk (schema "
                                                "version %1; this one knows up to %2). Update OrderDesk."),
                              {QString::number(found), QString::number(currentVersion())});
        return false;
    }
    for (int version = found + 1; version <= currentVersion(); ++version) {
        QFile file(QString::fromLatin1(kMigrations[version - 1]));
        if (!file.open(QIODevice::ReadOnly))
            return false;
        const QString script = QString::fromUtf8(file.readAll());
        if (!database.transaction())
            return failWith(error, database.lastError());
        QSqlQuery query(database);
        for (const QString& statement : statements(script)) {
            if (!query.exec(statement)) {
                const QSqlError failure = query.lastError();
                database.rollback();
                return failWith(error, failure);
            }
        }
        if (!database.commit())
            return failWith(error, database.lastError());
    }
    return true;
}

QStringList TeamLedgerSchema::statements(const QString& script)
{
    QStringList result;
    QString current;
    QString dollarTag; // inside $tag$ … $tag$ when not empty
    bool inQuote = false;
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        if (!dollarTag.isEmpty()) {
            if (script.mid(i, dollarTag.size()) == dollarTag) {
                current += dollarTag;
                i += dollarTag.size() - 1;
                dollarTag.clear();
            } else {
                current += c;
            }
            continue;
        }
        if (inQuote) {
            current += c;
            if (c == QLatin1Char('\''))
                inQuote = false;
            continue;
        }
        if (c == QLatin1Char('-') && script.mid(i, 2) == QLatin1String("--")) {
            const qsizetype end = script.indexOf(QLatin1Char('\n'), i);
            i = end < 0 ? script.size() : end;
            current += QLatin1Char('\n');
            continue;
        }
        if (c == QLatin1Char('\'')) {
            inQuote = true;
            current += c;
            continue;
        }
        if (c == QLatin1Char('$')) {
            const qsizetype end = script.indexOf(QLatin1Char('$'), i + 1);
            const QString tag = end > i ? script.mid(i, end - i + 1) : QString();
            bool isTag = !tag.isEmpty();
            for (qsizetype k = 1; isTag && k + 1 < tag.size(); ++k)
                isTag = tag.at(k).isLetterOrNumber() || tag.at(k) == QLatin1Char('_');
            if (isTag) {
                dollarTag = tag;
                current += tag;
                i = end;
                continue;
            }
        }
        if (c == QLatin1Char(';')) {
            if (!current.trimmed().isEmpty())
                result.append(current.trimmed());
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        result.append(current.trimmed());
    return result;
}

} // namespace OrderDesk
