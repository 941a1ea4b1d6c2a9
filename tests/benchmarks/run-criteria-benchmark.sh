#!/usr/bin/env bash
# Builds the release preset and runs bench_criteria (parse + evaluate a ~90 MB response, compared with simdjson).
# Exit status: 0 when the goals hold (ratio <= 1.5, peak memory < 4x the body), 1 when not.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! pkg-config --exists simdjson 2>/dev/null && [ ! -f /usr/include/simdjson.h ]; then
    echo "simdjson is missing: apt install libsimdjson-dev" >&2
    exit 2
fi
cmake --preset release -DRESTGATE_BUILD_BENCHMARKS=ON
cmake --build --preset release --target bench_criteria -j2
exec ./build/release/tests/benchmarks/bench_criteria "$@"
