#pragma once

#include "AppContext.h"
#include "SimSandbox.h"

// The simulator behind the sandbox of a context made with SimSandbox::factory(), for the
// suites that look at the orders it kept. The windows see only a Sandbox.
namespace SandboxSimulator {

// nullptr before the first sandbox order started it.
inline OrderDesk::SimServer* server(const OrderDesk::AppContext& context)
{
    auto* sandbox = dynamic_cast<OrderDesk::SimSandbox*>(context.sandbox());
    return sandbox ? &sandbox->server() : nullptr;
}

} // namespace SandboxSimulator
