# lan.sh — sourced by faults-test.sh and files-test.sh: the LAN they share.
# Two network namespaces, the server's PC and the class's, joined by a
# point-to-point link through salon-lossylink ($lossylink), which delays and
# drops packets (this kernel has no sch_netem); `link COMMAND` steers it
# (loss, delay, pull, plug). Defines server_ns, class_ns, server_address,
# scratch, pids, server_pid, stamp and link, and cleans up on exit. Exits 77
# (skipped) without root, iproute2 or /dev/net/tun.

if [[ $EUID -ne 0 ]] || ! command -v ip >/dev/null || [[ ! -c /dev/net/tun ]]; then
    echo "SKIP: the fault suite needs root, iproute2 and /dev/net/tun"
    exit 77
fi
tag=$$
server_ns=salon-fs-$tag
class_ns=salon-fc-$tag
subnet=10.78.$((tag % 250))
server_address=$subnet.1
scratch=$(mktemp -d)
pids=()
server_pid=
link_pid=
cleanup() {
    for pid in "${pids[@]}" $server_pid $link_pid; do
        kill -CONT "$pid" 2>/dev/null || true
        kill "$pid" 2>/dev/null || true
    done
    wait 2>/dev/null || true
    ip netns del "$server_ns" 2>/dev/null || true
    ip netns del "$class_ns" 2>/dev/null || true
    rm -rf "$scratch"
}
trap cleanup EXIT
stamp() { printf '[%4ds] %s\n' "$SECONDS" "$*"; }

if ! ip netns add "$server_ns" 2>/dev/null; then
    echo "SKIP: this machine does not allow network namespaces"
    exit 77
fi
ip netns add "$class_ns"
for ns in "$server_ns" "$class_ns"; do
    ip -n "$ns" link set lo up
    if ! ip -n "$ns" tuntap add dev salonlink mode tun 2>/dev/null; then
        echo "SKIP: this machine can't make TUN devices in a namespace"
        exit 77
    fi
done
ip -n "$server_ns" addr add "$server_address/32" peer "$subnet.2" dev salonlink
ip -n "$class_ns" addr add "$subnet.2/32" peer "$server_address" dev salonlink
ip -n "$server_ns" link set salonlink up
ip -n "$class_ns" link set salonlink up

# The link, steered through a pipe: loss, delay, pull, plug.
mkfifo "$scratch/link.in"
"$lossylink" "$server_ns" salonlink "$class_ns" salonlink "$tag" <"$scratch/link.in" \
    >"$scratch/link.log" 2>&1 &
link_pid=$!
exec 8>"$scratch/link.in"
link() { echo "$*" >&8; stamp "link: $*"; }

