#!/usr/bin/env bash
# check-install.sh BUILD_DIR — installs Salon into a scratch prefix, checks
# that every file lands in its standard place and passes its validator, then
# makes the .deb and checks what it would install. Run by ctest (label
# package); exits 77 (skipped) when the validators are not installed.
set -euo pipefail
build=$1
for tool in desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed"; exit 77; }
done
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

cmake --install "$build" --prefix "$scratch/usr" >/dev/null
id=io.github.salonchat.Salon
expected=(
    usr/bin/salon
    "usr/share/applications/$id.desktop"
    "usr/share/applications/$id.Server.desktop"
    "usr/share/applications/$id.Client.desktop"
    "usr/share/icons/hicolor/scalable/apps/$id.svg"
    "usr/share/metainfo/$id.metainfo.xml"
)
for file in "${expected[@]}"; do
    [[ -e "$scratch/$file" ]] || { echo "FAIL: cmake --install did not install $file"; exit 1; }
done
for desktop in "$scratch"/usr/share/applications/*.desktop; do
    # Hints are advice; warnings and errors fail.
    output=$(desktop-file-validate "$desktop" 2>&1 | grep -v ': hint: ' || true)
    [[ -z "$output" ]] || { echo "FAIL: $output"; exit 1; }
    grep -q "^Icon=$id\$" "$desktop" || { echo "FAIL: $desktop names another icon"; exit 1; }
done
appstreamcli validate --no-net "$scratch/usr/share/metainfo/$id.metainfo.xml"
"$scratch/usr/bin/salon" --version | grep -q '^salon ' || { echo "FAIL: the installed salon does not run"; exit 1; }

# The .deb: built from the same build, it installs the same files.
(cd "$scratch" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/deb" >/dev/null)
deb=$(ls "$scratch"/deb/*.deb)
contents=$(dpkg-deb -c "$deb")
for file in "${expected[@]}"; do
    grep -q "\./$file\$" <<<"$contents" || { echo "FAIL: $(basename "$deb") lacks $file"; exit 1; }
done
depends=$(dpkg-deb -f "$deb" Depends)
grep -q 'libqt6widgets6' <<<"$depends" || { echo "FAIL: Depends lacks Qt: $depends"; exit 1; }
echo "OK: installed files valid; $(basename "$deb") holds them; Depends: $depends"
