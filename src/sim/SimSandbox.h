#pragma once

#include "SimServer.h"
#include "common/Sandbox.h"

namespace OrderDesk {

// The simulator as the app's sandbox: a SimServer on loopback that accepts the sandbox key
// pair, kept in-process so that the whole order flow can be rehearsed without a network.
class SimSandbox : public Sandbox
{
public:
    SimSandbox();
    ~SimSandbox() override;

    // What the app's main() and the GUI tests hand to AppContext.
    static Sandbox::Factory factory();

    bool start() override;
    Endpoint endpoint() const override;
    int orderCount(const QString& provider = {}) const override;
    int requestCount(const QString& provider = {}) const override;

    // The simulator itself, for tests that look at the orders it kept.
    SimServer& server() { return m_server; }
    const SimServer& server() const { return m_server; }

private:
    SimServer m_server;
    quint16 m_port = 0;
};

} // namespace OrderDesk
