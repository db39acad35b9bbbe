#pragma once

#include "KeychainBackend.h"

namespace OrderDesk {

// The system keychain through QtKeychain: Keychain on macOS, Credential Manager on Windows,
// the Secret Service (GNOME Keyring, KWallet) on Linux. QtKeychain's plaintext fallback is
// always switched off: without a keychain, saving a secret fails instead of writing a file.
class QtKeychainBackend : public KeychainBackend
{
public:
    void start(const Request& request, Finished finished) override;

    // The key QtKeychain is given for an entry of a service. The Credential Manager names an
    // entry by this key alone (QtKeychain 0.13, which the Windows build uses, leaves the service
    // out of it), so on Windows the service is written into it.
    static QString entryKey(const QString& service, const QString& key);

    // On Linux QtKeychain reports a missing D-Bus session or Secret Service as a generic error;
    // this recognises those cases so that the user is told a keychain is needed.
    static Status classify(int qtKeychainError, const QString& errorString);
};

} // namespace OrderDesk
