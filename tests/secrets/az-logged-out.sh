#!/bin/sh
# Stand-in for an Azure CLI nobody has logged in to: what the real az prints, on stderr, with exit status 1.
if [ -n "${AZ_STANDIN_LOG:-}" ]; then
    printf '%s\n' "$*" >>"$AZ_STANDIN_LOG"
fi
echo "ERROR: Please run 'az login' to setup account." >&2
exit 1
