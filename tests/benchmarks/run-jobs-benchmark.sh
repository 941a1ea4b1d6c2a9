#!/usr/bin/env bash
# `restgate-cli run --jobs`: wall time of TASKS tasks that each wait SECONDS on the demo endpoint (/slow), run
# with --jobs 1 and with --jobs JOBS. Prints both times and the speed-up; exit 1 when the parallel run is not at
# least 2x faster, or when the two runs do not print the same tasks in the same order.
#   run-jobs-benchmark.sh RESTGATE_CLI [TASKS=8] [JOBS=4] [SECONDS=1]
set -euo pipefail
cli=${1:?path to restgate-cli}
tasks=${2:-8}
jobs=${3:-4}
seconds=${4:-1}
work=$(mktemp -d)
trap 'kill $demo 2>/dev/null || true; rm -rf "$work"' EXIT

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$cli" demo-server --port "$port" >"$work/demo.log" 2>&1 &
demo=$!
for _ in $(seq 1 50); do grep -q listening "$work/demo.log" 2>/dev/null && break; sleep 0.1; done

design="$work/slow.restgate.yml"
printf 'restgate: 1\nconnections:\n- name: api\n  url: http://127.0.0.1:%s/\ntasks:\n' "$port" >"$design"
for i in $(seq 1 "$tasks"); do
    printf -- '- task: InvokeRESTAPI@1\n  displayName: slow %s\n  inputs:\n    serviceConnection: api\n' "$i" >>"$design"
    printf '    method: GET\n    urlSuffix: slow?seconds=%s\n' "$seconds" >>"$design"
done

measure() { # JOBS OUTPUT -> milliseconds on stdout
    local start end
    start=$(date +%s%N)
    "$cli" run "$design" --jobs "$1" --format json >"$2"
    end=$(date +%s%N)
    echo $(((end - start) / 1000000))
}
serial=$(measure 1 "$work/serial.json")
parallel=$(measure "$jobs" "$work/parallel.json")
order() { python3 -c 'import json, sys; print([json.loads(l).get("displayName") for l in open(sys.argv[1])])' "$1"; }
echo "$tasks tasks of ${seconds}s: --jobs 1 ${serial} ms, --jobs $jobs ${parallel} ms"
python3 -c "print('speed-up: %.2fx' % ($serial / $parallel))"
[ "$(order "$work/serial.json")" = "$(order "$work/parallel.json")" ] || { echo "FAIL: different order"; exit 1; }
[ $((parallel * 2)) -le "$serial" ] || { echo "FAIL: less than 2x faster"; exit 1; }
