#!/usr/bin/env bash
# Checks that the arrows between the parts of Salon point one way
# (docs/architecture.md): app → ui → core, and inside core each folder
# includes only the folders below it. A wrong include fails with the line.
set -u
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

# The folders each core folder may include, itself included.
declare -A allowed=(
    [base]="base"
    [model]="base model"
    [dialects]="base model dialects"
    [storage]="base model storage"
    [security]="base security"
    [web]="base web"
    [files]="base files"
    [discovery]="base security discovery"
    [server]="base model dialects storage security web files server"
    [client]="base model dialects security files client"
)
core_folders="${!allowed[*]}"
failures=0

fail() {
    echo "$1"
    failures=$((failures + 1))
}

for folder in core/*/; do
    folder=${folder#core/}
    folder=${folder%/}
    [[ -n ${allowed[$folder]+set} ]] || fail "core/$folder is not a known layer: add it to this check and to docs/architecture.md"
done

while IFS=: read -r file line include; do
    layer=${file#core/}
    layer=${layer%%/*}
    target=$(sed -E 's/^#include "([^/"]+)\/.*/\1/' <<<"$include")
    if [[ $include != *'/'* ]]; then
        fail "$file:$line: $include — core includes name their folder (\"base/x.h\")"
    elif [[ " $core_folders " != *" $target "* ]]; then
        fail "$file:$line: $include — core reaches outside core"
    elif [[ " ${allowed[$layer]} " != *" $target "* ]]; then
        fail "$file:$line: $include — $layer may not include $target"
    fi
done < <(grep -rnE '^#include "' core --include='*.h' --include='*.cpp' \
    | grep -v -E '"[a-z_]+_autogen/|\.moc"')

# core is QtCore + QtNetwork (and QtWebSockets, for browsers) only.
while IFS= read -r hit; do
    fail "$hit — core uses no widgets or GUI"
done < <(grep -rnE '#include <Qt(Widgets|Gui)|#include <Q(Widget|MainWindow|Dialog|Label|PushButton|Application|GuiApplication|Pixmap|Image|Color)>' core)

# ui does not reach into app.
while IFS= read -r hit; do
    fail "$hit — ui may not include app"
done < <(grep -rnE '^#include "(commandline|headlessserver|translation|signalwatcher|startupprobe|openfileslimit)\.h"' ui)

if ((failures > 0)); then
    echo "$failures include(s) against the layers"
    exit 1
fi
echo "layers: every include points down"
