#!/usr/bin/env bash
# faults-test.sh SCENARIO SALON LOSSYLINK FAULTPEER — Salon on a bad LAN
# (issue #10). Two network namespaces, the server's PC and the class's,
# joined by a point-to-point link through salon-lossylink, which delays and
# drops packets (this kernel has no sch_netem). In the server's namespace a
# Salon client, nora, talks from the server PC; across the link a Salon
# client, fred, and a text client, tess (a socket, like nc, run again by
# its person when it drops). Each one counts, for every sender, the
# messages it was shown: lost, duplicated, out of order. Scenarios:
#   lossy-link      150 ms ± 50 ms, 5 % loss both ways, all the time
#   slow-link       700 ms ± 50 ms each way: a 1.4 s round trip, where a
#                   fixed wait for the banner, or for the answer to it,
#                   would take fred for a foreign server or a listener
#   cable-pull-20s  the cable out for 20 s while everyone talks
#   cable-pull-90s  the cable out for 90 s: the server and fred give up on
#                   each other, then fred comes back under its name and
#                   sends what it typed meanwhile
#   stopped-reader  tess stops reading while nora pastes; the server gives
#                   up on tess, and everyone else gets everything
#   kill-9          the server is killed with SIGKILL and started again
# Needs root and iproute2; exits 77 (skipped) without them. Nothing leaves
# the namespaces it makes. With SALON_FAULTS_REPORT=FILE, the REPORT lines
# are added to FILE.
set -euo pipefail
scenario=$1
salon=$2
lossylink=$3
faultpeer=$4
source "$(dirname "${BASH_SOURCE[0]}")/lan.sh"

server_args=()
start_server() {
    ip netns exec "$server_ns" env SALON_DISCOVERY=loopback XDG_CONFIG_HOME="$scratch/config" \
        XDG_DATA_HOME="$scratch/data" QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 \
        "$salon" server --headless --lang en --port 12800 "${server_args[@]}" \
        >>"$scratch/server.log" 2>&1 &
    server_pid=$!
    local tries=0
    until grep -q "listening on port 12800" "$scratch/server.log" 2>/dev/null; do
        ((++tries > 100)) && { echo "FAIL: the server did not start"; cat "$scratch/server.log"; exit 1; }
        sleep 0.1
    done
    : >"$scratch/started"
    stamp "server up (pid $server_pid)"
}
memory_kib() { awk '/VmRSS/ { print $2 }' "/proc/$1/status" 2>/dev/null || echo 0; }

# peer NAMESPACE NAME ARGS…: one person, in the background.
peer() {
    local ns=$1 name=$2
    shift 2
    ip netns exec "$ns" env QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 \
        "$faultpeer" --nick "$name" "$@" >"$scratch/$name.log" 2>&1 &
    pids+=($!)
    eval "pid_$name=$!"
}
# Waits for every person; fails when one of them counted anything wrong.
finish() {
    local failed=0 pid
    for pid in "${pids[@]}"; do
        wait "$pid" || failed=1
    done
    pids=()
    for log in "$scratch"/{nora,fred,tess}.log; do
        [[ -f $log ]] || continue
        echo "$(basename "$log" .log): lost the server $(grep -c -e 'state Reconnecting' -e ': disconnected' "$log") time(s)"
    done
    grep -h '^REPORT' "$scratch"/*.log | sort | tee "$scratch/report"
    if [[ -n ${SALON_FAULTS_REPORT:-} ]]; then
        sed "s/^REPORT /REPORT scenario=$scenario /" "$scratch/report" >>"$SALON_FAULTS_REPORT"
    fi
    if ((failed)); then
        echo "FAIL: $scenario: a count is not zero, or someone did not finish"
        for log in "$scratch"/*.log; do
            echo "--- $(basename "$log")"
            tail -n 40 "$log"
        done
        exit 1
    fi
    echo "OK: $scenario: nothing lost, duplicated or out of order, for every receiver"
}
far=(--host "$server_address" --port 12800)
near=(--host 127.0.0.1 --port 12800)

case $scenario in
lossy-link)
    link loss 5
    link delay 150 50
    start_server
    expect=nora=60,fred=60,tess=30
    peer "$server_ns" nora "${near[@]}" --send 60 --every 250 --expect $expect --deadline 240
    peer "$class_ns" fred "${far[@]}" --send 60 --every 250 --expect $expect --deadline 240
    peer "$class_ns" tess --text "${far[@]}" --send 30 --every 500 --expect $expect --deadline 240
    finish
    ;;
slow-link)
    link loss 0
    link delay 700 50
    start_server
    expect=nora=20,fred=20,tess=10
    # Those across the link first: a text client is shown only the last few
    # lines said before it came.
    peer "$class_ns" fred "${far[@]}" --send 20 --every 250 --expect $expect --deadline 120
    peer "$class_ns" tess --text "${far[@]}" --send 10 --every 500 --expect $expect --deadline 120
    tries=0
    until grep -q "fred joined .*encrypted" "$scratch/server.log" &&
        grep -q "is now known as tess" "$scratch/server.log"; do
        ((++tries > 300)) && break
        sleep 0.1
    done
    peer "$server_ns" nora "${near[@]}" --send 20 --every 250 --expect $expect --deadline 120
    finish
    grep -q "fred joined .*(Salon client, encrypted)" "$scratch/server.log" \
        || { echo "FAIL: fred did not join as an encrypted Salon client"; exit 1; }
    ;;
cable-pull-20s)
    link loss 0
    link delay 1 0
    start_server
    expect=nora=50,fred=50,tess=25
    peer "$server_ns" nora "${near[@]}" --send 50 --every 500 --expect $expect --deadline 240
    peer "$class_ns" fred "${far[@]}" --send 50 --every 500 --expect $expect --deadline 240
    peer "$class_ns" tess --text "${far[@]}" --send 25 --every 1000 --expect $expect --deadline 240
    sleep 4
    link pull
    sleep 20
    link plug
    finish
    ;;
cable-pull-90s)
    link loss 0
    link delay 1 0
    start_server
    # tess only listens: what nc wrote into a connection that died is gone,
    # and nc can't know it (a Salon client resends it).
    expect=nora=40,fred=30
    peer "$server_ns" nora "${near[@]}" --send 40 --every 1500 --expect $expect --deadline 300
    peer "$class_ns" fred "${far[@]}" --send 30 --every 1500 --expect $expect --deadline 300
    peer "$class_ns" tess --text "${far[@]}" --expect $expect --silence-restart 20 --deadline 300
    sleep 4
    link pull
    sleep 90
    link plug
    finish
    grep -q "fred: state Reconnecting" "$scratch/fred.log" \
        || { echo "FAIL: fred never lost the server: the pull did not happen"; exit 1; }
    ;;
stopped-reader)
    link loss 0
    link delay 1 0
    # Small socket buffers, as on a busy PC: the server's queue is what fills.
    for ns in "$server_ns" "$class_ns"; do
        if ! ip netns exec "$ns" sysctl -q -w net.ipv4.tcp_rmem="4096 16384 65536" \
            net.ipv4.tcp_wmem="4096 16384 65536" 2>/dev/null; then
            echo "SKIP: this machine can't set a namespace's socket buffers (sysctl)"
            exit 77
        fi
    done
    server_args=(--send-queue 262144)
    start_server
    baseline=$(memory_kib "$server_pid")
    expect=nora=150
    peer "$server_ns" nora "${near[@]}" --send 150 --every 220 --pad 3000 --expect $expect \
        --deadline 240
    peer "$class_ns" fred "${far[@]}" --expect $expect --deadline 240
    peer "$class_ns" tess --text "${far[@]}" --expect $expect --may-miss --deadline 240
    until grep -q "tess: connected" "$scratch/tess.log"; do sleep 0.1; done
    sleep 1
    kill -STOP "$pid_tess"
    stamp "tess stops reading"
    peak=$baseline
    until grep -q "stopped reading; disconnected" "$scratch/server.log"; do
        sleep 0.5
        now=$(memory_kib "$server_pid")
        ((now > peak)) && peak=$now
        kill -0 "$pid_nora" 2>/dev/null || { echo "FAIL: the server never gave up on tess"; break; }
    done
    stamp "the server gave up on tess; she wakes up"
    kill -CONT "$pid_tess"
    finish
    echo "server memory: $baseline KiB at start, at most $peak KiB while tess was stopped"
    ;;
kill-9)
    link loss 0
    link delay 1 0
    start_server
    expect=nora=60,fred=60
    peer "$server_ns" nora "${near[@]}" --send 60 --every 300 --expect $expect --deadline 240
    peer "$class_ns" fred "${far[@]}" --send 60 --every 300 --expect $expect --deadline 240
    peer "$class_ns" tess --text "${far[@]}" --expect $expect --deadline 240
    sleep 8
    kill -KILL "$server_pid"
    wait "$server_pid" 2>/dev/null || true
    stamp "server killed with SIGKILL"
    sleep 2
    start_server
    finish
    for name in nora fred; do
        grep -q "$name: state Reconnecting" "$scratch/$name.log" \
            || { echo "FAIL: $name never lost the server: the kill did not happen"; exit 1; }
    done
    ;;
*)
    echo "unknown scenario: $scenario"
    exit 2
    ;;
esac
