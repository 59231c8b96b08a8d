#!/usr/bin/env bash
# Draws every window in a live conversation, in English and in French, into
# docs/screenshots/. Uses the build made by ./salon.sh (or builds it).
# Everything stays on 127.0.0.1.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[[ -x build/tests/salon_screenshots ]] || { cmake -S . -B build -G Ninja && cmake --build build --target salon_screenshots; }
config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT
for language in en fr; do
    SALON_DISCOVERY=loopback QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$config" \
        XDG_DATA_HOME="$config" LANG=C.UTF-8 \
        build/tests/salon_screenshots docs/screenshots "$language"
done
