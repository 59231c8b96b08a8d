// lossylink — the bad cable between two network namespaces, since this
// kernel has no sch_netem. Each namespace has a TUN device (a point-to-point
// link whose packets come to a program instead of a wire); lossylink reads
// the IP packets from one and writes them to the other, after a delay
// (150 ms ± 50 ms by default) or not at all (5 % lost by default), both
// ways. Commands on standard input change it while it runs:
//   loss PERCENT      drop that share of packets
//   delay MS JITTER   delay each packet MS ± JITTER ms (uniform)
//   pull              the cable is out: every packet is dropped
//   plug              the cable is back
//   stats             print packets forwarded and dropped
// Usage: lossylink NAMESPACE_A TUN_A NAMESPACE_B TUN_B [SEED]
// Needs root (setns, /dev/net/tun). Plain C++ and Linux calls: no Qt.

#include <fcntl.h>
#include <linux/if.h>
#include <linux/if_tun.h>
#include <poll.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <queue>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

// Packets in flight, both ways, at most: past it they are dropped, as a
// router's full queue would.
constexpr size_t MaxInFlight = 20000;
constexpr size_t MaxPacket = 65536;

struct Packet
{
    Clock::time_point due;
    int to; // the file descriptor it goes out on
    std::vector<unsigned char> bytes;
    unsigned long long order; // ties keep their order
    bool operator>(const Packet &other) const
    {
        return due != other.due ? due > other.due : order > other.order;
    }
};

[[noreturn]] void fail(const std::string &what)
{
    std::perror(what.c_str());
    std::exit(1);
}

// Opens the TUN device `name` inside the namespace `ns`; the descriptor
// keeps working once we are back in our own.
int openTun(const std::string &ns, const std::string &name)
{
    const int self = open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
    const int target = open(("/var/run/netns/" + ns).c_str(), O_RDONLY | O_CLOEXEC);
    if (self < 0 || target < 0)
        fail("open namespace " + ns);
    if (setns(target, CLONE_NEWNET) != 0)
        fail("setns " + ns);
    const int tun = open("/dev/net/tun", O_RDWR | O_CLOEXEC);
    if (tun < 0)
        fail("open /dev/net/tun");
    ifreq request{};
    request.ifr_flags = IFF_TUN | IFF_NO_PI;
    std::strncpy(request.ifr_name, name.c_str(), IFNAMSIZ - 1);
    if (ioctl(tun, TUNSETIFF, &request) != 0)
        fail("TUNSETIFF " + name);
    if (setns(self, CLONE_NEWNET) != 0)
        fail("setns back");
    close(self);
    close(target);
    fcntl(tun, F_SETFL, fcntl(tun, F_GETFL) | O_NONBLOCK);
    return tun;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 5) {
        std::fprintf(stderr, "usage: %s NAMESPACE_A TUN_A NAMESPACE_B TUN_B [SEED]\n", argv[0]);
        return 2;
    }
    const int a = openTun(argv[1], argv[2]);
    const int b = openTun(argv[3], argv[4]);
    std::mt19937_64 random(argc > 5 ? std::strtoull(argv[5], nullptr, 10) : 12800);

    double lossPercent = 5;
    int delayMs = 150;
    int jitterMs = 50;
    bool pulled = false;
    unsigned long long forwarded = 0, dropped = 0, order = 0;
    std::priority_queue<Packet, std::vector<Packet>, std::greater<>> inFlight;
    std::string input;

    std::printf("ready\n");
    std::fflush(stdout);
    for (;;) {
        int timeoutMs = -1;
        if (!inFlight.empty()) {
            const auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(
                inFlight.top().due - Clock::now());
            timeoutMs = int(std::max<long long>(0, wait.count() + 1));
        }
        pollfd fds[3] = {{a, POLLIN, 0}, {b, POLLIN, 0}, {STDIN_FILENO, POLLIN, 0}};
        if (poll(fds, 3, timeoutMs) < 0 && errno != EINTR)
            fail("poll");

        for (int side = 0; side < 2; ++side) {
            if (!(fds[side].revents & POLLIN))
                continue;
            const int from = fds[side].fd;
            const int to = side == 0 ? b : a;
            unsigned char buffer[MaxPacket];
            for (;;) {
                const ssize_t size = read(from, buffer, sizeof buffer);
                if (size <= 0)
                    break;
                const bool lost = pulled || inFlight.size() >= MaxInFlight ||
                                  std::uniform_real_distribution<>(0, 100)(random) < lossPercent;
                if (lost) {
                    ++dropped;
                    continue;
                }
                const int delay =
                    delayMs + std::uniform_int_distribution<>(-jitterMs, jitterMs)(random);
                inFlight.push({Clock::now() + std::chrono::milliseconds(std::max(0, delay)), to,
                               std::vector<unsigned char>(buffer, buffer + size), order++});
            }
        }

        if (fds[2].revents & (POLLIN | POLLHUP)) {
            char chunk[256];
            const ssize_t size = read(STDIN_FILENO, chunk, sizeof chunk);
            if (size <= 0)
                return 0; // the test is over
            input.append(chunk, size_t(size));
            for (size_t end; (end = input.find('\n')) != std::string::npos;) {
                std::istringstream command(input.substr(0, end));
                input.erase(0, end + 1);
                std::string word;
                command >> word;
                if (word == "loss")
                    command >> lossPercent;
                else if (word == "delay")
                    command >> delayMs >> jitterMs;
                else if (word == "pull")
                    pulled = true;
                else if (word == "plug")
                    pulled = false;
                else if (word == "stats")
                    std::printf("forwarded %llu dropped %llu\n", forwarded, dropped);
                else
                    continue;
                std::printf("ok %s\n", word.c_str());
                std::fflush(stdout);
            }
        }

        const auto now = Clock::now();
        while (!inFlight.empty() && inFlight.top().due <= now) {
            const Packet &packet = inFlight.top();
            // A packet the device can't take now is lost, as on a real link.
            if (write(packet.to, packet.bytes.data(), packet.bytes.size()) < 0)
                ++dropped;
            else
                ++forwarded;
            inFlight.pop();
        }
    }
}
