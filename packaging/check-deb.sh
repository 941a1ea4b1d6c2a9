#!/usr/bin/env bash
# Builds the .deb (the `package` preset: release, Debian's hardening flags), holds it to lintian (errors and
# warnings fail), installs it into a clean Debian 12 root with apt, and starts both programs there.
#   packaging/check-deb.sh            all of it (needs root for debootstrap and chroot)
#   packaging/check-deb.sh build      only build the .deb and run lintian
#   packaging/check-deb.sh root FILE  only debootstrap the clean root into the tarball FILE (CI makes it in the
#                                     background while it compiles: it waits on the network, not the CPU)
# Needs what `packaging/setup-debian.sh deps package` installs. RESTGATE_CLEAN_ROOT_TARBALL=FILE keeps the
# debootstrapped root in FILE and reuses it on the next run (a fresh root is made when FILE is missing).
set -euo pipefail
mode=${1:-all}
cd "$(dirname "$0")/.."

# minbase: essential packages and apt, nothing else, so every library the programs need must come from the package's
# own dependencies. Debian's default mirror, as apt on this machine uses it.
debootstrap_into() {
    debootstrap --variant=minbase bookworm "$1" >"$1.log" 2>&1 || { cat "$1.log"; return 1; }
    rm -f "$1.log"
}

if [ "$mode" = root ]; then
    tarball=${2:?usage: $0 root FILE}
    staging=$(mktemp -d "${TMPDIR:-/tmp}/restgate-root.XXXXXX")
    trap 'rm -rf "$staging"' EXIT
    debootstrap_into "$staging"
    # Written under another name first: a reader never sees half a tarball.
    tar -C "$staging" -czf "$tarball.partial" . && mv "$tarball.partial" "$tarball"
    exit 0
fi

step_started=$SECONDS
step() {
    echo "== $* (after $((SECONDS - step_started)) s)"
}

step "Building the package preset"
cmake --preset package >/dev/null
cmake --build --preset package
rm -f build/package/restgate_*.deb
(cd build/package && cpack -G DEB >/dev/null)
debs=(build/package/restgate_*.deb)
deb=${debs[0]}
echo "Built $deb"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'

step "lintian"
# Warnings fail as errors do; informational tags are shown, not fatal. Justified overrides live in
# packaging/debian/lintian-overrides (installed with the package), each with its reason.
lintian --fail-on error,warning --display-info "$deb"
echo "lintian: no errors, no warnings"

[ "$mode" = build ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
    echo "The clean-root install needs root (debootstrap, chroot): run it with sudo, or '$0 build' for the rest." >&2
    exit 1
fi

step "Clean Debian 12 root"
root=$(mktemp -d "${TMPDIR:-/tmp}/restgate-root.XXXXXX")
cleanup() {
    umount "$root/proc" 2>/dev/null || true
    rm -rf "$root"
}
trap cleanup EXIT
tarball=${RESTGATE_CLEAN_ROOT_TARBALL:-}
if [ -n "$tarball" ] && [ -f "$tarball" ]; then
    tar -C "$root" -xzf "$tarball"
else
    debootstrap_into "$root"
    if [ -n "$tarball" ]; then tar -C "$root" -czf "$tarball" .; fi
fi
mount -t proc proc "$root/proc"

step "apt-get install ./$(basename "$deb") in the clean root"
cp "$deb" "$root/tmp/restgate.deb"
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }
in_root apt-get update -qq
# Without Recommends: the Depends alone must make both programs start.
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends /tmp/restgate.deb \
    >"$root/tmp/apt.log" 2>&1 || { cat "$root/tmp/apt.log"; exit 1; }

step "Smoke test in the clean root"
version=$(in_root restgate-cli --version)
echo "restgate-cli --version: $version"
[ "$version" = "restgate-cli $(dpkg-deb -f "$deb" Version | sed 's/-[^-]*$//')" ]
# The whole window starts offscreen (sample design, demo endpoint, recovery check) and quits on its own.
mkdir -m 700 "$root/tmp/runtime"
timeout 120 chroot "$root" env -i PATH=/usr/bin:/bin HOME=/root LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    XDG_RUNTIME_DIR=/tmp/runtime restgate --quit-after 3 2>"$root/tmp/restgate.err" || {
    echo "restgate did not start and quit cleanly (exit $?):"
    cat "$root/tmp/restgate.err"
    exit 1
}
echo "restgate --quit-after 3: exit 0"
sed 's/^/  restgate: /' "$root/tmp/restgate.err"
for file in /usr/share/man/man1/restgate.1.gz /usr/share/man/man1/restgate-cli.1.gz \
    /usr/share/man/man1/restgate-cli-run.1.gz /usr/share/bash-completion/completions/restgate-cli \
    /usr/share/zsh/vendor-completions/_restgate-cli \
    /usr/share/icons/hicolor/48x48/apps/restgate.png \
    /usr/share/icons/hicolor/48x48/mimetypes/application-x-restgate-design.png \
    /usr/share/doc/restgate/copyright /usr/share/doc/restgate/changelog.Debian.gz; do
    [ -f "$root$file" ] || { echo "missing in the installed package: $file"; exit 1; }
done

step "Package checked"
