#!/usr/bin/env bash
# One command from a bare Debian 12 (git and nothing else) to a running RestGate or a passing test suite.
#   packaging/setup-debian.sh run    install what is missing, build (release), start the app with the sample design
#   packaging/setup-debian.sh test   install what is missing, build the `asan` preset (clang; ASan, LeakSanitizer and
#                                    UBSan; warnings as errors in CI) and run every test under the sanitizers
#   packaging/setup-debian.sh fuzz [SECONDS]   the same tree's libFuzzer targets, each for SECONDS (60)
#   packaging/setup-debian.sh package   install what is missing, build the .deb, lintian it, install it into a
#                                       clean Debian 12 root and start both programs there (packaging/check-deb.sh)
#   packaging/setup-debian.sh deps [run|test|package]   only install what is missing
set -euo pipefail
mode=${1:-run}
cd "$(dirname "$0")/.."

build_packages=(
    build-essential cmake ninja-build pkg-config git lld
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev libyaml-cpp-dev zlib1g-dev libgl-dev
)
run_packages=(qt6-qpa-plugins qt6-translations-l10n libsecret-1-0)
test_packages=(
    python3 python3-httpbin gunicorn                  # the real HTTP server the tests talk to
    curl                                              # runs the generated curl commands against httpbin
    desktop-file-utils appstream                      # packaging metadata validation
    xvfb xauth                                        # screenshots under a real X server
    dbus gnome-keyring libsecret-tools                # a real Secret Service for the keychain tests
    libsimdjson-dev                                   # the criteria benchmark's reference parser
    clang-format
    clang libclang-rt-14-dev                          # the test tree (preset asan): sanitizers and libFuzzer
    librsvg2-bin help2man                             # the PNG icons and man pages the package ships
    zsh                                               # the zsh completion, loaded by a real compinit
)

# The .deb: icons rendered from the SVGs, man pages from --help, the Debian checker and a clean root to install into.
# (The test packages include the first two so that the dev build makes and tests them too.)
package_packages=(librsvg2-bin help2man lintian debootstrap)

install_missing() {
    local wanted=("$@") missing=()
    for package in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    echo "Installing: ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# ajv (from npm) validates exports against Microsoft's pipeline schema; Debian's node is enough where none is found.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    test_packages+=(nodejs npm)
fi

case "$mode" in
deps)
    what=${2:-test}
    if [ "$what" = run ]; then install_missing "${build_packages[@]}" "${run_packages[@]}"
    elif [ "$what" = package ]; then install_missing "${build_packages[@]}" "${run_packages[@]}" "${package_packages[@]}"
    else install_missing "${build_packages[@]}" "${run_packages[@]}" "${test_packages[@]}"; fi
    ;;
run)
    install_missing "${build_packages[@]}" "${run_packages[@]}"
    cmake --preset release
    cmake --build --preset release --target restgate # only the window; building the tests is the test command's job
    exec build/release/src/app/restgate "${@:2}"
    ;;
test)
    install_missing "${build_packages[@]}" "${run_packages[@]}" "${test_packages[@]}"
    cmake --preset asan
    cmake --build --preset asan
    ctest --preset asan
    ;;
fuzz)
    install_missing "${build_packages[@]}" "${test_packages[@]}"
    tests/fuzz/run-fuzzers.sh "${2:-60}"
    ;;
package)
    install_missing "${build_packages[@]}" "${run_packages[@]}" "${package_packages[@]}"
    exec packaging/check-deb.sh "${@:2}"
    ;;
*)
    echo "usage: $0 run|test|fuzz [SECONDS]|package|deps [run|test|package]" >&2
    exit 2
    ;;
esac
