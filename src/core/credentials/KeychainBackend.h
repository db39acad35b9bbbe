#pragma once

#include <QString>

#include <functional>

namespace OrderDesk {

// The asynchronous secret storage the CredentialStore talks to. The real one is the system
// keychain (QtKeychainBackend); a test supplies one that fails, answers late or never answers.
class KeychainBackend
{
public:
    enum class Operation
    {
        Read,
        Write,
        Delete
    };

    // Mirrors QKeychain::Error without exposing QtKeychain to the rest of OrderDesk.
    enum class Status
    {
        Ok,
        EntryNotFound,
        CouldNotDeleteEntry,
        AccessDeniedByUser,
        AccessDenied,
        NoBackendAvailable,
        NotImplemented,
        OtherError
    };

    struct Request
    {
        Operation operation = Operation::Read;
        QString service;
        QString key;
        QString secret; // Write only
    };

    struct Reply
    {
        Status status = Status::OtherError;
        QString secret;      // Read only
        QString errorString; // the backend's own words; never contains the secret
    };

    using Finished = std::function<void(const Reply&)>;

    virtual ~KeychainBackend();

    // Starts one operation and returns at once. finished is called at most once, on the thread
    // that called start(); a hung keychain may never call it.
    virtual void start(const Request& request, Finished finished) = 0;
};

} // namespace OrderDesk
