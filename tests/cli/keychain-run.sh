#!/bin/sh
# restgate-cli run takes a connection's password from the OS keychain: store it with `restgate-cli secret set`
# (value on stdin), then run a task behind Basic auth against the demo endpoint. Runs inside with-keyring.sh.
#   keychain-run.sh RESTGATE_CLI SAMPLE_DIR
set -eu
cli=$1
samples=$2
work=$(mktemp -d)
trap 'kill $demo 2>/dev/null || true; rm -rf "$work"' EXIT

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$cli" demo-server --port "$port" >"$work/demo.log" 2>&1 &
demo=$!
for _ in $(seq 1 50); do grep -q listening "$work/demo.log" 2>/dev/null && break; sleep 0.1; done
sed "s/127.0.0.1:8765/127.0.0.1:$port/" "$samples/failures.restgate.yml" >"$work/design.restgate.yml"

unset RESTGATE_SECRET_SECURE
# Without the secret, the task behind Basic auth fails (401).
if "$cli" run "$work/design.restgate.yml" --task 6 >"$work/before.txt" 2>&1; then
    echo "FAIL: the task passed before the password was stored"; cat "$work/before.txt"; exit 1
fi
grep -q "401" "$work/before.txt" || { echo "FAIL: expected a 401"; cat "$work/before.txt"; exit 1; }

printf %s demo-password | "$cli" secret set secure --design "$work/design.restgate.yml" >"$work/set.txt" 2>&1 \
    || { echo "FAIL: secret set"; cat "$work/set.txt"; exit 1; }
"$cli" run "$work/design.restgate.yml" --task 6 >"$work/after.txt" 2>&1 \
    || { echo "FAIL: the task did not pass with the password from the keychain"; cat "$work/after.txt"; exit 1; }

# The secret, and its Basic-auth form, appear in no output and in no file of the design's folder.
basic=$(printf %s demo:demo-password | base64)
if grep -r -l -e demo-password -e "$basic" "$work"/*.txt "$work"/*.yml; then
    echo "FAIL: the secret leaked into the files above"; exit 1
fi

"$cli" secret clear secure --design "$work/design.restgate.yml" >/dev/null 2>&1
if "$cli" run "$work/design.restgate.yml" --task 6 >/dev/null 2>&1; then
    echo "FAIL: the task still passed after the secret was cleared"; exit 1
fi
echo "1 passed, 0 failed"
