#include "SimSandbox.h"

namespace OrderDesk {

SimSandbox::SimSandbox() = default;

SimSandbox::~SimSandbox() = default;

Sandbox::Factory SimSandbox::factory()
{
    return [] { return std::make_unique<SimSandbox>(); };
}

bool SimSandbox::start()
{
    if (m_port == 0)
        m_port = m_server.listen(0);
    return m_port != 0;
}

Endpoint SimSandbox::endpoint() const
{
    if (m_port == 0)
        return {};
    return Endpoint{QStringLiteral("http"), QStringLiteral("127.0.0.1"), m_port};
}

int SimSandbox::orderCount(const QString& provider) const
{
    return m_server.orderCount(provider);
}

int SimSandbox::requestCount(const QString& provider) const
{
    return m_server.requestCount(provider);
}

} // namespace OrderDesk
