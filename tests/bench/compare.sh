#!/usr/bin/env bash
# compare.sh — the same fan-out load against Salon, ngIRCd and InspIRCd, in
# one run, at 50, 200, 1,000 and 5,000 clients: every client sends 40-byte
# lines (Salon's as a text client, the IRC servers' as IRC clients), every
# figure is printed, and the ratios Salon / ngIRCd and Salon / InspIRCd.
#
#   tests/bench/compare.sh            (after ./salon.sh or ./salon.sh test built ./build)
#
# Environment: BUILD (build folder, default build), RUNS (runs per size, the
# median is kept; default 3), SIZES (default "50 200 1000 5000"), SALON_PORT and
# IRC_PORT and INSP_PORT (loopback ports, default 18800, 16667 and 16668).
# ngIRCd and InspIRCd (Debian packages ngircd, inspircd) are installed if
# missing. Both listen on 127.0.0.1 only: ngIRCd with penalties off
# (MaxPenaltyTime = 0) and no per-address limit; InspIRCd with fakelag off,
# flood thresholds out of reach, no per-address limit and a 1 GiB hard sendq.
# Salon runs headless with --no-flood-control, and --max-connecting lifted:
# every bench client connects at the same instant. Nothing leaves the PC.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

BUILD=${BUILD:-build}
# The headless server announces itself otherwise; a benchmark needs no one to find it.
export SALON_DISCOVERY=off
RUNS=${RUNS:-3}
SIZES=${SIZES:-"50 200 1000 5000"}
# 5,000 clients are 5,000 sockets here and 5,000 in the server.
ulimit -n "$(ulimit -Hn)"
SALON_PORT=${SALON_PORT:-18800}
IRC_PORT=${IRC_PORT:-16667}
INSP_PORT=${INSP_PORT:-16668}
BENCH=$BUILD/tests/bench/salon-bench
SALON=$BUILD/salon

# install_server PACKAGE: from Debian, if missing; the package starts a
# system-wide daemon, and the benchmark starts its own.
install_server() {
    [ -x "/usr/sbin/$1" ] && return 0
    local sudo=()
    ((EUID == 0)) || sudo=(sudo)
    "${sudo[@]}" apt-get update
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends "$1"
    "${sudo[@]}" systemctl stop "$1" 2>/dev/null || "${sudo[@]}" service "$1" stop 2>/dev/null || true
}
install_server ngircd
install_server inspircd
NGIRCD=/usr/sbin/ngircd
INSPIRCD=/usr/sbin/inspircd
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
echo salon-bench >"$work/motd.txt"
cat >"$work/inspircd.conf" <<CONF
<server name="bench.salon.invalid" description="salon-bench anchor" network="bench">
<admin name="salon-bench" nick="bench" email="bench@salon.invalid">
<bind address="127.0.0.1" port="$INSP_PORT" type="clients">
<power diepass="" restartpass="">
<connect name="bench" allow="127.0.0.1" timeout="60" pingfreq="600"
         threshold="1000000" commandrate="100000000" fakelag="off"
         hardsendq="1073741824" softsendq="104857600" recvq="1048576"
         localmax="100000" globalmax="100000" limit="100000" maxchans="20"
         useident="no" resolvehostnames="no">
<pid file="$work/inspircd.pid">
<files motd="$work/motd.txt">
<performance netbuffersize="65536" somaxconn="1024" softlimit="20000" clonesonconnect="no">
<options prefixquit="Quit: " syntaxhints="no">
<log method="file" type="* -USERINPUT -USEROUTPUT" level="default" target="$work/inspircd-own.log">
CONF

# Messages per client: at least four million deliveries at every size.
messages_for() {
    case $1 in
    10) echo 4000 ;;
    50) echo 1600 ;;
    200) echo 100 ;;
    1000) echo 10 ;;
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
        for server in salon ngircd inspircd; do
            # A server that could not take this many clients (three tries
            # failed) is not asked again at this size or any larger one.
            if grep -qx "$server" "$work/given-up" 2>/dev/null; then
                continue
            fi
            rm -rf "$work/Salon" # each run starts with an empty room history
            if [ $server = salon ]; then
                args=(--port "$SALON_PORT" --protocol text
                    --server "$SALON server --headless --port $SALON_PORT --no-flood-control --max-connecting 20000 --lang en")
            elif [ $server = ngircd ]; then
                args=(--port "$IRC_PORT" --protocol irc --server "$NGIRCD -n -f $work/ngircd.conf")
            else
                args=(--port "$INSP_PORT" --protocol irc
                    --server "$INSPIRCD --config=$work/inspircd.conf --nofork --runasroot")
            fi
            # A run that does not finish is run again, twice at most, and said.
            for attempt in 1 2 3; do
                line=$("$BENCH" "${args[@]}" --clients "$n" --messages "$m" --size 40 --label "$server" --timeout 90 \
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
                # Said in the table's notes; the median comes from the runs that finished.
                echo "  $server, $n clients, run $run: failed three times, left out at $n clients and more" >&2
                echo "$server" >>"$work/given-up"
                echo "$n $server" >>"$work/failed"
                continue
            fi
            echo "$n $line" >>"$results"
            echo "  $server, $n clients, run $run: $(field rate <<<"$line") deliveries/s," \
                "p99 $(field p99_ms <<<"$line") ms"
        done
    done
done

echo
echo "| clients | messages each | Salon deliveries/s | ngIRCd deliveries/s | InspIRCd deliveries/s | Salon / ngIRCd | Salon / InspIRCd | Salon p50 / p99 ms | ngIRCd p50 / p99 ms | InspIRCd p50 / p99 ms | Salon peak MiB | ngIRCd peak MiB | InspIRCd peak MiB | Salon KiB per idle client |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in $SIZES; do
    pick() {
        grep "^$n .*label=$1 " "$results" | sed 's/^[0-9]* //' | while read -r l; do field "$2" <<<"$l"; done |
            median | grep . || echo 0
    }
    ratio() { awk -v a="$1" -v b="$2" 'BEGIN{if (b > 0) printf "%.2f", a/b; else printf "—"}'; }
    mib() { awk -v k="$1" 'BEGIN{printf "%.1f", k/1024}'; }
    sr=$(pick salon rate) nr=$(pick ngircd rate) ir=$(pick inspircd rate)
    printf '| %s | %s | %s | %s | %s | %s | %s | %.1f / %.1f | %.1f / %.1f | %.1f / %.1f | %s | %s | %s | %.1f |\n' \
        "$n" "$(messages_for "$n")" "$sr" "$nr" "$ir" "$(ratio "$sr" "$nr")" "$(ratio "$sr" "$ir")" \
        "$(pick salon p50_ms)" "$(pick salon p99_ms)" "$(pick ngircd p50_ms)" "$(pick ngircd p99_ms)" \
        "$(pick inspircd p50_ms)" "$(pick inspircd p99_ms)" \
        "$(mib "$(pick salon peak_kib)")" "$(mib "$(pick ngircd peak_kib)")" "$(mib "$(pick inspircd peak_kib)")" \
        "$(pick salon idle_kib_per_client)"
done
if [ -s "$work/failed" ]; then
    echo
    echo "Runs left out after three tries (the medians above come from the others):"
    sort "$work/failed" | uniq -c | awk '{print "  " $3 " at " $2 " clients: " $1}'
fi
if [ -s "$work/unfinished" ]; then
    echo
    echo "Runs that did not finish and were run again:"
    sort "$work/unfinished" | uniq -c | awk '{print "  " $3 " at " $2 " clients: " $1}'
fi
