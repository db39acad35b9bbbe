#pragma once

#include "common/LocalizedText.h"

namespace OrderDesk {

// What to tell the user about an order that may or may not have been placed: where in the
// provider's console to look, and whether sending it again is safe. Only the provider knows
// both; empty texts leave it to OutcomeText's general ones.
struct UncertainOutcomeTexts
{
    LocalizedText noAnswer;         // timed out or dropped after the request was sent
    LocalizedText unreadableAnswer; // an answer too large, unreadable, or a server error
};

} // namespace OrderDesk
