#!/usr/bin/env bash
# lan-test.sh SALON LANPEER — "two PCs on a LAN", for real, on one machine:
# two network namespaces joined by a veth pair (10.77.N.1 and 10.77.N.2).
# Salon's headless server runs in the first with discovery on the LAN; in
# the second, salon-lanpeer finds it by its UDP broadcast, joins and chats,
# and a text client (bash's /dev/tcp, like nc) joins by address. Nothing
# leaves the namespaces this script makes. Needs root and iproute2; exits
# 77 (skipped) without them.
set -euo pipefail
salon=$1
lanpeer=$2
if [[ $EUID -ne 0 ]] || ! command -v ip >/dev/null; then
    echo "SKIP: network namespaces need root and iproute2 (ip)"
    exit 77
fi
tag=$$
server_ns=salon-srv-$tag
client_ns=salon-cli-$tag
subnet=10.77.$((tag % 250)).
scratch=$(mktemp -d)
server_pid=
cleanup() {
    [[ -n $server_pid ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
    ip netns del "$server_ns" 2>/dev/null || true
    ip netns del "$client_ns" 2>/dev/null || true
    rm -rf "$scratch"
}
trap cleanup EXIT

if ! ip netns add "$server_ns" 2>/dev/null; then
    echo "SKIP: this machine does not allow network namespaces"
    exit 77
fi
ip netns add "$client_ns"
ip link add "vs$tag" type veth peer name "vc$tag"
ip link set "vs$tag" netns "$server_ns"
ip link set "vc$tag" netns "$client_ns"
ip -n "$server_ns" addr add "${subnet}1/24" brd + dev "vs$tag"
ip -n "$client_ns" addr add "${subnet}2/24" brd + dev "vc$tag"
for ns in "$server_ns" "$client_ns"; do
    ip -n "$ns" link set lo up
done
ip -n "$server_ns" link set "vs$tag" up
ip -n "$client_ns" link set "vc$tag" up

# The server PC: discovery on its LAN, which is the veth and nothing else.
ip netns exec "$server_ns" env SALON_DISCOVERY=lan XDG_CONFIG_HOME="$scratch" \
    XDG_DATA_HOME="$scratch" QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 \
    "$salon" server --headless --lang en >"$scratch/server.log" 2>&1 &
server_pid=$!
# Up when it says it announces itself (follows the log; 10 s at most).
# (The pipeline's status is grep's: tail ends by SIGPIPE once grep has it.)
(set +o pipefail; timeout 10 tail -n +1 -f "$scratch/server.log" | grep -q -m1 "Announced on the network") \
    || { echo "FAIL: the server did not start"; cat "$scratch/server.log"; exit 1; }

# The other PC: finds the server, joins, chats.
output=$(ip netns exec "$client_ns" env SALON_DISCOVERY=lan "$lanpeer" 2>&1) \
    || { echo "FAIL: salon-lanpeer: $output"; cat "$scratch/server.log"; exit 1; }
echo "$output"
grep -q "at ${subnet}1 port 12800" <<<"$output" \
    || { echo "FAIL: the server was not found at ${subnet}1"; exit 1; }

# A text client on the other PC, by address, like nc.
reply=$(ip netns exec "$client_ns" bash -c "
    exec 3<>/dev/tcp/${subnet}1/12800
    printf 'bonjour du labo\n' >&3
    timeout 5 grep -m1 ': bonjour du labo' <&3" || true)
grep -q 'guest-1: bonjour du labo' <<<"$reply" \
    || { echo "FAIL: the text client was not heard: $reply"; cat "$scratch/server.log"; exit 1; }
echo "text client: $reply"

grep -q "lanpeer joined from ${subnet}2" "$scratch/server.log" \
    || { echo "FAIL: the server did not see lanpeer come from ${subnet}2"; cat "$scratch/server.log"; exit 1; }
echo "OK: found by broadcast across the veth, joined from ${subnet}2, both clients heard"
