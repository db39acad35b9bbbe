#pragma once

#include "common/LocalizedText.h"

#include <QString>

namespace OrderDesk {

// One line of the summary the user confirms before paying: a translated label and the
// value as it will be sent (a choice also carries its translated meaning).
struct SummaryLine
{
    QString key; // the API parameter name, or "provider", "profile", "region", "endpoint"
    LocalizedText label;
    QString value;
    LocalizedText valueMeaning; // for choices: what the value means; empty otherwise
};

} // namespace OrderDesk
