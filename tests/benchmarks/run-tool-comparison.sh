#!/usr/bin/env bash
# One task, three tools: `restgate-cli run` against curl piped into jq and against Postman's newman, each sending the
# same GET to a local httpbin and checking the same condition on the JSON answer. Wall time per invocation, process
# start included — what a CI step pays — measured with hyperfine.
#   tests/benchmarks/run-tool-comparison.sh [RUNS]   (default 30)
# Needs hyperfine, jq, gunicorn + python3-httpbin (apt) and newman (npm install -g newman); builds restgate-cli in
# the release preset.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-30}
for tool in hyperfine jq newman gunicorn; do
    command -v "$tool" >/dev/null || { echo "$tool is missing (see the header of this script)" >&2; exit 2; }
done
cmake --preset release >/dev/null
cmake --build --preset release --target restgate-cli
cli=$PWD/build/release/src/cli/restgate-cli

work=$(mktemp -d)
trap 'tests/fixtures/httpbin.sh stop "$work"; rm -rf "$work"' EXIT
tests/fixtures/httpbin.sh start "$work"
port=$(cat "$work/httpbin.port")
url="http://127.0.0.1:$port"

cat >"$work/task.restgate.yml" <<DESIGN
restgate: 1
connections:
  - name: httpbin
    type: generic
    url: $url/
tasks:
  - task: InvokeRESTAPI@1
    displayName: Deployment is ready
    inputs:
      serviceConnection: httpbin
      method: GET
      urlSuffix: get?deployment=ready
      successCriteria: eq(root['args']['deployment'], 'ready')
DESIGN

cat >"$work/collection.json" <<COLLECTION
{
  "info": {"name": "comparison", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
  "item": [{
    "name": "Deployment is ready",
    "request": {"method": "GET", "url": "$url/get?deployment=ready"},
    "event": [{"listen": "test", "script": {"exec": [
      "pm.test('200 and ready', function () {",
      "  pm.response.to.have.status(200);",
      "  pm.expect(pm.response.json().args.deployment).to.eql('ready');",
      "});"
    ]}}]
  }]
}
COLLECTION

# No keychain lookup: the connection has no secret, and CI machines have no Secret Service either.
export RESTGATE_SECRET_HTTPBIN=
# Each command must pass once before it is timed: a comparison of tools that fail proves nothing.
"$cli" run "$work/task.restgate.yml" >"$work/check.txt" || { cat "$work/check.txt" >&2; exit 1; }
curl -sf "$url/get?deployment=ready" | jq -e '.args.deployment == "ready"' >/dev/null
newman run "$work/collection.json" --bail >/dev/null

hyperfine --warmup 3 --runs "$runs" --export-markdown "$work/result.md" \
    -n 'restgate-cli run' "'$cli' run '$work/task.restgate.yml'" \
    -n 'curl | jq -e' "curl -sf '$url/get?deployment=ready' | jq -e '.args.deployment == \"ready\"'" \
    -n 'newman run' "newman run '$work/collection.json' --bail"
cat "$work/result.md"
