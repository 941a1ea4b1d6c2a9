#!/bin/sh
# Stand-in for the Azure CLI (installed as "az" on PATH by the tests): answers `az account get-access-token` the way
# a logged-in az 2.5x does, with the JSON shape of the real command.
#   AZ_STANDIN_LOG      append each invocation's arguments (one line) to this file
#   AZ_STANDIN_DELAY    hang this many seconds and print nothing (an az stuck on a network call)
#   AZ_STANDIN_LEGACY=1 print only "expiresOn" (local time), like az before 2.54 which had no "expires_on"
#   AZ_STANDIN_LIFETIME token lifetime in seconds (default 3600)
set -eu
if [ -n "${AZ_STANDIN_LOG:-}" ]; then
    printf '%s\n' "$*" >>"$AZ_STANDIN_LOG"
fi
if [ "${1:-}" != account ] || [ "${2:-}" != get-access-token ]; then
    echo "ERROR: stand-in az only knows 'account get-access-token'" >&2
    exit 2
fi
resource=""
tenant="72f988bf-86f1-41af-91ab-2d7cd011db47"
shift 2
while [ $# -gt 0 ]; do
    case "$1" in
    --resource) resource=$2; shift 2 ;;
    --tenant) tenant=$2; shift 2 ;;
    --output) shift 2 ;;
    *) echo "ERROR: unrecognized arguments: $1" >&2; exit 2 ;;
    esac
done
if [ -n "${AZ_STANDIN_DELAY:-}" ]; then
    # exec, so that killing "az" kills the sleep too and nothing is left running.
    exec sleep "$AZ_STANDIN_DELAY"
fi
now=$(date +%s)
expires=$((now + ${AZ_STANDIN_LIFETIME:-3600}))
local_time=$(date -d "@$expires" '+%Y-%m-%d %H:%M:%S.000000')
# A distinct token per resource and call, so tests can tell a cached token from a fresh one. (It must not start
# with B, e, a, r or a space: httpbin's /bearer echoes the token after authorization.lstrip("Bearer ").)
token="fake-az-token-for-$(printf %s "$resource" | tr -c 'A-Za-z0-9' '_')-$now-$$"
if [ "${AZ_STANDIN_LEGACY:-0}" = 1 ]; then
    cat <<JSON
{
  "accessToken": "$token",
  "expiresOn": "$local_time",
  "subscription": "0b1f6471-1bf0-4dda-aec3-cb9272f09590",
  "tenant": "$tenant",
  "tokenType": "Bearer"
}
JSON
else
    cat <<JSON
{
  "accessToken": "$token",
  "expiresOn": "$local_time",
  "expires_on": $expires,
  "subscription": "0b1f6471-1bf0-4dda-aec3-cb9272f09590",
  "tenant": "$tenant",
  "tokenType": "Bearer"
}
JSON
fi
