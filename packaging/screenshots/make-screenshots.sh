#!/usr/bin/env bash
# Remakes the screenshots in packaging/screenshots/ (README.md and the AppStream metainfo show them): builds
# restgate_screenshots in the dev preset's build tree and runs it under a real X server (Xvfb), so the images show
# what a user's X11 session draws. The ctest tst_screenshots runs the same tool offscreen to check the flows.
#   packaging/screenshots/make-screenshots.sh [OUTPUT_DIR]   (default: packaging/screenshots)
set -euo pipefail
cd "$(dirname "$0")/../.."
output=${1:-packaging/screenshots}

# Xvfb is only needed here, not on the CI path; install it the way packaging/setup-debian.sh installs test tools.
missing=()
for package in xvfb xauth; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    echo "Installing: ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Re-configuring an existing dev tree is quick; the option is on by default and only forced in case a tree has it off.
cmake --preset dev -DRESTGATE_BUILD_SCREENSHOTS=ON >/dev/null
cmake --build --preset dev --target restgate_screenshots

# The tool fixes the style, palette, font and window size itself; the screen only has to be larger than the window.
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" \
    build/dev/packaging/screenshots/restgate_screenshots "$output"
