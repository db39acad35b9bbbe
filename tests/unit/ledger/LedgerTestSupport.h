#pragma once

#include "ProviderTestSupport.h"
#include "TestLedgerStore.h"
#include "ledger/OrderRecord.h"

#include <QFile>
#include <QHash>
#include <QPair>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTranslator>
#include <QVariant>

#include <stdlib.h>
#include <time.h>

// Helpers the ledger suites share (header-only).
namespace LedgerTestSupport {

inline QList<qint64> ids(const QList<OrderDesk::OrderRecord>& records)
{
    QList<qint64> out;
    for (const OrderDesk::OrderRecord& record : records)
        out << record.id;
    return out;
}

// Reads one value with a connection of its own, as another program would (`location`: a file
// path, or a server ledger's address from TestLedgerStore::location).
inline QVariant rawValue(const QString& location, const QString& statement)
{
    const QString name = QStringLiteral("ledger-test-raw-read");
    QVariant value;
    {
        QSqlDatabase db = TestLedgerStore::addRawLedgerConnection(location, name);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(statement) && query.next())
                value = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

// 2024-05-01 10:00:00 UTC: the instant every suite's clock starts at.
inline QDateTime startUtc()
{
    return QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
}

// Times in CSV files and the table are local; the suites pin local time to UTC+8 (no DST),
// written as a POSIX rule so that it needs no time zone database.
inline void pinLocalTimeToUtcPlus8()
{
    qputenv("TZ", "CST-8");
    tzset();
}

// An order as OrderService records it, with the parameters of the provider's seed page.
inline OrderDesk::OrderRecord seedRecord(const QString& provider = QStringLiteral("aliyun"),
                                         const QString& profile = QStringLiteral("finance"),
                                         const QString& resourceId = QStringLiteral("pc-bp1hp0wr072f6****"))
{
    OrderDesk::OrderRecord record;
    record.provider = provider;
    record.profile = profile;
    record.operatorName = QStringLiteral("zhang.san");
    record.region = QStringLiteral("cn-hangzhou");
    record.resourceId = resourceId;
    record.endpoint = QStringLiteral("https://vpc.aliyuncs.com");
    record.params = ProviderTestSupport::seedExampleOrder(provider).params;
    record.idempotencyToken = record.params.value(QStringLiteral("ClientToken"));
    return record;
}

// Fills a ledger (already created by OrderLedger::open; a file path or a server address) with
// `count` orders in one transaction, straight through SQL: far faster than one committed insert
// per order. Ids run 1..count; the status cycles pending, succeeded, rejected, unknown; the
// provider cycles through the four providers; every 7th resource id contains "x7".
inline bool bulkInsert(const QString& location, int count, QString* error)
{
    static const QStringList providers{QStringLiteral("volcengine"), QStringLiteral("aliyun"),
                                       QStringLiteral("unicloud"), QStringLiteral("huaweicloud")};
    static const QStringList statuses{QStringLiteral("pending"), QStringLiteral("succeeded"),
                                      QStringLiteral("rejected"), QStringLiteral("unknown")};
    const QString name = QStringLiteral("ledger-bulk-insert");
    bool ok = false;
    {
        QSqlDatabase db = TestLedgerStore::addRawLedgerConnection(location, name);
        if (db.open() && db.transaction()) {
            QSqlQuery query(db);
            ok = query.prepare(QStringLiteral("INSERT INTO orders (created_utc, updated_utc, provider, "
                                              "profile, region, resource_id, status,"
                                              " order_id, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            const qint64 base = startUtc().toMSecsSinceEpoch();
            for (int i = 1; ok && i <= count; ++i) {
                const QString status = statuses.at(i % 4);
                query.addBindValue(base + i * 1000LL);
                query.addBindValue(base + i * 1000LL);
                query.addBindValue(providers.at(i % 4));
                query.addBindValue(QStringLiteral("finance"));
                query.addBindValue(QStringLiteral("cn-beijing"));
                query.addBindValue(i % 7 == 0 ? QStringLiteral("res-x7-%1").arg(i)
                                              : QStringLiteral("res-%1").arg(i));
                query.addBindValue(status);
                query.addBindValue(status == QLatin1String("succeeded") ? QStringLiteral("ord-%1").arg(i)
                                                                        : QStringLiteral(""));
                query.addBindValue(1);
                ok = query.exec();
            }
            if (!ok && error)
                *error = query.lastError().text();
            ok = ok && db.commit();
        } else if (error) {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

inline QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A translator from a table, standing in for the Chinese catalogue where a suite must not
// depend on the shipped one.
class TableTranslator : public QTranslator
{
public:
    void add(const char* context, const char* source, const QString& translation)
    {
        m_table.insert(qMakePair(QByteArray(context), QByteArray(source)), translation);
    }
    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        return m_table.value(qMakePair(QByteArray(context), QByteArray(sourceText)));
    }
    bool isEmpty() const override { return m_table.isEmpty(); }

private:
    QHash<QPair<QByteArray, QByteArray>, QString> m_table;
};

} // namespace LedgerTestSupport
