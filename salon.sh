#!/usr/bin/env bash
# salon.sh — everything a fresh Debian (or Ubuntu) machine needs, in one command.
#
#   ./salon.sh [ARGS…]   install what is missing, build, and launch Salon
#                        (ARGS go to salon: server, client --connect, --lang fr…)
#   ./salon.sh test      install what is missing, build, and run every test:
#                        the normal build, the fuzzers for a fixed time each
#                        (SALON_FUZZ_SECONDS, default 60), then the whole suite
#                        again under AddressSanitizer and UndefinedBehaviorSanitizer
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

PACKAGES=(
    cmake ninja-build g++ pkg-config libssl-dev libqrencode-dev
    qt6-base-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n
    libgl-dev libqt6svg6 qt6-qpa-plugins fonts-dejavu-core
)

# What only the tests need: clang and its libFuzzer runtime; the validators
# of the desktop and AppStream files, and dpkg-dev for the .deb; iproute2
# for the LAN test in network namespaces; openssl, a TLS text client (s_client);
# Chromium, its driver and Selenium, for the browser page in a real browser.
TEST_PACKAGES=(clang libclang-rt-dev desktop-file-utils appstream dpkg-dev file iproute2
    dbus-daemon openssl chromium chromium-driver python3-selenium)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

install_missing() {
    local missing=()
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' \
            || missing+=("$package")
    done
    ((${#missing[@]} == 0)) && return 0
    say "Installing: ${missing[*]}"
    local sudo=()
    ((EUID == 0)) || sudo=(sudo)
    "${sudo[@]}" apt-get update
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
}

# build DIR [cmake options…]
build() {
    local dir=$1
    shift
    say "Building in $dir"
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    cmake --build "$dir" --parallel
}

check_format() {
    command -v clang-format >/dev/null || return 0
    local unformatted
    unformatted=$(git ls-files '*.cpp' '*.h' 2>/dev/null \
        | xargs -r clang-format --dry-run 2>&1 | grep -c 'warning:' || true)
    if ((unformatted > 0)); then
        say "clang-format would change $unformatted places: run clang-format -i on the sources"
    fi
}

run_fuzzers() {
    CXX=clang++ build build-fuzz -DSALON_FUZZ=ON -DSALON_WERROR=ON
    local seconds=${SALON_FUZZ_SECONDS:-60} fuzzer corpus
    for fuzzer in framedecoder linesplitter serverdecode httprequest; do
        say "Fuzzing the $fuzzer for $seconds s"
        corpus=$(mktemp -d)
        # New inputs go to a scratch folder; a crash leaves crash-* here and fails.
        "build-fuzz/tests/fuzz/fuzz_$fuzzer" -max_total_time="$seconds" -print_final_stats=1 \
            "$corpus" "tests/fuzz/corpus/$fuzzer"
        rm -rf "$corpus"
    done
}

case "${1:-}" in
test)
    # Tests send nothing beyond this PC: discovery stays on loopback.
    export SALON_DISCOVERY=loopback
    install_missing "${PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    build build -DSALON_WERROR=ON
    say "Running the tests"
    ctest --test-dir build --output-on-failure --parallel 2
    run_fuzzers
    check_format
    build build-sanitize -DSALON_WERROR=ON -DSALON_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
    say "Running the tests under AddressSanitizer and UndefinedBehaviorSanitizer"
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
        ctest --test-dir build-sanitize --output-on-failure --parallel 2
    ;;
*)
    install_missing "${PACKAGES[@]}"
    build build
    say "Starting Salon"
    exec ./build/salon "$@"
    ;;
esac
