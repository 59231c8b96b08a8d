<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ChatServer</name>
    <message numerus="yes">
        <source>Refused %n more connection(s) in the last 5 s (the last: %1)</source>
        <translation>
            <numerusform>Refused %n more connection in the last 5 s (the last: %1)</numerusform>
            <numerusform>Refused %n more connections in the last 5 s (the last: %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Slow mode: one message every %n second(s) each.</source>
        <translation>
            <numerusform>Slow mode: one message every %n second each.</numerusform>
            <numerusform>Slow mode: one message every %n seconds each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 gave too many wrong room codes: its address waits %n min.</source>
        <translation>
            <numerusform>%1 gave too many wrong room codes: its address waits %n min.</numerusform>
            <numerusform>%1 gave too many wrong room codes: its address waits %n min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong room code(s) in the last 10 minutes: someone may be guessing. Change the code or lock the room.</source>
        <translation>
            <numerusform>%n wrong room code in the last 10 minutes: someone may be guessing. Change the code or lock the room.</numerusform>
            <numerusform>%n wrong room codes in the last 10 minutes: someone may be guessing. Change the code or lock the room.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectBar</name>
    <message numerus="yes">
        <source>%1 — %2:%3 (%4, seen %n s ago)</source>
        <translation>
            <numerusform>%1 — %2:%3 (%4, seen %n s ago)</numerusform>
            <numerusform>%1 — %2:%3 (%4, seen %n s ago)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrowdLog</name>
    <message numerus="yes">
        <source>%1 and %n other(s) joined the room.</source>
        <translation>
            <numerusform>%1 and %n other joined the room.</numerusform>
            <numerusform>%1 and %n others joined the room.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s) left the room.</source>
        <translation>
            <numerusform>%1 and %n other left the room.</numerusform>
            <numerusform>%1 and %n others left the room.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New names: %1 and %n other(s).</source>
        <translation>
            <numerusform>New names: %1 and %n other.</numerusform>
            <numerusform>New names: %1 and %n others.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilesPanel</name>
    <message numerus="yes">
        <source>Files (%n handed in)</source>
        <translation>
            <numerusform>Files (%n handed in)</numerusform>
            <numerusform>Files (%n handed in)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files (%n handed out)</source>
        <translation>
            <numerusform>Files (%n handed out)</numerusform>
            <numerusform>Files (%n handed out)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandInRunner</name>
    <message numerus="yes">
        <source>, %n s left</source>
        <translation>
            <numerusform>, %n s left</numerusform>
            <numerusform>, %n s left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandsPanel</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeadlessServer</name>
    <message numerus="yes">
        <source>%n file(s) handed in, in %1</source>
        <translation>
            <numerusform>%n file handed in, in %1</numerusform>
            <numerusform>%n files handed in, in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message numerus="yes">
        <source>and %n more waiting</source>
        <translation>
            <numerusform>and %n more waiting</numerusform>
            <numerusform>and %n more waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReconnectBar</name>
    <message numerus="yes">
        <source>Connection lost — reconnecting in %n s</source>
        <translation>
            <numerusform>Connection lost — reconnecting in %n s</numerusform>
            <numerusform>Connection lost — reconnecting in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message numerus="yes">
        <source>The nickname &quot;%1&quot; is kept for someone who was disconnected a moment ago; it is free again in %n minute(s) if they do not come back.</source>
        <translation>
            <numerusform>The nickname &quot;%1&quot; is kept for someone who was disconnected a moment ago; it is free again in %n minute if they do not come back.</numerusform>
            <numerusform>The nickname &quot;%1&quot; is kept for someone who was disconnected a moment ago; it is free again in %n minutes if they do not come back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomCodePanel</name>
    <message numerus="yes">
        <source>%n wrong code(s) in the last 10 minutes: someone may be guessing. Change the code, or lock the room once everyone is in.</source>
        <translation>
            <numerusform>%n wrong code in the last 10 minutes: someone may be guessing. Change the code, or lock the room once everyone is in.</numerusform>
            <numerusform>%n wrong codes in the last 10 minutes: someone may be guessing. Change the code, or lock the room once everyone is in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomLogWriter</name>
    <message numerus="yes">
        <source>%n message(s) typed for the other server were not sent.</source>
        <translation>
            <numerusform>%n message typed for the other server was not sent.</numerusform>
            <numerusform>%n messages typed for the other server were not sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerWindow</name>
    <message numerus="yes">
        <source>Open on port %1 — %n person(s) in the room.</source>
        <translation>
            <numerusform>Open on port %1 — %n person in the room.</numerusform>
            <numerusform>Open on port %1 — %n people in the room.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n getting in.</source>
        <translation>
            <numerusform>%n getting in.</numerusform>
            <numerusform>%n getting in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) kept for people who dropped.</source>
        <translation>
            <numerusform>%n name kept for someone who dropped.</numerusform>
            <numerusform>%n names kept for people who dropped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turned away in the last minute.</source>
        <translation>
            <numerusform>%n turned away in the last minute.</numerusform>
            <numerusform>%n turned away in the last minute.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong code(s) in the last 10 minutes.</source>
        <translation>
            <numerusform>%n wrong code in the last 10 minutes.</numerusform>
            <numerusform>%n wrong codes in the last 10 minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) waiting after too many wrong codes.</source>
        <translation>
            <numerusform>%n address waiting after too many wrong codes.</numerusform>
            <numerusform>%n addresses waiting after too many wrong codes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextDialect</name>
    <message numerus="yes">
        <source>*** The last %n message(s) said in the room (/history 50 shows more):</source>
        <translation>
            <numerusform>*** The last message said in the room (/history 50 shows more):</numerusform>
            <numerusform>*** The last %n messages said in the room (/history 50 shows more):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>*** %n people joined the room, among them %1 (/who lists everyone)</source>
        <translation>
            <numerusform>*** %n person joined the room, among them %1 (/who lists everyone)</numerusform>
            <numerusform>*** %n people joined the room, among them %1 (/who lists everyone)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferExchange</name>
    <message numerus="yes">
        <source>The teacher has %n bytes of this file: go on from there.</source>
        <translation>
            <numerusform>The teacher has %n byte of this file: go on from there.</numerusform>
            <numerusform>The teacher has %n bytes of this file: go on from there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferJob</name>
    <message numerus="yes">
        <source>%1 Trying again in %n s.</source>
        <translation>
            <numerusform>%1 Trying again in %n s.</numerusform>
            <numerusform>%1 Trying again in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransfersPanel</name>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>%n s left</numerusform>
            <numerusform>%n s left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>%n min left</numerusform>
            <numerusform>%n min left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WireInspector</name>
    <message numerus="yes">
        <source>Paused: %n line(s) waiting</source>
        <translation>
            <numerusform>Paused: %n line waiting</numerusform>
            <numerusform>Paused: %n lines waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WireLogModel</name>
    <message numerus="yes">
        <source>%n byte(s) crossed the network encrypted. The program only gets what they decrypt to: the rows marked “decrypted”. An eavesdropper gets these bytes and cannot read them.</source>
        <translation>
            <numerusform>%n byte crossed the network encrypted. The program only gets what it decrypts to: the rows marked “decrypted”. An eavesdropper gets this byte and cannot read it.</numerusform>
            <numerusform>%n bytes crossed the network encrypted. The program only gets what they decrypt to: the rows marked “decrypted”. An eavesdropper gets these bytes and cannot read them.</numerusform>
        </translation>
    </message>
</context>
</TS>
