#!/usr/bin/env bash
# The test command: installs what is missing, builds everything with warnings as errors,
# runs every test suite under a private Secret Service and the offscreen Qt platform, then
# the fuzzers and the package check. The sanitizer build of the whole suite is a command of
# its own (tools/run-sanitizers.sh): it doubles the build time.
set -euo pipefail
cd "$(dirname "$0")/.."

tools/install-deps.sh
cmake --preset ci
cmake --build --preset ci
export QT_QPA_PLATFORM=offscreen
tools/with-secret-service.sh ctest --preset ci "$@"
# The response parsers, the CSV export and the CLI arguments under libFuzzer, each for a
# bounded time (FUZZ_SECONDS, 30 by default).
tools/run-fuzz.sh
# The Linux package: built, checked (lintian, desktop entry, AppStream), installed, run, removed.
tools/check-package.sh
