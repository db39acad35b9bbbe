#pragma once

#include <QTemporaryDir>

#include <memory>

// Data folders of the test suites. CTest points TMPDIR of each suite at a folder of its own
// under the build tree and sets ORDERDESK_KEEP_TEST_ARTIFACTS, so that the ledgers, settings
// and exports a suite wrote are still there when the secrets scan runs after all suites.
// Run by hand, without that variable, the folders are removed as usual.
namespace TestArtifacts {

inline bool keep()
{
    return qEnvironmentVariableIsSet("ORDERDESK_KEEP_TEST_ARTIFACTS");
}

inline void keepIfAsked(QTemporaryDir& dir)
{
    dir.setAutoRemove(!keep());
}

inline std::unique_ptr<QTemporaryDir> temporaryDir()
{
    auto dir = std::make_unique<QTemporaryDir>();
    keepIfAsked(*dir);
    return dir;
}

} // namespace TestArtifacts
