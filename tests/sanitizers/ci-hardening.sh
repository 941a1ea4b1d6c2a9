#!/usr/bin/env bash
# CI's hardening step, after the normal suite (.ci/run): one clang tree (preset fuzz: ASan + UBSan + libFuzzer
# coverage, line tables only) builds everything once for both jobs below: the whole suite, GUI tests included, under
# AddressSanitizer, LeakSanitizer and UBSan, then every libFuzzer target for FUZZ_SECONDS from the committed corpus.
# Exit status non-zero on any sanitizer report, failing test or fuzz finding.
#   tests/sanitizers/ci-hardening.sh [FUZZ_SECONDS]     default 10
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
echo "hardening: the whole suite under ASan/UBSan took $(((SECONDS - step_start) / 60)) min $(((SECONDS - step_start) % 60)) s"

step_start=$SECONDS
tests/fuzz/run-fuzzers.sh "$fuzz_seconds"
echo "hardening: fuzzing (${fuzz_seconds} s per target) took $(((SECONDS - step_start) / 60)) min $(((SECONDS - step_start) % 60)) s"
