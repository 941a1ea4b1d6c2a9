#!/usr/bin/env bash
# Starts or stops the test callback service (restgate_test_callbackservice) on 127.0.0.1 at a free port, for the
# ctest fixture "callbackservice". The service writes its port to STATE_DIR/callbackservice.port.
#   callbackservice.sh start EXECUTABLE STATE_DIR
#   callbackservice.sh stop STATE_DIR
set -euo pipefail
action=${1:?start or stop}

case "$action" in
start)
    exe=${2:?executable}
    dir=${3:?state directory}
    pidfile="$dir/callbackservice.pid"
    portfile="$dir/callbackservice.port"
    log="$dir/callbackservice.log"
    mkdir -p "$dir"
    # A service this script started for an earlier run whose cleanup never ran.
    if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
        kill "$(cat "$pidfile")" || true
    fi
    rm -f "$portfile"
    # Detached from ctest's output pipes, or ctest would wait for the service to exit.
    "$exe" --port-file "$portfile" >"$log" 2>&1 </dev/null &
    pid=$!
    echo "$pid" >"$pidfile"
    for _ in $(seq 1 100); do
        if [ -s "$portfile" ]; then
            echo "callback service (pid $pid) listening on http://127.0.0.1:$(cat "$portfile")/"
            exit 0
        fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    echo "the callback service did not start; log:" >&2
    cat "$log" >&2 || true
    exit 1
    ;;
stop)
    dir=${2:?state directory}
    pidfile="$dir/callbackservice.pid"
    if [ -f "$pidfile" ]; then
        kill "$(cat "$pidfile")" 2>/dev/null || true
        rm -f "$pidfile" "$dir/callbackservice.port"
    fi
    ;;
*)
    echo "usage: $0 start EXECUTABLE STATE_DIR | stop STATE_DIR" >&2
    exit 2
    ;;
esac
