#pragma once

#include "common/LocalizedText.h"

#include <QString>

namespace OrderDesk {

// How a provider's AccessKey IDs normally begin, so that a key of another provider pasted
// into a profile is pointed out before the first order fails on its signature. Advice only:
// an ID that does not fit is still saved.
struct AccessKeyIdHint
{
    QString prefix;        // case-sensitive; empty when the provider's IDs have no known start
    LocalizedText warning; // what to tell the user about an ID that does not start with it

    bool isEmpty() const { return prefix.isEmpty(); }
    // Whether the ID deserves the warning; an ID not typed yet never does.
    bool doesNotFit(const QString& accessKeyId) const
    {
        return !isEmpty() && !accessKeyId.isEmpty() && !accessKeyId.startsWith(prefix);
    }
};

} // namespace OrderDesk
