#!/usr/bin/env bash
# Builds the libFuzzer targets (preset fuzz: Clang with ASan and UBSan) and fuzzes each for a
# bounded time, starting from a scratch copy of its seed corpus in tests/fuzz/corpus. Fails on
# any crash, broken invariant, leak, timeout or out-of-memory; prints the executions per target.
#
#   tools/run-fuzz.sh [TARGET...]       FUZZ_SECONDS=30 per target by default
#
# Findings are kept in build/fuzz/findings/<target>/ (never in the source tree); reproduce one
# with: build/fuzz/tests/fuzz/<target> build/fuzz/findings/<target>/crash-…
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir=$PWD

seconds=${FUZZ_SECONDS:-30}
all_targets=(fuzz_reply_volcengine fuzz_reply_aliyun fuzz_reply_unicloud fuzz_reply_huaweicloud
             fuzz_csvexport fuzz_cliarguments)
if [ "$#" -gt 0 ]; then
    targets=("$@")
else
    targets=("${all_targets[@]}")
fi

build_start=$(date +%s)
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
echo "run-fuzz: build took $(($(date +%s) - build_start)) s"

bin_dir=$source_dir/build/fuzz/tests/fuzz
findings_root=$source_dir/build/fuzz/findings
scratch=$(mktemp -d "${TMPDIR:-/tmp}/orderdesk-fuzz.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

# A private home, so that nothing a target writes reaches the user's own folders.
mkdir -p "$scratch/home"
export HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/home/.config" XDG_DATA_HOME="$scratch/home/.local/share"
export XDG_CACHE_HOME="$scratch/home/.cache"
export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:allocator_may_return_null=0:print_suppressions=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$source_dir/tests/sanitizers/lsan.supp:print_suppressions=0"

# Absolute paths throughout: a target may change its working folder before libFuzzer reads them.
dictionary_for() {
    case "$1" in
        fuzz_reply_*) echo "$source_dir/tests/fuzz/reply.dict" ;;
        fuzz_csvexport) echo "$source_dir/tests/fuzz/csv.dict" ;;
        fuzz_cliarguments) echo "$source_dir/tests/fuzz/cli.dict" ;;
    esac
}

failed=()
summary=()
for target in "${targets[@]}"; do
    binary=$bin_dir/$target
    if [ ! -x "$binary" ]; then
        echo "run-fuzz: no such target: $target" >&2
        exit 2
    fi
    corpus=$scratch/corpus/$target
    mkdir -p "$corpus"
    cp -r "tests/fuzz/corpus/$target/." "$corpus/"
    findings=$findings_root/$target
    mkdir -p "$findings"
    log=$scratch/$target.log
    echo "run-fuzz: $target for $seconds s"
    status=0
    "$binary" "$corpus" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
        -detect_leaks=1 -print_final_stats=1 \
        -dict="$(dictionary_for "$target")" \
        -artifact_prefix="$findings/" >"$log" 2>&1 || status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
    coverage=$(sed -n 's/.* cov: \([0-9]*\) .*/\1/p' "$log" | tail -n 1)
    line=$(printf '%-24s %10s execs %7s execs/s  cov %6s  ' "$target" "${runs:-?}" "${rate:-?}" "${coverage:-?}")
    if [ "$status" -ne 0 ]; then
        failed+=("$target")
        summary+=("$line FAILED (exit $status; findings in $findings)")
        echo "----- $target: last lines of the log -----" >&2
        tail -n 60 "$log" >&2
    else
        summary+=("$line ok")
    fi
done

echo
echo "run-fuzz: $seconds s per target"
printf '%s\n' "${summary[@]}"
if [ "${#failed[@]}" -gt 0 ]; then
    echo "run-fuzz: FAILED: ${failed[*]}" >&2
    exit 1
fi
echo "run-fuzz: all targets ran without a finding"
