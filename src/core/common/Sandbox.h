#pragma once

#include "Endpoint.h"

#include <QString>

#include <functional>
#include <memory>

namespace OrderDesk {

// The local stand-in for the providers' order endpoints that the sandbox profiles send to. The
// app knows it only through this interface, so that the windows do not carry the simulator:
// whoever builds the app (its main(), a test) hands it a factory.
class Sandbox
{
public:
    // Makes a sandbox that does not listen yet; called the first time a sandbox order is sent.
    using Factory = std::function<std::unique_ptr<Sandbox>()>;

    virtual ~Sandbox();

    // Listens on 127.0.0.1 at a port the system chooses; nothing beyond this machine may reach
    // a server that accepts the published sandbox key. False when it cannot listen.
    virtual bool start() = 0;
    // http://127.0.0.1:<port> once started; invalid before.
    virtual Endpoint endpoint() const = 0;

    // The orders it created and the requests that reached it, of one provider or (empty) all.
    virtual int orderCount(const QString& provider = {}) const = 0;
    virtual int requestCount(const QString& provider = {}) const = 0;
};

} // namespace OrderDesk
