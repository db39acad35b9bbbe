#pragma once

#include <QDateTime>
#include <QString>

namespace OrderDesk {

// One value of an exported order with its type, so that a spreadsheet gets numbers, dates and
// text (an 18-digit order ID stays text) and the CSV the same values written out.
struct OrderExportCell
{
    enum class Kind
    {
        Empty,
        Text,
        Number,
        LocalTime, // shown in the machine's time zone
        UtcTime    // shown in UTC
    };

    Kind kind = Kind::Empty;
    QString text;
    qint64 number = 0;
    QDateTime utc;

    static OrderExportCell ofText(const QString& text)
    {
        OrderExportCell cell;
        if (!text.isEmpty()) {
            cell.kind = Kind::Text;
            cell.text = text;
        }
        return cell;
    }
    static OrderExportCell ofNumber(qint64 number)
    {
        OrderExportCell cell;
        cell.kind = Kind::Number;
        cell.number = number;
        return cell;
    }
    static OrderExportCell ofTime(const QDateTime& time, Kind zone)
    {
        OrderExportCell cell;
        if (time.isValid()) {
            cell.kind = zone;
            cell.utc = time.toUTC();
        }
        return cell;
    }
};

} // namespace OrderDesk
