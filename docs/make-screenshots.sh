#!/usr/bin/env bash
# Draws every window in a live conversation, in English, French, Spanish, German and Arabic, into
# docs/screenshots/, and the server and client windows once more in a dark
# palette at 200 % scaling. Uses the build made by ./salon.sh (or builds it).
# Everything stays on 127.0.0.1: discovery is on loopback.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[[ -x build/tests/salon_screenshots ]] || { cmake -S . -B build -G Ninja && cmake --build build --target salon_screenshots; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
run() {
    SALON_DISCOVERY=loopback QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$scratch" \
        XDG_DATA_HOME="$scratch" LANG=C.UTF-8 "$@"
}
for language in en fr es de ar; do
    run build/tests/salon_screenshots docs/screenshots "$language"
done
QT_SCALE_FACTOR=2 run build/tests/salon_screenshots docs/screenshots en dark
# The browser page on a 360 px phone, in real headless Chromium (the browser
# test takes the picture), where Chromium and Selenium are installed.
for language in en fr; do
    suffix=$([[ $language == en ]] && echo "" || echo "-$language")
    /usr/bin/python3 tests/browser/browser_test.py build/salon \
        "docs/screenshots/browser-phone$suffix.png" "$language" || [[ $? == 77 ]]
done
