#!/usr/bin/env bash
# CI's hardening step, after the normal suite (.ci/run): the core and CLI tests under AddressSanitizer, LeakSanitizer
# and UBSan (preset asan-core), then every libFuzzer target for FUZZ_SECONDS from the committed corpus. Exit status
# non-zero on any sanitizer report, failing test or fuzz finding.
#   tests/sanitizers/ci-hardening.sh [FUZZ_SECONDS]     default 10
# The GUI tests stay out: the full `asan` preset builds and runs them too, but on a 2-core machine that alone takes
# longer than CI may (README "Development" has the figures). Run it by hand: packaging/setup-debian.sh asan.
set -euo pipefail
cd "$(dirname "$0")/../.."
fuzz_seconds=${1:-10}

packaging/setup-debian.sh deps test

step_start=$SECONDS
cmake --preset asan-core >/dev/null
cmake --build --preset asan-core
ctest --preset asan-core
echo "hardening: asan-core build and tests took $(((SECONDS - step_start) / 60)) min $(((SECONDS - step_start) % 60)) s"

step_start=$SECONDS
tests/fuzz/run-fuzzers.sh "$fuzz_seconds"
echo "hardening: fuzzing (build, ${fuzz_seconds} s per target) took $(((SECONDS - step_start) / 60)) min $(((SECONDS - step_start) % 60)) s"
