#pragma once

#include "common/LocalizedText.h"

#include <QString>

namespace OrderDesk {

// How long a prepaid order pays for, read from the provider's own parameters (each provider
// names and encodes it differently), so that a spreadsheet can sum and sort it.
struct OrderTerm
{
    enum class Unit
    {
        Day,
        Month,
        Year
    };

    int length = 0;
    Unit unit = Unit::Month;

    // Stable keys for the CLI's JSON: "day", "month", "year".
    static QString unitKey(Unit unit);
    static LocalizedText unitLabel(Unit unit);

    // Longer than 12 months (or 365 days): the providers sell up to 5 years, and a slip of
    // "5 years" for "5 months" costs twelve times the money, so such a length is confirmed twice.
    bool isLongerThanOneYear() const;

    bool operator==(const OrderTerm& other) const { return length == other.length && unit == other.unit; }
    bool operator!=(const OrderTerm& other) const { return !(*this == other); }
};

} // namespace OrderDesk
