#!/usr/bin/python3
"""The browser page in real headless Chromium, driven by Selenium, as a
student on a phone meets it: the page loads with the nickname field
focused; Enter joins and focuses the message field; messages go both ways
with a text client (nc) and a Salon client; a private message arrives; an
HTML/script payload from nc is shown as text and never run; at 360 px
nothing scrolls sideways; and when the server restarts, the page comes back
by itself and chats again. Then a room with a code, and a room that only
takes encrypted connections (https:// and wss:// on the same port), files,
and a crowd arriving and leaving at once.

Usage: browser_test.py SALON [SCREENSHOT.png [LANGUAGE]]   (exit 77: no Chromium here)
"""

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time

try:
    from selenium import webdriver
    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait
except ImportError:
    print("python3-selenium is not installed: skipped")
    sys.exit(77)

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
if not (os.path.exists(CHROMIUM) and os.path.exists(DRIVER)):
    print("chromium and chromium-driver are not installed: skipped")
    sys.exit(77)

SALON = sys.argv[1]
SHOT = sys.argv[2] if len(sys.argv) > 2 else None
LANGUAGE = sys.argv[3] if len(sys.argv) > 3 else "en"
SCRATCH = tempfile.mkdtemp(prefix="salon-browser-")
ENV = dict(os.environ, XDG_DATA_HOME=SCRATCH, XDG_CONFIG_HOME=SCRATCH,
           SALON_DISCOVERY="loopback", QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
DEADLINE = 20  # seconds for anything the page should show


def start_server(port=0, *extra, console=False):
    server = subprocess.Popen([SALON, "server", "--headless", "--port", str(port), "--lang", "en",
                               *extra],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=ENV, text=True,
                              stdin=subprocess.PIPE if console else None)
    for line in server.stdout:
        match = re.search(r"listening on port (\d+)", line)
        if match:
            return server, int(match.group(1))
    raise SystemExit("the server did not start")


class TextClient:
    """nc, as a student types in it."""

    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=DEADLINE)
        self.buffer = b""

    def send(self, line):
        self.sock.sendall(line.encode() + b"\n")

    def wait_for(self, text):
        end = time.time() + DEADLINE
        while text.encode() not in self.buffer:
            if time.time() > end:
                raise AssertionError(f"nc never saw {text!r}: {self.buffer[-500:]!r}")
            self.sock.settimeout(max(0.1, end - time.time()))
            chunk = self.sock.recv(65536)
            if not chunk:
                raise AssertionError(f"nc was closed before {text!r}")
            self.buffer += chunk


class SalonClient(TextClient):
    """A Salon client at the protocol's level: the banner, then a hello."""

    def __init__(self, port, nick):
        super().__init__(port)
        self.wait_for("SALON/1")
        self.frame({"type": "hello", "version": 1, "nick": nick, "client": "browser_test"})
        self.wait_for('"type":"welcome"')

    def frame(self, frame):
        self.sock.sendall(json.dumps(frame).encode() + b"\n")


def chromium(*extra):
    options = Options()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                     "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--disable-extensions",
                     f"--user-data-dir={SCRATCH}/chromium", *extra):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"intl.accept_languages": LANGUAGE})
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    # A phone: 360 px wide.
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 360, "height": 740, "deviceScaleFactor": 1, "mobile": True})
    return driver


def main():
    server, port = start_server()
    driver = chromium()
    wait = WebDriverWait(driver, DEADLINE)
    log = lambda: driver.find_element(By.ID, "log").text  # noqa: E731
    try:
        driver.get(f"http://127.0.0.1:{port}/")
        # In the browser's language, French or English.
        join_text = driver.find_element(By.ID, "joinButton").text
        assert join_text == {"fr": "Entrer", "es": "Entrar", "de": "Betreten",
                             "ar": "دخول"}.get(LANGUAGE, "Join"), join_text
        direction = driver.execute_script("return document.documentElement.dir")
        assert direction == ("rtl" if LANGUAGE == "ar" else "ltr"), direction
        # Typing a name and pressing Enter joins: the name field has the focus.
        assert driver.switch_to.active_element.get_attribute("id") == "nick"
        driver.switch_to.active_element.send_keys("léa", Keys.ENTER)
        wait.until(lambda d: d.find_element(By.ID, "room").is_displayed())
        assert not driver.find_element(By.ID, "join").is_displayed()
        assert driver.switch_to.active_element.get_attribute("id") == "message"

        nc = TextClient(port)
        bob = SalonClient(port, "bob")
        wait.until(lambda d: "bob" in d.find_element(By.ID, "people").text)

        # Both ways, with each kind of client.
        driver.switch_to.active_element.send_keys("Bonjour depuis le téléphone", Keys.ENTER)
        nc.wait_for("léa: Bonjour depuis le téléphone")
        bob.wait_for('"text":"Bonjour depuis le téléphone"')
        nc.send("salut léa, ici nc")
        bob.frame({"type": "say", "text": "et ici bob"})
        wait.until(lambda d: "salut léa, ici nc" in log() and "et ici bob" in log())

        # Private, to her alone.
        bob.frame({"type": "msg", "to": "léa", "text": "rien que pour toi"})
        wait.until(lambda d: "rien que pour toi" in log())
        line = [li for li in driver.find_elements(By.CSS_SELECTOR, "#log li")
                if "rien que pour toi" in li.text][0]
        assert "private" in line.get_attribute("class"), line.get_attribute("class")

        # Markup from nc is text on the page, and its script never runs.
        nc.send('<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script><b>gras</b>')
        wait.until(lambda d: "<script>" in log())
        # A line after it: once it shows, anything the markup could have run has.
        nc.send("après le balisage")
        wait.until(lambda d: "après le balisage" in log())
        assert driver.title != "pwned", driver.title
        assert not driver.find_elements(By.CSS_SELECTOR, "#log img, #log script, #log b")

        # In the background, the tab's title counts what came meanwhile.
        page = driver.current_window_handle
        driver.switch_to.new_window("tab")
        nc.send("pendant ton absence")
        bob.frame({"type": "say", "text": "et encore"})
        def title_of_page():
            for target in driver.execute_cdp_cmd("Target.getTargets", {})["targetInfos"]:
                if target["type"] == "page" and target["url"].startswith(f"http://127.0.0.1:{port}"):
                    return target["title"]
            return ""
        wait.until(lambda d: title_of_page() == "(2) Salon")
        driver.close()
        driver.switch_to.window(page)
        wait.until(lambda d: d.title == "Salon")  # seen: the count goes

        # A phone's width: nothing scrolls sideways.
        width = driver.execute_script("return document.documentElement.scrollWidth")
        inner = driver.execute_script("return window.innerWidth")
        assert width <= inner == 360, (width, inner)
        if SHOT:
            driver.save_screenshot(SHOT)

        # The server stops and comes back on the same port: the page says it
        # lost the connection, tries again by itself, and chats again.
        server.terminate()
        server.wait(timeout=DEADLINE)
        wait.until(lambda d: d.find_element(By.ID, "state").get_attribute("class") == "bad")
        server, _ = start_server(port)
        wait.until(lambda d: d.find_element(By.ID, "state").get_attribute("class") != "bad"
                   and "léa" in d.find_element(By.ID, "state").text)
        again = TextClient(port)
        driver.find_element(By.ID, "message").send_keys("de retour", Keys.ENTER)
        again.wait_for("de retour")
        errors = [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"
                  and "WebSocket" not in entry["message"]]
        assert not errors, errors
        print("OK: joined, chatted with nc and a Salon client, private message, markup shown "
              "as text, no sideways scroll at 360 px, back after a restart")
    except TimeoutException:
        print("page state:", driver.find_element(By.ID, "state").text)
        print("page log:", log())
        raise
    finally:
        driver.quit()
        server.terminate()
        server.wait(timeout=DEADLINE)


def room_code():
    """A room with a code: the page asks for it, with the field focused, and
    the code as the projector shows it ("482 913") lets the student in."""
    server, port = start_server(0, "--room-code", "482913")
    driver = chromium()
    wait = WebDriverWait(driver, DEADLINE)
    try:
        driver.get(f"http://127.0.0.1:{port}/")
        driver.switch_to.active_element.send_keys("noé", Keys.ENTER)
        wait.until(lambda d: d.find_element(By.ID, "code").is_displayed()
                   and d.switch_to.active_element.get_attribute("id") == "code")
        assert driver.find_element(By.ID, "joinError").text, "no word on why"
        driver.switch_to.active_element.send_keys("482 913", Keys.ENTER)
        wait.until(lambda d: d.find_element(By.ID, "room").is_displayed())
        assert "noé" in driver.find_element(By.ID, "state").text
        # Raise hand with the keyboard alone: from the message field, Tab
        # goes to Send, then to the hand; Space presses it.
        assert driver.switch_to.active_element.get_attribute("id") == "message"
        driver.switch_to.active_element.send_keys(Keys.TAB)
        assert driver.switch_to.active_element.get_attribute("id") == "send"
        driver.switch_to.active_element.send_keys(Keys.TAB)
        assert driver.switch_to.active_element.get_attribute("id") == "hand"
        driver.switch_to.active_element.send_keys(Keys.SPACE)
        wait.until(lambda d: d.find_element(By.ID, "hand").get_attribute("aria-pressed") == "true")
        print("OK: the room code asked for and given, the hand raised")
    finally:
        driver.quit()
        server.terminate()
        server.wait(timeout=DEADLINE)


def encrypted():
    """A room that only takes encrypted connections: http:// is sent to
    https:// on the same port, and the page joins over TLS (wss://). The
    certificate is the server's own: Chromium is told to accept it, as a
    student does once past the warning."""
    server, port = start_server(0, "--require-tls")
    driver = chromium("--ignore-certificate-errors")
    wait = WebDriverWait(driver, DEADLINE)
    try:
        driver.get(f"http://127.0.0.1:{port}/")
        wait.until(lambda d: d.current_url.startswith(f"https://127.0.0.1:{port}/"))
        wait.until(lambda d: d.switch_to.active_element.get_attribute("id") == "nick")
        driver.switch_to.active_element.send_keys("inès", Keys.ENTER)
        wait.until(lambda d: d.find_element(By.ID, "room").is_displayed())
        state = driver.find_element(By.ID, "state").text
        said, denied = {"fr": ("chiffré", "non chiffré"), "es": ("cifrado", "sin cifrar"),
                        "de": ("verschlüsselt", "nicht verschlüsselt"),
                        "ar": ("مشفّر", "غير مشفّر")}.get(LANGUAGE, ("encrypted", "not encrypted"))
        assert said in state and denied not in state, state
        print("OK: http:// sent to https://, joined over TLS")
    finally:
        driver.quit()
        server.terminate()
        server.wait(timeout=DEADLINE)
    # The server saw it encrypted too.
    log = server.stdout.read()
    assert re.search(r"inès joined from .*\(browser, encrypted\)", log), log[-2000:]


def files():
    """Files on a phone: a file the teacher hands out is a link, and what it
    downloads is the very file (its SHA-256 checked in the page); while the
    teacher collects work, a file chosen with Hand in… reaches the teacher's
    folder whole."""
    folder = os.path.join(SCRATCH, "hand-ins")
    server, port = start_server(0, "--hand-in-folder", folder, console=True)
    handed_out = os.path.join(SCRATCH, "Énoncé TP.pdf")
    with open(handed_out, "wb") as out:
        out.write(os.urandom(3 * 1024 * 1024 + 5))
    work = os.path.join(SCRATCH, "mon travail.odt")
    work_bytes = os.urandom(9 * 1024 * 1024 + 7)  # two chunks
    with open(work, "wb") as out:
        out.write(work_bytes)
    driver = chromium()
    wait = WebDriverWait(driver, DEADLINE)
    try:
        driver.get(f"http://127.0.0.1:{port}/")
        driver.switch_to.active_element.send_keys("maël", Keys.ENTER)
        wait.until(lambda d: d.find_element(By.ID, "room").is_displayed())
        assert not driver.find_element(By.ID, "files").is_displayed()
        server.stdin.write(f"/handout {handed_out}\n/collect TP 4\n")
        server.stdin.flush()
        link = wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#fileList a[href^='/files/']"))[0]
        assert link.text == "Énoncé TP.pdf", link.text
        assert link.get_attribute("download") == "Énoncé TP.pdf"
        import hashlib
        with open(handed_out, "rb") as original:
            expected = hashlib.sha256(original.read()).hexdigest()
        fetched = driver.execute_async_script("""
            const done = arguments[arguments.length - 1];
            fetch(arguments[0]).then((r) => r.arrayBuffer()).then((bytes) => {
              const hash = new SalonFiles.Sha256();
              hash.update(new Uint8Array(bytes));
              done(hash.hex());
            }, (e) => done(String(e)));""", link.get_attribute("href"))
        assert fetched == expected, (fetched, expected)
        wait.until(lambda d: d.find_element(By.ID, "handInBox").is_displayed())
        driver.find_element(By.ID, "handInFile").send_keys(work)
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#fileList .done, #fileList .failed"))
        failed = driver.find_elements(By.CSS_SELECTOR, "#fileList .failed")
        assert not failed, failed[0].text
        width = driver.execute_script("return document.documentElement.scrollWidth")
        assert width <= 360, width
        if SHOT:
            driver.save_screenshot(SHOT.replace(".png", "-files.png"))
        saved = [os.path.join(root, name) for root, _, names in os.walk(folder) for name in names]
        assert [os.path.basename(path) for path in saved] == ["mon travail.odt"], saved
        with open(saved[0], "rb") as arrived:
            assert arrived.read() == work_bytes
        # The teacher lets students share: the page shares with the room,
        # and nc is offered it, from maël.
        nc = TextClient(port)
        server.stdin.write("/sharing on\n")
        server.stdin.flush()
        wait.until(lambda d: d.find_element(By.ID, "shareBox").is_displayed())
        notes = os.path.join(SCRATCH, "notes.txt")
        with open(notes, "w") as out:
            out.write("à partager\n" * 1000)
        driver.find_element(By.ID, "shareFile").send_keys(notes)
        nc.wait_for("*** maël shares notes.txt")
        wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#fileList .done")) == 2)
        print("OK: a handed-out file downloaded whole; work handed in from the page, whole; "
              "a file shared with the room")
    finally:
        driver.quit()
        server.terminate()
        server.wait(timeout=DEADLINE)


def crowd():
    """A class of 60 arrives at the bell, chooses names and leaves
    together: the page tells the first few, then a line a second, and
    counts everyone."""
    server, port = start_server()
    driver = chromium()
    wait = WebDriverWait(driver, DEADLINE)
    log = lambda: driver.find_element(By.ID, "log").text  # noqa: E731
    title = lambda: driver.find_element(By.ID, "peopleTitle").text  # noqa: E731
    try:
        driver.get(f"http://127.0.0.1:{port}/")
        driver.find_element(By.ID, "nick").send_keys("inès", Keys.ENTER)
        wait.until(lambda d: d.find_element(By.ID, "room").is_displayed())
        wait.until(lambda d: title() == "1 person in the room")
        # All at the bell: 60 connections, then each one's hello at once.
        students = [TextClient(port) for _ in range(60)]
        for i, student in enumerate(students):
            student.sock.sendall(json.dumps({"type": "hello", "version": 1, "nick": f"s{i}",
                                             "client": "browser_test"}).encode() + b"\n")
        wait.until(lambda d: title() == "61 people in the room")
        wait.until(lambda d: re.search(r"and \d+ others joined the room", log()))
        joined_lines = [line for line in log().split("\n") if "joined the room" in line]
        assert len(joined_lines) < 10, joined_lines
        # Then each chooses a new name: told together too.
        for i, student in enumerate(students):
            student.sock.sendall(json.dumps({"type": "nick", "nick": f"e{i}"}).encode() + b"\n")
        wait.until(lambda d: re.search(r"New names: .* and \d+ others", log()))
        wait.until(lambda d: "e59" in d.find_element(By.ID, "people").text)
        renamed_lines = [line for line in log().split("\n") if "is now known as" in line]
        assert len(renamed_lines) < 10, renamed_lines
        for student in students:
            student.sock.close()
        wait.until(lambda d: title() == "1 person in the room")
        wait.until(lambda d: re.search(r"and \d+ others left the room", log()))
        left_lines = [line for line in log().split("\n") if " left" in line]
        assert len(left_lines) < 10, left_lines
        print("OK: 60 arrivals, new names and departures in a few lines, all of them counted")
    except TimeoutException:
        print("page people:", title())
        print("page log:", log())
        raise
    finally:
        driver.quit()
        server.terminate()
        server.wait(timeout=DEADLINE)


if __name__ == "__main__":
    main()
    room_code()
    encrypted()
    files()
    crowd()
    shutil.rmtree(SCRATCH, ignore_errors=True)
