#include "OrderCsvWriter.h"

#include "OrderExportColumns.h"

#include <QStringList>

namespace OrderDesk {

QByteArray OrderCsvWriter::byteOrderMark()
{
    return QByteArrayLiteral("\xEF\xBB\xBF");
}

QByteArray OrderCsvWriter::headerLine()
{
    return line(OrderExportColumns::titles());
}

QByteArray OrderCsvWriter::recordLine(const QList<OrderExportCell>& cells)
{
    QStringList fields;
    fields.reserve(cells.size());
    for (const OrderExportCell& cell : cells)
        fields << fieldText(cell);
    return line(fields);
}

QString OrderCsvWriter::fieldText(const OrderExportCell& cell)
{
    switch (cell.kind) {
    case OrderExportCell::Kind::Empty:
        return {};
    case OrderExportCell::Kind::Text:
        return formulaSafe(cell.text);
    case OrderExportCell::Kind::Number:
        return QString::number(cell.number);
    case OrderExportCell::Kind::LocalTime:
        // As an offset from UTC, so that the offset is written and the value is unambiguous.
        return cell.utc.toOffsetFromUtc(cell.utc.toLocalTime().offsetFromUtc()).toString(Qt::ISODate);
    case OrderExportCell::Kind::UtcTime:
        return cell.utc.toUTC().toString(Qt::ISODate);
    }
    return {};
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
