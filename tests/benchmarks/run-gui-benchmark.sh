#!/usr/bin/env bash
# Builds the release preset and runs bench_gui offscreen: how long 1–50 MB responses take to show fully in the result
# panel, the longest the event loop stood still meanwhile, the live re-judge latency, and the YAML pane's cost per edit.
set -euo pipefail
cd "$(dirname "$0")/../.."
cmake --preset release -DRESTGATE_BUILD_BENCHMARKS=ON
cmake --build --preset release --target bench_gui -j2
# The offscreen platform warns about every window it cannot resize; that is noise here.
QT_QPA_PLATFORM=offscreen ./build/release/tests/benchmarks/bench_gui "$@" 2> >(grep -v -e propagateSizeHints -e XDG_RUNTIME_DIR >&2)
