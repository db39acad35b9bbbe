#pragma once

#include "OrderRecord.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QVariantList>

class QSqlQuery;

namespace OrderDesk {

// How an order row of the ledger file maps to an OrderRecord and back: the column list every
// SELECT reads, times as milliseconds since the epoch (UTC), parameters as compact JSON.
class OrderRowCodec
{
public:
    // The columns in the order fromQuery() reads them.
    static QString columns();
    // columns(), each prefixed with "o.".
    static QString qualifiedColumns();
    static OrderRecord fromQuery(const QSqlQuery& query);

    static qint64 toMs(const QDateTime& time);
    static QDateTime fromMs(qint64 ms);
    // SQLite stores a null QString as NULL, which the NOT NULL columns refuse.
    static QString text(const QString& value);
    static QString compactJson(const QJsonObject& object);
    static QString paramsToJson(const QMap<QString, QString>& params);
    static QMap<QString, QString> paramsFromJson(const QString& json);
    // Prepares `statement` and binds `values` to its placeholders in order. Only fixed SQL goes
    // into statements; every value is bound.
    static bool prepareAndBind(QSqlQuery& query, const QString& statement, const QVariantList& values);
    // The outcome values of a row, kept in an event before they are replaced.
    static QJsonObject outcomeSnapshot(const OrderRecord& record);
};

} // namespace OrderDesk
