#!/usr/bin/python3
"""filebench — does a big file slow the chat? The headless server, two text
clients pinging each other through the room (a line every 10 ms, each
timed from send to arrival), first in an idle room, then while three curl
download a big handed-out file (100 MB/s each, a gigabit LAN's share), then
while curl hands one in as fast as loopback goes (PATCH, one request). Prints p50, p99 and the worst latency of each phase, and each
transfer's rate. Everything on loopback, bounded in count and time.

Usage: filebench.py SALON [--mb 512] [--pings 400]
"""

import argparse
import json
import os
import re
import select
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

parser = argparse.ArgumentParser()
parser.add_argument("salon")
parser.add_argument("--mb", type=int, default=512)
parser.add_argument("--pings", type=int, default=400)
args = parser.parse_args()
if not shutil.which("curl"):
    print("curl is not installed: skipped")
    sys.exit(77)

scratch = tempfile.mkdtemp(prefix="salon-filebench-")
env = dict(os.environ, XDG_DATA_HOME=scratch, XDG_CONFIG_HOME=scratch,
           SALON_DISCOVERY="loopback", QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
server = subprocess.Popen([args.salon, "server", "--headless", "--port", "0", "--lang", "en",
                           "--no-flood-control", "--hand-in-folder", os.path.join(scratch, "hand-ins"),
                           "--hand-in-max-mb", str(args.mb * 2 + 10)],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          env=env, text=True)
port = None
for line in server.stdout:
    match = re.search(r"listening on port (\d+)", line)
    if match:
        port = int(match.group(1))
        break
os.set_blocking(server.stdout.fileno(), False)


def console(command):
    server.stdin.write(command + "\n")
    server.stdin.flush()


class Text:
    def __init__(self):
        self.sock = socket.create_connection(("127.0.0.1", port))
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.buffer = b""
        self.lines = []

    def read(self):
        data = self.sock.recv(65536)
        self.buffer += data
        while b"\n" in self.buffer:
            line, self.buffer = self.buffer.split(b"\n", 1)
            self.lines.append((time.perf_counter(), line.decode(errors="replace")))

    def wait_for(self, pattern, seconds=20):
        end = time.time() + seconds
        while time.time() < end:
            for _, line in self.lines:
                found = re.search(pattern, line)
                if found:
                    return found
            ready, _, _ = select.select([self.sock], [], [], 0.2)
            if ready:
                self.read()
        raise SystemExit(f"never saw {pattern!r}")


big = os.path.join(scratch, "big.iso")
with open(big, "wb") as out:
    block = os.urandom(1 << 20)
    for _ in range(args.mb):
        out.write(block)

sender = Text()
receiver = Text()
sender.wait_for(r"You are (guest-\d+)")
name = sender.wait_for(r"You are (guest-\d+)").group(1)
receiver.wait_for(r"You are")


def pings(label, running):
    """Pings through the room while running() is true (and at least a few)."""
    latencies = []
    sent = {}
    count = 0
    seen = 0
    next_send = time.perf_counter()
    end = time.time() + 300
    while (count < args.pings or (running and running())) and time.time() < end:
        if running and not running() and count >= 20:
            break
        now = time.perf_counter()
        if now >= next_send and count < 100000:
            count += 1
            sent[count] = now
            sender.sock.sendall(f"ping {count}\n".encode())
            next_send = now + 0.010
        ready, _, _ = select.select([receiver.sock, sender.sock], [], [],
                                    max(0, next_send - time.perf_counter()))
        if sender.sock in ready:
            sender.read()
            sender.lines.clear()
        if receiver.sock in ready:
            receiver.read()
            for at, line in receiver.lines[seen:]:
                match = re.fullmatch(rf"{name}: ping (\d+)", line)
                if match and int(match.group(1)) in sent:
                    latencies.append((at - sent.pop(int(match.group(1)))) * 1000)
            seen = len(receiver.lines)
    # The last answers.
    deadline = time.time() + 5
    while sent and time.time() < deadline:
        ready, _, _ = select.select([receiver.sock], [], [], 0.2)
        if ready:
            receiver.read()
            for at, line in receiver.lines[seen:]:
                match = re.fullmatch(rf"{name}: ping (\d+)", line)
                if match and int(match.group(1)) in sent:
                    latencies.append((at - sent.pop(int(match.group(1)))) * 1000)
            seen = len(receiver.lines)
    latencies.sort()
    p50 = statistics.median(latencies)
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    print(f"RESULT {label}: {len(latencies)} chat lines, p50 {p50:.2f} ms, p99 {p99:.2f} ms, "
          f"worst {latencies[-1]:.2f} ms, lost {len(sent)}")
    return latencies


try:
    pings("idle room", None)

    console(f"/handout {big}")
    url = sender.wait_for(r"hands out big\.iso \([^)]*\): (http://\S+)", 120).group(1)
    # Three students at once, each at about a gigabit LAN's share.
    started = time.perf_counter()
    curls = [subprocess.Popen(["curl", "-s", "-o", "/dev/null", "--limit-rate", "100M",
                               "-w", "%{size_download}", url], stdout=subprocess.PIPE, text=True)
             for _ in range(3)]
    pings("during three downloads", lambda: any(c.poll() is None for c in curls))
    downloaded = sum(int(c.communicate()[0] or 0) for c in curls)
    seconds = time.perf_counter() - started
    print(f"RESULT downloads: 3 × {downloaded / 3e6:.0f} MB in {seconds:.2f} s, "
          f"{downloaded / 1e6 / seconds:.0f} MB/s in all")

    # A member's token, for the hand-in.
    member = socket.create_connection(("127.0.0.1", port))
    member.sendall(b'{"type":"hello","nick":"bench"}\n')
    buffer = b""
    while b'"welcome"' not in buffer:
        buffer += member.recv(65536)
    token = [json.loads(l)["token"] for l in buffer.split(b"\n") if b'"welcome"' in l][0]
    console("/collect bench")
    sender.wait_for(r"collects work")
    import hashlib
    digest = hashlib.sha256()
    with open(big, "rb") as source:
        for piece in iter(lambda: source.read(1 << 20), b""):
            digest.update(piece)
    request = urllib.request.Request(f"http://127.0.0.1:{port}/handin", method="POST", headers={
        "Authorization": f"Salon {token}", "Salon-File-Name": "big.iso",
        "Salon-File-Size": str(args.mb << 20), "Salon-File-Sha256": digest.hexdigest()})
    upload = json.loads(urllib.request.urlopen(request).read())["upload"]
    started = time.perf_counter()
    curl = subprocess.Popen(["curl", "-s", "-X", "PATCH", "-T", big,
                             "-H", f"Authorization: Salon {token}", "-H", "Salon-Offset: 0",
                             "-H", "Expect:", f"http://127.0.0.1:{port}/handin/{upload}"],
                            stdout=subprocess.PIPE, text=True)
    pings("during a hand-in", lambda: curl.poll() is None)
    answer = json.loads(curl.communicate()[0] or "{}")
    seconds = time.perf_counter() - started
    assert answer.get("done") and answer.get("sha256") == digest.hexdigest(), answer
    print(f"RESULT hand-in: {args.mb << 20 >> 20} MiB in {seconds:.2f} s (SHA-256 checked), "
          f"{(args.mb << 20) / 1e6 / seconds:.0f} MB/s")
finally:
    server.terminate()
    server.wait(timeout=20)
    shutil.rmtree(scratch, ignore_errors=True)
