#!/usr/bin/env bash
# files-test.sh SALON LOSSYLINK FILEPEER — files between the teacher and the
# class across a bad LAN (issue #15), on the fault suite's two-namespace LAN
# (lan.sh): a 200 MB generated file handed out to three Salon clients
# across a lossy, delayed link, and handed in by one of them with
# `salon hand-in`; the link is pulled for 20 s halfway through both, and
# every transfer goes on from its last byte to a verified SHA-256. Then the
# teacher's disk: a hand-in folder on a 16 MB file system fills up, one on a
# read-only file system and one the server (run as nobody) may not write in
# refuse the work — each said in words.
# Needs root and iproute2; exits 77 (skipped) without them.
set -euo pipefail
salon=$1
lossylink=$2
filepeer=$3
source "$(dirname "${BASH_SOURCE[0]}")/lan.sh"

size_mb=${SALON_FILES_MB:-200}
mkdir -p "$scratch/teacher" "$scratch/hand-ins"
head -c $((size_mb * 1024 * 1024)) /dev/urandom >"$scratch/teacher/big.bin"
expected=$(sha256sum "$scratch/teacher/big.bin" | cut -d' ' -f1)
stamp "a ${size_mb} MB file, SHA-256 $expected"

link loss 0.5
link delay 5 2
mkfifo "$scratch/console"
ip netns exec "$server_ns" env SALON_DISCOVERY=loopback XDG_CONFIG_HOME="$scratch/config" \
    XDG_DATA_HOME="$scratch/data" QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 \
    "$salon" server --headless --lang en --port 12800 --hand-in-folder "$scratch/hand-ins" \
    <"$scratch/console" >"$scratch/server.log" 2>&1 &
server_pid=$!
exec 9>"$scratch/console"
tries=0
until grep -q "listening on port 12800" "$scratch/server.log" 2>/dev/null; do
    ((++tries > 100)) && { echo "FAIL: the server did not start"; cat "$scratch/server.log"; exit 1; }
    sleep 0.1
done
echo "/collect Projet" >&9

for student in ana ben cleo; do
    ip netns exec "$class_ns" env QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 \
        XDG_DATA_HOME="$scratch/$student-data" \
        "$filepeer" --host "$server_address" --nick "$student" --folder "$scratch/$student" \
        --files 1 --deadline 900 >"$scratch/$student.log" 2>&1 &
    pids+=($!)
done
until [[ $(grep -c "joined from" "$scratch/server.log") -ge 3 ]]; do sleep 0.2; done
echo "/handout $scratch/teacher/big.bin" >&9
stamp "handed out"
# ben hands the same file in, from a terminal.
ip netns exec "$class_ns" env XDG_DATA_HOME="$scratch/dan-data" LANG=C.UTF-8 \
    "$salon" hand-in --host "$server_address" --nick dan --lang en "$scratch/teacher/big.bin" \
    >"$scratch/dan.log" 2>&1 &
handin_pid=$!
pids+=($handin_pid)

# Halfway (a third of the file is somewhere), the cable is pulled for 20 s.
part_bytes() { find "$scratch" -name '*part' -printf '%s\n' 2>/dev/null | sort -n | tail -1; }
until [[ $(part_bytes) -gt $((size_mb * 1024 * 1024 / 3)) ]]; do
    sleep 0.5
    ((SECONDS > 600)) && { echo "FAIL: nothing moved in 10 minutes"; tail "$scratch"/*.log; exit 1; }
done
link pull
sleep 20
link plug

failed=0
for pid in "${pids[@]}"; do
    wait "$pid" || failed=1
done
pids=()
for student in ana ben cleo; do
    line=$(grep '^FILE' "$scratch/$student.log" || true)
    echo "${line:-$student: no file}"
    [[ $line == *"sha256=$expected"* ]] || failed=1
    [[ $(sha256sum "$scratch/$student/big.bin" 2>/dev/null | cut -d' ' -f1) == "$expected" ]] || failed=1
done
grep -q "Handed in: big.bin" "$scratch/dan.log" || failed=1
tail -n 3 "$scratch/dan.log"
saved=$(find "$scratch/hand-ins" -path '*/dan/big.bin')
[[ -n $saved && $(sha256sum "$saved" | cut -d' ' -f1) == "$expected" ]] || failed=1
cuts=$(grep -c -e "Trying again" -e "state Reconnecting" "$scratch"/{ana,ben,cleo,dan}.log || true)
echo "transfers that lost the link and went on: $(echo "$cuts" | awk -F: '{ s += $NF } END { print s }')"
if ((failed)); then
    echo "FAIL: a transfer did not arrive whole"
    for log in "$scratch"/*.log; do echo "--- $(basename "$log")"; tail -n 30 "$log"; done
    exit 1
fi
echo "OK: ${size_mb} MB to three clients and back from one, across a lossy link cut for 20 s: every SHA-256 checked"

# The teacher's disk: a 16 MB file system fills up; a read-only one refuses.
kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null || true
server_pid=
exec 9>&-
link loss 0
link delay 1 0
mkdir -p "$scratch/small" "$scratch/readonly"
disk_check() {
    local folder=$1 mount=$2
    rm -f "$scratch/console2"
    mkfifo "$scratch/console2"
    ip netns exec "$server_ns" sh -c "$mount && exec env SALON_DISCOVERY=loopback \
        XDG_CONFIG_HOME='$scratch/config' XDG_DATA_HOME='$scratch/data' QT_QPA_PLATFORM=offscreen \
        LANG=C.UTF-8 '$salon' server --headless --lang en --port 12800 \
        --hand-in-folder '$folder/work' --hand-in-keep-free-mb 0" \
        <"$scratch/console2" >"$scratch/disk-server.log" 2>&1 &
    server_pid=$!
    exec 9>"$scratch/console2"
    until grep -q "listening on port 12800" "$scratch/disk-server.log" 2>/dev/null; do sleep 0.1; done
    echo "/collect" >&9
    sleep 0.5
}
disk_check "$scratch/small" "mount -t tmpfs -o size=16m tmpfs '$scratch/small'"
# Two hand-ins of 10 MB at once on 16 MB: both begin, the disk fills.
head -c $((10 * 1024 * 1024)) /dev/urandom >"$scratch/teacher/eve.bin"
head -c $((10 * 1024 * 1024)) /dev/urandom >"$scratch/teacher/fay.bin"
for student in eve fay; do
    ip netns exec "$class_ns" env XDG_DATA_HOME="$scratch/$student-data" LANG=C.UTF-8 \
        "$salon" hand-in --host "$server_address" --nick "$student" --lang en \
        "$scratch/teacher/$student.bin" >"$scratch/$student.log" 2>&1 &
    pids+=($!)
done
for pid in "${pids[@]}"; do wait "$pid" || true; done
pids=()
tail -n 1 "$scratch"/{eve,fay}.log
grep -q "The teacher's disk is" "$scratch/eve.log" "$scratch/fay.log" \
    || { echo "FAIL: a full disk was not said in words"; tail -n 20 "$scratch/disk-server.log"; exit 1; }
kill "$server_pid"; wait "$server_pid" 2>/dev/null || true
exec 9>&-
disk_check "$scratch/readonly" "mkdir -p '$scratch/readonly/work' && mount -t tmpfs -o size=1m,ro tmpfs '$scratch/readonly/work'"
grep -h "can't be made" "$scratch/disk-server.log" | tail -n 1 \
    || { echo "FAIL: a read-only folder was not said in words"; cat "$scratch/disk-server.log"; exit 1; }
kill "$server_pid"; wait "$server_pid" 2>/dev/null || true
exec 9>&-
server_pid=
# A folder the server may not write in: it runs as nobody, the folder is root's.
if command -v setpriv >/dev/null; then
    nobody_home=$(mktemp -d)
    chmod 777 "$nobody_home"
    rm -f "$scratch/console3"
    mkfifo "$scratch/console3"
    chmod 755 "$scratch"
    mkdir -p "$scratch/roots"
    ip netns exec "$server_ns" setpriv --reuid=65534 --regid=65534 --clear-groups \
        env SALON_DISCOVERY=loopback HOME="$nobody_home" XDG_CONFIG_HOME="$nobody_home" \
        XDG_DATA_HOME="$nobody_home" QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 \
        "$salon" server --headless --lang en --port 12800 --hand-in-folder "$scratch/roots/work" \
        <"$scratch/console3" >"$scratch/nobody-server.log" 2>&1 &
    server_pid=$!
    exec 9>"$scratch/console3"
    until grep -q "listening on port 12800" "$scratch/nobody-server.log" 2>/dev/null; do sleep 0.1; done
    echo "/collect" >&9
    until grep -q "can't be made" "$scratch/nobody-server.log"; do
        sleep 0.2
        ((SECONDS > 800)) && { echo "FAIL: a folder nobody may write in was not said in words"; cat "$scratch/nobody-server.log"; exit 1; }
    done
    grep -h "can't be made" "$scratch/nobody-server.log" | tail -n 1
    kill "$server_pid"; wait "$server_pid" 2>/dev/null || true
    server_pid=
    rm -rf "$nobody_home"
fi
echo "OK: a full disk, a read-only folder and a folder the server may not write in are said in words"
