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

    // On Linux QtKeychain reports a missing D-Bus session or Secret Service as a generic error;
    // this recognises those cases so that the user is told a keychain is needed.
    static Status classify(int qtKeychainError, const QString& errorString);
};

} // namespace OrderDesk
