#pragma once

#include <QByteArray>
#include <QString>

namespace OrderDesk {

// A provider's answer as a person reads it. A JSON object or array is laid out one member
// per line, indented, with nothing else changed: members keep their order and every number,
// string and escape keeps its exact spelling (a re-serialised document would sort the members
// and could round long numbers, and the answer is evidence). Anything else is shown as it
// came, decoded as UTF-8.
class RawResponseFormatter
{
public:
    static QString readable(const QByteArray& raw);
    static bool isJson(const QByteArray& raw);
    static constexpr int IndentWidth = 2;
};

} // namespace OrderDesk
