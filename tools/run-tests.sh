#!/usr/bin/env bash
# The test command: installs what is missing, builds everything with warnings as errors,
# and runs every test suite under a private Secret Service and the offscreen Qt platform.
set -euo pipefail
cd "$(dirname "$0")/.."

tools/install-deps.sh
cmake --preset ci
cmake --build --preset ci
export QT_QPA_PLATFORM=offscreen
tools/with-secret-service.sh ctest --preset ci "$@"
# The Linux package: built, checked (lintian, desktop entry, AppStream), installed, run, removed.
tools/check-package.sh
