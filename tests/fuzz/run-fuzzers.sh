#!/usr/bin/env bash
# Builds the libFuzzer targets of the `asan` preset and runs every one (or those named) for SECONDS each, starting
# from the committed seed corpus. Exit status 1 when a target crashes, leaks, times out or breaks an invariant; the
# input is left in build/asan/artifacts/ (replay it: build/asan/tests/fuzz/fuzz_<target> <file>).
#   tests/fuzz/run-fuzzers.sh [SECONDS] [TARGET...]      default: 60 s each, all targets
# New inputs go to build/asan/corpus/<target>, never into the committed corpus (see README "Fuzzing" for merging).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(criteria jsonpath json headers design pipeline curl)

tree=build/asan # the `asan` preset's binaryDir
cmake --preset asan >/dev/null
cmake --build --preset asan --target restgate_fuzzers

# Inputs larger than this find nothing new here and only slow the run; YAML is capped lower so that alias
# expansion stays a small multiple of the input.
max_len() {
    case "$1" in
    design | pipeline) echo 4096 ;;
    *) echo 8192 ;;
    esac
}
dict() {
    case "$1" in
    design | pipeline) echo tests/fuzz/dict/yaml.dict ;;
    headers) echo tests/fuzz/dict/json.dict ;;
    *) echo "tests/fuzz/dict/$1.dict" ;;
    esac
}

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
failed=()
mkdir -p "$tree/artifacts"
for target in "${targets[@]}"; do
    work=$tree/corpus/$target
    mkdir -p "$work"
    echo "== fuzz_$target: ${seconds}s"
    # -timeout: one input that runs this long is a hang (the criteria engine answers in milliseconds);
    # -rss_limit_mb: an input that needs this much memory is a finding too.
    if ! "$tree"/tests/fuzz/"fuzz_$target" "$work" "tests/fuzz/corpus/$target" \
        -dict="$(dict "$target")" -max_len="$(max_len "$target")" -max_total_time="$seconds" \
        -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$tree/artifacts/$target-" 2>"$tree/$target.log"; then
        failed+=("$target")
        tail -n 60 "$tree/$target.log"
    fi
    grep -E '^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb)' \
        "$tree/$target.log" || true
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzzing found problems in: ${failed[*]} (inputs in $tree/artifacts/)" >&2
    exit 1
fi
echo "fuzzing: no findings in ${targets[*]}"
