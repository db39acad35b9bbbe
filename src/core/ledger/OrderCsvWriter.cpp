#include "OrderCsvWriter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace OrderDesk {

namespace {

constexpr const char* kContext = "OrderDesk::OrderCsvWriter";

const char* const kTitles[] = {
    QT_TRANSLATE_NOOP("OrderDesk::OrderCsvWriter", "Ledger ID"),
    QT_TRANSLATE_NOOP("OrderDesk::OrderCsvWriter", "Created"),
    QT_TRANSLATE_NOOP("OrderDesk::OrderCsvWriter", "Updated"),
    QT_TRANSLATE_NOOP("OrderDesk::OrderCsvWriter", "Provider"),
    QT_TRANSLATE_NOOP("OrderDesk::OrderCsvWriter", "Profile"),
    QT_TRANSLATE_NOOP("OrderDesk::OrderCsvWriter", "Operator"),
    QT_TRANSLATE_NOOP("OrderDesk::OrderCsvWriter", "Region"),
    QT_TRANSLATE_NOOP("OrderDesk::OrderCsvWriter", "Resource ID"),
    QT_TRANSLATE_NOOP("OrderDesk::OrderCsvWriter", "Endpoint"),
    QT_TRANSLATE_NOOP("OrderDesk::OrderCsvWriter", "Status"),
    QT_TRANSLATE_NOOP("OrderDesk::OrderCsvWriter", "Order ID"),
    QT_TRANSLATE_NOOP("OrderDesk::OrderCsvWriter", "Request ID"),
    QT_TRANSLATE_NOOP("OrderDesk::OrderCsvWriter", "Error code"),
    QT_TRANSLATE_NOOP("OrderDesk::OrderCsvWriter", "Error message"),
    QT_TRANSLATE_NOOP("OrderDesk::OrderCsvWriter", "HTTP status"),
    QT_TRANSLATE_NOOP("OrderDesk::OrderCsvWriter", "Attempts"),
    QT_TRANSLATE_NOOP("OrderDesk::OrderCsvWriter", "Idempotency token"),
    QT_TRANSLATE_NOOP("OrderDesk::OrderCsvWriter", "Resolution"),
    QT_TRANSLATE_NOOP("OrderDesk::OrderCsvWriter", "Note"),
    QT_TRANSLATE_NOOP("OrderDesk::OrderCsvWriter", "Parameters"),
};

QString localTime(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    // Local time as an offset from UTC, so that the offset is written and the value is unambiguous.
    return utc.toOffsetFromUtc(utc.toLocalTime().offsetFromUtc()).toString(Qt::ISODate);
}

QString resolutionText(const OrderRecord& record)
{
    if (record.conflict)
        return QCoreApplication::translate(
            kContext,
            QT_TRANSLATE_NOOP("OrderDesk::OrderCsvWriter",
                              "Conflict: marked as not placed by hand, but the provider answered that "
                              "it placed the order"));
    switch (record.resolution) {
    case OrderResolution::None:
        return {};
    case OrderResolution::Placed:
        return QCoreApplication::translate(
            kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderCsvWriter", "Placed (confirmed by user)"));
    case OrderResolution::NotPlaced:
        return QCoreApplication::translate(
            kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderCsvWriter", "Not placed (confirmed by user)"));
    }
    return {};
}

QString paramsText(const QMap<QString, QString>& params)
{
    if (params.isEmpty())
        return {};
    QJsonObject object;
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

QByteArray OrderCsvWriter::byteOrderMark()
{
    return QByteArrayLiteral("\xEF\xBB\xBF");
}

QStringList OrderCsvWriter::columnTitles()
{
    QStringList titles;
    for (const char* title : kTitles)
        titles << QCoreApplication::translate(kContext, title);
    return titles;
}

QByteArray OrderCsvWriter::headerLine()
{
    return line(columnTitles());
}

QByteArray OrderCsvWriter::recordLine(const OrderRecord& record)
{
    const auto safe = [](const QString& value) { return formulaSafe(value); };
    return line({QString::number(record.id),
                 localTime(record.createdUtc),
                 localTime(record.updatedUtc),
                 safe(record.provider),
                 safe(record.profile),
                 safe(record.operatorName),
                 safe(record.region),
                 safe(record.resourceId),
                 safe(record.endpoint),
                 OrderStatusNames::label(record.status).toString(),
                 safe(record.orderId),
                 safe(record.requestId),
                 safe(record.errorCode),
                 safe(record.errorMessage),
                 record.httpStatus != 0 ? QString::number(record.httpStatus) : QString(),
                 QString::number(record.attempts),
                 safe(record.idempotencyToken),
                 resolutionText(record),
                 safe(record.note),
                 safe(paramsText(record.params))});
}

QString OrderCsvWriter::quoted(const QString& value)
{
    const bool needsQuotes = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                             value.contains(QLatin1Char('\r')) || value.contains(QLatin1Char('\n'));
    if (!needsQuotes)
        return value;
    QString copy = value;
    copy.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + copy + QLatin1Char('"');
}

QString OrderCsvWriter::formulaSafe(const QString& value)
{
    if (value.isEmpty())
        return value;
    const QChar first = value.front();
    const bool formula = first == QLatin1Char('=') || first == QLatin1Char('+') ||
                         first == QLatin1Char('-') || first == QLatin1Char('@') ||
                         first == QLatin1Char('\t') || first == QLatin1Char('\r');
    if (!formula)
        return value;
    return QLatin1Char('\'') + value;
}

QByteArray OrderCsvWriter::line(const QStringList& fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString& field : fields)
        out << quoted(field);
    return out.join(QLatin1Char(',')).toUtf8() + QByteArrayLiteral("\r\n");
}

} // namespace OrderDesk
