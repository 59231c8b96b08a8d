#!/bin/sh
# Refreshes the .ts files from the sources: new texts come in as
# "unfinished", texts gone from the code as "vanished". The .ts files are
# the one source of every translation: translate them in Qt Linguist
# (linguist translations/salon_fr.ts), then run this again. The test
# translations_complete fails while any text is unfinished or vanished
# (docs/translating.md).
set -e
cd "$(dirname "$0")/.."
LUPDATE=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
for ts in translations/salon_*.ts; do
    language=$(basename "$ts" .ts | sed 's/^salon_//')
    if [ "$language" = en ]; then
        # English is the source language: only its plural forms are translated.
        "$LUPDATE" core ui app -ts "$ts" -source-language en -target-language en -pluralonly \
            -locations none
    else
        "$LUPDATE" core ui app -ts "$ts" -source-language en -target-language "$language" \
            -locations none
    fi
done
for ts in translations/salon_*.ts; do
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    vanished=$(grep -c -E 'type="(vanished|obsolete)"' "$ts" || true)
    echo "$ts: $unfinished unfinished, $vanished vanished"
done
