<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ServerWindow</name>
        <message numerus="yes">
            <source>Open on port %1 — %n person(s) in the room.</source>
            <translation>
                <numerusform>Open on port %1 — %n person in the room.</numerusform>
                <numerusform>Open on port %1 — %n people in the room.</numerusform>
            </translation>
        </message>
    </context>
</TS>
