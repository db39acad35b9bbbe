#pragma once

#include "OrderRecord.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace OrderDesk {

// Ledger rows as CSV that Excel opens correctly with Chinese text: UTF-8 with a byte order
// mark, CRLF line ends, RFC 4180 quoting. Titles, status labels and resolutions are in the
// language installed when the file is written; times are local ISO 8601 with their offset.
// A text value that Excel would run as a formula (starting with = + - @, tab or CR) gets a
// leading apostrophe, so that a provider's message can never become a formula.
class OrderCsvWriter
{
public:
    static QByteArray byteOrderMark();
    static QStringList columnTitles();
    static QByteArray headerLine();
    static QByteArray recordLine(const OrderRecord& record);

    // RFC 4180: quoted when it contains a comma, a quote, CR or LF; quotes doubled.
    static QString quoted(const QString& value);
    static QString formulaSafe(const QString& value);

private:
    static QByteArray line(const QStringList& fields);
};

} // namespace OrderDesk
