#pragma once

#include "common/Credential.h"
#include "common/LocalizedText.h"

#include <QString>

namespace OrderDesk {

// The answer of a CredentialStore operation. credential carries the secret only for a read;
// error is what the user sees, technicalDetail what the keychain itself said (never the secret).
struct CredentialResult
{
    bool ok = false;
    Credential credential;
    LocalizedText error;
    QString technicalDetail;
};

} // namespace OrderDesk
