#!/usr/bin/env bash
# compare.sh — the same fan-out load against Salon and against ngIRCd, in one
# run, at 10, 50 and 200 clients: every figure, and the ratio Salon / ngIRCd.
#
#   tests/bench/compare.sh            (after ./salon.sh or ./salon.sh test built ./build)
#
# Environment: BUILD (build folder, default build), RUNS (runs per size, the
# median is kept; default 3), SIZES (default "10 50 200"), SALON_PORT and
# IRC_PORT (loopback ports, default 18800 and 16667).
# ngIRCd (Debian package ngircd) is installed if missing. It listens on
# 127.0.0.1 only, with penalties off (MaxPenaltyTime = 0) and no per-address
# limit; Salon runs headless with --no-flood-control. Nothing leaves the PC.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

BUILD=${BUILD:-build}
# The headless server announces itself otherwise; a benchmark needs no one to find it.
export SALON_DISCOVERY=off
RUNS=${RUNS:-3}
SIZES=${SIZES:-"10 50 200"}
SALON_PORT=${SALON_PORT:-18800}
IRC_PORT=${IRC_PORT:-16667}
BENCH=$BUILD/tests/bench/salon-bench
SALON=$BUILD/salon

if ! command -v ngircd >/dev/null && [ ! -x /usr/sbin/ngircd ]; then
    sudo=()
    ((EUID == 0)) || sudo=(sudo)
    "${sudo[@]}" apt-get update
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends ngircd
    # The package starts a system-wide daemon; the benchmark starts its own.
    "${sudo[@]}" systemctl stop ngircd 2>/dev/null || "${sudo[@]}" service ngircd stop 2>/dev/null || true
fi
NGIRCD=$(command -v ngircd || echo /usr/sbin/ngircd)
cmake --build "$BUILD" --target salon salon-bench >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Salon keeps the room's history on disk, as it always does; here in the
# scratch folder, not the user's.
export XDG_DATA_HOME="$work"
cat >"$work/ngircd.conf" <<CONF
[Global]
Name = bench.salon.invalid
Info = salon-bench anchor
Listen = 127.0.0.1
Ports = $IRC_PORT
PidFile = $work/ngircd.pid
MotdPhrase = salon-bench
[Limits]
MaxConnections = 0
MaxConnectionsIP = 0
MaxJoins = 0
MaxPenaltyTime = 0
PingTimeout = 600
PongTimeout = 600
[Options]
DNS = no
Ident = no
PAM = no
CONF

# Messages per client: about four million deliveries at every size.
messages_for() {
    case $1 in
    10) echo 4000 ;;
    50) echo 1600 ;;
    200) echo 200 ;;
    *) echo $((4000000 / ($1 * $1) + 1)) ;;
    esac
}

# field NAME < RESULT line
field() { tr ' ' '\n' | sed -n "s/^$1=//p"; }
median() { sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }

echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), $(uname -sr)"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ)   runs per size: $RUNS (median)"
results=$work/results
for n in $SIZES; do
    m=$(messages_for "$n")
    for run in $(seq "$RUNS"); do
        for server in salon ngircd; do
            rm -rf "$work/Salon" # each run starts with an empty room history
            if [ $server = salon ]; then
                args=(--port "$SALON_PORT" --protocol salon
                    --server "$SALON server --headless --port $SALON_PORT --no-flood-control --lang en")
            else
                args=(--port "$IRC_PORT" --protocol irc --server "$NGIRCD -n -f $work/ngircd.conf")
            fi
            # A run that does not finish is run again, twice at most, and said.
            for attempt in 1 2 3; do
                line=$("$BENCH" "${args[@]}" --clients "$n" --messages "$m" --label "$server" \
                    --server-log "$work/$server.log" | grep '^RESULT' || true)
                [ -n "$line" ] && [ "$(field complete <<<"$line")" = 1 ] && break
                echo "  $server, $n clients, run $run: did not finish (attempt $attempt):" \
                    "${line:-no result}" >&2
                grep -iE 'exhaust|flood|too long|shutting down connection' "$work/$server.log" \
                    2>/dev/null | grep -v 'Client closed connection\|Read error' | head -3 >&2 || true
                echo "$n $server" >>"$work/unfinished"
                line=
            done
            if [ -z "$line" ]; then
                echo "compare.sh: $server at $n clients failed three times" >&2
                exit 1
            fi
            echo "$n $line" >>"$results"
            echo "  $server, $n clients, run $run: $(field rate <<<"$line") deliveries/s," \
                "p99 $(field p99_ms <<<"$line") ms"
        done
    done
done

echo
echo "| clients | messages each | Salon deliveries/s | ngIRCd deliveries/s | ratio | Salon p50 / p99 ms | ngIRCd p50 / p99 ms | Salon peak MiB | ngIRCd peak MiB | Salon KiB per idle client |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in $SIZES; do
    pick() { grep "^$n .*label=$1 " "$results" | sed 's/^[0-9]* //' | while read -r l; do field "$2" <<<"$l"; done | median; }
    sr=$(pick salon rate) ir=$(pick ngircd rate)
    printf '| %s | %s | %s | %s | %.2f | %.1f / %.1f | %.1f / %.1f | %.1f | %.1f | %.1f |\n' \
        "$n" "$(messages_for "$n")" "$sr" "$ir" "$(awk -v a="$sr" -v b="$ir" 'BEGIN{print a/b}')" \
        "$(pick salon p50_ms)" "$(pick salon p99_ms)" "$(pick ngircd p50_ms)" "$(pick ngircd p99_ms)" \
        "$(awk -v k="$(pick salon peak_kib)" 'BEGIN{print k/1024}')" \
        "$(awk -v k="$(pick ngircd peak_kib)" 'BEGIN{print k/1024}')" \
        "$(pick salon idle_kib_per_client)"
done
if [ -s "$work/unfinished" ]; then
    echo
    echo "Runs that did not finish and were run again:"
    sort "$work/unfinished" | uniq -c | awk '{print "  " $3 " at " $2 " clients: " $1}'
fi
