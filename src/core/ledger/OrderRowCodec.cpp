#include "OrderRowCodec.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace OrderDesk {

namespace {

const QLatin1String kColumns(
    "id, created_utc, updated_utc, provider, profile, operator_name, region, resource_id, endpoint,"
    " params_json, idempotency_token, status, order_id, request_id, error_code, error_message,"
    " http_status, attempts, raw_response, resolution, note, lease_owner, lease_until_utc, conflict");

} // namespace

QString OrderRowCodec::columns()
{
    return kColumns;
}

QString OrderRowCodec::qualifiedColumns()
{
    static const QString columns = [] {
        QStringList names = QString(kColumns).split(QStringLiteral(", "));
        for (QString& name : names)
            name.prepend(QStringLiteral("o."));
        return names.join(QStringLiteral(", "));
    }();
    return columns;
}

qint64 OrderRowCodec::toMs(const QDateTime& time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QDateTime OrderRowCodec::fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QString OrderRowCodec::text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString OrderRowCodec::compactJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString OrderRowCodec::paramsToJson(const QMap<QString, QString>& params)
{
    QJsonObject object;
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        object.insert(it.key(), it.value());
    return compactJson(object);
}

QMap<QString, QString> OrderRowCodec::paramsFromJson(const QString& json)
{
    QMap<QString, QString> params;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        params.insert(it.key(), it.value().toString());
    return params;
}

OrderRecord OrderRowCodec::fromQuery(const QSqlQuery& query)
{
    OrderRecord record;
    record.id = query.value(0).toLongLong();
    record.createdUtc = fromMs(query.value(1).toLongLong());
    record.updatedUtc = fromMs(query.value(2).toLongLong());
    record.provider = query.value(3).toString();
    record.profile = query.value(4).toString();
    record.operatorName = query.value(5).toString();
    record.region = query.value(6).toString();
    record.resourceId = query.value(7).toString();
    record.endpoint = query.value(8).toString();
    record.params = paramsFromJson(query.value(9).toString());
    record.idempotencyToken = query.value(10).toString();
    record.status = OrderStatusNames::fromKey(query.value(11).toString()).value_or(OrderStatus::Unknown);
    record.orderId = query.value(12).toString();
    record.requestId = query.value(13).toString();
    record.errorCode = query.value(14).toString();
    record.errorMessage = query.value(15).toString();
    record.httpStatus = query.value(16).toInt();
    record.attempts = query.value(17).toInt();
    record.rawResponse = query.value(18).toByteArray();
    record.resolution =
        OrderResolutionNames::fromKey(query.value(19).toString()).value_or(OrderResolution::None);
    record.note = query.value(20).toString();
    record.leaseOwner = query.value(21).toString();
    const qint64 leaseUntil = query.value(22).toLongLong();
    if (leaseUntil > 0)
        record.leaseUntilUtc = fromMs(leaseUntil);
    record.conflict = query.value(23).toInt() != 0;
    return record;
}

bool OrderRowCodec::prepareAndBind(QSqlQuery& query, const QString& statement, const QVariantList& values)
{
    if (!query.prepare(statement))
        return false;
    for (const QVariant& value : values)
        query.addBindValue(value);
    return true;
}

QJsonObject OrderRowCodec::outcomeSnapshot(const OrderRecord& record)
{
    QJsonObject object;
    object.insert(QStringLiteral("status"), OrderStatusNames::key(record.status));
    const auto put = [&object](const char* name, const QString& value) {
        if (!value.isEmpty())
            object.insert(QLatin1String(name), value);
    };
    put("orderId", record.orderId);
    put("requestId", record.requestId);
    put("errorCode", record.errorCode);
    put("errorMessage", record.errorMessage);
    put("note", record.note);
    put("rawResponse", QString::fromUtf8(record.rawResponse));
    if (record.httpStatus != 0)
        object.insert(QStringLiteral("httpStatus"), record.httpStatus);
    return object;
}

} // namespace OrderDesk
