#!/usr/bin/env bash
# CI's hardening step, after the normal suite (.ci/run): one clang tree (preset fuzz: ASan + UBSan + libFuzzer
# coverage) builds core and restgate-cli once for both jobs below: their tests under AddressSanitizer, LeakSanitizer
# and UBSan, then every libFuzzer target for FUZZ_SECONDS from the committed corpus. Exit status non-zero on any
# sanitizer report, failing test or fuzz finding.
#   tests/sanitizers/ci-hardening.sh [FUZZ_SECONDS]     default 10
# The GUI tests stay out: the full `asan` preset builds and runs them too, but on a 2-core machine that alone takes
# longer than CI may (README "Development" has the figures). Run it by hand: packaging/setup-debian.sh asan.
set -euo pipefail
cd "$(dirname "$0")/../.."
fuzz_seconds=${1:-10}

packaging/setup-debian.sh deps test

step_start=$SECONDS
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target all
echo "hardening: clang ASan/UBSan build (tests and fuzz targets) took $(((SECONDS - step_start) / 60)) min $(((SECONDS - step_start) % 60)) s"

step_start=$SECONDS
ctest --preset fuzz
echo "hardening: core and CLI tests under ASan/UBSan took $(((SECONDS - step_start) / 60)) min $(((SECONDS - step_start) % 60)) s"

step_start=$SECONDS
tests/fuzz/run-fuzzers.sh "$fuzz_seconds"
echo "hardening: fuzzing (${fuzz_seconds} s per target) took $(((SECONDS - step_start) / 60)) min $(((SECONDS - step_start) % 60)) s"
