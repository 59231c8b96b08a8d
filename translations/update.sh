#!/bin/sh
# Refreshes the .ts files from the sources, then fills in the translations
# kept in fr.py. Fails when a text has no translation.
set -e
cd "$(dirname "$0")/.."
LUPDATE=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
"$LUPDATE" core ui app -ts translations/salon_fr.ts -source-language en -target-language fr -no-obsolete -locations none
"$LUPDATE" core ui app -ts translations/salon_en.ts -source-language en -target-language en -pluralonly -no-obsolete -locations none
python3 translations/fill.py
