#pragma once

#include "common/Clock.h"
#include "common/Credential.h"

#include <QList>

namespace OrderDesk {

// What SimServer is configured with and its provider handlers read.
struct SimSettings
{
    QList<Credential> credentials;
    const Clock* clock = nullptr;
    int slowAnswerMs = 3000;
};

} // namespace OrderDesk
