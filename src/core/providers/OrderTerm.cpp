#include "OrderTerm.h"

namespace OrderDesk {

QString OrderTerm::unitKey(Unit unit)
{
    switch (unit) {
    case Unit::Day:
        return QStringLiteral("day");
    case Unit::Month:
        return QStringLiteral("month");
    case Unit::Year:
        return QStringLiteral("year");
    }
    return QStringLiteral("month");
}

bool OrderTerm::isLongerThanOneYear() const
{
    switch (unit) {
    case Unit::Day:
        return length > 365;
    case Unit::Month:
        return length > 12;
    case Unit::Year:
        return length > 1;
    }
    return false;
}

LocalizedText OrderTerm::unitLabel(Unit unit)
{
    constexpr const char* context = "OrderDesk::OrderTerm";
    switch (unit) {
    case Unit::Day:
        return LocalizedText(context, QT_TRANSLATE_NOOP("OrderDesk::OrderTerm", "Day"));
    case Unit::Month:
        return LocalizedText(context, QT_TRANSLATE_NOOP("OrderDesk::OrderTerm", "Month"));
    case Unit::Year:
        return LocalizedText(context, QT_TRANSLATE_NOOP("OrderDesk::OrderTerm", "Year"));
    }
    return {};
}

} // namespace OrderDesk
