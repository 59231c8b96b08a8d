#!/usr/bin/env bash
# idle-memory.sh — what one idle client costs the server: 1,000, 5,000 and
# 10,000 text clients join a headless Salon, and the server's resident
# memory before and after (once they have all joined and gone quiet) gives
# KiB per client. Plain connections, then TLS ones apart (each carries its
# own TLS state). The target (issue #16) is 16 KiB per plain client.
#
#   tests/bench/idle-memory.sh          (after ./salon.sh test built ./build)
#
# Environment: BUILD (default build), SIZES (default "1000 5000 10000"),
# RUNS (default 3; the median is kept), PORT (default 18810), TLS (default 1:
# measure TLS clients too). Nothing leaves the PC.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

BUILD=${BUILD:-build}
SIZES=${SIZES:-"1000 5000 10000"}
RUNS=${RUNS:-3}
PORT=${PORT:-18810}
TLS=${TLS:-1}
export SALON_DISCOVERY=off
ulimit -n "$(ulimit -Hn)"
cmake --build "$BUILD" --target salon salon-bench >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work"

field() { tr ' ' '\n' | sed -n "s/^$1=//p"; }
median() { sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }

echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), $(uname -sr)"
echo "open files: $(ulimit -n)   runs: $RUNS (median)"
kinds=plain
[ "$TLS" = 1 ] && kinds="plain tls"
echo
echo "| clients | connection | KiB per idle client | target | join time s | server peak resident MiB |"
echo "|---:|---|---:|---:|---:|---:|"
for n in $SIZES; do
    for kind in $kinds; do
        tls=()
        [ "$kind" = tls ] && tls=(--tls)
        kib=() join=() resident=()
        for run in $(seq "$RUNS"); do
            rm -rf "$work/Salon"
            out=$("$BUILD/tests/bench/salon-bench" --port "$PORT" --protocol text "${tls[@]}" \
                --clients "$n" --messages 0 --timeout 300 \
                --server "$BUILD/salon server --headless --port $PORT --no-flood-control --max-connecting 20000 --max-clients 20000 --lang en")
            line=$(grep '^RESULT' <<<"$out")
            kib+=("$(field idle_kib_per_client <<<"$line")")
            join+=("$(sed -n 's/.* joined in \([0-9.]*\) s/\1/p' <<<"$out")")
            resident+=("$(field peak_kib <<<"$line")")
        done
        printf '| %s | %s | %.1f | %s | %.2f | %.0f |\n' "$n" "$kind" \
            "$(printf '%s\n' "${kib[@]}" | median)" "$([ "$kind" = plain ] && echo 16 || echo —)" \
            "$(printf '%s\n' "${join[@]}" | median)" \
            "$(printf '%s\n' "${resident[@]}" | median | awk '{print $1/1024}')"
    done
done
