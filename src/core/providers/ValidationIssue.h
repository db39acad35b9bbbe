#pragma once

#include "common/LocalizedText.h"

#include <QString>

namespace OrderDesk {

// One problem with an order form, tied to the field (API name) it is about; an empty
// field means the problem concerns the order as a whole.
struct ValidationIssue
{
    QString field;
    LocalizedText message;
};

} // namespace OrderDesk
