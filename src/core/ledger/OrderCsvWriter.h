#pragma once

#include "OrderExportCell.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace OrderDesk {

// Exported orders as CSV for programs, in the columns of the spreadsheet (OrderExportColumns):
// UTF-8 with a byte order mark (so that Excel, if it opens the file anyway, reads the Chinese),
// CRLF line ends, RFC 4180 quoting. Times are ISO 8601: local with their offset, and UTC with
// "Z"; numbers are plain digits.
// Identifiers (order, resource and request IDs) are written exactly as they are, with no
// ="…" or other wrapping that a program would have to strip: Excel shows a long numeric ID
// opened from CSV in scientific notation and loses digits, which is why people get the .xlsx.
// A text value that a spreadsheet would run as a formula (starting with = + - @, tab or CR)
// gets a leading apostrophe, so that a provider's message can never become a formula.
class OrderCsvWriter
{
public:
    static QByteArray byteOrderMark();
    static QByteArray headerLine();
    static QByteArray recordLine(const QList<OrderExportCell>& cells);
    // The field as written, before quoting.
    static QString fieldText(const OrderExportCell& cell);

    // RFC 4180: quoted when it contains a comma, a quote, CR or LF; quotes doubled.
    static QString quoted(const QString& value);
    static QString formulaSafe(const QString& value);

private:
    static QByteArray line(const QStringList& fields);
};

} // namespace OrderDesk
