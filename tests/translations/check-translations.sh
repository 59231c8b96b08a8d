#!/bin/sh
# translations_complete: every text the code shows has a translation in
# every .ts file, and no .ts file keeps texts the code no longer has. Runs
# lupdate on a copy of the .ts files, so a text added to the code without
# its translations fails here, not in a classroom. Exit 77 (skipped) when
# lupdate is not installed.
set -e
source_dir=$1
LUPDATE=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
[ -x "$LUPDATE" ] || { echo "lupdate not found: skipped"; exit 77; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp "$source_dir"/translations/salon_*.ts "$scratch"/
cd "$source_dir"
status=0
for ts in "$scratch"/salon_*.ts; do
    language=$(basename "$ts" .ts | sed 's/^salon_//')
    if [ "$language" = en ]; then
        "$LUPDATE" -silent core ui app -ts "$ts" -source-language en -target-language en \
            -pluralonly -locations none
    else
        "$LUPDATE" -silent core ui app -ts "$ts" -source-language en \
            -target-language "$language" -locations none
    fi
    name=translations/$(basename "$ts")
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    vanished=$(grep -c -E 'type="(vanished|obsolete)"' "$ts" || true)
    if [ "$unfinished" -ne 0 ] || [ "$vanished" -ne 0 ]; then
        echo "FAIL: $name: $unfinished unfinished, $vanished vanished (run translations/update.sh, then translate in Qt Linguist)"
        grep -B3 -E 'type="(unfinished|vanished|obsolete)"' "$ts" | grep '<source>' | head -20
        status=1
    else
        echo "ok: $name"
    fi
done
exit $status
