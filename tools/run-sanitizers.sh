#!/usr/bin/env bash
# The whole project and every test suite built with AddressSanitizer and
# UndefinedBehaviorSanitizer (preset asan) and run under a private Secret Service and the
# offscreen Qt platform. Any memory error, leak or undefined behaviour fails its suite. The
# sanitizer options and the third-party leak suppressions are in the asan test preset.
#
#   tools/run-sanitizers.sh [CTEST ARGS...]      e.g. -L unit, -R tst_ledger
set -euo pipefail
cd "$(dirname "$0")/.."

start=$(date +%s)
cmake --preset asan
cmake --build --preset asan
built=$(date +%s)
echo "run-sanitizers: build took $((built - start)) s"

export QT_QPA_PLATFORM=offscreen
status=0
tools/with-secret-service.sh ctest --preset asan "$@" || status=$?
echo "run-sanitizers: tests took $(($(date +%s) - built)) s"
exit "$status"
