#!/bin/sh
# Runs a command against a real, unlocked Secret Service: a private D-Bus session bus (dbus-run-session) with
# gnome-keyring-daemon on it, in a throwaway HOME and XDG directories, so the tests never see or touch the user's
# own keyring and leave nothing behind.
#
#   with-keyring.sh COMMAND [ARGS...]
#
# The command finds the sandbox in RESTGATE_KEYRING_SANDBOX (HOME, XDG_* and TMPDIR all live under it).
# Needs the Debian packages dbus (dbus-run-session, dbus-send) and gnome-keyring.
set -eu

sandbox=$(mktemp -d "${TMPDIR:-/tmp}/restgate-keyring.XXXXXX")
trap 'rm -rf "$sandbox"' EXIT
trap 'exit 130' INT TERM
mkdir -p "$sandbox/home" "$sandbox/data" "$sandbox/config" "$sandbox/cache" "$sandbox/runtime" "$sandbox/tmp"
chmod 700 "$sandbox/runtime"

export RESTGATE_KEYRING_SANDBOX="$sandbox"
export HOME="$sandbox/home"
export XDG_DATA_HOME="$sandbox/data"
export XDG_CONFIG_HOME="$sandbox/config"
export XDG_CACHE_HOME="$sandbox/cache"
export XDG_RUNTIME_DIR="$sandbox/runtime"
export TMPDIR="$sandbox/tmp"
# Nothing of the caller's session may leak in: no bus, no display to autolaunch one from, and no desktop hints that
# would make QtKeychain pick KWallet.
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY GNOME_KEYRING_CONTROL SSH_AUTH_SOCK \
    XDG_CURRENT_DESKTOP DESKTOP_SESSION GNOME_DESKTOP_SESSION_ID KDE_FULL_SESSION KDE_SESSION_VERSION

status=0
dbus-run-session -- sh -c '
    set -eu
    # The password on stdin creates the "login" keyring on first start (the default collection) and unlocks it;
    # with an empty stdin the daemon would wait for an unlock prompt that nobody can answer.
    printf %s restgate-test | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null
    # --daemonize returns before the daemon owns its bus name; a test that asked too early would D-Bus-activate
    # a second, locked daemon.
    tries=0
    until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; do
        tries=$((tries + 1))
        if [ "$tries" -ge 200 ]; then
            echo "with-keyring.sh: gnome-keyring-daemon did not register org.freedesktop.secrets" >&2
            exit 1
        fi
        sleep 0.05
    done
    exec "$@"
' with-keyring "$@" || status=$?
exit "$status"
