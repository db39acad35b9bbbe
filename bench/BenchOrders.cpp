#include "BenchOrders.h"

#include "SeedExamples.h"
#include "providers/ProviderRegistry.h"

#include <QCryptographicHash>

namespace OrderDesk {

namespace {

constexpr qint64 kYearMs = 365LL * 24 * 3600 * 1000;

// Lower-case hex of a hash of the inputs: identifiers that look random but repeat run to run.
QString token(qint64 index, const char* salt, int length)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(QByteArray::number(index));
    hash.addData(QByteArray(salt));
    return QString::fromLatin1(hash.result().toHex().left(length));
}

QString uuidLike(qint64 index, const char* salt)
{
    const QString hex = token(index, salt, 32).toUpper();
    return hex.mid(0, 8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') + hex.mid(12, 4) +
           QLatin1Char('-') + hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20, 12);
}

} // namespace

BenchOrders::BenchOrders(const ProviderRegistry& providers, const QDateTime& newestUtc)
    : m_newestUtc(newestUtc)
{
    for (const Provider* provider : providers.all()) {
        ProviderShape shape;
        shape.id = provider->id();
        for (const FieldSpec& field : provider->schema().fields()) {
            if (field.identifiesResource)
                shape.resourceField = field.name;
        }
        for (const QString& param : SeedExamples::params(shape.id)) {
            const qsizetype equals = param.indexOf(QLatin1Char('='));
            shape.params.insert(param.left(equals), param.mid(equals + 1));
        }
        OrderRequest request;
        request.params = shape.params;
        shape.region = provider->region(request);
        shape.endpoint = provider->defaultEndpoint(shape.region).toString();
        for (const ErrorInfo& info : provider->errorCatalogue().entries()) {
            if (!shape.errorCodes.contains(info.code))
                shape.errorCodes << info.code;
        }
        m_shapes << shape;
    }
}

OrderRecord BenchOrders::record(qint64 index, qint64 total) const
{
    const ProviderShape& shape = m_shapes.at(static_cast<int>(index % m_shapes.size()));
    OrderRecord record;
    record.provider = shape.id;
    // A few accounts per provider, as a company has.
    static const QStringList profiles{QStringLiteral("finance"), QStringLiteral("finance-east"),
                                      QStringLiteral("ops-shared"), QStringLiteral("sandbox")};
    record.profile = profiles.at(static_cast<int>((index / 4) % profiles.size()));
    record.operatorName = (index % 3 == 0) ? QStringLiteral("zhang.san") : QStringLiteral("li.si");
    record.region = shape.region;
    record.endpoint = shape.endpoint;

    // Resource ids in each provider's own shape.
    QString resource;
    if (shape.id == QLatin1String("volcengine"))
        resource = QStringLiteral("dcc-") + token(index, "res", 13);
    else if (shape.id == QLatin1String("aliyun"))
        resource = QStringLiteral("pc-bp1") + token(index, "res", 13);
    else if (shape.id == QLatin1String("unicloud"))
        resource = QStringLiteral("nas-") + token(index, "res", 12);
    else
        resource = QStringLiteral("sdg-") + token(index, "res", 16);
    record.resourceId = resource;
    record.params = shape.params;
    if (!shape.resourceField.isEmpty())
        record.params.insert(shape.resourceField, resource);
    if (record.params.contains(QStringLiteral("ClientToken")) || shape.id == QLatin1String("volcengine")) {
        record.idempotencyToken = uuidLike(index, "token");
        record.params.insert(QStringLiteral("ClientToken"), record.idempotencyToken);
    }
    record.params.insert(QStringLiteral("Period"), QString::number(1 + index % 3));

    // Spread evenly over the year, oldest first, a few minutes apart with some jitter.
    const qint64 span = total > 1 ? kYearMs / total : 0;
    const qint64 createdMs = m_newestUtc.toMSecsSinceEpoch() - kYearMs + index * span +
                             static_cast<qint64>(token(index, "t", 4).toInt(nullptr, 16)) % (span + 1);
    record.createdUtc = QDateTime::fromMSecsSinceEpoch(createdMs, Qt::UTC);
    record.updatedUtc = record.createdUtc.addMSecs(300 + index % 2000);
    record.requestId = uuidLike(index, "request");
    record.attempts = 1;

    // 88% Succeeded, 8% Rejected, 4% Unknown.
    const int bucket = static_cast<int>((index * 7919) % 100);
    if (bucket < 88) {
        record.status = OrderStatus::Succeeded;
        record.orderId = (shape.id == QLatin1String("huaweicloud") ? QStringLiteral("CS") : QString()) +
                         QString::number(202500000000000LL + index * 37);
        record.httpStatus = 200;
        record.rawResponse = QByteArrayLiteral("{\"RequestId\":\"") + record.requestId.toLatin1() +
                             QByteArrayLiteral("\",\"OrderId\":\"") + record.orderId.toLatin1() +
                             QByteArrayLiteral("\"}");
    } else if (bucket < 96 && !shape.errorCodes.isEmpty()) {
        record.status = OrderStatus::Rejected;
        record.errorCode = shape.errorCodes.at(static_cast<int>(index % shape.errorCodes.size()));
        record.errorMessage = QStringLiteral("The specified parameter is not valid for this operation.");
        record.httpStatus = 400;
        record.rawResponse = QByteArrayLiteral("{\"RequestId\":\"") + record.requestId.toLatin1() +
                             QByteArrayLiteral("\",\"Code\":\"") + record.errorCode.toLatin1() +
                             QByteArrayLiteral("\"}");
    } else {
        record.status = OrderStatus::Unknown;
        record.attempts = 3;
        record.note = QStringLiteral("No answer within 30 seconds.");
    }
    return record;
}

} // namespace OrderDesk
