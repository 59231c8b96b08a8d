<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AddressListWidget</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>%1 in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Copy the join link %1: a Salon client that joins by it knows the server&apos;s fingerprint, with nothing to compare</source>
        <translation>Den Beitrittslink %1 kopieren: Ein Salon-Client, der über ihn beitritt, kennt den Fingerabdruck des Servers, ohne etwas vergleichen zu müssen</translation>
    </message>
    <message>
        <source>Copy the join link for %1</source>
        <translation>Den Beitrittslink für %1 kopieren</translation>
    </message>
</context>
<context>
    <name>Admission</name>
    <message>
        <source>The room is full (%1 people). Try again later.</source>
        <translation>Der Raum ist voll (%1 Personen). Versuche es später noch einmal.</translation>
    </message>
    <message>
        <source>Too many people are connecting at once (%1). Try again in a moment.</source>
        <translation>Zu viele Personen verbinden sich gleichzeitig (%1). Versuche es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Too many connections from %1 (at most %2).</source>
        <translation>Zu viele Verbindungen von %1 (höchstens %2).</translation>
    </message>
    <message>
        <source>Too many connections per second from %1. Wait a moment.</source>
        <translation>Zu viele Verbindungen pro Sekunde von %1. Warte einen Moment.</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>Announcement</source>
        <translation>Durchsage</translation>
    </message>
    <message>
        <source>%1 (private)</source>
        <translation>%1 (privat)</translation>
    </message>
    <message>
        <source>%1 mentioned you</source>
        <translation>%1 hat dich erwähnt</translation>
    </message>
</context>
<context>
    <name>AnnouncementBar</name>
    <message>
        <source>Teacher</source>
        <translation>Lehrkraft</translation>
    </message>
    <message>
        <source>Dismiss this announcement (it stays in the log)</source>
        <translation>Diese Durchsage ausblenden (sie bleibt im Verlauf)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Announced at %1</source>
        <translation>Durchgesagt um %1</translation>
    </message>
</context>
<context>
    <name>BrowserJoinPanel</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>&amp;Large QR code</source>
        <translation>&amp;Großer QR-Code</translation>
    </message>
    <message>
        <source>Phones and browsers: type this address, or scan the code</source>
        <translation>Telefone und Browser: diese Adresse eingeben oder den Code scannen</translation>
    </message>
    <message>
        <source>Show the QR code large, for the projector</source>
        <translation>Den QR-Code groß zeigen, für den Beamer</translation>
    </message>
    <message>
        <source>Copy the address to the clipboard</source>
        <translation>Die Adresse in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Join from a phone or a browser</source>
        <translation>Von einem Telefon oder Browser beitreten</translation>
    </message>
</context>
<context>
    <name>ChatClient</name>
    <message>
        <source>The server sent a line over %1 KiB; it was not shown.</source>
        <translation>Der Server hat eine Zeile über %1 KiB gesendet; sie wurde nicht angezeigt.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Looking up the host…</source>
        <translation>Server wird gesucht…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Connected, waiting for the server to greet us…</source>
        <translation>Verbunden, warte auf die Begrüßung des Servers…</translation>
    </message>
    <message>
        <source>Joining the room…</source>
        <translation>Betrete den Raum…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Connected (raw text mode)</source>
        <translation>Verbunden (reiner Textmodus)</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Verbinde erneut…</translation>
    </message>
    <message>
        <source>You are not connected: press Connect first.</source>
        <translation>Du bist nicht verbunden: Drücke zuerst auf Verbinden.</translation>
    </message>
    <message>
        <source>Your message has %1 characters; the most is %2. It was not sent.</source>
        <translation>Deine Nachricht hat %1 Zeichen; höchstens %2 sind erlaubt. Sie wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>%1 messages are already waiting to be sent: wait until the connection is back.</source>
        <translation>Schon %1 Nachrichten warten auf das Senden: Warte, bis die Verbindung wieder da ist.</translation>
    </message>
    <message>
        <source>Not connected right now: try again once you are back in the room.</source>
        <translation>Gerade nicht verbunden: Versuche es noch einmal, sobald du wieder im Raum bist.</translation>
    </message>
    <message>
        <source>This window keeps the room&apos;s messages since you came in, and the last ones from before: scroll up to read them.</source>
        <translation>Dieses Fenster behält die Nachrichten des Raums, seit du da bist, und die letzten von davor: Scrolle nach oben, um sie zu lesen.</translation>
    </message>
    <message>
        <source>In the room (%1): %2</source>
        <translation>Im Raum (%1): %2</translation>
    </message>
</context>
<context>
    <name>ChatError</name>
    <message>
        <source>You are already in the room.</source>
        <translation>Du bist schon im Raum.</translation>
    </message>
    <message>
        <source>Send a hello with your nickname first.</source>
        <translation>Sende zuerst ein hello mit deinem Spitznamen.</translation>
    </message>
    <message>
        <source>A hello needs a &quot;nick&quot; string.</source>
        <translation>Ein hello braucht eine Zeichenkette &quot;nick&quot;.</translation>
    </message>
    <message>
        <source>A say needs a &quot;text&quot; string.</source>
        <translation>Ein say braucht eine Zeichenkette &quot;text&quot;.</translation>
    </message>
    <message>
        <source>A msg needs &quot;to&quot; and &quot;text&quot; strings.</source>
        <translation>Ein msg braucht die Zeichenketten &quot;to&quot; und &quot;text&quot;.</translation>
    </message>
    <message>
        <source>A nick needs a &quot;nick&quot; string.</source>
        <translation>Ein nick braucht eine Zeichenkette &quot;nick&quot;.</translation>
    </message>
    <message>
        <source>A &quot;cid&quot; must be 1 to %1 printable ASCII characters, without spaces.</source>
        <translation>Eine &quot;cid&quot; muss aus 1 bis %1 druckbaren ASCII-Zeichen ohne Leerzeichen bestehen.</translation>
    </message>
    <message>
        <source>Unknown frame type &quot;%1&quot;.</source>
        <translation>Unbekannter Rahmentyp &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>That frame is not a valid JSON object.</source>
        <translation>Dieser Rahmen ist kein gültiges JSON-Objekt.</translation>
    </message>
    <message>
        <source>A frame was longer than %1 KiB.</source>
        <translation>Ein Rahmen war länger als %1 KiB.</translation>
    </message>
    <message>
        <source>Your line was longer than %1 KiB and was dropped.</source>
        <translation>Deine Zeile war länger als %1 KiB und wurde verworfen.</translation>
    </message>
    <message>
        <source>Your message has %1 characters; the most is %2. It was not sent.</source>
        <translation>Deine Nachricht hat %1 Zeichen; höchstens %2 sind erlaubt. Sie wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>Nobody called &quot;%1&quot; is in the room.</source>
        <translation>Niemand namens &quot;%1&quot; ist im Raum.</translation>
    </message>
    <message>
        <source>There is no room &quot;%1&quot; on this server.</source>
        <translation>Auf diesem Server gibt es keinen Raum &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Usage: /nick NAME</source>
        <translation>Aufruf: /nick NAME</translation>
    </message>
    <message>
        <source>Usage: /msg NAME text</source>
        <translation>Aufruf: /msg NAME Text</translation>
    </message>
    <message>
        <source>Usage: /history, or /history N (how many messages)</source>
        <translation>Aufruf: /history oder /history N (wie viele Nachrichten)</translation>
    </message>
    <message>
        <source>Unknown command /%1: it was not sent. The commands: /msg NAME text, /nick NAME, /who, /hand, /help, /quit. To send a line that starts with /, type // first.</source>
        <translation>Unbekannter Befehl /%1: Er wurde nicht gesendet. Die Befehle: /msg NAME Text, /nick NAME, /who, /hand, /help, /quit. Um eine Zeile zu senden, die mit / beginnt, tippe zuerst //.</translation>
    </message>
    <message>
        <source>You sent more than %1 lines faster than %2 per second: disconnected.</source>
        <translation>Du hast mehr als %1 Zeilen schneller als %2 pro Sekunde gesendet: getrennt.</translation>
    </message>
    <message>
        <source>You did not join within %1 s.</source>
        <translation>Du hast den Raum nicht innerhalb von %1 s betreten.</translation>
    </message>
    <message>
        <source>You were disconnected by the server: %1</source>
        <translation>Der Server hat dich getrennt: %1</translation>
    </message>
    <message>
        <source>The room said more while you were coming in than the server keeps for a newcomer (%1 KiB): connect again to read on from the latest.</source>
        <translation>Während du hereinkamst, wurde im Raum mehr gesagt, als der Server für Neuankömmlinge aufhebt (%1 KiB): Verbinde dich erneut, um ab dem Neuesten weiterzulesen.</translation>
    </message>
    <message>
        <source>This server speaks version %1 of the Salon protocol, not %2: update Salon on one side or the other.</source>
        <translation>Dieser Server spricht Version %1 des Salon-Protokolls, nicht %2: Aktualisiere Salon auf einer der beiden Seiten.</translation>
    </message>
    <message>
        <source>You stopped reading, and more than %1 KiB waited for you: disconnected after what was waiting. Connect again: the room&apos;s last messages come back.</source>
        <translation>Du hast aufgehört zu lesen, und mehr als %1 KiB warteten auf dich: getrennt nach dem Wartenden. Verbinde dich erneut: Die letzten Nachrichten des Raums kommen wieder.</translation>
    </message>
    <message>
        <source>The room is full (%1 people). Try again later.</source>
        <translation>Der Raum ist voll (%1 Personen). Versuche es später noch einmal.</translation>
    </message>
    <message>
        <source>The room is locked: the teacher lets nobody new in just now.</source>
        <translation>Der Raum ist abgeschlossen: Die Lehrkraft lässt gerade niemand Neues herein.</translation>
    </message>
    <message>
        <source>This room needs a code: type the code the teacher shows.</source>
        <translation>Dieser Raum braucht einen Code: Gib den Code ein, den die Lehrkraft zeigt.</translation>
    </message>
    <message>
        <source>Wrong code. Ask the teacher for the room&apos;s code.</source>
        <translation>Falscher Code. Frag die Lehrkraft nach dem Code des Raums.</translation>
    </message>
    <message>
        <source>Too many wrong codes from your network: try again in %1 min.</source>
        <translation>Zu viele falsche Codes aus deinem Netz: Versuche es in %1 min noch einmal.</translation>
    </message>
    <message>
        <source>The teacher removed you from this room for the rest of the lesson.</source>
        <translation>Die Lehrkraft hat dich für den Rest der Stunde aus diesem Raum entfernt.</translation>
    </message>
    <message>
        <source>The teacher muted you: you can read, but what you send is not delivered.</source>
        <translation>Die Lehrkraft hat dich stummgeschaltet: Du kannst lesen, aber was du sendest, wird nicht zugestellt.</translation>
    </message>
    <message>
        <source>Only the teacher speaks just now: your message was not delivered.</source>
        <translation>Gerade spricht nur die Lehrkraft: Deine Nachricht wurde nicht zugestellt.</translation>
    </message>
    <message>
        <source>Slow mode: one message every %1 s. Wait %2 s, then send it again.</source>
        <translation>Langsamer Modus: eine Nachricht alle %1 s. Warte %2 s und sende sie dann noch einmal.</translation>
    </message>
    <message>
        <source>Private messages are off in this room.</source>
        <translation>Privatnachrichten sind in diesem Raum ausgeschaltet.</translation>
    </message>
    <message>
        <source>Private messages go only to and from the teacher just now.</source>
        <translation>Privatnachrichten gehen gerade nur an die Lehrkraft und von ihr.</translation>
    </message>
    <message>
        <source>This room only accepts encrypted connections: join with Salon, or type openssl s_client -quiet -connect %1</source>
        <translation>Dieser Raum nimmt nur verschlüsselte Verbindungen an: Tritt mit Salon bei oder tippe openssl s_client -quiet -connect %1</translation>
    </message>
</context>
<context>
    <name>ChatLogView</name>
    <message>
        <source>New messages below ↓</source>
        <translation>Neue Nachrichten unten ↓</translation>
    </message>
    <message>
        <source>Save the log as</source>
        <translation>Verlauf speichern unter</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The log could not be saved in %1: %2</source>
        <translation>Der Verlauf konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>ChatServer</name>
    <message>
        <source>Teacher</source>
        <translation>Lehrkraft</translation>
    </message>
    <message numerus="yes">
        <source>Refused %n more connection(s) in the last 5 s (the last: %1)</source>
        <translation>
            <numerusform>%n weitere Verbindung in den letzten 5 s abgewiesen (die letzte: %1)</numerusform>
            <numerusform>%n weitere Verbindungen in den letzten 5 s abgewiesen (die letzte: %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>A connection could not be accepted (%1); trying again in a second.</source>
        <translation>Eine Verbindung konnte nicht angenommen werden (%1); neuer Versuch in einer Sekunde.</translation>
    </message>
    <message>
        <source>Port %1 is already in use — choose another or close the other server.</source>
        <translation>Port %1 ist schon belegt – wähle einen anderen oder schließe den anderen Server.</translation>
    </message>
    <message>
        <source>Port %1 needs administrator rights — choose a port from 1024 to 65535.</source>
        <translation>Port %1 braucht Administratorrechte – wähle einen Port von 1024 bis 65535.</translation>
    </message>
    <message>
        <source>The address %1 does not belong to this computer.</source>
        <translation>Die Adresse %1 gehört nicht zu diesem Computer.</translation>
    </message>
    <message>
        <source>Could not listen on port %1: %2</source>
        <translation>Auf Port %1 konnte nicht gelauscht werden: %2</translation>
    </message>
    <message>
        <source>the server stopped</source>
        <translation>der Server wurde angehalten</translation>
    </message>
    <message>
        <source>The server is stopping. Goodbye!</source>
        <translation>Der Server wird angehalten. Auf Wiedersehen!</translation>
    </message>
    <message>
        <source>said goodbye</source>
        <translation>hat sich verabschiedet</translation>
    </message>
    <message>
        <source>Goodbye!</source>
        <translation>Auf Wiedersehen!</translation>
    </message>
    <message>
        <source>came back on a new connection</source>
        <translation>kam über eine neue Verbindung zurück</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is kept out of this room for the rest of the lesson.</source>
        <translation>Der Name &quot;%1&quot; bleibt für den Rest der Stunde aus diesem Raum ausgeschlossen.</translation>
    </message>
    <message>
        <source>%1 could not join as &quot;%2&quot;: %3</source>
        <translation>%1 konnte nicht als &quot;%2&quot; hereinkommen: %3</translation>
    </message>
    <message>
        <source>the room is locked</source>
        <translation>der Raum ist abgeschlossen</translation>
    </message>
    <message>
        <source>Goodbye.</source>
        <translation>Auf Wiedersehen.</translation>
    </message>
    <message>
        <source>%1 missed more than the room keeps for a newcomer; disconnected.</source>
        <translation>%1 hat mehr verpasst, als der Raum für Neuankömmlinge aufhebt; getrennt.</translation>
    </message>
    <message>
        <source>Refused %1: %2</source>
        <translation>%1 abgewiesen: %2</translation>
    </message>
    <message>
        <source>%1 started a new lesson: the room starts clean.</source>
        <translation>%1 hat eine neue Stunde begonnen: Der Raum beginnt leer.</translation>
    </message>
    <message>
        <source>A new lesson begins.</source>
        <translation>Eine neue Stunde beginnt.</translation>
    </message>
    <message>
        <source>%1 ended the lesson: the room starts clean.</source>
        <translation>%1 hat die Stunde beendet: Der Raum beginnt leer.</translation>
    </message>
    <message>
        <source>The lesson is over.</source>
        <translation>Die Stunde ist vorbei.</translation>
    </message>
    <message>
        <source>%1 is now called %2 in the room.</source>
        <translation>%1 heißt im Raum jetzt %2.</translation>
    </message>
    <message>
        <source>%1 removed %2 (%3).</source>
        <translation>%1 hat %2 entfernt (%3).</translation>
    </message>
    <message>
        <source>%1 locked the room: nobody new joins; those who drop get back in.</source>
        <translation>%1 hat den Raum abgeschlossen: Niemand Neues kommt herein; wer rausfliegt, kommt wieder herein.</translation>
    </message>
    <message>
        <source>%1 unlocked the room: anyone may join.</source>
        <translation>%1 hat den Raum aufgeschlossen: Alle dürfen hereinkommen.</translation>
    </message>
    <message>
        <source>%1 muted %2: they read, but are not heard.</source>
        <translation>%1 hat %2 stummgeschaltet: liest mit, wird aber nicht gehört.</translation>
    </message>
    <message>
        <source>%1 let %2 speak again.</source>
        <translation>%1 lässt %2 wieder sprechen.</translation>
    </message>
    <message>
        <source>%1 kept %2 out for the rest of the lesson (address %3).</source>
        <translation>%1 hat %2 für den Rest der Stunde ausgeschlossen (Adresse %3).</translation>
    </message>
    <message>
        <source>%1 kept %2 out for the rest of the lesson (by name).</source>
        <translation>%1 hat %2 für den Rest der Stunde ausgeschlossen (nach Name).</translation>
    </message>
    <message>
        <source>banned by the host</source>
        <translation>vom Gastgeber ausgeschlossen</translation>
    </message>
    <message>
        <source>%1 let %2 in again.</source>
        <translation>%1 lässt %2 wieder herein.</translation>
    </message>
    <message>
        <source>The teacher lowered your hand.</source>
        <translation>Die Lehrkraft hat deine Meldung zurückgenommen.</translation>
    </message>
    <message>
        <source>%1 lowered %2&apos;s hand.</source>
        <translation>%1 hat die Meldung von %2 zurückgenommen.</translation>
    </message>
    <message>
        <source>%1 lowered every hand.</source>
        <translation>%1 hat alle Meldungen zurückgenommen.</translation>
    </message>
    <message>
        <source>%1 made the room quiet: only the teacher speaks.</source>
        <translation>%1 hat den Raum stumm gemacht: Nur die Lehrkraft spricht.</translation>
    </message>
    <message>
        <source>%1 let everyone speak again.</source>
        <translation>%1 lässt wieder alle sprechen.</translation>
    </message>
    <message>
        <source>Only the teacher speaks now: you can read, but your messages are not delivered.</source>
        <translation>Jetzt spricht nur die Lehrkraft: Du kannst lesen, aber deine Nachrichten werden nicht zugestellt.</translation>
    </message>
    <message>
        <source>Everyone may speak again.</source>
        <translation>Alle dürfen wieder sprechen.</translation>
    </message>
    <message>
        <source>%1 set slow mode: one message every %2 s per student.</source>
        <translation>%1 hat den langsamen Modus eingeschaltet: eine Nachricht alle %2 s pro Person.</translation>
    </message>
    <message>
        <source>%1 ended slow mode.</source>
        <translation>%1 hat den langsamen Modus beendet.</translation>
    </message>
    <message numerus="yes">
        <source>Slow mode: one message every %n second(s) each.</source>
        <translation>
            <numerusform>Langsamer Modus: eine Nachricht pro Person jede %n Sekunde.</numerusform>
            <numerusform>Langsamer Modus: eine Nachricht pro Person alle %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Slow mode is over.</source>
        <translation>Der langsame Modus ist vorbei.</translation>
    </message>
    <message>
        <source>%1 allowed private messages between everyone.</source>
        <translation>%1 hat Privatnachrichten zwischen allen erlaubt.</translation>
    </message>
    <message>
        <source>%1 allowed private messages only to and from the teacher.</source>
        <translation>%1 hat Privatnachrichten nur an die Lehrkraft und von ihr erlaubt.</translation>
    </message>
    <message>
        <source>%1 turned private messages off.</source>
        <translation>%1 hat Privatnachrichten ausgeschaltet.</translation>
    </message>
    <message>
        <source>Private messages are allowed again.</source>
        <translation>Privatnachrichten sind wieder erlaubt.</translation>
    </message>
    <message>
        <source>Private messages go only to and from the teacher (%1) now.</source>
        <translation>Privatnachrichten gehen jetzt nur an die Lehrkraft (%1) und von ihr.</translation>
    </message>
    <message>
        <source>Private messages are off.</source>
        <translation>Privatnachrichten sind ausgeschaltet.</translation>
    </message>
    <message>
        <source>%1 removed the room code: anyone may come in.</source>
        <translation>%1 hat den Raumcode entfernt: Alle dürfen hereinkommen.</translation>
    </message>
    <message>
        <source>%1 set a room code: newcomers type it; those in stay.</source>
        <translation>%1 hat einen Raumcode gesetzt: Neue geben ihn ein; wer drin ist, bleibt.</translation>
    </message>
    <message>
        <source>wrong room code</source>
        <translation>falscher Raumcode</translation>
    </message>
    <message numerus="yes">
        <source>%1 gave too many wrong room codes: its address waits %n min.</source>
        <translation>
            <numerusform>%1 hat zu viele falsche Raumcodes eingegeben: Die Adresse wartet %n min.</numerusform>
            <numerusform>%1 hat zu viele falsche Raumcodes eingegeben: Die Adresse wartet %n min.</numerusform>
        </translation>
    </message>
    <message>
        <source>too many wrong room codes</source>
        <translation>zu viele falsche Raumcodes</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong room code(s) in the last 10 minutes: someone may be guessing. Change the code or lock the room.</source>
        <translation>
            <numerusform>%n falscher Raumcode in den letzten 10 Minuten: Vielleicht rät jemand. Ändere den Code oder schließe den Raum ab.</numerusform>
            <numerusform>%n falsche Raumcodes in den letzten 10 Minuten: Vielleicht rät jemand. Ändere den Code oder schließe den Raum ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 removed message #%2 from %3 from every window and the history.</source>
        <translation>%1 hat Nachricht #%2 von %3 aus allen Fenstern und dem Verlauf entfernt.</translation>
    </message>
    <message>
        <source>a plain connection to a room that only accepts encrypted ones</source>
        <translation>eine unverschlüsselte Verbindung zu einem Raum, der nur verschlüsselte annimmt</translation>
    </message>
    <message>
        <source>%1 began collecting work.</source>
        <translation>%1 sammelt jetzt Arbeiten ein.</translation>
    </message>
    <message>
        <source>%1 began collecting work: %2.</source>
        <translation>%1 sammelt jetzt Arbeiten ein: %2.</translation>
    </message>
    <message>
        <source>%1 stopped collecting work.</source>
        <translation>%1 sammelt keine Arbeiten mehr ein.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 handed out %2 (%3).</source>
        <translation>%1 hat %2 ausgeteilt (%3).</translation>
    </message>
    <message>
        <source>%1 can&apos;t be handed out: %2</source>
        <translation>%1 kann nicht ausgeteilt werden: %2</translation>
    </message>
    <message>
        <source>%1 let students share files with the room.</source>
        <translation>%1 erlaubt den Schülern, Dateien mit dem Raum zu teilen.</translation>
    </message>
    <message>
        <source>%1 stopped students sharing files.</source>
        <translation>%1 erlaubt den Schülern nicht mehr, Dateien zu teilen.</translation>
    </message>
</context>
<context>
    <name>ClientWindow</name>
    <message>
        <source>Raise &amp;hand</source>
        <translation>&amp;Melden</translation>
    </message>
    <message>
        <source>S&amp;end</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Salon — Client</source>
        <translation>Salon — Client</translation>
    </message>
    <message>
        <source>Type the server&apos;s address (the server window shows it), choose a nickname, then press Connect.</source>
        <translation>Gib die Adresse des Servers ein (das Serverfenster zeigt sie), wähle einen Spitznamen und drücke auf Verbinden.</translation>
    </message>
    <message>
        <source>Double-click a name to send a private message</source>
        <translation>Doppelklicke auf einen Namen, um eine Privatnachricht zu senden</translation>
    </message>
    <message>
        <source>Message — Enter sends, Up/Down recall, /msg NAME text is private, /nick NAME renames</source>
        <translation>Nachricht — Eingabe sendet, Hoch/Runter holt zurück, /msg NAME Text ist privat, /nick NAME benennt um</translation>
    </message>
    <message>
        <source>Ask the teacher for the floor (Ctrl+H); again to take it back</source>
        <translation>Die Lehrkraft um das Wort bitten (Strg+H); noch einmal, um es zurückzunehmen</translation>
    </message>
    <message>
        <source>Hand up (%1)</source>
        <translation>Gemeldet (%1)</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Hinweise</translation>
    </message>
    <message>
        <source>Flash the &amp;taskbar</source>
        <translation>&amp;Taskleiste blinken lassen</translation>
    </message>
    <message>
        <source>Desktop &amp;notifications</source>
        <translation>Desktop-&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <source>&amp;Unread count in the title</source>
        <translation>Anzahl &amp;ungelesener im Titel</translation>
    </message>
    <message>
        <source>For private messages, your name, and the teacher&apos;s announcements, while this window is not in front</source>
        <translation>Bei Privatnachrichten, deinem Namen und Durchsagen der Lehrkraft, solange dieses Fenster nicht vorne ist</translation>
    </message>
    <message>
        <source>Message — Enter sends</source>
        <translation>Nachricht — Eingabe sendet</translation>
    </message>
    <message>
        <source>You are not connected: press Connect first.</source>
        <translation>Du bist nicht verbunden: Drücke zuerst auf Verbinden.</translation>
    </message>
    <message>
        <source>Salon — %1 at %2:%3</source>
        <translation>Salon — %1 auf %2:%3</translation>
    </message>
    <message>
        <source>Salon — raw text at %1:%2</source>
        <translation>Salon — reiner Text auf %1:%2</translation>
    </message>
    <message>
        <source>Salon — reconnecting to %1:%2</source>
        <translation>Salon — verbinde erneut mit %1:%2</translation>
    </message>
    <message>
        <source>In the room (%1)</source>
        <translation>Im Raum (%1)</translation>
    </message>
    <message>
        <source>Not joined: the fingerprint was not confirmed. Ask the teacher which fingerprint their screen shows.</source>
        <translation>Nicht beigetreten: Der Fingerabdruck wurde nicht bestätigt. Frag die Lehrkraft, welchen Fingerabdruck ihr Bildschirm zeigt.</translation>
    </message>
    <message>
        <source>Stopped: %1:%2 no longer encrypts the room; it may not be the teacher&apos;s server.</source>
        <translation>Angehalten: %1:%2 verschlüsselt den Raum nicht mehr; es ist vielleicht nicht der Server der Lehrkraft.</translation>
    </message>
    <message>
        <source>Stopped: %1:%2 shows another fingerprint than before; it may not be the teacher&apos;s server.</source>
        <translation>Angehalten: %1:%2 zeigt einen anderen Fingerabdruck als zuvor; es ist vielleicht nicht der Server der Lehrkraft.</translation>
    </message>
    <message>
        <source>Encrypted (TLS) with the server whose fingerprint is %1
SHA256 %2</source>
        <translation>Verschlüsselt (TLS) mit dem Server mit dem Fingerabdruck %1
SHA256 %2</translation>
    </message>
    <message>
        <source>Not encrypted: anyone on this network can read what is written here, private messages included. This server offers no encryption.</source>
        <translation>Nicht verschlüsselt: Alle in diesem Netz können lesen, was hier geschrieben wird, Privatnachrichten eingeschlossen. Dieser Server bietet keine Verschlüsselung an.</translation>
    </message>
    <message>
        <source>This link names another fingerprint than the one you accepted for %1:%2 before (%3).</source>
        <translation>Dieser Link nennt einen anderen Fingerabdruck als den, den Sie zuvor für %1:%2 angenommen haben (%3).</translation>
    </message>
    <message>
        <source>Stopped: the join link names a fingerprint, but %1:%2 does not encrypt the room; it may not be the teacher&apos;s server.</source>
        <translation>Angehalten: Der Link nennt einen Fingerabdruck, aber %1:%2 verschlüsselt den Raum nicht; es ist vielleicht nicht der Server der Lehrkraft.</translation>
    </message>
    <message>
        <source>Stopped: %1:%2 shows another fingerprint than its join link names; it may not be the teacher&apos;s server.</source>
        <translation>Angehalten: %1:%2 zeigt einen anderen Fingerabdruck, als sein Beitrittslink nennt; es ist vielleicht nicht der Server der Lehrkraft.</translation>
    </message>
    <message>
        <source>The teacher handed out %1 (%2).</source>
        <translation>Die Lehrkraft hat %1 ausgeteilt (%2).</translation>
    </message>
    <message>
        <source>The teacher no longer collects work.</source>
        <translation>Die Lehrkraft sammelt keine Arbeiten mehr ein.</translation>
    </message>
    <message>
        <source>The teacher collects work: Hand in… below.</source>
        <translation>Die Lehrkraft sammelt Arbeiten ein: Abgeben… unten.</translation>
    </message>
    <message>
        <source>The teacher collects work (%1): Hand in… below.</source>
        <translation>Die Lehrkraft sammelt Arbeiten ein (%1): Abgeben… unten.</translation>
    </message>
    <message>
        <source>%1 shared %2 (%3).</source>
        <translation>%1 hat %2 geteilt (%3).</translation>
    </message>
    <message>
        <source>Students may now share files with the room: Share… below.</source>
        <translation>Schüler dürfen jetzt Dateien mit dem Raum teilen: Teilen… unten.</translation>
    </message>
    <message>
        <source>Students may no longer share files with the room.</source>
        <translation>Schüler dürfen keine Dateien mehr mit dem Raum teilen.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and quit.</source>
        <translation>Zeigt diese Hilfe und beendet.</translation>
    </message>
    <message>
        <source>Show the version and quit.</source>
        <translation>Zeigt die Version und beendet.</translation>
    </message>
    <message>
        <source>TCP port (default %1). With server, 0 picks a free port.</source>
        <translation>TCP-Port (Standard %1). Mit server wählt 0 einen freien Port.</translation>
    </message>
    <message>
        <source>server: run with no window, logging to standard output; Ctrl+C stops it.</source>
        <translation>server: läuft ohne Fenster und schreibt auf die Standardausgabe; Strg+C hält ihn an.</translation>
    </message>
    <message>
        <source>client: the server&apos;s address.</source>
        <translation>client: die Adresse des Servers.</translation>
    </message>
    <message>
        <source>client: your nickname.</source>
        <translation>client: dein Spitzname.</translation>
    </message>
    <message>
        <source>client: connect at once.</source>
        <translation>client: sofort verbinden.</translation>
    </message>
    <message>
        <source>Language of the interface: %1 (default: the system&apos;s).</source>
        <translation>Sprache der Oberfläche: %1 (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>demo: how many client windows (default 2).</source>
        <translation>demo: wie viele Client-Fenster (Standard 2).</translation>
    </message>
    <message>
        <source>server: only those who type CODE get in (letters, digits and &apos;-&apos;). client: the code to give.</source>
        <translation>server: Nur wer CODE eingibt, kommt herein (Buchstaben, Ziffern und &apos;-&apos;). client: der anzugebende Code.</translation>
    </message>
    <message>
        <source>Finding servers: lan (the default), loopback (this PC only) or off. SALON_DISCOVERY, when set, wins.</source>
        <translation>Server finden: lan (Standard), loopback (nur dieser PC) oder off. SALON_DISCOVERY hat Vorrang, wenn gesetzt.</translation>
    </message>
    <message>
        <source>Too many commands: %1.</source>
        <translation>Zu viele Befehle: %1.</translation>
    </message>
    <message>
        <source>--headless goes with the server command.</source>
        <translation>--headless gehört zum Befehl server.</translation>
    </message>
    <message>
        <source>--host, --nick and --connect go with the client command.</source>
        <translation>--host, --nick und --connect gehören zum Befehl client.</translation>
    </message>
    <message>
        <source>--clients goes with the demo command.</source>
        <translation>--clients gehört zum Befehl demo.</translation>
    </message>
    <message>
        <source>--clients must be from 0 to 8, not &quot;%1&quot;.</source>
        <translation>--clients muss zwischen 0 und 8 liegen, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A room code is 1 to %1 letters, digits or &apos;-&apos;.</source>
        <translation>Ein Raumcode besteht aus 1 bis %1 Buchstaben, Ziffern oder &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Unknown discovery &quot;%1&quot;: use lan, loopback or off.</source>
        <translation>Unbekannte Suche &quot;%1&quot;: Verwende lan, loopback oder off.</translation>
    </message>
    <message>
        <source>The port must be a number from %1 to 65535, not &quot;%2&quot;.</source>
        <translation>Der Port muss eine Zahl von %1 bis 65535 sein, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--%1 needs a positive number, not &quot;%2&quot;.</source>
        <translation>--%1 braucht eine positive Zahl, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The limits go with the server command.</source>
        <translation>Die Grenzen gehören zum Befehl server.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use %2.</source>
        <translation>Unbekannte Sprache &quot;%1&quot;: Verwende %2.</translation>
    </message>
    <message>
        <source>server: only encrypted connections get in (Salon, openssl s_client, ncat --ssl); plain ones are told how, then closed.</source>
        <translation>server: Nur verschlüsselte Verbindungen kommen herein (Salon, openssl s_client, ncat --ssl); unverschlüsselte erfahren wie, dann werden sie geschlossen.</translation>
    </message>
    <message>
        <source>--require-tls goes with the server command.</source>
        <translation>--require-tls gehört zum Befehl server.</translation>
    </message>
    <message>
        <source>client: a join link the server window copies (salon://HOST:PORT/#sha256=…): joins at once.</source>
        <translation>client: ein Beitrittslink aus dem Serverfenster (salon://HOST:PORT/#sha256=…): tritt sofort bei.</translation>
    </message>
    <message>
        <source>A join link names the host and port: leave out --host and --port.</source>
        <translation>Ein Beitrittslink nennt Host und Port: Lassen Sie --host und --port weg.</translation>
    </message>
    <message>
        <source>server: where work handed in goes, a folder per collection and per student (default: %1).</source>
        <translation>server: wohin abgegebene Arbeiten kommen, ein Ordner pro Einsammeln und pro Schüler (Standard: %1).</translation>
    </message>
    <message>
        <source>Salon — a chat for a room full of people.

Commands:
  (none)  open the start window: host a room or join one
  server  host a room (add --headless for no window)
  client  join a room
  demo    a room and client windows side by side on this PC
  hand-in FILE  hand work in to the teacher (--host, --nick; run it
                again after an interruption and it goes on)</source>
        <translation>Salon — ein Chat für einen Raum voller Menschen.

Befehle:
  (keiner)  öffnet das Startfenster: einen Raum eröffnen oder einem beitreten
  server  eröffnet einen Raum (mit --headless ohne Fenster)
  client  tritt einem Raum bei
  demo    ein Raum und Client-Fenster nebeneinander auf diesem PC
  hand-in DATEI  gibt eine Arbeit bei der Lehrkraft ab (--host, --nick; nach
                einer Unterbrechung erneut gestartet, macht sie weiter)</translation>
    </message>
    <message>
        <source>server, client, demo or hand-in (optional).</source>
        <translation>server, client, demo oder hand-in (optional).</translation>
    </message>
    <message>
        <source>Usage: salon hand-in --host H [--port P] --nick NAME [--code CODE] FILE</source>
        <translation>Aufruf: salon hand-in --host H [--port P] --nick NAME [--code CODE] DATEI</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;: use server, client, demo or hand-in.</source>
        <translation>Unbekannter Befehl &quot;%1&quot;: Verwende server, client, demo oder hand-in.</translation>
    </message>
    <message>
        <source>salon hand-in needs the room (--host) and your name (--nick).</source>
        <translation>salon hand-in braucht den Raum (--host) und deinen Namen (--nick).</translation>
    </message>
    <message>
        <source>--room-code goes with the server, client or hand-in command.</source>
        <translation>--room-code gehört zum Befehl server, client oder hand-in.</translation>
    </message>
    <message>
        <source>--hand-in-folder goes with the server command.</source>
        <translation>--hand-in-folder gehört zum Befehl server.</translation>
    </message>
    <message>
        <source>server: the largest file a student may hand in, in MB (default %1).</source>
        <translation>server: die größte Datei, die ein Schüler abgeben darf, in MB (Standard %1).</translation>
    </message>
    <message>
        <source>server: what one student may hand in in all, per collection, in MB (default %1).</source>
        <translation>server: was ein Schüler insgesamt pro Einsammeln abgeben darf, in MB (Standard %1).</translation>
    </message>
    <message>
        <source>server: the only kinds of file taken, by suffix (pdf,odt,py); default: any.</source>
        <translation>server: die einzigen angenommenen Dateiarten, nach Endung (pdf,odt,py); Standard: alle.</translation>
    </message>
    <message>
        <source>--%1 goes with the server command.</source>
        <translation>--%1 gehört zum Befehl server.</translation>
    </message>
    <message>
        <source>--%1 needs a number of MB from 1 to 1000000, not &quot;%2&quot;.</source>
        <translation>--%1 braucht eine Zahl von MB von 1 bis 1000000, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--hand-in-types goes with the server command.</source>
        <translation>--hand-in-types gehört zum Befehl server.</translation>
    </message>
    <message>
        <source>server: the room a hand-in must leave free on the disk, in MB (default %1).</source>
        <translation>server: der Platz, den eine Abgabe auf der Festplatte frei lassen muss, in MB (Standard %1).</translation>
    </message>
    <message>
        <source>--%1 needs a number of MB from 0 to 1000000, not &quot;%2&quot;.</source>
        <translation>--%1 braucht eine Zahl von MB von 0 bis 1000000, nicht &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>CommandParser</name>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>  just type      send a message to everyone</source>
        <translation>  einfach tippen      eine Nachricht an alle senden</translation>
    </message>
    <message>
        <source>  /msg NAME text send a private message to NAME</source>
        <translation>  /msg NAME Text      eine Privatnachricht an NAME senden</translation>
    </message>
    <message>
        <source>  /nick NAME     change your nickname</source>
        <translation>  /nick NAME          deinen Spitznamen ändern</translation>
    </message>
    <message>
        <source>  /who           list the people in the room</source>
        <translation>  /who                die Personen im Raum auflisten</translation>
    </message>
    <message>
        <source>  /hand          raise your hand, or lower it</source>
        <translation>  /hand               dich melden, oder die Meldung zurücknehmen</translation>
    </message>
    <message>
        <source>  /history N     the room&apos;s last N messages again</source>
        <translation>  /history N          die letzten N Nachrichten des Raums noch einmal</translation>
    </message>
    <message>
        <source>  /help          show this help</source>
        <translation>  /help               diese Hilfe zeigen</translation>
    </message>
    <message>
        <source>  //text         send a line that starts with /</source>
        <translation>  //Text              eine Zeile senden, die mit / beginnt</translation>
    </message>
    <message>
        <source>  fin or /quit   leave the room</source>
        <translation>  fin oder /quit      den Raum verlassen</translation>
    </message>
</context>
<context>
    <name>ConnectBar</name>
    <message>
        <source>server address</source>
        <translation>Adresse des Servers</translation>
    </message>
    <message>
        <source>The address the server window shows, e.g. 192.168.1.10</source>
        <translation>Die Adresse, die das Serverfenster zeigt, z. B. 192.168.1.10</translation>
    </message>
    <message>
        <source>your nickname</source>
        <translation>dein Spitzname</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Nickname:</source>
        <translation>Spitz&amp;name:</translation>
    </message>
    <message>
        <source>Servers can&apos;t be found on the network (UDP port %1: %2); type the address.</source>
        <translation>Server können im Netz nicht gesucht werden (UDP-Port %1: %2); gib die Adresse ein.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2:%3 (%4, seen %n s ago)</source>
        <translation>
            <numerusform>%1 — %2:%3 (%4, vor %n s gesehen)</numerusform>
            <numerusform>%1 — %2:%3 (%4, vor %n s gesehen)</numerusform>
        </translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>verschlüsselt</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>nicht verschlüsselt</translation>
    </message>
    <message>
        <source>checked before</source>
        <translation>schon geprüft</translation>
    </message>
</context>
<context>
    <name>ConnectionProblem</name>
    <message>
        <source>Connection refused by %1 on port %2: is the server started, is the port right?</source>
        <translation>Verbindung von %1 auf Port %2 abgelehnt: Läuft der Server, stimmt der Port?</translation>
    </message>
    <message>
        <source>Host not found: &quot;%1&quot;. Check the name or type the server&apos;s address.</source>
        <translation>Host nicht gefunden: &quot;%1&quot;. Prüfe den Namen oder gib die Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Der Server hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>The network is unreachable or the connection was lost: %1</source>
        <translation>Das Netz ist nicht erreichbar oder die Verbindung ist abgebrochen: %1</translation>
    </message>
    <message>
        <source>No answer from %1 on port %2: is a firewall blocking it?</source>
        <translation>Keine Antwort von %1 auf Port %2: Blockiert eine Firewall ihn?</translation>
    </message>
    <message>
        <source>Connection error: %1</source>
        <translation>Verbindungsfehler: %1</translation>
    </message>
</context>
<context>
    <name>CrowdLog</name>
    <message>
        <source>%1 joined the room.</source>
        <translation>%1 hat den Raum betreten.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s) joined the room.</source>
        <translation>
            <numerusform>%1 und %n weitere Person haben den Raum betreten.</numerusform>
            <numerusform>%1 und %n weitere Personen haben den Raum betreten.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 left the room.</source>
        <translation>%1 hat den Raum verlassen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s) left the room.</source>
        <translation>
            <numerusform>%1 und %n weitere Person haben den Raum verlassen.</numerusform>
            <numerusform>%1 und %n weitere Personen haben den Raum verlassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>New names: %1.</source>
        <translation>Neue Namen: %1.</translation>
    </message>
    <message numerus="yes">
        <source>New names: %1 and %n other(s).</source>
        <translation>
            <numerusform>Neue Namen: %1 und %n weiterer.</numerusform>
            <numerusform>Neue Namen: %1 und %n weitere.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoWindow</name>
    <message>
        <source>Salon — Classroom demo</source>
        <translation>Salon — Klassenraum-Vorführung</translation>
    </message>
</context>
<context>
    <name>DownloadJob</name>
    <message>
        <source>The folder %1 can&apos;t be made.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 can&apos;t be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The server sent more than the file holds.</source>
        <translation>Der Server hat mehr geschickt, als die Datei enthält.</translation>
    </message>
    <message>
        <source>The teacher&apos;s file can&apos;t be fetched any more (the lesson ended, or the address no longer works).</source>
        <translation>Die Datei der Lehrkraft kann nicht mehr geholt werden (die Stunde ist zu Ende oder die Adresse gilt nicht mehr).</translation>
    </message>
    <message>
        <source>The download was cut.</source>
        <translation>Der Download wurde unterbrochen.</translation>
    </message>
    <message>
        <source>%1 arrived damaged (its SHA-256 is not the teacher&apos;s): it was thrown away; try again.</source>
        <translation>%1 kam beschädigt an (sein SHA-256 ist nicht der der Lehrkraft): verworfen; versuche es noch einmal.</translation>
    </message>
    <message>
        <source>%1 can&apos;t be saved in %2.</source>
        <translation>%1 kann nicht in %2 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>FileDesk</name>
    <message>
        <source>Salon hand-ins</source>
        <translation>Salon-Abgaben</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 can&apos;t be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The folder %1 can&apos;t be made: is it writable?</source>
        <translation>Der Ordner %1 kann nicht angelegt werden: ist er beschreibbar?</translation>
    </message>
    <message>
        <source>The teacher is not collecting work.</source>
        <translation>Die Lehrkraft sammelt gerade keine Arbeiten ein.</translation>
    </message>
    <message>
        <source>A hand-in needs its size and its SHA-256.</source>
        <translation>Eine Abgabe braucht ihre Größe und ihren SHA-256.</translation>
    </message>
    <message>
        <source>This file is being handed in already.</source>
        <translation>Diese Datei wird bereits abgegeben.</translation>
    </message>
    <message>
        <source>The teacher is not collecting work any more.</source>
        <translation>Die Lehrkraft sammelt keine Arbeiten mehr ein.</translation>
    </message>
    <message>
        <source>%1 is too big: the teacher takes files up to %2.</source>
        <translation>%1 ist zu groß: die Lehrkraft nimmt Dateien bis %2.</translation>
    </message>
    <message>
        <source>With %1, you would hand in more than the %2 the teacher takes from each student.</source>
        <translation>Mit %1 würdest du mehr abgeben als die %2, die die Lehrkraft pro Schüler nimmt.</translation>
    </message>
    <message>
        <source>The teacher takes only these kinds of file: %1.</source>
        <translation>Die Lehrkraft nimmt nur diese Dateiarten: %1.</translation>
    </message>
    <message>
        <source>The teacher&apos;s folder for your work can&apos;t be made.</source>
        <translation>Der Ordner der Lehrkraft für deine Arbeit kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The teacher&apos;s disk is nearly full: tell the teacher.</source>
        <translation>Die Festplatte der Lehrkraft ist fast voll: sag der Lehrkraft Bescheid.</translation>
    </message>
    <message>
        <source>The teacher&apos;s folder can&apos;t be written to: %1.</source>
        <translation>In den Ordner der Lehrkraft kann nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <source>The teacher&apos;s disk is full: tell the teacher.</source>
        <translation>Die Festplatte der Lehrkraft ist voll: sag der Lehrkraft Bescheid.</translation>
    </message>
    <message>
        <source>The collection is over.</source>
        <translation>Das Einsammeln ist vorbei.</translation>
    </message>
    <message>
        <source>%1 arrived damaged (its SHA-256 is not the one announced): hand it in again.</source>
        <translation>%1 kam beschädigt an (sein SHA-256 ist nicht der angekündigte): gib es noch einmal ab.</translation>
    </message>
    <message>
        <source>%1 can&apos;t be saved in the teacher&apos;s folder.</source>
        <translation>%1 kann nicht im Ordner der Lehrkraft gespeichert werden.</translation>
    </message>
    <message>
        <source>The teacher has not allowed students to share files.</source>
        <translation>Die Lehrkraft hat den Schülern das Teilen von Dateien nicht erlaubt.</translation>
    </message>
    <message>
        <source> shared by students</source>
        <translation> von Schülern geteilt</translation>
    </message>
</context>
<context>
    <name>FileHasher</name>
    <message>
        <source>%1 can&apos;t be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>FileTransfers</name>
    <message>
        <source>The teacher is not collecting work.</source>
        <translation>Die Lehrkraft sammelt gerade keine Arbeiten ein.</translation>
    </message>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation>%1 ist keine lesbare Datei.</translation>
    </message>
    <message>
        <source>The teacher has not allowed students to share files.</source>
        <translation>Die Lehrkraft hat den Schülern das Teilen von Dateien nicht erlaubt.</translation>
    </message>
</context>
<context>
    <name>FilesPanel</name>
    <message>
        <source>&amp;Hand out…</source>
        <translation>&amp;Austeilen…</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation>Ausgeteilt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Schüler</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Hand out to the room</source>
        <translation>An den Raum austeilen</translation>
    </message>
    <message>
        <source>Collect work</source>
        <translation>Arbeiten einsammeln</translation>
    </message>
    <message numerus="yes">
        <source>Files (%n handed in)</source>
        <translation>
            <numerusform>Dateien (%n abgegeben)</numerusform>
            <numerusform>Dateien (%n abgegeben)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files (%n handed out)</source>
        <translation>
            <numerusform>Dateien (%n ausgeteilt)</numerusform>
            <numerusform>Dateien (%n ausgeteilt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>&amp;Stop collecting</source>
        <translation>Einsammeln &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Collect work…</source>
        <translation>Arbeiten &amp;einsammeln…</translation>
    </message>
    <message>
        <source>Hand out a file (or drop it on this window), or collect work: students then hand it in to you alone.</source>
        <translation>Teile eine Datei aus (oder zieh sie auf dieses Fenster) oder sammle Arbeiten ein: die Schüler geben sie dann nur dir ab.</translation>
    </message>
    <message>
        <source>%1Collecting since %2, into %3</source>
        <translation>%1Einsammeln seit %2, nach %3</translation>
    </message>
    <message>
        <source>%1Collected from %2 to %3, in %4</source>
        <translation>%1Eingesammelt von %2 bis %3, in %4</translation>
    </message>
    <message>
        <source> (late)</source>
        <translation> (verspätet)</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>SHA-256 %1, checked on arrival</source>
        <translation>SHA-256 %1, beim Eintreffen geprüft</translation>
    </message>
    <message>
        <source>Everyone in the room this lesson has handed something in.</source>
        <translation>Alle, die in dieser Stunde im Raum waren, haben etwas abgegeben.</translation>
    </message>
    <message>
        <source>Not handed in yet (%1): %2</source>
        <translation>Noch nicht abgegeben (%1): %2</translation>
    </message>
    <message>
        <source>Students hand their work in to you, from their Salon window, the web page or `salon hand-in`.</source>
        <translation>Die Schüler geben dir ihre Arbeit ab, aus ihrem Salon-Fenster, der Webseite oder mit `salon hand-in`.</translation>
    </message>
    <message>
        <source>optional: &quot;Exercise 3&quot;</source>
        <translation>optional: &quot;Übung 3&quot;</translation>
    </message>
    <message>
        <source>any kind; or e.g. pdf, odt, py</source>
        <translation>jede Art; oder z. B. pdf, odt, py</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>&amp;Collect</source>
        <translation>&amp;Einsammeln</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Kinds of file:</source>
        <translation>&amp;Dateiarten:</translation>
    </message>
    <message>
        <source>&amp;Largest file:</source>
        <translation>&amp;Größte Datei:</translation>
    </message>
    <message>
        <source>&amp;Per student, in all:</source>
        <translation>&amp;Pro Schüler, insgesamt:</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>you</source>
        <translation>du</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>A&amp;uswählen…</translation>
    </message>
    <message>
        <source>Where work handed in goes</source>
        <translation>Wohin abgegebene Arbeiten kommen</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>&amp;Nach:</translation>
    </message>
</context>
<context>
    <name>Greeting</name>
    <message>
        <source>Welcome to Salon! Type a message and press Enter. /nick NAME changes your nickname, /help lists the commands, fin or /quit leaves.</source>
        <translation>Willkommen bei Salon! Tippe eine Nachricht und drücke Eingabe. /nick NAME ändert deinen Spitznamen, /help listet die Befehle, fin oder /quit geht hinaus.</translation>
    </message>
</context>
<context>
    <name>HandInJob</name>
    <message>
        <source>Not in the room.</source>
        <translation>Nicht im Raum.</translation>
    </message>
    <message>
        <source>%1 can&apos;t be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 changed while it was handed in.</source>
        <translation>%1 hat sich während der Abgabe geändert.</translation>
    </message>
    <message>
        <source>The teacher saved another file than this one.</source>
        <translation>Die Lehrkraft hat eine andere Datei gespeichert als diese.</translation>
    </message>
    <message>
        <source>The teacher&apos;s answer made no sense.</source>
        <translation>Die Antwort der Lehrkraft ergab keinen Sinn.</translation>
    </message>
</context>
<context>
    <name>HandInRunner</name>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation>%1 ist keine lesbare Datei.</translation>
    </message>
    <message>
        <source>Two ports given: %1 in --host, %2 in --port.</source>
        <translation>Zwei Ports angegeben: %1 in --host, %2 in --port.</translation>
    </message>
    <message>
        <source>Joining %1 port %2 as %3…</source>
        <translation>Beitritt zu %1 Port %2 als %3…</translation>
    </message>
    <message>
        <source>Encrypted; the server&apos;s fingerprint: %1</source>
        <translation>Verschlüsselt; der Fingerabdruck des Servers: %1</translation>
    </message>
    <message>
        <source>Not encrypted.</source>
        <translation>Nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>Working out the SHA-256 of %1…</source>
        <translation>SHA-256 von %1 wird berechnet…</translation>
    </message>
    <message>
        <source>%1%: %2 of %3</source>
        <translation>%1 %: %2 von %3</translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation>, %1/s</translation>
    </message>
    <message numerus="yes">
        <source>, %n s left</source>
        <translation>
            <numerusform>, noch %n s</numerusform>
            <numerusform>, noch %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Handed in, late: %1 (%2), saved by the teacher as %3. SHA-256 %4.</source>
        <translation>Abgegeben, verspätet: %1 (%2), von der Lehrkraft als %3 gespeichert. SHA-256 %4.</translation>
    </message>
    <message>
        <source>Handed in: %1 (%2), saved by the teacher as %3. SHA-256 %4.</source>
        <translation>Abgegeben: %1 (%2), von der Lehrkraft als %3 gespeichert. SHA-256 %4.</translation>
    </message>
    <message>
        <source>Not handed in: %1</source>
        <translation>Nicht abgegeben: %1</translation>
    </message>
    <message>
        <source>Interrupted: run the same command again to go on from where it stopped.</source>
        <translation>Unterbrochen: starte denselben Befehl noch einmal, um dort weiterzumachen, wo er aufgehört hat.</translation>
    </message>
</context>
<context>
    <name>HandsPanel</name>
    <message>
        <source>&amp;Lower</source>
        <translation>&amp;Zurücknehmen</translation>
    </message>
    <message>
        <source>Lower &amp;all</source>
        <translation>&amp;Alle zurücknehmen</translation>
    </message>
    <message>
        <source>Raised hands (%1)</source>
        <translation>Meldungen (%1)</translation>
    </message>
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
    <message>
        <source>%1. %2 — waiting %3</source>
        <translation>%1. %2 — wartet seit %3</translation>
    </message>
</context>
<context>
    <name>HeadlessServer</name>
    <message>
        <source>[private] %1 -&gt; %2: %3</source>
        <translation>[privat] %1 -&gt; %2: %3</translation>
    </message>
    <message>
        <source>%1 sent a private message to %2</source>
        <translation>%1 hat %2 eine Privatnachricht gesendet</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>announcement: %1</source>
        <translation>Durchsage: %1</translation>
    </message>
    <message>
        <source>%1 raised a hand.</source>
        <translation>%1 hat sich gemeldet.</translation>
    </message>
    <message>
        <source>Lesson under way since %1: the code, the lock, mutes, bans and hands belong to it.</source>
        <translation>Stunde läuft seit %1: Code, Abschließen, Stummschaltungen, Ausschlüsse und Meldungen gehören zu ihr.</translation>
    </message>
    <message>
        <source>No lesson under way: the room is clean.</source>
        <translation>Keine Stunde läuft: Der Raum ist leer.</translation>
    </message>
    <message>
        <source>Type /help for the host&apos;s commands; any other line is an announcement.</source>
        <translation>Tippe /help für die Befehle des Gastgebers; jede andere Zeile ist eine Durchsage.</translation>
    </message>
    <message>
        <source>removed by the host</source>
        <translation>vom Gastgeber entfernt</translation>
    </message>
    <message>
        <source>Nobody called &quot;%1&quot; is in the room.</source>
        <translation>Niemand namens &quot;%1&quot; ist im Raum.</translation>
    </message>
    <message>
        <source>%1 is kept out for the rest of the lesson.</source>
        <translation>%1 bleibt für den Rest der Stunde ausgeschlossen.</translation>
    </message>
    <message>
        <source>%1 shares an address with %2: they would all be kept out. Type /ban %1 again to do it anyway.</source>
        <translation>%1 teilt sich eine Adresse mit %2: Alle wären ausgeschlossen. Tippe /ban %1 noch einmal, um es trotzdem zu tun.</translation>
    </message>
    <message>
        <source>%1 is not kept out.</source>
        <translation>%1 ist nicht ausgeschlossen.</translation>
    </message>
    <message>
        <source>%1 may come in again.</source>
        <translation>%1 darf wieder herein.</translation>
    </message>
    <message>
        <source>Nobody is kept out.</source>
        <translation>Niemand ist ausgeschlossen.</translation>
    </message>
    <message>
        <source>%1 (by name, since %2)</source>
        <translation>%1 (nach Name, seit %2)</translation>
    </message>
    <message>
        <source>%1 (address %2, since %3)</source>
        <translation>%1 (Adresse %2, seit %3)</translation>
    </message>
    <message>
        <source>No hand is up.</source>
        <translation>Niemand hat sich gemeldet.</translation>
    </message>
    <message>
        <source>%1. %2, waiting %3 s</source>
        <translation>%1. %2, wartet seit %3 s</translation>
    </message>
    <message>
        <source>%1 has no hand up.</source>
        <translation>%1 hat sich nicht gemeldet.</translation>
    </message>
    <message>
        <source>The room is already locked.</source>
        <translation>Der Raum ist schon abgeschlossen.</translation>
    </message>
    <message>
        <source>The room is not locked.</source>
        <translation>Der Raum ist nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>The room needs no code.</source>
        <translation>Der Raum braucht keinen Code.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be your name in the room: someone has it, or it is not a possible nickname.</source>
        <translation>&quot;%1&quot; kann nicht dein Name im Raum sein: Jemand hat ihn schon, oder er ist kein möglicher Spitzname.</translation>
    </message>
    <message>
        <source>There is no message #%1 in the room&apos;s history.</source>
        <translation>Im Verlauf des Raums gibt es keine Nachricht #%1.</translation>
    </message>
    <message>
        <source>In the room (%1): %2</source>
        <translation>Im Raum (%1): %2</translation>
    </message>
    <message>
        <source>Salon server listening on port %1. Stop it with Ctrl+C.</source>
        <translation>Salon-Server lauscht auf Port %1. Anhalten mit Strg+C.</translation>
    </message>
    <message>
        <source>The room&apos;s messages are kept in %1</source>
        <translation>Die Nachrichten des Raums werden in %1 aufbewahrt</translation>
    </message>
    <message>
        <source>Salon on %1</source>
        <translation>Salon auf %1</translation>
    </message>
    <message>
        <source>Announced on the network as &quot;%1&quot; (UDP port %2).</source>
        <translation>Im Netz angekündigt als &quot;%1&quot; (UDP-Port %2).</translation>
    </message>
    <message>
        <source>Announced to this PC only as &quot;%1&quot;.</source>
        <translation>Nur diesem PC angekündigt als &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>  clients can connect to %1 (%2)</source>
        <translation>  Clients können sich mit %1 verbinden (%2)</translation>
    </message>
    <message>
        <source>Server stopped.</source>
        <translation>Server angehalten.</translation>
    </message>
    <message>
        <source>Encrypted connections (TLS) only, on the same port. The server&apos;s fingerprint, for students to compare:</source>
        <translation>Nur verschlüsselte Verbindungen (TLS), auf demselben Port. Der Fingerabdruck des Servers zum Vergleichen:</translation>
    </message>
    <message>
        <source>Encrypted connections (TLS) on the same port, plain ones too. The server&apos;s fingerprint, for students to compare:</source>
        <translation>Verschlüsselte Verbindungen (TLS) auf demselben Port, unverschlüsselte auch. Der Fingerabdruck des Servers zum Vergleichen:</translation>
    </message>
    <message>
        <source>  in short: %1</source>
        <translation>  kurz: %1</translation>
    </message>
    <message>
        <source>Qt has no TLS here: connections are not encrypted.</source>
        <translation>Qt hat hier kein TLS: Die Verbindungen sind nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>Hand-ins go to %1</source>
        <translation>Abgaben kommen nach %1</translation>
    </message>
    <message>
        <source>No work collected in this lesson: /collect [TITLE] begins.</source>
        <translation>In dieser Stunde wurde nichts eingesammelt: /collect [TITEL] beginnt.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) handed in, in %1</source>
        <translation>
            <numerusform>%n Datei abgegeben, in %1</numerusform>
            <numerusform>%n Dateien abgegeben, in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone handed something in.</source>
        <translation>Alle haben etwas abgegeben.</translation>
    </message>
    <message>
        <source>Not handed in yet (%1): %2</source>
        <translation>Noch nicht abgegeben (%1): %2</translation>
    </message>
    <message>
        <source>%1 handed in %2 (%3, SHA-256 %4…, from %5), late.</source>
        <translation>%1 hat %2 abgegeben (%3, SHA-256 %4…, von %5), verspätet.</translation>
    </message>
    <message>
        <source>%1 handed in %2 (%3, SHA-256 %4…, from %5).</source>
        <translation>%1 hat %2 abgegeben (%3, SHA-256 %4…, von %5).</translation>
    </message>
    <message>
        <source>%1 shared %2 (%3) with the room.</source>
        <translation>%1 hat %2 (%3) mit dem Raum geteilt.</translation>
    </message>
</context>
<context>
    <name>HistoryLog</name>
    <message>
        <source>The room&apos;s history can&apos;t be kept in %1: %2</source>
        <translation>Der Verlauf des Raums kann nicht in %1 aufbewahrt werden: %2</translation>
    </message>
    <message>
        <source>The room&apos;s history could not be written to %1: %2</source>
        <translation>Der Verlauf des Raums konnte nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>A message could not be removed from %1: %2</source>
        <translation>Eine Nachricht konnte nicht aus %1 entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>HostCommand</name>
    <message>
        <source>/%1 takes nothing after it.</source>
        <translation>/%1 nimmt nichts danach.</translation>
    </message>
    <message>
        <source>Usage: /kick NICK [REASON]</source>
        <translation>Aufruf: /kick NICK [GRUND]</translation>
    </message>
    <message>
        <source>Usage: /%1 NICK</source>
        <translation>Aufruf: /%1 NICK</translation>
    </message>
    <message>
        <source>Usage: /quiet, or /quiet off</source>
        <translation>Aufruf: /quiet oder /quiet off</translation>
    </message>
    <message>
        <source>Usage: /slow SECONDS (0 to 3600; 0 ends slow mode)</source>
        <translation>Aufruf: /slow SEKUNDEN (0 bis 3600; 0 beendet den langsamen Modus)</translation>
    </message>
    <message>
        <source>Usage: /pm all, /pm teacher or /pm off</source>
        <translation>Aufruf: /pm all, /pm teacher oder /pm off</translation>
    </message>
    <message>
        <source>Usage: /lower NICK, or /lower all</source>
        <translation>Aufruf: /lower NICK oder /lower all</translation>
    </message>
    <message>
        <source>Usage: /code CODE (1 to %1 letters, digits or &apos;-&apos;), or /code off</source>
        <translation>Aufruf: /code CODE (1 bis %1 Buchstaben, Ziffern oder &apos;-&apos;) oder /code off</translation>
    </message>
    <message>
        <source>Usage: /msg NICK TEXT</source>
        <translation>Aufruf: /msg NICK TEXT</translation>
    </message>
    <message>
        <source>Usage: /name NAME (your name in the room)</source>
        <translation>Aufruf: /name NAME (dein Name im Raum)</translation>
    </message>
    <message>
        <source>Usage: /delete ID (the number before the message in this log)</source>
        <translation>Aufruf: /delete ID (die Zahl vor der Nachricht in diesem Protokoll)</translation>
    </message>
    <message>
        <source>Usage: /lesson new, or /lesson end</source>
        <translation>Aufruf: /lesson new oder /lesson end</translation>
    </message>
    <message>
        <source>Unknown command /%1. Type /help for the list.</source>
        <translation>Unbekannter Befehl /%1. Tippe /help für die Liste.</translation>
    </message>
    <message>
        <source>TEXT                 an announcement to everyone</source>
        <translation>TEXT                 eine Durchsage an alle</translation>
    </message>
    <message>
        <source>/mute NICK           they stay and read; what they send is not delivered</source>
        <translation>/mute NICK           bleibt und liest; was gesendet wird, kommt nicht an</translation>
    </message>
    <message>
        <source>/unmute NICK         they may speak again</source>
        <translation>/unmute NICK         darf wieder sprechen</translation>
    </message>
    <message>
        <source>/quiet, /quiet off   only the teacher speaks; students read</source>
        <translation>/quiet, /quiet off   nur die Lehrkraft spricht; die anderen lesen</translation>
    </message>
    <message>
        <source>/slow SECONDS        one message every SECONDS per student (/slow 0 ends it)</source>
        <translation>/slow SEKUNDEN       eine Nachricht alle SEKUNDEN pro Person (/slow 0 beendet es)</translation>
    </message>
    <message>
        <source>/pm all|teacher|off  private messages between everyone, with the teacher only, or none</source>
        <translation>/pm all|teacher|off  Privatnachrichten zwischen allen, nur mit der Lehrkraft oder keine</translation>
    </message>
    <message>
        <source>/ban NICK            removes them and keeps them out for the lesson (by address on a LAN)</source>
        <translation>/ban NICK            entfernt und schließt für die Stunde aus (im LAN nach Adresse)</translation>
    </message>
    <message>
        <source>/unban NICK, /bans   lets them in again; who is kept out</source>
        <translation>/unban NICK, /bans   lässt wieder herein; wer ausgeschlossen ist</translation>
    </message>
    <message>
        <source>/hands               the raised hands, in order, with how long each has waited</source>
        <translation>/hands               die Meldungen, der Reihe nach, mit der Wartezeit jeder</translation>
    </message>
    <message>
        <source>/lower NICK, /lower all  lowers a hand, or every hand</source>
        <translation>/lower NICK, /lower all  nimmt eine Meldung zurück, oder alle</translation>
    </message>
    <message>
        <source>/kick NICK [REASON]  removes someone, telling them why; they may come back</source>
        <translation>/kick NICK [GRUND]   entfernt jemanden mit Begründung; darf zurückkommen</translation>
    </message>
    <message>
        <source>/lock                nobody new joins; those in stay, and those who drop get back in</source>
        <translation>/lock                niemand Neues kommt herein; wer drin ist, bleibt, wer rausfliegt, kommt zurück</translation>
    </message>
    <message>
        <source>/unlock              anyone may join again</source>
        <translation>/unlock              alle dürfen wieder herein</translation>
    </message>
    <message>
        <source>/code CODE, /code off  only those who type CODE get in; no code any more</source>
        <translation>/code CODE, /code off  nur wer CODE eingibt, kommt herein; kein Code mehr</translation>
    </message>
    <message>
        <source>/lesson new, /lesson end  a new lesson starts clean; the end of one, too</source>
        <translation>/lesson new, /lesson end  eine neue Stunde beginnt leer; das Ende einer Stunde auch</translation>
    </message>
    <message>
        <source>/delete ID           removes message #ID from every window and from the history</source>
        <translation>/delete ID           entfernt Nachricht #ID aus allen Fenstern und dem Verlauf</translation>
    </message>
    <message>
        <source>/msg NICK TEXT       a private message from you</source>
        <translation>/msg NICK TEXT       eine Privatnachricht von dir</translation>
    </message>
    <message>
        <source>/name NAME           your name in the room (students write to it)</source>
        <translation>/name NAME           dein Name im Raum (an ihn schreiben die Lernenden)</translation>
    </message>
    <message>
        <source>/who                 who is in the room</source>
        <translation>/who                 wer im Raum ist</translation>
    </message>
    <message>
        <source>/help                this list</source>
        <translation>/help                diese Liste</translation>
    </message>
    <message>
        <source>Usage: /handout PATH</source>
        <translation>Aufruf: /handout PFAD</translation>
    </message>
    <message>
        <source>/handout PATH        hands the file out to everyone, and to those who join later</source>
        <translation>/handout PFAD        teilt die Datei an alle aus, auch an die, die später kommen</translation>
    </message>
    <message>
        <source>/collect [TITLE], /collect off  students hand work in to you; no more</source>
        <translation>/collect [TITEL], /collect off  die Schüler geben dir ihre Arbeit ab; nicht mehr</translation>
    </message>
    <message>
        <source>/handins             what was handed in, and who has not handed in yet</source>
        <translation>/handins             was abgegeben wurde, und wer noch nicht abgegeben hat</translation>
    </message>
    <message>
        <source>Usage: /sharing on, or /sharing off</source>
        <translation>Aufruf: /sharing on oder /sharing off</translation>
    </message>
    <message>
        <source>/sharing on|off      students may share files with the whole room, or not</source>
        <translation>/sharing on|off      Schüler dürfen Dateien mit dem ganzen Raum teilen, oder nicht</translation>
    </message>
</context>
<context>
    <name>HostInput</name>
    <message>
        <source>&quot;%1&quot; opens a [ without closing it.</source>
        <translation>&quot;%1&quot; öffnet eine [, ohne sie zu schließen.</translation>
    </message>
    <message>
        <source>After ] comes :PORT, as in [::1]:12800.</source>
        <translation>Nach ] kommt :PORT, wie in [::1]:12800.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends with &apos;:&apos; but no port.</source>
        <translation>&quot;%1&quot; endet mit &apos;:&apos;, aber ohne Port.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port: a port is a number from 1 to 65535.</source>
        <translation>&quot;%1&quot; ist kein Port: Ein Port ist eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>Type the server&apos;s address first: the server window shows it.</source>
        <translation>Gib zuerst die Adresse des Servers ein: Das Serverfenster zeigt sie.</translation>
    </message>
</context>
<context>
    <name>IdentityPanel</name>
    <message>
        <source>New &amp;identity…</source>
        <translation>Neue &amp;Identität…</translation>
    </message>
    <message>
        <source>Makes a new key and certificate for this server: every student&apos;s Salon will warn that the server changed</source>
        <translation>Erzeugt einen neuen Schlüssel und ein neues Zertifikat für diesen Server: Das Salon aller Lernenden warnt, dass sich der Server geändert hat</translation>
    </message>
    <message>
        <source>New identity</source>
        <translation>Neue Identität</translation>
    </message>
    <message>
        <source>A new identity gives this server a new fingerprint. Every Salon that joined it before will stop and warn that the server changed, until each student compares the new fingerprint with the projector and accepts it.

Make one only if the private key may have been copied (another person used this account, the PC was lent), or to show the class what the warning looks like.</source>
        <translation>Eine neue Identität gibt diesem Server einen neuen Fingerabdruck. Jedes Salon, das schon einmal beigetreten ist, hält an und warnt, dass sich der Server geändert hat, bis alle den neuen Fingerabdruck mit dem Beamer vergleichen und annehmen.

Erzeuge nur dann eine, wenn der private Schlüssel kopiert worden sein könnte (jemand anderes hat dieses Konto benutzt, der PC wurde verliehen), oder um der Klasse zu zeigen, wie die Warnung aussieht.</translation>
    </message>
    <message>
        <source>Not encrypted: anyone on the network can read what is said in this room.</source>
        <translation>Nicht verschlüsselt: Alle im Netz können lesen, was in diesem Raum gesagt wird.</translation>
    </message>
    <message>
        <source>Encrypted.
Fingerprint:</source>
        <translation>Verschlüsselt.
Fingerabdruck:</translation>
    </message>
    <message>
        <source>Students check that their Salon shows the same fingerprint when they join for the first time.</source>
        <translation>Die Lernenden prüfen, dass ihr Salon beim ersten Beitreten denselben Fingerabdruck zeigt.</translation>
    </message>
</context>
<context>
    <name>JoinLink</name>
    <message>
        <source>&quot;%1&quot; is not a link Salon can join.</source>
        <translation>„%1“ ist kein Link, dem Salon beitreten kann.</translation>
    </message>
    <message>
        <source>Salon joins salon://, http:// and https:// links, not %1://.</source>
        <translation>Salon tritt über salon://-, http://- und https://-Links bei, nicht über %1://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names port 0.</source>
        <translation>„%1“ nennt Port 0.</translation>
    </message>
    <message>
        <source>The link&apos;s fingerprint is damaged: it must be 64 hexadecimal digits. Copy the whole link again.</source>
        <translation>Der Fingerabdruck im Link ist beschädigt: Er muss 64 Hexadezimalziffern haben. Kopieren Sie den ganzen Link erneut.</translation>
    </message>
</context>
<context>
    <name>LessonFile</name>
    <message>
        <source>The lesson kept in %1 could not be read: %2</source>
        <translation>Die in %1 aufbewahrte Stunde konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>too big</source>
        <translation>zu groß</translation>
    </message>
    <message>
        <source>The lesson kept in %1 is damaged; a new lesson starts.</source>
        <translation>Die in %1 aufbewahrte Stunde ist beschädigt; eine neue Stunde beginnt.</translation>
    </message>
    <message>
        <source>The lesson could not be kept in %1: %2</source>
        <translation>Die Stunde konnte nicht in %1 aufbewahrt werden: %2</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <source>server: longest text line, in bytes (%1).</source>
        <translation>server: längste Textzeile, in Bytes (%1).</translation>
    </message>
    <message>
        <source>server: longest Salon frame, in bytes (%1).</source>
        <translation>server: längster Salon-Rahmen, in Bytes (%1).</translation>
    </message>
    <message>
        <source>server: longest message, in characters (%1).</source>
        <translation>server: längste Nachricht, in Zeichen (%1).</translation>
    </message>
    <message>
        <source>server: bytes waiting for a slow reader before it is disconnected (%1).</source>
        <translation>server: Bytes, die auf einen langsamen Leser warten, bevor er getrennt wird (%1).</translation>
    </message>
    <message>
        <source>server: lines per second a client may send (%1).</source>
        <translation>server: Zeilen pro Sekunde, die ein Client senden darf (%1).</translation>
    </message>
    <message>
        <source>server: lines a client may send at once (%1).</source>
        <translation>server: Zeilen, die ein Client auf einmal senden darf (%1).</translation>
    </message>
    <message>
        <source>server: lines kept waiting before a flooder is disconnected (%1).</source>
        <translation>server: wartende Zeilen, bevor ein Flutender getrennt wird (%1).</translation>
    </message>
    <message>
        <source>server: no flood control (for benchmarks).</source>
        <translation>server: keine Flutkontrolle (für Benchmarks).</translation>
    </message>
    <message>
        <source>server: most people in the room (%1).</source>
        <translation>server: höchstens so viele Personen im Raum (%1).</translation>
    </message>
    <message>
        <source>server: places kept for the host&apos;s PC and for members coming back (%1).</source>
        <translation>server: Plätze für den PC des Gastgebers und für zurückkehrende Mitglieder (%1).</translation>
    </message>
    <message>
        <source>server: most connections still getting in at once (%1).</source>
        <translation>server: höchstens so viele Verbindungen gleichzeitig beim Hereinkommen (%1).</translation>
    </message>
    <message>
        <source>server: most connections from one address, loopback exempt (%1).</source>
        <translation>server: höchstens so viele Verbindungen von einer Adresse, Loopback ausgenommen (%1).</translation>
    </message>
    <message>
        <source>server: new connections per second from one address, loopback exempt (%1).</source>
        <translation>server: neue Verbindungen pro Sekunde von einer Adresse, Loopback ausgenommen (%1).</translation>
    </message>
    <message>
        <source>server: seconds a connection has to join the room (%1).</source>
        <translation>server: Sekunden, die eine Verbindung hat, um den Raum zu betreten (%1).</translation>
    </message>
    <message>
        <source>server: seconds of silence after which a Salon client counts as gone (%1).</source>
        <translation>server: Sekunden Stille, nach denen ein Salon-Client als weg gilt (%1).</translation>
    </message>
    <message>
        <source>server: seconds a Salon client that dropped keeps its name (%1).</source>
        <translation>server: Sekunden, die ein getrennter Salon-Client seinen Namen behält (%1).</translation>
    </message>
    <message>
        <source>--%1 takes a number from %2 to %3.</source>
        <translation>--%1 nimmt eine Zahl von %2 bis %3.</translation>
    </message>
</context>
<context>
    <name>ModerationActions</name>
    <message>
        <source>&amp;Muted: reads, but is not heard</source>
        <translation>&amp;Stumm: liest mit, wird aber nicht gehört</translation>
    </message>
    <message>
        <source>Send a private &amp;message…</source>
        <translation>Private &amp;Nachricht senden…</translation>
    </message>
    <message>
        <source>Private message</source>
        <translation>Privatnachricht</translation>
    </message>
    <message>
        <source>For %1 only, from %2:</source>
        <translation>Nur für %1, von %2:</translation>
    </message>
    <message>
        <source>&amp;Ban for the rest of the lesson…</source>
        <translation>Für den Rest der Stunde &amp;ausschließen…</translation>
    </message>
    <message>
        <source>Ban %1</source>
        <translation>%1 ausschließen</translation>
    </message>
    <message>
        <source>%1 shares an address with %2 (one PC, or a school&apos;s network): banning the address keeps them all out for the rest of the lesson. Ban them all?</source>
        <translation>%1 teilt sich eine Adresse mit %2 (ein PC oder das Netz einer Schule): Die Adresse auszuschließen, schließt alle für den Rest der Stunde aus. Alle ausschließen?</translation>
    </message>
    <message>
        <source>&amp;Lock the room</source>
        <translation>Raum &amp;abschließen</translation>
    </message>
    <message>
        <source>Nobody new joins; those in the room stay, and those who drop get back in</source>
        <translation>Niemand Neues kommt herein; wer im Raum ist, bleibt, und wer rausfliegt, kommt zurück</translation>
    </message>
    <message>
        <source>Your n&amp;ame in the room…</source>
        <translation>Dein N&amp;ame im Raum…</translation>
    </message>
    <message>
        <source>Students write to you under this name; nobody else may take it</source>
        <translation>Die Lernenden schreiben dir unter diesem Namen; niemand sonst darf ihn nehmen</translation>
    </message>
    <message>
        <source>Your name in the room</source>
        <translation>Dein Name im Raum</translation>
    </message>
    <message>
        <source>Your name in the room (letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;):</source>
        <translation>Dein Name im Raum (Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be your name in the room: someone has it, or it is not a possible nickname.</source>
        <translation>&quot;%1&quot; kann nicht dein Name im Raum sein: Jemand hat ihn schon, oder er ist kein möglicher Spitzname.</translation>
    </message>
    <message>
        <source>Start a &amp;new lesson</source>
        <translation>&amp;Neue Stunde beginnen</translation>
    </message>
    <message>
        <source>A clean room: no code, no lock, no mutes, bans or hands. Those in the room stay.</source>
        <translation>Ein leerer Raum: kein Code, nicht abgeschlossen, keine Stummschaltungen, Ausschlüsse oder Meldungen. Wer im Raum ist, bleibt.</translation>
    </message>
    <message>
        <source>&amp;End the lesson</source>
        <translation>Stunde &amp;beenden</translation>
    </message>
    <message>
        <source>Require a &amp;code…</source>
        <translation>&amp;Code verlangen…</translation>
    </message>
    <message>
        <source>Only those who type the code shown on the projector get in</source>
        <translation>Nur wer den Code vom Beamer eingibt, kommt herein</translation>
    </message>
    <message>
        <source>Only the &amp;teacher speaks</source>
        <translation>Nur die &amp;Lehrkraft spricht</translation>
    </message>
    <message>
        <source>Students read; their messages are not delivered, and they are told why</source>
        <translation>Die Lernenden lesen; ihre Nachrichten werden nicht zugestellt, und sie erfahren warum</translation>
    </message>
    <message>
        <source>&amp;Slow mode…</source>
        <translation>&amp;Langsamer Modus…</translation>
    </message>
    <message>
        <source>Slow mode</source>
        <translation>Langsamer Modus</translation>
    </message>
    <message>
        <source>One message every how many seconds, per student (0: no limit)?</source>
        <translation>Eine Nachricht alle wie viele Sekunden, pro Person (0: keine Grenze)?</translation>
    </message>
    <message>
        <source>&amp;Private messages</source>
        <translation>&amp;Privatnachrichten</translation>
    </message>
    <message>
        <source>Between everyone</source>
        <translation>Zwischen allen</translation>
    </message>
    <message>
        <source>Only to and from the teacher</source>
        <translation>Nur an die Lehrkraft und von ihr</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
</context>
<context>
    <name>Nickname</name>
    <message>
        <source>Teacher</source>
        <translation>Lehrkraft</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Gastgeber</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Durchsage</translation>
    </message>
    <message>
        <source>Salon</source>
        <translation>Salon</translation>
    </message>
    <message>
        <source>The nickname &quot;%1&quot; is kept for the teacher and the server: choose another.</source>
        <translation>Der Spitzname &quot;%1&quot; ist für die Lehrkraft und den Server reserviert: Wähle einen anderen.</translation>
    </message>
    <message>
        <source>A nickname can&apos;t be empty.</source>
        <translation>Ein Spitzname darf nicht leer sein.</translation>
    </message>
    <message>
        <source>A nickname has at most %1 characters.</source>
        <translation>Ein Spitzname hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>A nickname may hold only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation>Ein Spitzname darf nur Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos; enthalten.</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Give up on the messages still waiting to be sent</source>
        <translation>Die Nachrichten aufgeben, die noch auf das Senden warten</translation>
    </message>
    <message>
        <source>%1 → %2 (private)</source>
        <translation>%1 → %2 (privat)</translation>
    </message>
    <message>
        <source>Sending… %1: %2</source>
        <translation>Sende… %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more waiting</source>
        <translation>
            <numerusform>und %n weitere wartet</numerusform>
            <numerusform>und %n weitere warten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Verbunden seit</translation>
    </message>
    <message>
        <source>%1 joined from %2 (%3).</source>
        <translation>%1 ist von %2 hereingekommen (%3).</translation>
    </message>
    <message>
        <source>%1 left: %2.</source>
        <translation>%1 ist gegangen: %2.</translation>
    </message>
    <message>
        <source>%1 is now known as %2.</source>
        <translation>%1 heißt jetzt %2.</translation>
    </message>
    <message>
        <source>Encrypted (TLS): nobody on the network can read it.</source>
        <translation>Verschlüsselt (TLS): Niemand im Netz kann es lesen.</translation>
    </message>
    <message>
        <source>Not encrypted: anyone on the network can read it.</source>
        <translation>Nicht verschlüsselt: Alle im Netz können es lesen.</translation>
    </message>
    <message>
        <source>%1, encrypted</source>
        <translation>%1, verschlüsselt</translation>
    </message>
    <message>
        <source>%1, not encrypted</source>
        <translation>%1, nicht verschlüsselt</translation>
    </message>
</context>
<context>
    <name>PeerSession</name>
    <message>
        <source>%1 sent a line over %2 KiB, which was dropped.</source>
        <translation>%1 hat eine Zeile über %2 KiB gesendet, die verworfen wurde.</translation>
    </message>
    <message>
        <source>sent a frame over %1 KiB</source>
        <translation>hat einen Rahmen über %1 KiB gesendet</translation>
    </message>
    <message>
        <source>%1 sent a frame that is not valid JSON.</source>
        <translation>%1 hat einen Rahmen gesendet, der kein gültiges JSON ist.</translation>
    </message>
    <message>
        <source>flooding: more than %1 lines waiting</source>
        <translation>Flut: mehr als %1 Zeilen warten</translation>
    </message>
    <message>
        <source>%1 was disconnected for flooding.</source>
        <translation>%1 wurde wegen Flutens getrennt.</translation>
    </message>
    <message>
        <source>Goodbye.</source>
        <translation>Auf Wiedersehen.</translation>
    </message>
    <message>
        <source>did not join within %1 s</source>
        <translation>ist nicht innerhalb von %1 s hereingekommen</translation>
    </message>
    <message>
        <source>no answer for %1 s: connection lost</source>
        <translation>keine Antwort seit %1 s: Verbindung verloren</translation>
    </message>
    <message>
        <source>send queue exceeded: the client stopped reading</source>
        <translation>Sendewarteschlange überschritten: Der Client hat aufgehört zu lesen</translation>
    </message>
    <message>
        <source>%1 stopped reading; disconnected.</source>
        <translation>%1 hat aufgehört zu lesen; getrennt.</translation>
    </message>
    <message>
        <source>TLS that came too late, after the room took it for a text client</source>
        <translation>TLS, das zu spät kam, nachdem der Raum es für einen Textclient gehalten hatte</translation>
    </message>
    <message>
        <source>a web browser (HTTP) that came too late, after the room took it for a text client</source>
        <translation>ein Webbrowser (HTTP), der zu spät kam, nachdem der Raum ihn für einen Textclient gehalten hatte</translation>
    </message>
    <message>
        <source>%1 was closed: %2.</source>
        <translation>%1 wurde geschlossen: %2.</translation>
    </message>
    <message>
        <source>a Salon client whose hello came too late, after the room took it for a text client</source>
        <translation>ein Salon-Client, dessen Hello zu spät kam, nachdem der Raum ihn für einen Textclient gehalten hatte</translation>
    </message>
</context>
<context>
    <name>PlainTcpTransport</name>
    <message>
        <source>connection closed</source>
        <translation>Verbindung geschlossen</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <source>connection lost: %1</source>
        <translation>Verbindung verloren: %1</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>Translate this text to &quot;LTR&quot; in left-to-right languages and to &quot;RTL&quot; in right-to-left ones (Arabic, Hebrew): Qt then mirrors every window.</extracomment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>QrCodeWidget</name>
    <message>
        <source>QR code of %1</source>
        <translation>QR-Code von %1</translation>
    </message>
</context>
<context>
    <name>RawTextBar</name>
    <message>
        <source>None (like the tutorial&apos;s client)</source>
        <translation>Keines (wie der Client der Anleitung)</translation>
    </message>
    <message>
        <source>LF (\n)</source>
        <translation>LF (\n)</translation>
    </message>
    <message>
        <source>CRLF (\r\n)</source>
        <translation>CRLF (\r\n)</translation>
    </message>
    <message>
        <source>This server does not speak Salon: what you type is sent as raw text.</source>
        <translation>Dieser Server spricht kein Salon: Was du tippst, wird als reiner Text gesendet.</translation>
    </message>
    <message>
        <source>&amp;Line ending:</source>
        <translation>&amp;Zeilenende:</translation>
    </message>
</context>
<context>
    <name>ReconnectBar</name>
    <message>
        <source>Reconnect &amp;now</source>
        <translation>&amp;Jetzt neu verbinden</translation>
    </message>
    <message numerus="yes">
        <source>Connection lost — reconnecting in %n s</source>
        <translation>
            <numerusform>Verbindung verloren — neuer Versuch in %n s</numerusform>
            <numerusform>Verbindung verloren — neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Verbinde erneut…</translation>
    </message>
    <message>
        <source>%1 (last try: %2)</source>
        <translation>%1 (letzter Versuch: %2)</translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <source>&quot;%1&quot; is the teacher&apos;s name in this room: choose another.</source>
        <translation>&quot;%1&quot; ist der Name der Lehrkraft in diesem Raum: Wähle einen anderen.</translation>
    </message>
    <message>
        <source>The nickname &quot;%1&quot; is already taken in this room.</source>
        <translation>Der Spitzname &quot;%1&quot; ist in diesem Raum schon vergeben.</translation>
    </message>
    <message>
        <source>The nickname &quot;%1&quot; looks too much like &quot;%2&quot;, who is in the room.</source>
        <translation>Der Spitzname &quot;%1&quot; ähnelt zu sehr &quot;%2&quot;, der im Raum ist.</translation>
    </message>
    <message numerus="yes">
        <source>The nickname &quot;%1&quot; is kept for someone who was disconnected a moment ago; it is free again in %n minute(s) if they do not come back.</source>
        <translation>
            <numerusform>Der Spitzname &quot;%1&quot; ist für jemanden reserviert, der eben getrennt wurde; er wird in %n Minute frei, wenn die Person nicht zurückkommt.</numerusform>
            <numerusform>Der Spitzname &quot;%1&quot; ist für jemanden reserviert, der eben getrennt wurde; er wird in %n Minuten frei, wenn die Person nicht zurückkommt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been said in the room yet.</source>
        <translation>Im Raum wurde noch nichts gesagt.</translation>
    </message>
    <message>
        <source>The teacher muted you: you can read, but what you send is not delivered.</source>
        <translation>Die Lehrkraft hat dich stummgeschaltet: Du kannst lesen, aber was du sendest, wird nicht zugestellt.</translation>
    </message>
    <message>
        <source>The teacher unmuted you: you can speak again.</source>
        <translation>Die Lehrkraft hat deine Stummschaltung aufgehoben: Du kannst wieder sprechen.</translation>
    </message>
</context>
<context>
    <name>RoomCodeBar</name>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Beitreten</translation>
    </message>
    <message>
        <source>the code the teacher shows</source>
        <translation>der Code, den die Lehrkraft zeigt</translation>
    </message>
    <message>
        <source>That was not the room&apos;s code. Type the code the teacher shows, then Join:</source>
        <translation>Das war nicht der Code des Raums. Gib den Code ein, den die Lehrkraft zeigt, dann Beitreten:</translation>
    </message>
    <message>
        <source>This room needs a code. Type the code the teacher shows, then Join:</source>
        <translation>Dieser Raum braucht einen Code. Gib den Code ein, den die Lehrkraft zeigt, dann Beitreten:</translation>
    </message>
</context>
<context>
    <name>RoomCodePanel</name>
    <message>
        <source>Room code</source>
        <translation>Raumcode</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong code(s) in the last 10 minutes: someone may be guessing. Change the code, or lock the room once everyone is in.</source>
        <translation>
            <numerusform>%n falscher Code in den letzten 10 Minuten: Vielleicht rät jemand. Ändere den Code oder schließe den Raum ab, sobald alle drin sind.</numerusform>
            <numerusform>%n falsche Codes in den letzten 10 Minuten: Vielleicht rät jemand. Ändere den Code oder schließe den Raum ab, sobald alle drin sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only those who type this code get in. Show it on the projector; those already in the room stay. Letters, digits and &apos;-&apos;; spaces don&apos;t count.</source>
        <translation>Nur wer diesen Code eingibt, kommt herein. Zeige ihn am Beamer; wer schon im Raum ist, bleibt. Buchstaben, Ziffern und &apos;-&apos;; Leerzeichen zählen nicht.</translation>
    </message>
    <message>
        <source>&amp;Generate 6 digits</source>
        <translation>6 Ziffern &amp;erzeugen</translation>
    </message>
    <message>
        <source>&amp;No code</source>
        <translation>&amp;Kein Code</translation>
    </message>
</context>
<context>
    <name>RoomLogWriter</name>
    <message>
        <source>(a message removed by the teacher)</source>
        <translation>(eine von der Lehrkraft entfernte Nachricht)</translation>
    </message>
    <message>
        <source>You joined the room at %1:%2 as %3.</source>
        <translation>Du hast den Raum auf %1:%2 als %3 betreten.</translation>
    </message>
    <message>
        <source>%1 joined the room.</source>
        <translation>%1 hat den Raum betreten.</translation>
    </message>
    <message>
        <source>%1 left the room.</source>
        <translation>%1 hat den Raum verlassen.</translation>
    </message>
    <message>
        <source>%1 left the room (%2).</source>
        <translation>%1 hat den Raum verlassen (%2).</translation>
    </message>
    <message>
        <source>%1 is now known as %2.</source>
        <translation>%1 heißt jetzt %2.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>No Salon greeting from %1:%2: this is another kind of server. Switched to raw text mode: what you type is sent as is, and whatever arrives is shown.</source>
        <translation>Keine Salon-Begrüßung von %1:%2: Das ist eine andere Art von Server. Umgeschaltet auf reinen Textmodus: Was du tippst, wird unverändert gesendet, und alles, was ankommt, wird angezeigt.</translation>
    </message>
    <message>
        <source>Not sent: “%1” — %2</source>
        <translation>Nicht gesendet: „%1“ — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) typed for the other server were not sent.</source>
        <translation>
            <numerusform>%n für den anderen Server getippte Nachricht wurde nicht gesendet.</numerusform>
            <numerusform>%n für den anderen Server getippte Nachrichten wurden nicht gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection was lost.</source>
        <translation>Die Verbindung ist abgebrochen.</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Getrennt.</translation>
    </message>
    <message>
        <source>Connecting to %1 on port %2…</source>
        <translation>Verbinde mit %1 auf Port %2…</translation>
    </message>
    <message>
        <source>Said in the room before you came:</source>
        <translation>Im Raum gesagt, bevor du kamst:</translation>
    </message>
    <message>
        <source>%1 → %2 (private)</source>
        <translation>%1 → %2 (privat)</translation>
    </message>
    <message>
        <source>%1 (private)</source>
        <translation>%1 (privat)</translation>
    </message>
</context>
<context>
    <name>SafeFileName</name>
    <message>
        <source>&quot;%1&quot; is not a file name.</source>
        <translation>&quot;%1&quot; ist kein Dateiname.</translation>
    </message>
    <message>
        <source>A file name must be valid text.</source>
        <translation>Ein Dateiname muss gültiger Text sein.</translation>
    </message>
    <message>
        <source>A file name may not hold control characters.</source>
        <translation>Ein Dateiname darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>A file name may not hold invisible characters.</source>
        <translation>Ein Dateiname darf keine unsichtbaren Zeichen enthalten.</translation>
    </message>
    <message>
        <source>The file has no name.</source>
        <translation>Die Datei hat keinen Namen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a device&apos;s name on Windows, not a file&apos;s.</source>
        <translation>&quot;%1&quot; ist unter Windows der Name eines Geräts, nicht einer Datei.</translation>
    </message>
</context>
<context>
    <name>SalonDialect</name>
    <message>
        <source>Salon</source>
        <translation>Salon</translation>
    </message>
    <message>
        <source>Salon client</source>
        <translation>Salon-Client</translation>
    </message>
</context>
<context>
    <name>ServerAddresses</name>
    <message>
        <source>this computer&apos;s name</source>
        <translation>der Name dieses Computers</translation>
    </message>
    <message>
        <source>this computer only</source>
        <translation>nur dieser Computer</translation>
    </message>
    <message>
        <source>%1, link-local</source>
        <translation>%1, verbindungslokal</translation>
    </message>
</context>
<context>
    <name>ServerIdentity</name>
    <message>
        <source>The server&apos;s private key %1 can be read by other users of this computer: make it yours alone (chmod 600 %1), or delete it to make a new identity.</source>
        <translation>Der private Schlüssel des Servers %1 kann von anderen Benutzern dieses Computers gelesen werden: Mach ihn zu deinem allein (chmod 600 %1), oder lösche ihn, um eine neue Identität zu erzeugen.</translation>
    </message>
    <message>
        <source>The server&apos;s identity in %1 could not be read: %2</source>
        <translation>Die Identität des Servers in %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The server&apos;s identity in %1 is damaged: delete %2 and %3 to make a new one.</source>
        <translation>Die Identität des Servers in %1 ist beschädigt: Lösche %2 und %3, um eine neue zu erzeugen.</translation>
    </message>
    <message>
        <source>The server&apos;s identity could not be kept in %1: %2</source>
        <translation>Die Identität des Servers konnte nicht in %1 aufbewahrt werden: %2</translation>
    </message>
    <message>
        <source>the folder can&apos;t be made</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>The server&apos;s identity could not be made: %1</source>
        <translation>Die Identität des Servers konnte nicht erzeugt werden: %1</translation>
    </message>
</context>
<context>
    <name>ServerLink</name>
    <message>
        <source>The server turned us away: %1</source>
        <translation>Der Server hat uns abgewiesen: %1</translation>
    </message>
    <message>
        <source>While you were away, your nickname &quot;%1&quot; was taken: %2 Choose another one and connect again.</source>
        <translation>Während du weg warst, wurde dein Spitzname &quot;%1&quot; vergeben: %2 Wähle einen anderen und verbinde dich erneut.</translation>
    </message>
    <message>
        <source>The nickname &quot;%1&quot; can&apos;t be used: %2</source>
        <translation>Der Spitzname &quot;%1&quot; kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The server stopped answering (nothing for %1 s): the connection is lost.</source>
        <translation>Der Server antwortet nicht mehr (nichts seit %1 s): Die Verbindung ist verloren.</translation>
    </message>
    <message>
        <source>No answer from %1 after %2 s: is a firewall blocking port %3?</source>
        <translation>Keine Antwort von %1 nach %2 s: Blockiert eine Firewall Port %3?</translation>
    </message>
    <message>
        <source>The server greeted us but did not let us in: it may be another version of Salon.</source>
        <translation>Der Server hat uns begrüßt, aber nicht hereingelassen: Vielleicht eine andere Version von Salon.</translation>
    </message>
    <message>
        <source>The server sent a frame over %1 KiB; the connection was closed.</source>
        <translation>Der Server hat einen Rahmen über %1 KiB gesendet; die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>The server did not finish the TLS handshake within %1 s.</source>
        <translation>Der Server hat den TLS-Handshake nicht innerhalb von %1 s beendet.</translation>
    </message>
    <message>
        <source>The server finished the TLS handshake but did not greet us within %1 s.</source>
        <translation>Der Server hat den TLS-Handshake abgeschlossen, uns aber nicht innerhalb von %1 s begrüßt.</translation>
    </message>
</context>
<context>
    <name>ServerTrust</name>
    <message>
        <source>Check the server&apos;s fingerprint</source>
        <translation>Prüfe den Fingerabdruck des Servers</translation>
    </message>
    <message>
        <source>First time in the room at %1:%2. It is encrypted, but is it the teacher&apos;s server? Compare this fingerprint with the one the teacher&apos;s screen shows:</source>
        <translation>Zum ersten Mal im Raum auf %1:%2. Er ist verschlüsselt, aber ist es der Server der Lehrkraft? Vergleiche diesen Fingerabdruck mit dem auf dem Bildschirm der Lehrkraft:</translation>
    </message>
    <message>
        <source>If they differ, another computer may be pretending to be the teacher&apos;s: do not join, and tell the teacher.</source>
        <translation>Wenn sie sich unterscheiden, gibt sich vielleicht ein anderer Computer als der der Lehrkraft aus: Tritt nicht bei und sag es der Lehrkraft.</translation>
    </message>
    <message>
        <source>They &amp;match: join</source>
        <translation>Sie &amp;stimmen überein: beitreten</translation>
    </message>
    <message>
        <source>They &amp;differ</source>
        <translation>Sie &amp;unterscheiden sich</translation>
    </message>
    <message>
        <source>This server no longer encrypts</source>
        <translation>Dieser Server verschlüsselt nicht mehr</translation>
    </message>
    <message>
        <source>This is not the server you joined before</source>
        <translation>Das ist nicht der Server, dem du vorher beigetreten bist</translation>
    </message>
    <message>
        <source>The server at %1:%2 encrypted the room last time. Now it offers no encryption at all.</source>
        <translation>Der Server auf %1:%2 hat den Raum letztes Mal verschlüsselt. Jetzt bietet er gar keine Verschlüsselung an.</translation>
    </message>
    <message>
        <source>The server at %1:%2 shows another fingerprint than the one you compared with the teacher&apos;s screen.</source>
        <translation>Der Server auf %1:%2 zeigt einen anderen Fingerabdruck als den, den du mit dem Bildschirm der Lehrkraft verglichen hast.</translation>
    </message>
    <message>
        <source>It may be another computer pretending to be the teacher&apos;s, to read what the class writes. Salon did not join, and sent nothing.</source>
        <translation>Es kann ein anderer Computer sein, der sich als der der Lehrkraft ausgibt, um mitzulesen, was die Klasse schreibt. Salon ist nicht beigetreten und hat nichts gesendet.</translation>
    </message>
    <message>
        <source>The fingerprint you accepted:</source>
        <translation>Der Fingerabdruck, den du angenommen hast:</translation>
    </message>
    <message>
        <source>The fingerprint it shows now:</source>
        <translation>Der Fingerabdruck, den er jetzt zeigt:</translation>
    </message>
    <message>
        <source>Ask the teacher. If the room really runs without encryption now, you may join it anyway: everyone on the network can then read what you write.</source>
        <translation>Frag die Lehrkraft. Wenn der Raum jetzt wirklich ohne Verschlüsselung läuft, kannst du trotzdem beitreten: Dann können alle im Netz lesen, was du schreibst.</translation>
    </message>
    <message>
        <source>Ask the teacher. If they made a new identity (Room ▸ New identity), their screen shows the new fingerprint: compare it with the one above before you trust it.</source>
        <translation>Frag die Lehrkraft. Wenn sie eine neue Identität erzeugt hat (Raum ▸ Neue Identität), zeigt ihr Bildschirm den neuen Fingerabdruck: Vergleiche ihn mit dem oben, bevor du ihm vertraust.</translation>
    </message>
    <message>
        <source>The teacher says the room is no longer encrypted</source>
        <translation>Die Lehrkraft sagt, dass der Raum nicht mehr verschlüsselt ist</translation>
    </message>
    <message>
        <source>The teacher made a new identity, and the new fingerprint matches their screen</source>
        <translation>Die Lehrkraft hat eine neue Identität erzeugt, und der neue Fingerabdruck stimmt mit ihrem Bildschirm überein</translation>
    </message>
    <message>
        <source>&amp;Do not join</source>
        <translation>&amp;Nicht beitreten</translation>
    </message>
    <message>
        <source>&amp;Join without encryption</source>
        <translation>&amp;Ohne Verschlüsselung beitreten</translation>
    </message>
    <message>
        <source>&amp;Trust the new fingerprint</source>
        <translation>Dem neuen Fingerabdruck &amp;vertrauen</translation>
    </message>
    <message>
        <source>This server does not encrypt</source>
        <translation>Dieser Server verschlüsselt nicht</translation>
    </message>
    <message>
        <source>The join link names a fingerprint for %1:%2, but the server there offers no encryption at all.</source>
        <translation>Der Beitrittslink nennt einen Fingerabdruck für %1:%2, aber der Server dort bietet gar keine Verschlüsselung an.</translation>
    </message>
    <message>
        <source>This is not the server the link names</source>
        <translation>Das ist nicht der Server, den der Link nennt</translation>
    </message>
    <message>
        <source>The server at %1:%2 shows another fingerprint than the one its join link names.</source>
        <translation>Der Server unter %1:%2 zeigt einen anderen Fingerabdruck, als sein Beitrittslink nennt.</translation>
    </message>
    <message>
        <source>The fingerprint the link names:</source>
        <translation>Der Fingerabdruck, den der Link nennt:</translation>
    </message>
    <message>
        <source>Ask the teacher for the right link, or compare the fingerprint it shows now with the one on the teacher&apos;s screen before you trust it.</source>
        <translation>Fragen Sie die Lehrkraft nach dem richtigen Link, oder vergleichen Sie den Fingerabdruck, den er jetzt zeigt, mit dem auf dem Bildschirm der Lehrkraft, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>The fingerprint it shows matches the teacher&apos;s screen</source>
        <translation>Der Fingerabdruck, den er zeigt, stimmt mit dem Bildschirm der Lehrkraft überein</translation>
    </message>
</context>
<context>
    <name>ServerWindow</name>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>&amp;Announce</source>
        <translation>&amp;Durchsagen</translation>
    </message>
    <message>
        <source>Salon — Server</source>
        <translation>Salon — Server</translation>
    </message>
    <message>
        <source>any free</source>
        <translation>beliebiger freier</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>The name clients see in their list of servers found; it can change while the room is open</source>
        <translation>Der Name, den Clients in ihrer Liste gefundener Server sehen; er kann sich bei geöffnetem Raum ändern</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Raum:</translation>
    </message>
    <message>
        <source>Clients can connect to</source>
        <translation>Clients können sich verbinden mit</translation>
    </message>
    <message>
        <source>Disconnect this client</source>
        <translation>Diesen Client trennen</translation>
    </message>
    <message>
        <source>In the room</source>
        <translation>Im Raum</translation>
    </message>
    <message>
        <source>The room&apos;s messages and events will appear here.</source>
        <translation>Hier erscheinen die Nachrichten und Ereignisse des Raums.</translation>
    </message>
    <message>
        <source>Announcement to everyone</source>
        <translation>Durchsage an alle</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>%1 in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>The room is open on port %1.</source>
        <translation>Der Raum ist auf Port %1 geöffnet.</translation>
    </message>
    <message>
        <source>The room is closed.</source>
        <translation>Der Raum ist geschlossen.</translation>
    </message>
    <message>
        <source>%1 → %2 (private)</source>
        <translation>%1 → %2 (privat)</translation>
    </message>
    <message>
        <source>%1 sent a private message to %2.</source>
        <translation>%1 hat %2 eine Privatnachricht gesendet.</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Durchsage</translation>
    </message>
    <message>
        <source>%1 raised a hand.</source>
        <translation>%1 hat sich gemeldet.</translation>
    </message>
    <message>
        <source>(removed: a message from %1)</source>
        <translation>(entfernt: eine Nachricht von %1)</translation>
    </message>
    <message>
        <source>&amp;Remove this message for everyone</source>
        <translation>Diese Nachricht für alle &amp;entfernen</translation>
    </message>
    <message>
        <source>That message is no longer in the history.</source>
        <translation>Diese Nachricht ist nicht mehr im Verlauf.</translation>
    </message>
    <message>
        <source>Lesson under way since %1: the code, the lock, mutes, bans and hands belong to it.</source>
        <translation>Stunde läuft seit %1: Code, Abschließen, Stummschaltungen, Ausschlüsse und Meldungen gehören zu ihr.</translation>
    </message>
    <message>
        <source>The lesson is over: the room is clean.</source>
        <translation>Die Stunde ist vorbei: Der Raum ist leer.</translation>
    </message>
    <message>
        <source>Salon on %1</source>
        <translation>Salon auf %1</translation>
    </message>
    <message>
        <source>Salon</source>
        <translation>Salon</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Raum</translation>
    </message>
    <message>
        <source>Open a &amp;client window</source>
        <translation>&amp;Client-Fenster öffnen</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Save the room&apos;s &amp;history as…</source>
        <translation>&amp;Verlauf des Raums speichern unter…</translation>
    </message>
    <message>
        <source>Every lesson kept on this PC, with dates and names, as a web page or a text file</source>
        <translation>Alle auf diesem PC aufbewahrten Stunden, mit Daten und Namen, als Webseite oder Textdatei</translation>
    </message>
    <message>
        <source>This room keeps no history on disk.</source>
        <translation>Dieser Raum bewahrt keinen Verlauf auf der Festplatte auf.</translation>
    </message>
    <message>
        <source>Save the room&apos;s history as</source>
        <translation>Verlauf des Raums speichern unter</translation>
    </message>
    <message>
        <source>Web page (*.html);;Text file (*.txt)</source>
        <translation>Webseite (*.html);;Textdatei (*.txt)</translation>
    </message>
    <message>
        <source>The history could not be saved in %1: %2</source>
        <translation>Der Verlauf konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The room&apos;s history is in %1.</source>
        <translation>Der Verlauf des Raums liegt in %1.</translation>
    </message>
    <message>
        <source>Use port %1</source>
        <translation>Port %1 verwenden</translation>
    </message>
    <message>
        <source>Start the server first: nobody can hear you yet.</source>
        <translation>Starte zuerst den Server: Noch kann dich niemand hören.</translation>
    </message>
    <message>
        <source>removed by the host</source>
        <translation>vom Gastgeber entfernt</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Salon — Server on port %1</source>
        <translation>Salon — Server auf Port %1</translation>
    </message>
    <message>
        <source>Stopped. Press Start to open the room.</source>
        <translation>Angehalten. Drücke auf Starten, um den Raum zu öffnen.</translation>
    </message>
    <message>
        <source>Type one of these addresses and port %1 in Salon, or in a terminal: nc ADDRESS %1</source>
        <translation>Gib eine dieser Adressen und Port %1 in Salon ein, oder in einem Terminal: nc ADRESSE %1</translation>
    </message>
    <message numerus="yes">
        <source>Open on port %1 — %n person(s) in the room.</source>
        <translation>
            <numerusform>Offen auf Port %1 — %n Person im Raum.</numerusform>
            <numerusform>Offen auf Port %1 — %n Personen im Raum.</numerusform>
        </translation>
    </message>
    <message>
        <source>The room is full (%1 places).</source>
        <translation>Der Raum ist voll (%1 Plätze).</translation>
    </message>
    <message>
        <source>Lesson since %1.</source>
        <translation>Stunde seit %1.</translation>
    </message>
    <message>
        <source>Locked: nobody new joins.</source>
        <translation>Abgeschlossen: Niemand Neues kommt herein.</translation>
    </message>
    <message numerus="yes">
        <source>%n getting in.</source>
        <translation>
            <numerusform>%n kommt herein.</numerusform>
            <numerusform>%n kommen herein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) kept for people who dropped.</source>
        <translation>
            <numerusform>%n Name für Getrennte reserviert.</numerusform>
            <numerusform>%n Namen für Getrennte reserviert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turned away in the last minute.</source>
        <translation>
            <numerusform>%n in der letzten Minute abgewiesen.</numerusform>
            <numerusform>%n in der letzten Minute abgewiesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong code(s) in the last 10 minutes.</source>
        <translation>
            <numerusform>%n falscher Code in den letzten 10 Minuten.</numerusform>
            <numerusform>%n falsche Codes in den letzten 10 Minuten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) waiting after too many wrong codes.</source>
        <translation>
            <numerusform>%n Adresse wartet nach zu vielen falschen Codes.</numerusform>
            <numerusform>%n Adressen warten nach zu vielen falschen Codes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Salon clients on the network find this room as &quot;%1&quot; (UDP port %2).</source>
        <translation>Salon-Clients im Netz finden diesen Raum als &quot;%1&quot; (UDP-Port %2).</translation>
    </message>
    <message>
        <source>Salon clients on this PC find this room as &quot;%1&quot;; other PCs type an address.</source>
        <translation>Salon-Clients auf diesem PC finden diesen Raum als &quot;%1&quot;; andere PCs geben eine Adresse ein.</translation>
    </message>
    <message>
        <source>The room is not announced (discovery is off): clients type an address.</source>
        <translation>Der Raum wird nicht angekündigt (die Suche ist aus): Clients geben eine Adresse ein.</translation>
    </message>
    <message>
        <source>A new identity: the fingerprint is now %1. Students who joined before are warned, and compare it with the projector again.</source>
        <translation>Neue Identität: Der Fingerabdruck ist jetzt %1. Wer schon beigetreten war, wird gewarnt und vergleicht ihn erneut mit dem Beamer.</translation>
    </message>
    <message>
        <source>New &amp;identity…</source>
        <translation>Neue &amp;Identität…</translation>
    </message>
    <message>
        <source>New identity</source>
        <translation>Neue Identität</translation>
    </message>
    <message>
        <source>Only &amp;encrypted connections</source>
        <translation>Nur &amp;verschlüsselte Verbindungen</translation>
    </message>
    <message>
        <source>Plain connections (nc, telnet, the tutorial&apos;s client, older Salon) are told how to connect encrypted, then closed</source>
        <translation>Unverschlüsselte Verbindungen (nc, telnet, der Client der Anleitung, ein älteres Salon) erfahren, wie sie sich verschlüsselt verbinden, und werden geschlossen</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <source>%1 handed in %2 (%3), late.</source>
        <translation>%1 hat %2 abgegeben (%3), verspätet.</translation>
    </message>
    <message>
        <source>%1 handed in %2 (%3).</source>
        <translation>%1 hat %2 abgegeben (%3).</translation>
    </message>
    <message>
        <source>&amp;Hand out…</source>
        <translation>&amp;Austeilen…</translation>
    </message>
    <message>
        <source>Everyone in the room gets the file, and those who join later; dropping files on this window does the same</source>
        <translation>Alle im Raum bekommen die Datei, auch die, die später kommen; Dateien auf dieses Fenster ziehen tut dasselbe</translation>
    </message>
    <message>
        <source>C&amp;ollect work…</source>
        <translation>Arbeiten ein&amp;sammeln…</translation>
    </message>
    <message>
        <source>Stop c&amp;ollecting work</source>
        <translation>Ein&amp;sammeln beenden</translation>
    </message>
    <message>
        <source>Open the hand-in &amp;folder</source>
        <translation>&amp;Ordner der Abgaben öffnen</translation>
    </message>
    <message>
        <source>Students may &amp;share files</source>
        <translation>Schüler dürfen Dateien &amp;teilen</translation>
    </message>
    <message>
        <source>Students may send a file to everyone in the room; off, files go between you and them only</source>
        <translation>Schüler dürfen eine Datei an alle im Raum schicken; sonst gehen Dateien nur zwischen dir und ihnen</translation>
    </message>
    <message>
        <source>Find a name or an address</source>
        <translation>Einen Namen oder eine Adresse finden</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>&amp;Host a room</source>
        <translation>Raum &amp;eröffnen</translation>
    </message>
    <message>
        <source>&amp;Join a room</source>
        <translation>Einem Raum &amp;beitreten</translation>
    </message>
    <message>
        <source>&amp;Try it on this computer</source>
        <translation>Auf diesem Computer &amp;ausprobieren</translation>
    </message>
    <message>
        <source>Salon</source>
        <translation>Salon</translation>
    </message>
    <message>
        <source>Welcome to Salon</source>
        <translation>Willkommen bei Salon</translation>
    </message>
    <message>
        <source>A chat for the people in this room. What would you like to do?</source>
        <translation>Ein Chat für die Menschen in diesem Raum. Was möchtest du tun?</translation>
    </message>
    <message>
        <source>Start a chat room on this computer. Others join it by typing the address the server window shows.</source>
        <translation>Einen Chatraum auf diesem Computer eröffnen. Andere treten bei, indem sie die Adresse eingeben, die das Serverfenster zeigt.</translation>
    </message>
    <message>
        <source>Connect to a room that someone started, on this computer or another one.</source>
        <translation>Mit einem Raum verbinden, den jemand eröffnet hat, auf diesem oder einem anderen Computer.</translation>
    </message>
    <message>
        <source>A room and two people in it, side by side on this screen: a classroom demo.</source>
        <translation>Ein Raum mit zwei Personen darin, nebeneinander auf diesem Bildschirm: eine Vorführung für die Klasse.</translation>
    </message>
</context>
<context>
    <name>TcpTransport</name>
    <message>
        <source>connection closed</source>
        <translation>Verbindung geschlossen</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <source>connection lost: %1</source>
        <translation>Verbindung verloren: %1</translation>
    </message>
</context>
<context>
    <name>TextDialect</name>
    <message>
        <source>*** Server: %1</source>
        <translation>*** Server: %1</translation>
    </message>
    <message>
        <source>[private] %1 -&gt; %2: %3</source>
        <translation>[privat] %1 -&gt; %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>*** The last %n message(s) said in the room (/history 50 shows more):</source>
        <translation>
            <numerusform>*** Die letzte Nachricht im Raum (/history 50 zeigt mehr):</numerusform>
            <numerusform>*** Die letzten %n Nachrichten im Raum (/history 50 zeigt mehr):</numerusform>
        </translation>
    </message>
    <message>
        <source>*** End of the earlier messages.</source>
        <translation>*** Ende der früheren Nachrichten.</translation>
    </message>
    <message>
        <source>*** You are %1. Type /nick NAME to change it.</source>
        <translation>*** Du bist %1. Tippe /nick NAME, um das zu ändern.</translation>
    </message>
    <message>
        <source>*** In the room (%1): %2</source>
        <translation>*** Im Raum (%1): %2</translation>
    </message>
    <message>
        <source>*** %1 joined the room</source>
        <translation>*** %1 hat den Raum betreten</translation>
    </message>
    <message>
        <source>*** %1 left the room (%2)</source>
        <translation>*** %1 hat den Raum verlassen (%2)</translation>
    </message>
    <message>
        <source>*** %1 is now known as %2</source>
        <translation>*** %1 heißt jetzt %2</translation>
    </message>
    <message>
        <source>!!! %1</source>
        <translation>!!! %1</translation>
    </message>
    <message>
        <source>*** Your hand is up: you are number %1 in line.</source>
        <translation>*** Du hast dich gemeldet: Du bist Nummer %1 in der Reihe.</translation>
    </message>
    <message>
        <source>*** Your hand is down.</source>
        <translation>*** Deine Meldung ist zurückgenommen.</translation>
    </message>
    <message>
        <source>*** The teacher removed a message from %1 (said at %2).</source>
        <translation>*** Die Lehrkraft hat eine Nachricht von %1 entfernt (gesagt um %2).</translation>
    </message>
    <message>
        <source>*** This room needs a code: type the code the teacher shows, then press Enter.</source>
        <translation>*** Dieser Raum braucht einen Code: Gib den Code ein, den die Lehrkraft zeigt, und drücke Eingabe.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>text client</source>
        <translation>Text-Client</translation>
    </message>
    <message>
        <source>A text client: nc, telnet, a Python script…</source>
        <translation>Ein Text-Client: nc, telnet, ein Python-Skript…</translation>
    </message>
    <message>
        <source>*** The teacher hands out %1 (%2): %3</source>
        <translation>*** Die Lehrkraft teilt %1 aus (%2): %3</translation>
    </message>
    <message>
        <source>*** The teacher no longer collects work.</source>
        <translation>*** Die Lehrkraft sammelt keine Arbeiten mehr ein.</translation>
    </message>
    <message>
        <source>*** The teacher collects work: hand it in from a Salon window or the room&apos;s web page.</source>
        <translation>*** Die Lehrkraft sammelt Arbeiten ein: gib deine aus einem Salon-Fenster oder über die Webseite des Raums ab.</translation>
    </message>
    <message>
        <source>*** The teacher collects work (%1): hand it in from a Salon window or the room&apos;s web page.</source>
        <translation>*** Die Lehrkraft sammelt Arbeiten ein (%1): gib deine aus einem Salon-Fenster oder über die Webseite des Raums ab.</translation>
    </message>
    <message>
        <source>*** %1 shares %2 (%3): %4</source>
        <translation>*** %1 teilt %2 (%3): %4</translation>
    </message>
    <message>
        <source>*** Students may now share files with the room (from a Salon window or the room&apos;s web page).</source>
        <translation>*** Schüler dürfen jetzt Dateien mit dem Raum teilen (aus einem Salon-Fenster oder über die Webseite des Raums).</translation>
    </message>
    <message>
        <source>*** Students may no longer share files with the room.</source>
        <translation>*** Schüler dürfen keine Dateien mehr mit dem Raum teilen.</translation>
    </message>
    <message numerus="yes">
        <source>*** %n people joined the room, among them %1 (/who lists everyone)</source>
        <translation>
            <numerusform>*** %n Person hat den Raum betreten, darunter %1 (/who listet alle auf)</numerusform>
            <numerusform>*** %n Personen haben den Raum betreten, darunter %1 (/who listet alle auf)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>Salon — what was said in the room</source>
        <translation>Salon — was im Raum gesagt wurde</translation>
    </message>
    <message>
        <source>=== A new lesson, %1 ===</source>
        <translation>=== Eine neue Stunde, %1 ===</translation>
    </message>
    <message>
        <source>*** %1 (announcement): %2</source>
        <translation>*** %1 (Durchsage): %2</translation>
    </message>
    <message>
        <source>A new lesson, %1</source>
        <translation>Eine neue Stunde, %1</translation>
    </message>
    <message>
        <source>%1 (announcement)</source>
        <translation>%1 (Durchsage)</translation>
    </message>
</context>
<context>
    <name>TransferExchange</name>
    <message>
        <source>Join the room first: work is handed in by a member.</source>
        <translation>Tritt zuerst dem Raum bei: Arbeiten gibt ein Mitglied ab.</translation>
    </message>
    <message>
        <source>A hand-in says its name, its size and its SHA-256.</source>
        <translation>Eine Abgabe nennt ihren Namen, ihre Größe und ihren SHA-256.</translation>
    </message>
    <message>
        <source>This hand-in is not known (any more): begin it again.</source>
        <translation>Diese Abgabe ist (nicht mehr) bekannt: beginne sie neu.</translation>
    </message>
    <message>
        <source>This file is being handed in already.</source>
        <translation>Diese Datei wird bereits abgegeben.</translation>
    </message>
    <message>
        <source>A hand-in&apos;s bytes come with their length.</source>
        <translation>Die Bytes einer Abgabe kommen mit ihrer Länge.</translation>
    </message>
    <message numerus="yes">
        <source>The teacher has %n bytes of this file: go on from there.</source>
        <translation>
            <numerusform>Die Lehrkraft hat %n Byte dieser Datei: mach dort weiter.</numerusform>
            <numerusform>Die Lehrkraft hat %n Bytes dieser Datei: mach dort weiter.</numerusform>
        </translation>
    </message>
    <message>
        <source>More bytes than the file has.</source>
        <translation>Mehr Bytes, als die Datei hat.</translation>
    </message>
    <message>
        <source>The collection is over.</source>
        <translation>Das Einsammeln ist vorbei.</translation>
    </message>
</context>
<context>
    <name>TransferJob</name>
    <message numerus="yes">
        <source>%1 Trying again in %n s.</source>
        <translation>
            <numerusform>%1 Neuer Versuch in %n s.</numerusform>
            <numerusform>%1 Neuer Versuch in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferRequest</name>
    <message>
        <source>The server is not the one this room was joined on.</source>
        <translation>Der Server ist nicht der, über den dieser Raum betreten wurde.</translation>
    </message>
</context>
<context>
    <name>TransfersPanel</name>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>noch %n s</numerusform>
            <numerusform>noch %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>noch %n Min.</numerusform>
            <numerusform>noch %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>&amp;Hand in…</source>
        <translation>&amp;Abgeben…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Noch einmal</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>The teacher collects work: hand it in, or drop it on this window.</source>
        <translation>Die Lehrkraft sammelt Arbeiten ein: gib deine ab oder zieh sie auf dieses Fenster.</translation>
    </message>
    <message>
        <source>The teacher collects work (%1): hand it in, or drop it on this window.</source>
        <translation>Die Lehrkraft sammelt Arbeiten ein (%1): gib deine ab oder zieh sie auf dieses Fenster.</translation>
    </message>
    <message>
        <source>Hand in to the teacher</source>
        <translation>Bei der Lehrkraft abgeben</translation>
    </message>
    <message>
        <source>⬇ %1</source>
        <translation>⬇ %1</translation>
    </message>
    <message>
        <source>⬆ %1</source>
        <translation>⬆ %1</translation>
    </message>
    <message>
        <source>Handed out by the teacher</source>
        <translation>Von der Lehrkraft ausgeteilt</translation>
    </message>
    <message>
        <source>Handed in by you</source>
        <translation>Von dir abgegeben</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Working out its SHA-256…</source>
        <translation>SHA-256 wird berechnet…</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Beginnt…</translation>
    </message>
    <message>
        <source>Checking its SHA-256…</source>
        <translation>SHA-256 wird geprüft…</translation>
    </message>
    <message>
        <source>Saved, checked: %1</source>
        <translation>Gespeichert, geprüft: %1</translation>
    </message>
    <message>
        <source>Handed in (late), checked by the teacher</source>
        <translation>Abgegeben (verspätet), von der Lehrkraft geprüft</translation>
    </message>
    <message>
        <source>Handed in, checked by the teacher</source>
        <translation>Abgegeben, von der Lehrkraft geprüft</translation>
    </message>
    <message>
        <source>Sh&amp;are…</source>
        <translation>&amp;Teilen…</translation>
    </message>
    <message>
        <source>Share a file with everyone in the room (the teacher allows it)</source>
        <translation>Eine Datei mit allen im Raum teilen (die Lehrkraft erlaubt es)</translation>
    </message>
    <message>
        <source>Share with the room</source>
        <translation>Mit dem Raum teilen</translation>
    </message>
    <message>
        <source>Shared by %1</source>
        <translation>Geteilt von %1</translation>
    </message>
    <message>
        <source>Shared with the room by you</source>
        <translation>Von dir mit dem Raum geteilt</translation>
    </message>
    <message>
        <source>Shared with the room, checked</source>
        <translation>Mit dem Raum geteilt, geprüft</translation>
    </message>
</context>
<context>
    <name>WebSocketTransport</name>
    <message>
        <source>connection closed</source>
        <translation>Verbindung geschlossen</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>browser</source>
        <translation>Browser</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;Save the log as…</source>
        <translation>Verlauf &amp;speichern unter…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
</context>
<context>
    <name>WireInspector</name>
    <message>
        <source>Wire inspector</source>
        <translation>Leitungsinspektor</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>&amp;Heartbeats</source>
        <translation>&amp;Herzschläge</translation>
    </message>
    <message>
        <source>Show the ping and pong lines that keep a quiet connection alive</source>
        <translation>Die ping- und pong-Zeilen zeigen, die eine ruhige Verbindung am Leben halten</translation>
    </message>
    <message>
        <source>Select a line to see its bytes.</source>
        <translation>Wähle eine Zeile, um ihre Bytes zu sehen.</translation>
    </message>
    <message>
        <source>All connections</source>
        <translation>Alle Verbindungen</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message numerus="yes">
        <source>Paused: %n line(s) waiting</source>
        <translation>
            <numerusform>Pausiert: %n Zeile wartet</numerusform>
            <numerusform>Pausiert: %n Zeilen warten</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Only what the network sees</source>
        <translation>Nur was das &amp;Netz sieht</translation>
    </message>
    <message>
        <source>Leave out the decrypted lines: what is left is all an eavesdropper on the network gets</source>
        <translation>Entschlüsselte Zeilen ausblenden: Was bleibt, ist alles, was ein Lauscher im Netz bekommt</translation>
    </message>
</context>
<context>
    <name>WireLogModel</name>
    <message>
        <source>state</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>← in</source>
        <translation>← ein</translation>
    </message>
    <message>
        <source>→ out</source>
        <translation>→ aus</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Socket state: %1</source>
        <translation>Socket-Zustand: %1</translation>
    </message>
    <message>
        <source>(the first %1 of %2 bytes)</source>
        <translation>(die ersten %1 von %2 Bytes)</translation>
    </message>
    <message>
        <source>in clear</source>
        <translation>im Klartext</translation>
    </message>
    <message>
        <source>decrypted</source>
        <translation>entschlüsselt</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS-Handshake</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>verschlüsselt</translation>
    </message>
    <message>
        <source>The connection&apos;s state, as the system reports it</source>
        <translation>Der Zustand der Verbindung, wie das System ihn meldet</translation>
    </message>
    <message>
        <source>Decrypted here: on the network these bytes were encrypted, and only the two ends can read them</source>
        <translation>Hier entschlüsselt: Im Netz waren diese Bytes verschlüsselt, und nur die beiden Enden können sie lesen</translation>
    </message>
    <message>
        <source>In clear: anyone on the network can read these bytes</source>
        <translation>Im Klartext: Jeder im Netz kann diese Bytes lesen</translation>
    </message>
    <message>
        <source>What the network carries: bytes nobody can read without the key</source>
        <translation>Was das Netz transportiert: Bytes, die ohne den Schlüssel niemand lesen kann</translation>
    </message>
    <message>
        <source>The TLS handshake: the two ends agree on keys, and the server shows its certificate</source>
        <translation>Der TLS-Handshake: Die beiden Enden einigen sich auf Schlüssel, und der Server zeigt sein Zertifikat</translation>
    </message>
    <message>
        <source>ClientHello: the client starts TLS (readable: the versions and ciphers it offers, no chat)</source>
        <translation>ClientHello: Der Client beginnt TLS (lesbar: die Versionen und Verschlüsselungen, die er anbietet, kein Chat)</translation>
    </message>
    <message>
        <source>handshake from the other end</source>
        <translation>Handshake vom anderen Ende</translation>
    </message>
    <message>
        <source>handshake from this end</source>
        <translation>Handshake von diesem Ende</translation>
    </message>
    <message>
        <source>encrypted from here on: %1</source>
        <translation>ab hier verschlüsselt: %1</translation>
    </message>
    <message>
        <source>ciphertext: all the network sees of the decrypted lines</source>
        <translation>Geheimtext: alles, was das Netz von den entschlüsselten Zeilen sieht</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>The TLS handshake is over: %1.
Everything that follows on this connection is encrypted.</source>
        <translation>Der TLS-Handshake ist abgeschlossen: %1.
Alles, was auf dieser Verbindung folgt, ist verschlüsselt.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) crossed the network encrypted. The program only gets what they decrypt to: the rows marked “decrypted”. An eavesdropper gets these bytes and cannot read them.</source>
        <translation>
            <numerusform>%n Byte ging verschlüsselt über das Netz. Das Programm bekommt nur, was es entschlüsselt ergibt: die als „entschlüsselt“ markierten Zeilen. Ein Lauscher bekommt dieses Byte und kann es nicht lesen.</numerusform>
            <numerusform>%n Bytes gingen verschlüsselt über das Netz. Das Programm bekommt nur, was sie entschlüsselt ergeben: die als „entschlüsselt“ markierten Zeilen. Ein Lauscher bekommt diese Bytes und kann sie nicht lesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decrypted here: on the network these bytes were encrypted.</source>
        <translation>Hier entschlüsselt: Im Netz waren diese Bytes verschlüsselt.</translation>
    </message>
</context>
<context>
    <name>ZoomController</name>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>&amp;Normale Größe</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try: salon --help</source>
        <translation>Versuch: salon --help</translation>
    </message>
</context>
</TS>
