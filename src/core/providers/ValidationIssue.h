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
    // For a problem inside one entry of a list field (Huawei Cloud's products): the entry,
    // counted from 1, the key it is about (empty: the entry as a whole) and what is wrong with
    // it in words that name neither, so that a form can put the key's plain label around it.
    // (Initialised here so that the many {field, message} issues need not name them.)
    int entry = 0;
    QString key = {};
    LocalizedText reason = {};
};

} // namespace OrderDesk
