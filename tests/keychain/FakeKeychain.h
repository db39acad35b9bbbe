#pragma once

#include "credentials/KeychainBackend.h"

#include <QList>
#include <QString>

#include <memory>

// A keychain whose answers the test controls: it answers at once with a chosen reply, or holds
// every request until the test answers it (a hung keychain). The state is shared so that the
// test can still answer after the store, which owns the backend, is gone.
struct FakeKeychainState
{
    struct Held
    {
        OrderDesk::KeychainBackend::Request request;
        OrderDesk::KeychainBackend::Finished finished;
    };

    bool hang = false;
    OrderDesk::KeychainBackend::Reply reply{OrderDesk::KeychainBackend::Status::Ok, {}, {}};
    QList<OrderDesk::KeychainBackend::Request> requests;
    QList<Held> held;

    // Answers every held request with the given reply, as a keychain that wakes up late.
    void answerHeld(const OrderDesk::KeychainBackend::Reply& late)
    {
        const QList<Held> waiting = held;
        held.clear();
        for (const Held& item : waiting)
            item.finished(late);
    }
};

class FakeKeychain : public OrderDesk::KeychainBackend
{
public:
    explicit FakeKeychain(std::shared_ptr<FakeKeychainState> state)
        : m_state(std::move(state))
    {}

    void start(const Request& request, Finished finished) override
    {
        m_state->requests.append(request);
        if (m_state->hang)
            m_state->held.append({request, std::move(finished)});
        else
            finished(m_state->reply);
    }

private:
    std::shared_ptr<FakeKeychainState> m_state;
};
