#pragma once

#include <QString>

// The one AccessKey pair the test suites use wherever a real-looking secret is needed
// (keychain, CLI, GUI). The secrets scan that runs after all suites looks for the secret in
// every file they left and in CTest's captured output: it must be nowhere. The key ID is not
// secret and is found, which proves the scan reads the right files.
//
// Not the simulator's sandbox pair (common/SandboxCredential.h): that one is public.
namespace TestSecrets {

inline QString accessKeyId()
{
    return QStringLiteral("AKLTorderdeskScanKey0042");
}

inline QString accessKeySecret()
{
    return QStringLiteral("OdScan-7Qp-secret-that-must-never-be-written-x9Z");
}

// Secrets that must differ from each other (one per stored profile) but still contain the
// canonical secret, so that the same scan finds any of them.
inline QString accessKeySecret(const QString& variant)
{
    return accessKeySecret() + QLatin1Char('-') + variant;
}

} // namespace TestSecrets
