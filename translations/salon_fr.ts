<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AddressListWidget</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatClient</name>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, waiting for the server to greet us…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joining the room…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected (raw text mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your message has %1 characters; the most is %2. It was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1 after %2 s: is a firewall blocking port %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server greeted us but did not let us in: it may be another version of Salon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused by %1 on port %2: is the server started, is the port right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host not found: &quot;%1&quot;. Check the name or type the server&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is unreachable or the connection was lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1 on port %2: is a firewall blocking it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a frame over %1 KiB; the connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nickname &quot;%1&quot; can&apos;t be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a line over %1 KiB; it was not shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatServer</name>
    <message>
        <source>A connection could not be accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is already in use — choose another or close the other server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 needs administrator rights — choose a port from 1024 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 does not belong to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not listen on port %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*** The server is stopping. Goodbye!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were disconnected by the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*** Goodbye.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not join as &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your message has %1 characters; the most is %2. It was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody called &quot;%1&quot; is in the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*** Goodbye!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nickname &quot;%1&quot; is already taken in this room.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientConnection</name>
    <message>
        <source>Welcome to Salon! Type a message and press Enter. /nick NAME changes your nickname, /help lists the commands, fin or /quit leaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a line over %2 KiB, which was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your line was longer than %1 KiB and was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A frame was longer than %1 KiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a frame that is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That frame is not a valid JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are already in the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hello needs a &quot;nick&quot; string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a hello with your nickname first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A say needs a &quot;text&quot; string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A msg needs &quot;to&quot; and &quot;text&quot; strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A nick needs a &quot;nick&quot; string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown frame type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: /nick NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: /msg NAME text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command /%1. Type /help for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  just type      send a message to everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  /msg NAME text send a private message to NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  /nick NAME     change your nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  /who           list the people in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  /help          show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  fin or /quit   leave the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*** You are %1. Type /nick NAME to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[private] %1 -&gt; %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*** %1 joined the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*** %1 left the room (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*** %1 is now known as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*** Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>!!! %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*** In the room (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send queue exceeded: the client stopped reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped reading; disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientWindow</name>
    <message>
        <source>S&amp;end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salon — Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address the server window shows, e.g. 192.168.1.10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nickname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (like the tutorial&apos;s client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LF (\n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRLF (\r\n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server does not speak Salon: what you type is sent as raw text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Line ending:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the server&apos;s address (the server window shows it), choose a nickname, then press Connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a name to send a private message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message — Enter sends, Up/Down recall, /msg NAME text is private, /nick NAME renames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You joined the room at %1:%2 as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 joined the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left the room (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now known as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Salon greeting from %1:%2: this is another kind of server. Switched to raw text mode: what you type is sent as is, and whatever arrives is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the server&apos;s address first: the server window shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 on port %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not connected: press Connect first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: /msg NAME text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salon — %1 at %2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salon — raw text at %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 (private)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (private)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the room (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP port (default %1). With server, 0 picks a free port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server: run with no window, logging to standard output; Ctrl+C stops it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client: the server&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client: your nickname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client: connect at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the interface: en or fr (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salon — a chat for a room full of people.

Commands:
  (none)  open the start window: host a room or join one
  server  host a room (add --headless for no window)
  client  join a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server or client (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many commands: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;: use server or client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--headless goes with the server command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--host, --nick and --connect go with the client command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be a number from %1 to 65535, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en or fr.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadlessServer</name>
    <message>
        <source>%1 joined from %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salon client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now known as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a private message to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salon server listening on port %1. Stop it with Ctrl+C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  clients can connect to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Nickname</name>
    <message>
        <source>A nickname can&apos;t be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A nickname has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A nickname may hold only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nickname &quot;server&quot; is reserved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerAddresses</name>
    <message>
        <source>this computer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, link-local</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerWindow</name>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Announce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salon — Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients can connect to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room&apos;s messages and events will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An announcement for everyone in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room is open on port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a private message to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the server first: nobody can hear you yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed by the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (nc, telnet, Python…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 joined from %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now known as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Open on port %1 — %n person(s) in the room.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Salon — Server on port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Press Start to open the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type one of these addresses and port %1 in Salon, or in a terminal: nc ADDRESS %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>&amp;Host a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Salon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chat for the people in this room. What would you like to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a chat room on this computer. Others join it by typing the address the server window shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a room that someone started, on this computer or another one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try: salon --help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
