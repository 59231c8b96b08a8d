<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AddressListWidget</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>Copiar %1 al portapapeles</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Copy the join link %1: a Salon client that joins by it knows the server&apos;s fingerprint, with nothing to compare</source>
        <translation>Copiar el enlace para unirse %1: un cliente Salon que se une con él conoce la huella del servidor, sin nada que comparar</translation>
    </message>
    <message>
        <source>Copy the join link for %1</source>
        <translation>Copiar el enlace para unirse por %1</translation>
    </message>
</context>
<context>
    <name>Admission</name>
    <message>
        <source>The room is full (%1 people). Try again later.</source>
        <translation>La sala está llena (%1 personas). Inténtalo más tarde.</translation>
    </message>
    <message>
        <source>Too many people are connecting at once (%1). Try again in a moment.</source>
        <translation>Demasiadas personas se están conectando a la vez (%1). Inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>Too many connections from %1 (at most %2).</source>
        <translation>Demasiadas conexiones desde %1 (como máximo %2).</translation>
    </message>
    <message>
        <source>Too many connections per second from %1. Wait a moment.</source>
        <translation>Demasiadas conexiones por segundo desde %1. Espera un momento.</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>Announcement</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>%1 (private)</source>
        <translation>%1 (privado)</translation>
    </message>
    <message>
        <source>%1 mentioned you</source>
        <translation>%1 te ha mencionado</translation>
    </message>
</context>
<context>
    <name>AnnouncementBar</name>
    <message>
        <source>Teacher</source>
        <translation>Docente</translation>
    </message>
    <message>
        <source>Dismiss this announcement (it stays in the log)</source>
        <translation>Cerrar este aviso (sigue en el registro)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Announced at %1</source>
        <translation>Anunciado a las %1</translation>
    </message>
</context>
<context>
    <name>BrowserJoinPanel</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>&amp;Large QR code</source>
        <translation>Código QR &amp;grande</translation>
    </message>
    <message>
        <source>Phones and browsers: type this address, or scan the code</source>
        <translation>Teléfonos y navegadores: escribe esta dirección o escanea el código</translation>
    </message>
    <message>
        <source>Show the QR code large, for the projector</source>
        <translation>Mostrar el código QR en grande, para el proyector</translation>
    </message>
    <message>
        <source>Copy the address to the clipboard</source>
        <translation>Copiar la dirección al portapapeles</translation>
    </message>
    <message>
        <source>Join from a phone or a browser</source>
        <translation>Unirse desde un teléfono o un navegador</translation>
    </message>
</context>
<context>
    <name>ChatClient</name>
    <message>
        <source>The server sent a line over %1 KiB; it was not shown.</source>
        <translation>El servidor envió una línea de más de %1 KiB; no se ha mostrado.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Looking up the host…</source>
        <translation>Buscando el servidor…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connected, waiting for the server to greet us…</source>
        <translation>Conectado, esperando el saludo del servidor…</translation>
    </message>
    <message>
        <source>Joining the room…</source>
        <translation>Entrando en la sala…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Connected (raw text mode)</source>
        <translation>Conectado (modo texto sin formato)</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <source>You are not connected: press Connect first.</source>
        <translation>No estás conectado: pulsa Conectar primero.</translation>
    </message>
    <message>
        <source>Your message has %1 characters; the most is %2. It was not sent.</source>
        <translation>Tu mensaje tiene %1 caracteres; el máximo es %2. No se ha enviado.</translation>
    </message>
    <message>
        <source>%1 messages are already waiting to be sent: wait until the connection is back.</source>
        <translation>Ya hay %1 mensajes esperando para enviarse: espera a que vuelva la conexión.</translation>
    </message>
    <message>
        <source>Not connected right now: try again once you are back in the room.</source>
        <translation>Ahora mismo no hay conexión: inténtalo otra vez cuando vuelvas a estar en la sala.</translation>
    </message>
    <message>
        <source>This window keeps the room&apos;s messages since you came in, and the last ones from before: scroll up to read them.</source>
        <translation>Esta ventana guarda los mensajes de la sala desde que entraste, y los últimos de antes: desplázate hacia arriba para leerlos.</translation>
    </message>
    <message>
        <source>In the room (%1): %2</source>
        <translation>En la sala (%1): %2</translation>
    </message>
</context>
<context>
    <name>ChatError</name>
    <message>
        <source>You are already in the room.</source>
        <translation>Ya estás en la sala.</translation>
    </message>
    <message>
        <source>Send a hello with your nickname first.</source>
        <translation>Envía primero un hello con tu apodo.</translation>
    </message>
    <message>
        <source>A hello needs a &quot;nick&quot; string.</source>
        <translation>Un hello necesita una cadena &quot;nick&quot;.</translation>
    </message>
    <message>
        <source>A say needs a &quot;text&quot; string.</source>
        <translation>Un say necesita una cadena &quot;text&quot;.</translation>
    </message>
    <message>
        <source>A msg needs &quot;to&quot; and &quot;text&quot; strings.</source>
        <translation>Un msg necesita las cadenas &quot;to&quot; y &quot;text&quot;.</translation>
    </message>
    <message>
        <source>A nick needs a &quot;nick&quot; string.</source>
        <translation>Un nick necesita una cadena &quot;nick&quot;.</translation>
    </message>
    <message>
        <source>A &quot;cid&quot; must be 1 to %1 printable ASCII characters, without spaces.</source>
        <translation>Un &quot;cid&quot; debe tener de 1 a %1 caracteres ASCII imprimibles, sin espacios.</translation>
    </message>
    <message>
        <source>Unknown frame type &quot;%1&quot;.</source>
        <translation>Tipo de trama desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>That frame is not a valid JSON object.</source>
        <translation>Esa trama no es un objeto JSON válido.</translation>
    </message>
    <message>
        <source>A frame was longer than %1 KiB.</source>
        <translation>Una trama superaba los %1 KiB.</translation>
    </message>
    <message>
        <source>Your line was longer than %1 KiB and was dropped.</source>
        <translation>Tu línea superaba los %1 KiB y se ha descartado.</translation>
    </message>
    <message>
        <source>Your message has %1 characters; the most is %2. It was not sent.</source>
        <translation>Tu mensaje tiene %1 caracteres; el máximo es %2. No se ha enviado.</translation>
    </message>
    <message>
        <source>Nobody called &quot;%1&quot; is in the room.</source>
        <translation>No hay nadie llamado &quot;%1&quot; en la sala.</translation>
    </message>
    <message>
        <source>There is no room &quot;%1&quot; on this server.</source>
        <translation>No hay ninguna sala &quot;%1&quot; en este servidor.</translation>
    </message>
    <message>
        <source>Usage: /nick NAME</source>
        <translation>Uso: /nick NOMBRE</translation>
    </message>
    <message>
        <source>Usage: /msg NAME text</source>
        <translation>Uso: /msg NOMBRE texto</translation>
    </message>
    <message>
        <source>Usage: /history, or /history N (how many messages)</source>
        <translation>Uso: /history, o /history N (cuántos mensajes)</translation>
    </message>
    <message>
        <source>Unknown command /%1: it was not sent. The commands: /msg NAME text, /nick NAME, /who, /hand, /help, /quit. To send a line that starts with /, type // first.</source>
        <translation>Orden desconocida /%1: no se ha enviado. Las órdenes: /msg NOMBRE texto, /nick NOMBRE, /who, /hand, /help, /quit. Para enviar una línea que empieza por /, escribe // delante.</translation>
    </message>
    <message>
        <source>You sent more than %1 lines faster than %2 per second: disconnected.</source>
        <translation>Enviaste más de %1 líneas a más de %2 por segundo: desconectado.</translation>
    </message>
    <message>
        <source>You did not join within %1 s.</source>
        <translation>No entraste en la sala en %1 s.</translation>
    </message>
    <message>
        <source>You were disconnected by the server: %1</source>
        <translation>El servidor te ha desconectado: %1</translation>
    </message>
    <message>
        <source>The room said more while you were coming in than the server keeps for a newcomer (%1 KiB): connect again to read on from the latest.</source>
        <translation>La sala dijo más mientras entrabas de lo que el servidor guarda para un recién llegado (%1 KiB): vuelve a conectarte para seguir desde lo último.</translation>
    </message>
    <message>
        <source>This server speaks version %1 of the Salon protocol, not %2: update Salon on one side or the other.</source>
        <translation>Este servidor habla la versión %1 del protocolo Salon, no la %2: actualiza Salon en un lado o en el otro.</translation>
    </message>
    <message>
        <source>You stopped reading, and more than %1 KiB waited for you: disconnected after what was waiting. Connect again: the room&apos;s last messages come back.</source>
        <translation>Dejaste de leer y más de %1 KiB te esperaban: desconectado tras lo que esperaba. Vuelve a conectarte: los últimos mensajes de la sala vuelven.</translation>
    </message>
    <message>
        <source>The room is full (%1 people). Try again later.</source>
        <translation>La sala está llena (%1 personas). Inténtalo más tarde.</translation>
    </message>
    <message>
        <source>The room is locked: the teacher lets nobody new in just now.</source>
        <translation>La sala está cerrada: el docente no deja entrar a nadie nuevo ahora mismo.</translation>
    </message>
    <message>
        <source>This room needs a code: type the code the teacher shows.</source>
        <translation>Esta sala necesita un código: escribe el código que muestra el docente.</translation>
    </message>
    <message>
        <source>Wrong code. Ask the teacher for the room&apos;s code.</source>
        <translation>Código incorrecto. Pide al docente el código de la sala.</translation>
    </message>
    <message>
        <source>Too many wrong codes from your network: try again in %1 min.</source>
        <translation>Demasiados códigos incorrectos desde tu red: inténtalo de nuevo dentro de %1 min.</translation>
    </message>
    <message>
        <source>The teacher removed you from this room for the rest of the lesson.</source>
        <translation>El docente te ha sacado de esta sala hasta el final de la clase.</translation>
    </message>
    <message>
        <source>The teacher muted you: you can read, but what you send is not delivered.</source>
        <translation>El docente te ha silenciado: puedes leer, pero lo que envías no se entrega.</translation>
    </message>
    <message>
        <source>Only the teacher speaks just now: your message was not delivered.</source>
        <translation>Ahora solo habla el docente: tu mensaje no se ha entregado.</translation>
    </message>
    <message>
        <source>Slow mode: one message every %1 s. Wait %2 s, then send it again.</source>
        <translation>Modo lento: un mensaje cada %1 s. Espera %2 s y vuelve a enviarlo.</translation>
    </message>
    <message>
        <source>Private messages are off in this room.</source>
        <translation>Los mensajes privados están desactivados en esta sala.</translation>
    </message>
    <message>
        <source>Private messages go only to and from the teacher just now.</source>
        <translation>Ahora los mensajes privados solo van al docente y desde el docente.</translation>
    </message>
    <message>
        <source>This room only accepts encrypted connections: join with Salon, or type openssl s_client -quiet -connect %1</source>
        <translation>Esta sala solo acepta conexiones cifradas: entra con Salon, o escribe openssl s_client -quiet -connect %1</translation>
    </message>
</context>
<context>
    <name>ChatLogView</name>
    <message>
        <source>New messages below ↓</source>
        <translation>Mensajes nuevos abajo ↓</translation>
    </message>
    <message>
        <source>Save the log as</source>
        <translation>Guardar el registro como</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Archivos de texto (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The log could not be saved in %1: %2</source>
        <translation>No se pudo guardar el registro en %1: %2</translation>
    </message>
</context>
<context>
    <name>ChatServer</name>
    <message>
        <source>Teacher</source>
        <translation>Docente</translation>
    </message>
    <message numerus="yes">
        <source>Refused %n more connection(s) in the last 5 s (the last: %1)</source>
        <translation>
            <numerusform>Rechazada %n conexión más en los últimos 5 s (la última: %1)</numerusform>
            <numerusform>Rechazadas %n conexiones más en los últimos 5 s (la última: %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>A connection could not be accepted (%1); trying again in a second.</source>
        <translation>No se pudo aceptar una conexión (%1); se reintenta en un segundo.</translation>
    </message>
    <message>
        <source>Port %1 is already in use — choose another or close the other server.</source>
        <translation>El puerto %1 ya está en uso: elige otro o cierra el otro servidor.</translation>
    </message>
    <message>
        <source>Port %1 needs administrator rights — choose a port from 1024 to 65535.</source>
        <translation>El puerto %1 necesita permisos de administrador: elige un puerto de 1024 a 65535.</translation>
    </message>
    <message>
        <source>The address %1 does not belong to this computer.</source>
        <translation>La dirección %1 no pertenece a este ordenador.</translation>
    </message>
    <message>
        <source>Could not listen on port %1: %2</source>
        <translation>No se pudo escuchar en el puerto %1: %2</translation>
    </message>
    <message>
        <source>the server stopped</source>
        <translation>el servidor se ha detenido</translation>
    </message>
    <message>
        <source>The server is stopping. Goodbye!</source>
        <translation>El servidor se está deteniendo. ¡Adiós!</translation>
    </message>
    <message>
        <source>said goodbye</source>
        <translation>se ha despedido</translation>
    </message>
    <message>
        <source>Goodbye!</source>
        <translation>¡Adiós!</translation>
    </message>
    <message>
        <source>came back on a new connection</source>
        <translation>volvió con una conexión nueva</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is kept out of this room for the rest of the lesson.</source>
        <translation>El nombre &quot;%1&quot; no puede entrar en esta sala hasta el final de la clase.</translation>
    </message>
    <message>
        <source>%1 could not join as &quot;%2&quot;: %3</source>
        <translation>%1 no pudo entrar como &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>the room is locked</source>
        <translation>la sala está cerrada</translation>
    </message>
    <message>
        <source>Goodbye.</source>
        <translation>Adiós.</translation>
    </message>
    <message>
        <source>%1 missed more than the room keeps for a newcomer; disconnected.</source>
        <translation>%1 se perdió más de lo que la sala guarda para un recién llegado; desconectado.</translation>
    </message>
    <message>
        <source>Refused %1: %2</source>
        <translation>Rechazado %1: %2</translation>
    </message>
    <message>
        <source>%1 started a new lesson: the room starts clean.</source>
        <translation>%1 ha empezado una clase nueva: la sala empieza de cero.</translation>
    </message>
    <message>
        <source>A new lesson begins.</source>
        <translation>Empieza una clase nueva.</translation>
    </message>
    <message>
        <source>%1 ended the lesson: the room starts clean.</source>
        <translation>%1 ha terminado la clase: la sala empieza de cero.</translation>
    </message>
    <message>
        <source>The lesson is over.</source>
        <translation>La clase ha terminado.</translation>
    </message>
    <message>
        <source>%1 is now called %2 in the room.</source>
        <translation>%1 ahora se llama %2 en la sala.</translation>
    </message>
    <message>
        <source>%1 removed %2 (%3).</source>
        <translation>%1 ha sacado a %2 (%3).</translation>
    </message>
    <message>
        <source>%1 locked the room: nobody new joins; those who drop get back in.</source>
        <translation>%1 ha cerrado la sala: nadie nuevo entra; quien se desconecte puede volver.</translation>
    </message>
    <message>
        <source>%1 unlocked the room: anyone may join.</source>
        <translation>%1 ha abierto la sala: cualquiera puede entrar.</translation>
    </message>
    <message>
        <source>%1 muted %2: they read, but are not heard.</source>
        <translation>%1 ha silenciado a %2: lee, pero no se le oye.</translation>
    </message>
    <message>
        <source>%1 let %2 speak again.</source>
        <translation>%1 ha dejado hablar de nuevo a %2.</translation>
    </message>
    <message>
        <source>%1 kept %2 out for the rest of the lesson (address %3).</source>
        <translation>%1 ha dejado fuera a %2 hasta el final de la clase (dirección %3).</translation>
    </message>
    <message>
        <source>%1 kept %2 out for the rest of the lesson (by name).</source>
        <translation>%1 ha dejado fuera a %2 hasta el final de la clase (por nombre).</translation>
    </message>
    <message>
        <source>banned by the host</source>
        <translation>expulsado por el anfitrión</translation>
    </message>
    <message>
        <source>%1 let %2 in again.</source>
        <translation>%1 ha dejado entrar de nuevo a %2.</translation>
    </message>
    <message>
        <source>The teacher lowered your hand.</source>
        <translation>El docente ha bajado tu mano.</translation>
    </message>
    <message>
        <source>%1 lowered %2&apos;s hand.</source>
        <translation>%1 ha bajado la mano de %2.</translation>
    </message>
    <message>
        <source>%1 lowered every hand.</source>
        <translation>%1 ha bajado todas las manos.</translation>
    </message>
    <message>
        <source>%1 made the room quiet: only the teacher speaks.</source>
        <translation>%1 ha silenciado la sala: solo habla el docente.</translation>
    </message>
    <message>
        <source>%1 let everyone speak again.</source>
        <translation>%1 ha dejado hablar de nuevo a todos.</translation>
    </message>
    <message>
        <source>Only the teacher speaks now: you can read, but your messages are not delivered.</source>
        <translation>Ahora solo habla el docente: puedes leer, pero tus mensajes no se entregan.</translation>
    </message>
    <message>
        <source>Everyone may speak again.</source>
        <translation>Todos pueden volver a hablar.</translation>
    </message>
    <message>
        <source>%1 set slow mode: one message every %2 s per student.</source>
        <translation>%1 ha puesto el modo lento: un mensaje cada %2 s por estudiante.</translation>
    </message>
    <message>
        <source>%1 ended slow mode.</source>
        <translation>%1 ha quitado el modo lento.</translation>
    </message>
    <message numerus="yes">
        <source>Slow mode: one message every %n second(s) each.</source>
        <translation>
            <numerusform>Modo lento: un mensaje cada %n segundo por persona.</numerusform>
            <numerusform>Modo lento: un mensaje cada %n segundos por persona.</numerusform>
        </translation>
    </message>
    <message>
        <source>Slow mode is over.</source>
        <translation>Se acabó el modo lento.</translation>
    </message>
    <message>
        <source>%1 allowed private messages between everyone.</source>
        <translation>%1 ha permitido los mensajes privados entre todos.</translation>
    </message>
    <message>
        <source>%1 allowed private messages only to and from the teacher.</source>
        <translation>%1 ha permitido los mensajes privados solo al docente y desde el docente.</translation>
    </message>
    <message>
        <source>%1 turned private messages off.</source>
        <translation>%1 ha desactivado los mensajes privados.</translation>
    </message>
    <message>
        <source>Private messages are allowed again.</source>
        <translation>Los mensajes privados vuelven a estar permitidos.</translation>
    </message>
    <message>
        <source>Private messages go only to and from the teacher (%1) now.</source>
        <translation>Ahora los mensajes privados solo van al docente (%1) y desde él.</translation>
    </message>
    <message>
        <source>Private messages are off.</source>
        <translation>Los mensajes privados están desactivados.</translation>
    </message>
    <message>
        <source>%1 removed the room code: anyone may come in.</source>
        <translation>%1 ha quitado el código de la sala: cualquiera puede entrar.</translation>
    </message>
    <message>
        <source>%1 set a room code: newcomers type it; those in stay.</source>
        <translation>%1 ha puesto un código en la sala: quien llegue lo escribe; quien ya está, se queda.</translation>
    </message>
    <message>
        <source>wrong room code</source>
        <translation>código de sala incorrecto</translation>
    </message>
    <message numerus="yes">
        <source>%1 gave too many wrong room codes: its address waits %n min.</source>
        <translation>
            <numerusform>%1 dio demasiados códigos de sala incorrectos: su dirección espera %n min.</numerusform>
            <numerusform>%1 dio demasiados códigos de sala incorrectos: su dirección espera %n min.</numerusform>
        </translation>
    </message>
    <message>
        <source>too many wrong room codes</source>
        <translation>demasiados códigos de sala incorrectos</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong room code(s) in the last 10 minutes: someone may be guessing. Change the code or lock the room.</source>
        <translation>
            <numerusform>%n código de sala incorrecto en los últimos 10 minutos: alguien podría estar adivinando. Cambia el código o cierra la sala.</numerusform>
            <numerusform>%n códigos de sala incorrectos en los últimos 10 minutos: alguien podría estar adivinando. Cambia el código o cierra la sala.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 removed message #%2 from %3 from every window and the history.</source>
        <translation>%1 ha quitado el mensaje n.º %2 de %3 de todas las ventanas y del historial.</translation>
    </message>
    <message>
        <source>a plain connection to a room that only accepts encrypted ones</source>
        <translation>una conexión sin cifrar a una sala que solo acepta conexiones cifradas</translation>
    </message>
    <message>
        <source>%1 began collecting work.</source>
        <translation>%1 ha empezado a recoger los trabajos.</translation>
    </message>
    <message>
        <source>%1 began collecting work: %2.</source>
        <translation>%1 ha empezado a recoger los trabajos: %2.</translation>
    </message>
    <message>
        <source>%1 stopped collecting work.</source>
        <translation>%1 ha dejado de recoger los trabajos.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 handed out %2 (%3).</source>
        <translation>%1 ha repartido %2 (%3).</translation>
    </message>
    <message>
        <source>%1 can&apos;t be handed out: %2</source>
        <translation>No se puede repartir %1: %2</translation>
    </message>
    <message>
        <source>%1 let students share files with the room.</source>
        <translation>%1 ha permitido a los alumnos compartir archivos con la sala.</translation>
    </message>
    <message>
        <source>%1 stopped students sharing files.</source>
        <translation>%1 ya no permite a los alumnos compartir archivos.</translation>
    </message>
</context>
<context>
    <name>ClientWindow</name>
    <message>
        <source>Raise &amp;hand</source>
        <translation>Levantar la &amp;mano</translation>
    </message>
    <message>
        <source>S&amp;end</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Salon — Client</source>
        <translation>Salon — Cliente</translation>
    </message>
    <message>
        <source>Type the server&apos;s address (the server window shows it), choose a nickname, then press Connect.</source>
        <translation>Escribe la dirección del servidor (la muestra la ventana del servidor), elige un apodo y pulsa Conectar.</translation>
    </message>
    <message>
        <source>Double-click a name to send a private message</source>
        <translation>Haz doble clic en un nombre para enviarle un mensaje privado</translation>
    </message>
    <message>
        <source>Message — Enter sends, Up/Down recall, /msg NAME text is private, /nick NAME renames</source>
        <translation>Mensaje — Intro envía, ↑↓ recuperan, /msg NOMBRE texto es privado, /nick NOMBRE renombra</translation>
    </message>
    <message>
        <source>Ask the teacher for the floor (Ctrl+H); again to take it back</source>
        <translation>Pedir la palabra al docente (Ctrl+H); otra vez para retirarla</translation>
    </message>
    <message>
        <source>Hand up (%1)</source>
        <translation>Mano levantada (%1)</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Avisos</translation>
    </message>
    <message>
        <source>Flash the &amp;taskbar</source>
        <translation>Hacer parpadear la barra de &amp;tareas</translation>
    </message>
    <message>
        <source>Desktop &amp;notifications</source>
        <translation>&amp;Notificaciones de escritorio</translation>
    </message>
    <message>
        <source>&amp;Unread count in the title</source>
        <translation>Número de no leídos en el &amp;título</translation>
    </message>
    <message>
        <source>For private messages, your name, and the teacher&apos;s announcements, while this window is not in front</source>
        <translation>Para los mensajes privados, tu nombre y los avisos del docente, mientras esta ventana no está delante</translation>
    </message>
    <message>
        <source>Message — Enter sends</source>
        <translation>Mensaje — Intro envía</translation>
    </message>
    <message>
        <source>You are not connected: press Connect first.</source>
        <translation>No estás conectado: pulsa Conectar primero.</translation>
    </message>
    <message>
        <source>Salon — %1 at %2:%3</source>
        <translation>Salon — %1 en %2:%3</translation>
    </message>
    <message>
        <source>Salon — raw text at %1:%2</source>
        <translation>Salon — texto sin formato en %1:%2</translation>
    </message>
    <message>
        <source>Salon — reconnecting to %1:%2</source>
        <translation>Salon — reconectando a %1:%2</translation>
    </message>
    <message>
        <source>In the room (%1)</source>
        <translation>En la sala (%1)</translation>
    </message>
    <message>
        <source>Not joined: the fingerprint was not confirmed. Ask the teacher which fingerprint their screen shows.</source>
        <translation>No has entrado: la huella no se ha confirmado. Pregunta al docente qué huella muestra su pantalla.</translation>
    </message>
    <message>
        <source>Stopped: %1:%2 no longer encrypts the room; it may not be the teacher&apos;s server.</source>
        <translation>Detenido: %1:%2 ya no cifra la sala; puede que no sea el servidor del docente.</translation>
    </message>
    <message>
        <source>Stopped: %1:%2 shows another fingerprint than before; it may not be the teacher&apos;s server.</source>
        <translation>Detenido: %1:%2 muestra otra huella distinta de la de antes; puede que no sea el servidor del docente.</translation>
    </message>
    <message>
        <source>Encrypted (TLS) with the server whose fingerprint is %1
SHA256 %2</source>
        <translation>Cifrado (TLS) con el servidor cuya huella es %1
SHA256 %2</translation>
    </message>
    <message>
        <source>Not encrypted: anyone on this network can read what is written here, private messages included. This server offers no encryption.</source>
        <translation>Sin cifrar: cualquiera en esta red puede leer lo que se escribe aquí, mensajes privados incluidos. Este servidor no ofrece cifrado.</translation>
    </message>
    <message>
        <source>This link names another fingerprint than the one you accepted for %1:%2 before (%3).</source>
        <translation>Este enlace indica otra huella que la que aceptaste antes para %1:%2 (%3).</translation>
    </message>
    <message>
        <source>Stopped: the join link names a fingerprint, but %1:%2 does not encrypt the room; it may not be the teacher&apos;s server.</source>
        <translation>Detenido: el enlace indica una huella, pero %1:%2 no cifra la sala; puede que no sea el servidor del profesor.</translation>
    </message>
    <message>
        <source>Stopped: %1:%2 shows another fingerprint than its join link names; it may not be the teacher&apos;s server.</source>
        <translation>Detenido: %1:%2 muestra otra huella que la que indica su enlace; puede que no sea el servidor del profesor.</translation>
    </message>
    <message>
        <source>The teacher handed out %1 (%2).</source>
        <translation>El profesor ha repartido %1 (%2).</translation>
    </message>
    <message>
        <source>The teacher no longer collects work.</source>
        <translation>El profesor ya no recoge trabajos.</translation>
    </message>
    <message>
        <source>The teacher collects work: Hand in… below.</source>
        <translation>El profesor recoge los trabajos: Entregar…, abajo.</translation>
    </message>
    <message>
        <source>The teacher collects work (%1): Hand in… below.</source>
        <translation>El profesor recoge los trabajos (%1): Entregar…, abajo.</translation>
    </message>
    <message>
        <source>%1 shared %2 (%3).</source>
        <translation>%1 ha compartido %2 (%3).</translation>
    </message>
    <message>
        <source>Students may now share files with the room: Share… below.</source>
        <translation>Los alumnos ya pueden compartir archivos con la sala: Compartir…, abajo.</translation>
    </message>
    <message>
        <source>Students may no longer share files with the room.</source>
        <translation>Los alumnos ya no pueden compartir archivos con la sala.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and quit.</source>
        <translation>Muestra esta ayuda y sale.</translation>
    </message>
    <message>
        <source>Show the version and quit.</source>
        <translation>Muestra la versión y sale.</translation>
    </message>
    <message>
        <source>TCP port (default %1). With server, 0 picks a free port.</source>
        <translation>Puerto TCP (por defecto %1). Con server, 0 elige un puerto libre.</translation>
    </message>
    <message>
        <source>server: run with no window, logging to standard output; Ctrl+C stops it.</source>
        <translation>server: funciona sin ventana, escribiendo en la salida estándar; Ctrl+C lo detiene.</translation>
    </message>
    <message>
        <source>client: the server&apos;s address.</source>
        <translation>client: la dirección del servidor.</translation>
    </message>
    <message>
        <source>client: your nickname.</source>
        <translation>client: tu apodo.</translation>
    </message>
    <message>
        <source>client: connect at once.</source>
        <translation>client: conectar enseguida.</translation>
    </message>
    <message>
        <source>Language of the interface: %1 (default: the system&apos;s).</source>
        <translation>Idioma de la interfaz: %1 (por defecto: el del sistema).</translation>
    </message>
    <message>
        <source>demo: how many client windows (default 2).</source>
        <translation>demo: cuántas ventanas de cliente (por defecto 2).</translation>
    </message>
    <message>
        <source>server: only those who type CODE get in (letters, digits and &apos;-&apos;). client: the code to give.</source>
        <translation>server: solo entra quien escribe CODE (letras, cifras y &apos;-&apos;). client: el código que se da.</translation>
    </message>
    <message>
        <source>Finding servers: lan (the default), loopback (this PC only) or off. SALON_DISCOVERY, when set, wins.</source>
        <translation>Buscar servidores: lan (por defecto), loopback (solo este PC) u off. SALON_DISCOVERY, si está definida, manda.</translation>
    </message>
    <message>
        <source>Too many commands: %1.</source>
        <translation>Demasiadas órdenes: %1.</translation>
    </message>
    <message>
        <source>--headless goes with the server command.</source>
        <translation>--headless va con la orden server.</translation>
    </message>
    <message>
        <source>--host, --nick and --connect go with the client command.</source>
        <translation>--host, --nick y --connect van con la orden client.</translation>
    </message>
    <message>
        <source>--clients goes with the demo command.</source>
        <translation>--clients va con la orden demo.</translation>
    </message>
    <message>
        <source>--clients must be from 0 to 8, not &quot;%1&quot;.</source>
        <translation>--clients debe ir de 0 a 8, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A room code is 1 to %1 letters, digits or &apos;-&apos;.</source>
        <translation>Un código de sala tiene de 1 a %1 letras, cifras o &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Unknown discovery &quot;%1&quot;: use lan, loopback or off.</source>
        <translation>Descubrimiento desconocido &quot;%1&quot;: usa lan, loopback u off.</translation>
    </message>
    <message>
        <source>The port must be a number from %1 to 65535, not &quot;%2&quot;.</source>
        <translation>El puerto debe ser un número de %1 a 65535, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--%1 needs a positive number, not &quot;%2&quot;.</source>
        <translation>--%1 necesita un número positivo, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The limits go with the server command.</source>
        <translation>Los límites van con la orden server.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use %2.</source>
        <translation>Idioma desconocido &quot;%1&quot;: usa %2.</translation>
    </message>
    <message>
        <source>server: only encrypted connections get in (Salon, openssl s_client, ncat --ssl); plain ones are told how, then closed.</source>
        <translation>server: solo entran las conexiones cifradas (Salon, openssl s_client, ncat --ssl); a las demás se les dice cómo y se cierran.</translation>
    </message>
    <message>
        <source>--require-tls goes with the server command.</source>
        <translation>--require-tls va con la orden server.</translation>
    </message>
    <message>
        <source>client: a join link the server window copies (salon://HOST:PORT/#sha256=…): joins at once.</source>
        <translation>client: un enlace para unirse, copiado de la ventana del servidor (salon://HOST:PUERTO/#sha256=…): se une al instante.</translation>
    </message>
    <message>
        <source>A join link names the host and port: leave out --host and --port.</source>
        <translation>Un enlace para unirse indica el host y el puerto: quita --host y --port.</translation>
    </message>
    <message>
        <source>server: where work handed in goes, a folder per collection and per student (default: %1).</source>
        <translation>server: dónde van los trabajos entregados, una carpeta por recogida y por alumno (por defecto: %1).</translation>
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
        <translation>Salon — un chat para una sala llena de gente.

Órdenes:
  (ninguna)  abre la ventana de inicio: crear una sala o unirse a una
  server  crea una sala (añade --headless para no tener ventana)
  client  se une a una sala
  demo    una sala y ventanas de cliente una al lado de otra en este PC
  hand-in ARCHIVO  entrega un trabajo al profesor (--host, --nick; si se
                interrumpe, al volver a lanzarla continúa)</translation>
    </message>
    <message>
        <source>server, client, demo or hand-in (optional).</source>
        <translation>server, client, demo o hand-in (opcional).</translation>
    </message>
    <message>
        <source>Usage: salon hand-in --host H [--port P] --nick NAME [--code CODE] FILE</source>
        <translation>Uso: salon hand-in --host H [--port P] --nick NOMBRE [--code CÓDIGO] ARCHIVO</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;: use server, client, demo or hand-in.</source>
        <translation>Orden desconocida &quot;%1&quot;: usa server, client, demo o hand-in.</translation>
    </message>
    <message>
        <source>salon hand-in needs the room (--host) and your name (--nick).</source>
        <translation>salon hand-in necesita la sala (--host) y tu nombre (--nick).</translation>
    </message>
    <message>
        <source>--room-code goes with the server, client or hand-in command.</source>
        <translation>--room-code va con la orden server, client o hand-in.</translation>
    </message>
    <message>
        <source>--hand-in-folder goes with the server command.</source>
        <translation>--hand-in-folder va con la orden server.</translation>
    </message>
    <message>
        <source>server: the largest file a student may hand in, in MB (default %1).</source>
        <translation>server: el archivo más grande que un alumno puede entregar, en MB (por defecto %1).</translation>
    </message>
    <message>
        <source>server: what one student may hand in in all, per collection, in MB (default %1).</source>
        <translation>server: lo que un alumno puede entregar en total, por recogida, en MB (por defecto %1).</translation>
    </message>
    <message>
        <source>server: the only kinds of file taken, by suffix (pdf,odt,py); default: any.</source>
        <translation>server: los únicos tipos de archivo aceptados, por extensión (pdf,odt,py); por defecto: cualquiera.</translation>
    </message>
    <message>
        <source>--%1 goes with the server command.</source>
        <translation>--%1 va con la orden server.</translation>
    </message>
    <message>
        <source>--%1 needs a number of MB from 1 to 1000000, not &quot;%2&quot;.</source>
        <translation>--%1 necesita un número de MB de 1 a 1000000, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--hand-in-types goes with the server command.</source>
        <translation>--hand-in-types va con la orden server.</translation>
    </message>
    <message>
        <source>server: the room a hand-in must leave free on the disk, in MB (default %1).</source>
        <translation>server: el espacio que una entrega debe dejar libre en el disco, en MB (por defecto %1).</translation>
    </message>
    <message>
        <source>--%1 needs a number of MB from 0 to 1000000, not &quot;%2&quot;.</source>
        <translation>--%1 necesita un número de MB de 0 a 1000000, no &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>CommandParser</name>
    <message>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <source>  just type      send a message to everyone</source>
        <translation>  escribe sin más     envía un mensaje a todos</translation>
    </message>
    <message>
        <source>  /msg NAME text send a private message to NAME</source>
        <translation>  /msg NOMBRE texto   envía un mensaje privado a NOMBRE</translation>
    </message>
    <message>
        <source>  /nick NAME     change your nickname</source>
        <translation>  /nick NOMBRE        cambia tu apodo</translation>
    </message>
    <message>
        <source>  /who           list the people in the room</source>
        <translation>  /who                lista las personas de la sala</translation>
    </message>
    <message>
        <source>  /hand          raise your hand, or lower it</source>
        <translation>  /hand               levanta la mano, o bájala</translation>
    </message>
    <message>
        <source>  /history N     the room&apos;s last N messages again</source>
        <translation>  /history N          los últimos N mensajes de la sala otra vez</translation>
    </message>
    <message>
        <source>  /help          show this help</source>
        <translation>  /help               muestra esta ayuda</translation>
    </message>
    <message>
        <source>  //text         send a line that starts with /</source>
        <translation>  //texto             envía una línea que empieza por /</translation>
    </message>
    <message>
        <source>  fin or /quit   leave the room</source>
        <translation>  fin o /quit         sale de la sala</translation>
    </message>
</context>
<context>
    <name>ConnectBar</name>
    <message>
        <source>server address</source>
        <translation>dirección del servidor</translation>
    </message>
    <message>
        <source>The address the server window shows, e.g. 192.168.1.10</source>
        <translation>La dirección que muestra la ventana del servidor, p. ej. 192.168.1.10</translation>
    </message>
    <message>
        <source>your nickname</source>
        <translation>tu apodo</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Nickname:</source>
        <translation>&amp;Apodo:</translation>
    </message>
    <message>
        <source>Servers can&apos;t be found on the network (UDP port %1: %2); type the address.</source>
        <translation>No se pueden buscar servidores en la red (puerto UDP %1: %2); escribe la dirección.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2:%3 (%4, seen %n s ago)</source>
        <translation>
            <numerusform>%1 — %2:%3 (%4, visto hace %n s)</numerusform>
            <numerusform>%1 — %2:%3 (%4, visto hace %n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>cifrado</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>sin cifrar</translation>
    </message>
    <message>
        <source>checked before</source>
        <translation>comprobado antes</translation>
    </message>
</context>
<context>
    <name>ConnectionProblem</name>
    <message>
        <source>Connection refused by %1 on port %2: is the server started, is the port right?</source>
        <translation>Conexión rechazada por %1 en el puerto %2: ¿está iniciado el servidor, es el puerto correcto?</translation>
    </message>
    <message>
        <source>Host not found: &quot;%1&quot;. Check the name or type the server&apos;s address.</source>
        <translation>Servidor no encontrado: &quot;%1&quot;. Comprueba el nombre o escribe la dirección del servidor.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>El servidor ha cerrado la conexión.</translation>
    </message>
    <message>
        <source>The network is unreachable or the connection was lost: %1</source>
        <translation>La red no es accesible o se ha perdido la conexión: %1</translation>
    </message>
    <message>
        <source>No answer from %1 on port %2: is a firewall blocking it?</source>
        <translation>Sin respuesta de %1 en el puerto %2: ¿lo bloquea un cortafuegos?</translation>
    </message>
    <message>
        <source>Connection error: %1</source>
        <translation>Error de conexión: %1</translation>
    </message>
</context>
<context>
    <name>CrowdLog</name>
    <message>
        <source>%1 joined the room.</source>
        <translation>%1 entró en la sala.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s) joined the room.</source>
        <translation>
            <numerusform>%1 y %n persona más entraron en la sala.</numerusform>
            <numerusform>%1 y %n personas más entraron en la sala.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 left the room.</source>
        <translation>%1 salió de la sala.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s) left the room.</source>
        <translation>
            <numerusform>%1 y %n persona más salieron de la sala.</numerusform>
            <numerusform>%1 y %n personas más salieron de la sala.</numerusform>
        </translation>
    </message>
    <message>
        <source>New names: %1.</source>
        <translation>Nuevos nombres: %1.</translation>
    </message>
    <message numerus="yes">
        <source>New names: %1 and %n other(s).</source>
        <translation>
            <numerusform>Nuevos nombres: %1 y %n más.</numerusform>
            <numerusform>Nuevos nombres: %1 y %n más.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoWindow</name>
    <message>
        <source>Salon — Classroom demo</source>
        <translation>Salon — Demostración en clase</translation>
    </message>
</context>
<context>
    <name>DownloadJob</name>
    <message>
        <source>The folder %1 can&apos;t be made.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>%1 can&apos;t be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The server sent more than the file holds.</source>
        <translation>El servidor ha enviado más de lo que contiene el archivo.</translation>
    </message>
    <message>
        <source>The teacher&apos;s file can&apos;t be fetched any more (the lesson ended, or the address no longer works).</source>
        <translation>Ya no se puede descargar el archivo del profesor (la clase ha terminado o la dirección ya no funciona).</translation>
    </message>
    <message>
        <source>The download was cut.</source>
        <translation>La descarga se ha cortado.</translation>
    </message>
    <message>
        <source>%1 arrived damaged (its SHA-256 is not the teacher&apos;s): it was thrown away; try again.</source>
        <translation>%1 ha llegado dañado (su SHA-256 no es el del profesor): se ha descartado; inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>%1 can&apos;t be saved in %2.</source>
        <translation>No se puede guardar %1 en %2.</translation>
    </message>
</context>
<context>
    <name>FileDesk</name>
    <message>
        <source>Salon hand-ins</source>
        <translation>Entregas de Salon</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
    <message>
        <source>%1 can&apos;t be read.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>The folder %1 can&apos;t be made: is it writable?</source>
        <translation>No se puede crear la carpeta %1: ¿se puede escribir en ella?</translation>
    </message>
    <message>
        <source>The teacher is not collecting work.</source>
        <translation>El profesor no está recogiendo trabajos.</translation>
    </message>
    <message>
        <source>A hand-in needs its size and its SHA-256.</source>
        <translation>Una entrega necesita su tamaño y su SHA-256.</translation>
    </message>
    <message>
        <source>This file is being handed in already.</source>
        <translation>Este archivo ya se está entregando.</translation>
    </message>
    <message>
        <source>The teacher is not collecting work any more.</source>
        <translation>El profesor ya no recoge trabajos.</translation>
    </message>
    <message>
        <source>%1 is too big: the teacher takes files up to %2.</source>
        <translation>%1 es demasiado grande: el profesor acepta archivos de hasta %2.</translation>
    </message>
    <message>
        <source>With %1, you would hand in more than the %2 the teacher takes from each student.</source>
        <translation>Con %1 entregarías más de los %2 que el profesor acepta por alumno.</translation>
    </message>
    <message>
        <source>The teacher takes only these kinds of file: %1.</source>
        <translation>El profesor solo acepta estos tipos de archivo: %1.</translation>
    </message>
    <message>
        <source>The teacher&apos;s folder for your work can&apos;t be made.</source>
        <translation>No se puede crear la carpeta del profesor para tu trabajo.</translation>
    </message>
    <message>
        <source>The teacher&apos;s disk is nearly full: tell the teacher.</source>
        <translation>El disco del profesor está casi lleno: avisa al profesor.</translation>
    </message>
    <message>
        <source>The teacher&apos;s folder can&apos;t be written to: %1.</source>
        <translation>No se puede escribir en la carpeta del profesor: %1.</translation>
    </message>
    <message>
        <source>The teacher&apos;s disk is full: tell the teacher.</source>
        <translation>El disco del profesor está lleno: avisa al profesor.</translation>
    </message>
    <message>
        <source>The collection is over.</source>
        <translation>La recogida ha terminado.</translation>
    </message>
    <message>
        <source>%1 arrived damaged (its SHA-256 is not the one announced): hand it in again.</source>
        <translation>%1 ha llegado dañado (su SHA-256 no es el anunciado): entrégalo de nuevo.</translation>
    </message>
    <message>
        <source>%1 can&apos;t be saved in the teacher&apos;s folder.</source>
        <translation>No se puede guardar %1 en la carpeta del profesor.</translation>
    </message>
    <message>
        <source>The teacher has not allowed students to share files.</source>
        <translation>El profesor no ha permitido a los alumnos compartir archivos.</translation>
    </message>
    <message>
        <source> shared by students</source>
        <translation> compartido por los alumnos</translation>
    </message>
</context>
<context>
    <name>FileHasher</name>
    <message>
        <source>%1 can&apos;t be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>FileTransfers</name>
    <message>
        <source>The teacher is not collecting work.</source>
        <translation>El profesor no está recogiendo trabajos.</translation>
    </message>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation>%1 no es un archivo que se pueda leer.</translation>
    </message>
    <message>
        <source>The teacher has not allowed students to share files.</source>
        <translation>El profesor no ha permitido a los alumnos compartir archivos.</translation>
    </message>
</context>
<context>
    <name>FilesPanel</name>
    <message>
        <source>&amp;Hand out…</source>
        <translation>&amp;Repartir…</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>Abrir la &amp;carpeta</translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation>Repartido</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Alumno</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Comprobado</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Hand out to the room</source>
        <translation>Repartir a la sala</translation>
    </message>
    <message>
        <source>Collect work</source>
        <translation>Recoger trabajos</translation>
    </message>
    <message numerus="yes">
        <source>Files (%n handed in)</source>
        <translation>
            <numerusform>Archivos (%n entregado)</numerusform>
            <numerusform>Archivos (%n entregados)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files (%n handed out)</source>
        <translation>
            <numerusform>Archivos (%n repartido)</numerusform>
            <numerusform>Archivos (%n repartidos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>&amp;Stop collecting</source>
        <translation>&amp;Dejar de recoger</translation>
    </message>
    <message>
        <source>&amp;Collect work…</source>
        <translation>Re&amp;coger trabajos…</translation>
    </message>
    <message>
        <source>Hand out a file (or drop it on this window), or collect work: students then hand it in to you alone.</source>
        <translation>Reparte un archivo (o suéltalo en esta ventana), o recoge trabajos: los alumnos te los entregan solo a ti.</translation>
    </message>
    <message>
        <source>%1Collecting since %2, into %3</source>
        <translation>%1Recogiendo desde las %2, en %3</translation>
    </message>
    <message>
        <source>%1Collected from %2 to %3, in %4</source>
        <translation>%1Recogido de %2 a %3, en %4</translation>
    </message>
    <message>
        <source> (late)</source>
        <translation> (con retraso)</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>SHA-256 %1, checked on arrival</source>
        <translation>SHA-256 %1, comprobado al llegar</translation>
    </message>
    <message>
        <source>Everyone in the room this lesson has handed something in.</source>
        <translation>Todos los que han estado en la sala en esta clase han entregado algo.</translation>
    </message>
    <message>
        <source>Not handed in yet (%1): %2</source>
        <translation>Aún sin entregar (%1): %2</translation>
    </message>
    <message>
        <source>Students hand their work in to you, from their Salon window, the web page or `salon hand-in`.</source>
        <translation>Los alumnos te entregan su trabajo desde su ventana de Salon, la página web o `salon hand-in`.</translation>
    </message>
    <message>
        <source>optional: &quot;Exercise 3&quot;</source>
        <translation>opcional: &quot;Ejercicio 3&quot;</translation>
    </message>
    <message>
        <source>any kind; or e.g. pdf, odt, py</source>
        <translation>cualquier tipo; o p. ej. pdf, odt, py</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>&amp;Collect</source>
        <translation>&amp;Recoger</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Kinds of file:</source>
        <translation>&amp;Tipos de archivo:</translation>
    </message>
    <message>
        <source>&amp;Largest file:</source>
        <translation>Archivo más &amp;grande:</translation>
    </message>
    <message>
        <source>&amp;Per student, in all:</source>
        <translation>&amp;Por alumno, en total:</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>you</source>
        <translation>tú</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <source>Where work handed in goes</source>
        <translation>Dónde van los trabajos entregados</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>&amp;En:</translation>
    </message>
</context>
<context>
    <name>Greeting</name>
    <message>
        <source>Welcome to Salon! Type a message and press Enter. /nick NAME changes your nickname, /help lists the commands, fin or /quit leaves.</source>
        <translation>¡Bienvenido a Salon! Escribe un mensaje y pulsa Intro. /nick NOMBRE cambia tu apodo, /help lista las órdenes, fin o /quit sale.</translation>
    </message>
</context>
<context>
    <name>HandInJob</name>
    <message>
        <source>Not in the room.</source>
        <translation>No estás en la sala.</translation>
    </message>
    <message>
        <source>%1 can&apos;t be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 changed while it was handed in.</source>
        <translation>%1 ha cambiado mientras se entregaba.</translation>
    </message>
    <message>
        <source>The teacher saved another file than this one.</source>
        <translation>El profesor ha guardado otro archivo distinto de este.</translation>
    </message>
    <message>
        <source>The teacher&apos;s answer made no sense.</source>
        <translation>La respuesta del profesor no tenía sentido.</translation>
    </message>
</context>
<context>
    <name>HandInRunner</name>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation>%1 no es un archivo que se pueda leer.</translation>
    </message>
    <message>
        <source>Two ports given: %1 in --host, %2 in --port.</source>
        <translation>Dos puertos indicados: %1 en --host, %2 en --port.</translation>
    </message>
    <message>
        <source>Joining %1 port %2 as %3…</source>
        <translation>Uniéndose a %1 puerto %2 como %3…</translation>
    </message>
    <message>
        <source>Encrypted; the server&apos;s fingerprint: %1</source>
        <translation>Cifrado; la huella del servidor: %1</translation>
    </message>
    <message>
        <source>Not encrypted.</source>
        <translation>Sin cifrar.</translation>
    </message>
    <message>
        <source>Working out the SHA-256 of %1…</source>
        <translation>Calculando el SHA-256 de %1…</translation>
    </message>
    <message>
        <source>%1%: %2 of %3</source>
        <translation>%1 %: %2 de %3</translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation>, %1/s</translation>
    </message>
    <message numerus="yes">
        <source>, %n s left</source>
        <translation>
            <numerusform>, queda %n s</numerusform>
            <numerusform>, quedan %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Handed in, late: %1 (%2), saved by the teacher as %3. SHA-256 %4.</source>
        <translation>Entregado, con retraso: %1 (%2), guardado por el profesor como %3. SHA-256 %4.</translation>
    </message>
    <message>
        <source>Handed in: %1 (%2), saved by the teacher as %3. SHA-256 %4.</source>
        <translation>Entregado: %1 (%2), guardado por el profesor como %3. SHA-256 %4.</translation>
    </message>
    <message>
        <source>Not handed in: %1</source>
        <translation>No entregado: %1</translation>
    </message>
    <message>
        <source>Interrupted: run the same command again to go on from where it stopped.</source>
        <translation>Interrumpido: vuelve a lanzar la misma orden para seguir desde donde se quedó.</translation>
    </message>
</context>
<context>
    <name>HandsPanel</name>
    <message>
        <source>&amp;Lower</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Lower &amp;all</source>
        <translation>Bajar &amp;todas</translation>
    </message>
    <message>
        <source>Raised hands (%1)</source>
        <translation>Manos levantadas (%1)</translation>
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
        <translation>%1. %2 — esperando %3</translation>
    </message>
</context>
<context>
    <name>HeadlessServer</name>
    <message>
        <source>[private] %1 -&gt; %2: %3</source>
        <translation>[privado] %1 -&gt; %2: %3</translation>
    </message>
    <message>
        <source>%1 sent a private message to %2</source>
        <translation>%1 envió un mensaje privado a %2</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>problema: %1</translation>
    </message>
    <message>
        <source>announcement: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>%1 raised a hand.</source>
        <translation>%1 ha levantado la mano.</translation>
    </message>
    <message>
        <source>Lesson under way since %1: the code, the lock, mutes, bans and hands belong to it.</source>
        <translation>Clase en curso desde las %1: el código, el cierre, los silencios, las expulsiones y las manos le pertenecen.</translation>
    </message>
    <message>
        <source>No lesson under way: the room is clean.</source>
        <translation>No hay ninguna clase en curso: la sala está limpia.</translation>
    </message>
    <message>
        <source>Type /help for the host&apos;s commands; any other line is an announcement.</source>
        <translation>Escribe /help para ver las órdenes del anfitrión; cualquier otra línea es un aviso.</translation>
    </message>
    <message>
        <source>removed by the host</source>
        <translation>sacado por el anfitrión</translation>
    </message>
    <message>
        <source>Nobody called &quot;%1&quot; is in the room.</source>
        <translation>No hay nadie llamado &quot;%1&quot; en la sala.</translation>
    </message>
    <message>
        <source>%1 is kept out for the rest of the lesson.</source>
        <translation>%1 queda fuera hasta el final de la clase.</translation>
    </message>
    <message>
        <source>%1 shares an address with %2: they would all be kept out. Type /ban %1 again to do it anyway.</source>
        <translation>%1 comparte dirección con %2: quedarían todos fuera. Escribe /ban %1 otra vez para hacerlo de todos modos.</translation>
    </message>
    <message>
        <source>%1 is not kept out.</source>
        <translation>%1 no está fuera.</translation>
    </message>
    <message>
        <source>%1 may come in again.</source>
        <translation>%1 puede volver a entrar.</translation>
    </message>
    <message>
        <source>Nobody is kept out.</source>
        <translation>No hay nadie fuera.</translation>
    </message>
    <message>
        <source>%1 (by name, since %2)</source>
        <translation>%1 (por nombre, desde las %2)</translation>
    </message>
    <message>
        <source>%1 (address %2, since %3)</source>
        <translation>%1 (dirección %2, desde las %3)</translation>
    </message>
    <message>
        <source>No hand is up.</source>
        <translation>No hay ninguna mano levantada.</translation>
    </message>
    <message>
        <source>%1. %2, waiting %3 s</source>
        <translation>%1. %2, esperando %3 s</translation>
    </message>
    <message>
        <source>%1 has no hand up.</source>
        <translation>%1 no tiene la mano levantada.</translation>
    </message>
    <message>
        <source>The room is already locked.</source>
        <translation>La sala ya está cerrada.</translation>
    </message>
    <message>
        <source>The room is not locked.</source>
        <translation>La sala no está cerrada.</translation>
    </message>
    <message>
        <source>The room needs no code.</source>
        <translation>La sala no necesita código.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be your name in the room: someone has it, or it is not a possible nickname.</source>
        <translation>&quot;%1&quot; no puede ser tu nombre en la sala: alguien lo tiene, o no es un apodo posible.</translation>
    </message>
    <message>
        <source>There is no message #%1 in the room&apos;s history.</source>
        <translation>No hay ningún mensaje n.º %1 en el historial de la sala.</translation>
    </message>
    <message>
        <source>In the room (%1): %2</source>
        <translation>En la sala (%1): %2</translation>
    </message>
    <message>
        <source>Salon server listening on port %1. Stop it with Ctrl+C.</source>
        <translation>Servidor Salon escuchando en el puerto %1. Detenlo con Ctrl+C.</translation>
    </message>
    <message>
        <source>The room&apos;s messages are kept in %1</source>
        <translation>Los mensajes de la sala se guardan en %1</translation>
    </message>
    <message>
        <source>Salon on %1</source>
        <translation>Salon en %1</translation>
    </message>
    <message>
        <source>Announced on the network as &quot;%1&quot; (UDP port %2).</source>
        <translation>Anunciado en la red como &quot;%1&quot; (puerto UDP %2).</translation>
    </message>
    <message>
        <source>Announced to this PC only as &quot;%1&quot;.</source>
        <translation>Anunciado solo a este PC como &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>  clients can connect to %1 (%2)</source>
        <translation>  los clientes pueden conectarse a %1 (%2)</translation>
    </message>
    <message>
        <source>Server stopped.</source>
        <translation>Servidor detenido.</translation>
    </message>
    <message>
        <source>Encrypted connections (TLS) only, on the same port. The server&apos;s fingerprint, for students to compare:</source>
        <translation>Solo conexiones cifradas (TLS), en el mismo puerto. La huella del servidor, para que los estudiantes la comparen:</translation>
    </message>
    <message>
        <source>Encrypted connections (TLS) on the same port, plain ones too. The server&apos;s fingerprint, for students to compare:</source>
        <translation>Conexiones cifradas (TLS) en el mismo puerto, y también sin cifrar. La huella del servidor, para que los estudiantes la comparen:</translation>
    </message>
    <message>
        <source>  in short: %1</source>
        <translation>  en corto: %1</translation>
    </message>
    <message>
        <source>Qt has no TLS here: connections are not encrypted.</source>
        <translation>Qt no tiene TLS aquí: las conexiones no están cifradas.</translation>
    </message>
    <message>
        <source>Hand-ins go to %1</source>
        <translation>Las entregas van a %1</translation>
    </message>
    <message>
        <source>No work collected in this lesson: /collect [TITLE] begins.</source>
        <translation>No se han recogido trabajos en esta clase: /collect [TÍTULO] empieza.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) handed in, in %1</source>
        <translation>
            <numerusform>%n archivo entregado, en %1</numerusform>
            <numerusform>%n archivos entregados, en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone handed something in.</source>
        <translation>Todos han entregado algo.</translation>
    </message>
    <message>
        <source>Not handed in yet (%1): %2</source>
        <translation>Aún sin entregar (%1): %2</translation>
    </message>
    <message>
        <source>%1 handed in %2 (%3, SHA-256 %4…, from %5), late.</source>
        <translation>%1 ha entregado %2 (%3, SHA-256 %4…, desde %5), con retraso.</translation>
    </message>
    <message>
        <source>%1 handed in %2 (%3, SHA-256 %4…, from %5).</source>
        <translation>%1 ha entregado %2 (%3, SHA-256 %4…, desde %5).</translation>
    </message>
    <message>
        <source>%1 shared %2 (%3) with the room.</source>
        <translation>%1 ha compartido %2 (%3) con la sala.</translation>
    </message>
</context>
<context>
    <name>HistoryLog</name>
    <message>
        <source>The room&apos;s history can&apos;t be kept in %1: %2</source>
        <translation>El historial de la sala no se puede guardar en %1: %2</translation>
    </message>
    <message>
        <source>The room&apos;s history could not be written to %1: %2</source>
        <translation>No se pudo escribir el historial de la sala en %1: %2</translation>
    </message>
    <message>
        <source>A message could not be removed from %1: %2</source>
        <translation>No se pudo quitar un mensaje de %1: %2</translation>
    </message>
</context>
<context>
    <name>HostCommand</name>
    <message>
        <source>/%1 takes nothing after it.</source>
        <translation>/%1 no lleva nada detrás.</translation>
    </message>
    <message>
        <source>Usage: /kick NICK [REASON]</source>
        <translation>Uso: /kick APODO [MOTIVO]</translation>
    </message>
    <message>
        <source>Usage: /%1 NICK</source>
        <translation>Uso: /%1 APODO</translation>
    </message>
    <message>
        <source>Usage: /quiet, or /quiet off</source>
        <translation>Uso: /quiet, o /quiet off</translation>
    </message>
    <message>
        <source>Usage: /slow SECONDS (0 to 3600; 0 ends slow mode)</source>
        <translation>Uso: /slow SEGUNDOS (0 a 3600; 0 quita el modo lento)</translation>
    </message>
    <message>
        <source>Usage: /pm all, /pm teacher or /pm off</source>
        <translation>Uso: /pm all, /pm teacher o /pm off</translation>
    </message>
    <message>
        <source>Usage: /lower NICK, or /lower all</source>
        <translation>Uso: /lower APODO, o /lower all</translation>
    </message>
    <message>
        <source>Usage: /code CODE (1 to %1 letters, digits or &apos;-&apos;), or /code off</source>
        <translation>Uso: /code CÓDIGO (de 1 a %1 letras, cifras o &apos;-&apos;), o /code off</translation>
    </message>
    <message>
        <source>Usage: /msg NICK TEXT</source>
        <translation>Uso: /msg APODO TEXTO</translation>
    </message>
    <message>
        <source>Usage: /name NAME (your name in the room)</source>
        <translation>Uso: /name NOMBRE (tu nombre en la sala)</translation>
    </message>
    <message>
        <source>Usage: /delete ID (the number before the message in this log)</source>
        <translation>Uso: /delete ID (el número delante del mensaje en este registro)</translation>
    </message>
    <message>
        <source>Usage: /lesson new, or /lesson end</source>
        <translation>Uso: /lesson new, o /lesson end</translation>
    </message>
    <message>
        <source>Unknown command /%1. Type /help for the list.</source>
        <translation>Orden desconocida /%1. Escribe /help para ver la lista.</translation>
    </message>
    <message>
        <source>TEXT                 an announcement to everyone</source>
        <translation>TEXTO                un aviso para todos</translation>
    </message>
    <message>
        <source>/mute NICK           they stay and read; what they send is not delivered</source>
        <translation>/mute APODO          se queda y lee; lo que envía no se entrega</translation>
    </message>
    <message>
        <source>/unmute NICK         they may speak again</source>
        <translation>/unmute APODO        puede volver a hablar</translation>
    </message>
    <message>
        <source>/quiet, /quiet off   only the teacher speaks; students read</source>
        <translation>/quiet, /quiet off   solo habla el docente; los estudiantes leen</translation>
    </message>
    <message>
        <source>/slow SECONDS        one message every SECONDS per student (/slow 0 ends it)</source>
        <translation>/slow SEGUNDOS       un mensaje cada SEGUNDOS por estudiante (/slow 0 lo quita)</translation>
    </message>
    <message>
        <source>/pm all|teacher|off  private messages between everyone, with the teacher only, or none</source>
        <translation>/pm all|teacher|off  mensajes privados entre todos, solo con el docente, o ninguno</translation>
    </message>
    <message>
        <source>/ban NICK            removes them and keeps them out for the lesson (by address on a LAN)</source>
        <translation>/ban APODO           lo saca y lo deja fuera durante la clase (por dirección en una LAN)</translation>
    </message>
    <message>
        <source>/unban NICK, /bans   lets them in again; who is kept out</source>
        <translation>/unban APODO, /bans  lo deja entrar de nuevo; quién está fuera</translation>
    </message>
    <message>
        <source>/hands               the raised hands, in order, with how long each has waited</source>
        <translation>/hands               las manos levantadas, en orden, con cuánto ha esperado cada una</translation>
    </message>
    <message>
        <source>/lower NICK, /lower all  lowers a hand, or every hand</source>
        <translation>/lower APODO, /lower all  baja una mano, o todas</translation>
    </message>
    <message>
        <source>/kick NICK [REASON]  removes someone, telling them why; they may come back</source>
        <translation>/kick APODO [MOTIVO] saca a alguien diciéndole por qué; puede volver</translation>
    </message>
    <message>
        <source>/lock                nobody new joins; those in stay, and those who drop get back in</source>
        <translation>/lock                nadie nuevo entra; quien está se queda, y quien se desconecta vuelve</translation>
    </message>
    <message>
        <source>/unlock              anyone may join again</source>
        <translation>/unlock              cualquiera puede volver a entrar</translation>
    </message>
    <message>
        <source>/code CODE, /code off  only those who type CODE get in; no code any more</source>
        <translation>/code CÓDIGO, /code off  solo entra quien escribe CÓDIGO; ya sin código</translation>
    </message>
    <message>
        <source>/lesson new, /lesson end  a new lesson starts clean; the end of one, too</source>
        <translation>/lesson new, /lesson end  una clase nueva empieza de cero; el final de una, también</translation>
    </message>
    <message>
        <source>/delete ID           removes message #ID from every window and from the history</source>
        <translation>/delete ID           quita el mensaje n.º ID de todas las ventanas y del historial</translation>
    </message>
    <message>
        <source>/msg NICK TEXT       a private message from you</source>
        <translation>/msg APODO TEXTO     un mensaje privado tuyo</translation>
    </message>
    <message>
        <source>/name NAME           your name in the room (students write to it)</source>
        <translation>/name NOMBRE         tu nombre en la sala (los estudiantes te escriben a él)</translation>
    </message>
    <message>
        <source>/who                 who is in the room</source>
        <translation>/who                 quién está en la sala</translation>
    </message>
    <message>
        <source>/help                this list</source>
        <translation>/help                esta lista</translation>
    </message>
    <message>
        <source>Usage: /handout PATH</source>
        <translation>Uso: /handout RUTA</translation>
    </message>
    <message>
        <source>/handout PATH        hands the file out to everyone, and to those who join later</source>
        <translation>/handout RUTA        reparte el archivo a todos, y a quienes lleguen después</translation>
    </message>
    <message>
        <source>/collect [TITLE], /collect off  students hand work in to you; no more</source>
        <translation>/collect [TÍTULO], /collect off  los alumnos te entregan su trabajo; ya no</translation>
    </message>
    <message>
        <source>/handins             what was handed in, and who has not handed in yet</source>
        <translation>/handins             lo entregado, y quién no ha entregado aún</translation>
    </message>
    <message>
        <source>Usage: /sharing on, or /sharing off</source>
        <translation>Uso: /sharing on, o /sharing off</translation>
    </message>
    <message>
        <source>/sharing on|off      students may share files with the whole room, or not</source>
        <translation>/sharing on|off      los alumnos pueden compartir archivos con toda la sala, o no</translation>
    </message>
</context>
<context>
    <name>HostInput</name>
    <message>
        <source>&quot;%1&quot; opens a [ without closing it.</source>
        <translation>&quot;%1&quot; abre un [ sin cerrarlo.</translation>
    </message>
    <message>
        <source>After ] comes :PORT, as in [::1]:12800.</source>
        <translation>Tras ] va :PUERTO, como en [::1]:12800.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends with &apos;:&apos; but no port.</source>
        <translation>&quot;%1&quot; termina en &apos;:&apos; pero sin puerto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port: a port is a number from 1 to 65535.</source>
        <translation>&quot;%1&quot; no es un puerto: un puerto es un número de 1 a 65535.</translation>
    </message>
    <message>
        <source>Type the server&apos;s address first: the server window shows it.</source>
        <translation>Escribe primero la dirección del servidor: la muestra la ventana del servidor.</translation>
    </message>
</context>
<context>
    <name>IdentityPanel</name>
    <message>
        <source>New &amp;identity…</source>
        <translation>Nueva &amp;identidad…</translation>
    </message>
    <message>
        <source>Makes a new key and certificate for this server: every student&apos;s Salon will warn that the server changed</source>
        <translation>Crea una clave y un certificado nuevos para este servidor: el Salon de cada estudiante avisará de que el servidor ha cambiado</translation>
    </message>
    <message>
        <source>New identity</source>
        <translation>Nueva identidad</translation>
    </message>
    <message>
        <source>A new identity gives this server a new fingerprint. Every Salon that joined it before will stop and warn that the server changed, until each student compares the new fingerprint with the projector and accepts it.

Make one only if the private key may have been copied (another person used this account, the PC was lent), or to show the class what the warning looks like.</source>
        <translation>Una identidad nueva da a este servidor una huella nueva. Cada Salon que entró antes se detendrá y avisará de que el servidor ha cambiado, hasta que cada estudiante compare la huella nueva con el proyector y la acepte.

Crea una solo si la clave privada ha podido copiarse (otra persona usó esta cuenta, el PC se prestó), o para enseñar a la clase cómo es el aviso.</translation>
    </message>
    <message>
        <source>Not encrypted: anyone on the network can read what is said in this room.</source>
        <translation>Sin cifrar: cualquiera en la red puede leer lo que se dice en esta sala.</translation>
    </message>
    <message>
        <source>Encrypted.
Fingerprint:</source>
        <translation>Cifrado.
Huella:</translation>
    </message>
    <message>
        <source>Students check that their Salon shows the same fingerprint when they join for the first time.</source>
        <translation>Los estudiantes comprueban que su Salon muestra la misma huella cuando entran por primera vez.</translation>
    </message>
</context>
<context>
    <name>JoinLink</name>
    <message>
        <source>&quot;%1&quot; is not a link Salon can join.</source>
        <translation>«%1» no es un enlace al que Salon pueda unirse.</translation>
    </message>
    <message>
        <source>Salon joins salon://, http:// and https:// links, not %1://.</source>
        <translation>Salon se une con enlaces salon://, http:// y https://, no %1://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names port 0.</source>
        <translation>«%1» indica el puerto 0.</translation>
    </message>
    <message>
        <source>The link&apos;s fingerprint is damaged: it must be 64 hexadecimal digits. Copy the whole link again.</source>
        <translation>La huella del enlace está dañada: debe tener 64 dígitos hexadecimales. Copia de nuevo el enlace entero.</translation>
    </message>
</context>
<context>
    <name>LessonFile</name>
    <message>
        <source>The lesson kept in %1 could not be read: %2</source>
        <translation>No se pudo leer la clase guardada en %1: %2</translation>
    </message>
    <message>
        <source>too big</source>
        <translation>demasiado grande</translation>
    </message>
    <message>
        <source>The lesson kept in %1 is damaged; a new lesson starts.</source>
        <translation>La clase guardada en %1 está dañada; empieza una clase nueva.</translation>
    </message>
    <message>
        <source>The lesson could not be kept in %1: %2</source>
        <translation>No se pudo guardar la clase en %1: %2</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <source>server: longest text line, in bytes (%1).</source>
        <translation>server: línea de texto más larga, en bytes (%1).</translation>
    </message>
    <message>
        <source>server: longest Salon frame, in bytes (%1).</source>
        <translation>server: trama Salon más larga, en bytes (%1).</translation>
    </message>
    <message>
        <source>server: longest message, in characters (%1).</source>
        <translation>server: mensaje más largo, en caracteres (%1).</translation>
    </message>
    <message>
        <source>server: bytes waiting for a slow reader before it is disconnected (%1).</source>
        <translation>server: bytes esperando a un lector lento antes de desconectarlo (%1).</translation>
    </message>
    <message>
        <source>server: lines per second a client may send (%1).</source>
        <translation>server: líneas por segundo que puede enviar un cliente (%1).</translation>
    </message>
    <message>
        <source>server: lines a client may send at once (%1).</source>
        <translation>server: líneas que un cliente puede enviar de golpe (%1).</translation>
    </message>
    <message>
        <source>server: lines kept waiting before a flooder is disconnected (%1).</source>
        <translation>server: líneas en espera antes de desconectar a quien inunda (%1).</translation>
    </message>
    <message>
        <source>server: no flood control (for benchmarks).</source>
        <translation>server: sin control de inundación (para pruebas de rendimiento).</translation>
    </message>
    <message>
        <source>server: most people in the room (%1).</source>
        <translation>server: máximo de personas en la sala (%1).</translation>
    </message>
    <message>
        <source>server: places kept for the host&apos;s PC and for members coming back (%1).</source>
        <translation>server: plazas reservadas para el PC del anfitrión y para los miembros que vuelven (%1).</translation>
    </message>
    <message>
        <source>server: most connections still getting in at once (%1).</source>
        <translation>server: máximo de conexiones entrando a la vez (%1).</translation>
    </message>
    <message>
        <source>server: most connections from one address, loopback exempt (%1).</source>
        <translation>server: máximo de conexiones desde una dirección, salvo loopback (%1).</translation>
    </message>
    <message>
        <source>server: new connections per second from one address, loopback exempt (%1).</source>
        <translation>server: conexiones nuevas por segundo desde una dirección, salvo loopback (%1).</translation>
    </message>
    <message>
        <source>server: seconds a connection has to join the room (%1).</source>
        <translation>server: segundos que tiene una conexión para entrar en la sala (%1).</translation>
    </message>
    <message>
        <source>server: seconds of silence after which a Salon client counts as gone (%1).</source>
        <translation>server: segundos de silencio tras los que un cliente Salon cuenta como ido (%1).</translation>
    </message>
    <message>
        <source>server: seconds a Salon client that dropped keeps its name (%1).</source>
        <translation>server: segundos que un cliente Salon desconectado conserva su nombre (%1).</translation>
    </message>
    <message>
        <source>--%1 takes a number from %2 to %3.</source>
        <translation>--%1 admite un número de %2 a %3.</translation>
    </message>
</context>
<context>
    <name>ModerationActions</name>
    <message>
        <source>&amp;Muted: reads, but is not heard</source>
        <translation>&amp;Silenciado: lee, pero no se le oye</translation>
    </message>
    <message>
        <source>Send a private &amp;message…</source>
        <translation>Enviar un &amp;mensaje privado…</translation>
    </message>
    <message>
        <source>Private message</source>
        <translation>Mensaje privado</translation>
    </message>
    <message>
        <source>For %1 only, from %2:</source>
        <translation>Solo para %1, de %2:</translation>
    </message>
    <message>
        <source>&amp;Ban for the rest of the lesson…</source>
        <translation>&amp;Expulsar hasta el final de la clase…</translation>
    </message>
    <message>
        <source>Ban %1</source>
        <translation>Expulsar a %1</translation>
    </message>
    <message>
        <source>%1 shares an address with %2 (one PC, or a school&apos;s network): banning the address keeps them all out for the rest of the lesson. Ban them all?</source>
        <translation>%1 comparte dirección con %2 (un mismo PC, o la red de un centro): expulsar la dirección los deja a todos fuera hasta el final de la clase. ¿Expulsarlos a todos?</translation>
    </message>
    <message>
        <source>&amp;Lock the room</source>
        <translation>&amp;Cerrar la sala</translation>
    </message>
    <message>
        <source>Nobody new joins; those in the room stay, and those who drop get back in</source>
        <translation>Nadie nuevo entra; quien está en la sala se queda, y quien se desconecta vuelve</translation>
    </message>
    <message>
        <source>Your n&amp;ame in the room…</source>
        <translation>Tu n&amp;ombre en la sala…</translation>
    </message>
    <message>
        <source>Students write to you under this name; nobody else may take it</source>
        <translation>Los estudiantes te escriben con este nombre; nadie más puede tomarlo</translation>
    </message>
    <message>
        <source>Your name in the room</source>
        <translation>Tu nombre en la sala</translation>
    </message>
    <message>
        <source>Your name in the room (letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;):</source>
        <translation>Tu nombre en la sala (letras, cifras, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be your name in the room: someone has it, or it is not a possible nickname.</source>
        <translation>&quot;%1&quot; no puede ser tu nombre en la sala: alguien lo tiene, o no es un apodo posible.</translation>
    </message>
    <message>
        <source>Start a &amp;new lesson</source>
        <translation>Empezar una clase &amp;nueva</translation>
    </message>
    <message>
        <source>A clean room: no code, no lock, no mutes, bans or hands. Those in the room stay.</source>
        <translation>Una sala limpia: sin código, sin cierre, sin silencios, expulsiones ni manos. Quien está en la sala se queda.</translation>
    </message>
    <message>
        <source>&amp;End the lesson</source>
        <translation>&amp;Terminar la clase</translation>
    </message>
    <message>
        <source>Require a &amp;code…</source>
        <translation>Pedir un &amp;código…</translation>
    </message>
    <message>
        <source>Only those who type the code shown on the projector get in</source>
        <translation>Solo entra quien escribe el código que se muestra en el proyector</translation>
    </message>
    <message>
        <source>Only the &amp;teacher speaks</source>
        <translation>Solo habla el &amp;docente</translation>
    </message>
    <message>
        <source>Students read; their messages are not delivered, and they are told why</source>
        <translation>Los estudiantes leen; sus mensajes no se entregan, y se les dice por qué</translation>
    </message>
    <message>
        <source>&amp;Slow mode…</source>
        <translation>Modo &amp;lento…</translation>
    </message>
    <message>
        <source>Slow mode</source>
        <translation>Modo lento</translation>
    </message>
    <message>
        <source>One message every how many seconds, per student (0: no limit)?</source>
        <translation>¿Un mensaje cada cuántos segundos, por estudiante (0: sin límite)?</translation>
    </message>
    <message>
        <source>&amp;Private messages</source>
        <translation>Mensajes &amp;privados</translation>
    </message>
    <message>
        <source>Between everyone</source>
        <translation>Entre todos</translation>
    </message>
    <message>
        <source>Only to and from the teacher</source>
        <translation>Solo al docente y desde el docente</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
</context>
<context>
    <name>Nickname</name>
    <message>
        <source>Teacher</source>
        <translation>Docente</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Anfitrión</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderador</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Salon</source>
        <translation>Salon</translation>
    </message>
    <message>
        <source>The nickname &quot;%1&quot; is kept for the teacher and the server: choose another.</source>
        <translation>El apodo &quot;%1&quot; está reservado para el docente y el servidor: elige otro.</translation>
    </message>
    <message>
        <source>A nickname can&apos;t be empty.</source>
        <translation>Un apodo no puede estar vacío.</translation>
    </message>
    <message>
        <source>A nickname has at most %1 characters.</source>
        <translation>Un apodo tiene como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A nickname may hold only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation>Un apodo solo puede tener letras, cifras, &apos;-&apos;, &apos;_&apos; y &apos;.&apos;.</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Give up on the messages still waiting to be sent</source>
        <translation>Renunciar a los mensajes que aún esperan para enviarse</translation>
    </message>
    <message>
        <source>%1 → %2 (private)</source>
        <translation>%1 → %2 (privado)</translation>
    </message>
    <message>
        <source>Sending… %1: %2</source>
        <translation>Enviando… %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more waiting</source>
        <translation>
            <numerusform>y %n más esperando</numerusform>
            <numerusform>y %n más esperando</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Nickname</source>
        <translation>Apodo</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Conectado desde</translation>
    </message>
    <message>
        <source>%1 joined from %2 (%3).</source>
        <translation>%1 ha entrado desde %2 (%3).</translation>
    </message>
    <message>
        <source>%1 left: %2.</source>
        <translation>%1 se ha ido: %2.</translation>
    </message>
    <message>
        <source>%1 is now known as %2.</source>
        <translation>%1 ahora se llama %2.</translation>
    </message>
    <message>
        <source>Encrypted (TLS): nobody on the network can read it.</source>
        <translation>Cifrado (TLS): nadie en la red puede leerlo.</translation>
    </message>
    <message>
        <source>Not encrypted: anyone on the network can read it.</source>
        <translation>Sin cifrar: cualquiera en la red puede leerlo.</translation>
    </message>
    <message>
        <source>%1, encrypted</source>
        <translation>%1, cifrado</translation>
    </message>
    <message>
        <source>%1, not encrypted</source>
        <translation>%1, sin cifrar</translation>
    </message>
</context>
<context>
    <name>PeerSession</name>
    <message>
        <source>%1 sent a line over %2 KiB, which was dropped.</source>
        <translation>%1 envió una línea de más de %2 KiB, que se descartó.</translation>
    </message>
    <message>
        <source>sent a frame over %1 KiB</source>
        <translation>envió una trama de más de %1 KiB</translation>
    </message>
    <message>
        <source>%1 sent a frame that is not valid JSON.</source>
        <translation>%1 envió una trama que no es JSON válido.</translation>
    </message>
    <message>
        <source>flooding: more than %1 lines waiting</source>
        <translation>inundación: más de %1 líneas en espera</translation>
    </message>
    <message>
        <source>%1 was disconnected for flooding.</source>
        <translation>%1 fue desconectado por inundar la sala.</translation>
    </message>
    <message>
        <source>Goodbye.</source>
        <translation>Adiós.</translation>
    </message>
    <message>
        <source>did not join within %1 s</source>
        <translation>no entró en %1 s</translation>
    </message>
    <message>
        <source>no answer for %1 s: connection lost</source>
        <translation>sin respuesta durante %1 s: conexión perdida</translation>
    </message>
    <message>
        <source>send queue exceeded: the client stopped reading</source>
        <translation>cola de envío superada: el cliente dejó de leer</translation>
    </message>
    <message>
        <source>%1 stopped reading; disconnected.</source>
        <translation>%1 dejó de leer; desconectado.</translation>
    </message>
    <message>
        <source>TLS that came too late, after the room took it for a text client</source>
        <translation>TLS que llegó demasiado tarde, cuando la sala ya lo había tomado por un cliente de texto</translation>
    </message>
    <message>
        <source>a web browser (HTTP) that came too late, after the room took it for a text client</source>
        <translation>un navegador web (HTTP) que llegó demasiado tarde, cuando la sala ya lo había tomado por un cliente de texto</translation>
    </message>
    <message>
        <source>%1 was closed: %2.</source>
        <translation>%1 se cerró: %2.</translation>
    </message>
    <message>
        <source>a Salon client whose hello came too late, after the room took it for a text client</source>
        <translation>un cliente Salon cuyo hello llegó demasiado tarde, después de que la sala lo tomara por un cliente de texto</translation>
    </message>
</context>
<context>
    <name>PlainTcpTransport</name>
    <message>
        <source>connection closed</source>
        <translation>conexión cerrada</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>conexión perdida</translation>
    </message>
    <message>
        <source>connection lost: %1</source>
        <translation>conexión perdida: %1</translation>
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
        <translation>Código QR de %1</translation>
    </message>
</context>
<context>
    <name>RawTextBar</name>
    <message>
        <source>None (like the tutorial&apos;s client)</source>
        <translation>Ninguno (como el cliente del tutorial)</translation>
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
        <translation>Este servidor no habla Salon: lo que escribes se envía como texto sin formato.</translation>
    </message>
    <message>
        <source>&amp;Line ending:</source>
        <translation>&amp;Fin de línea:</translation>
    </message>
</context>
<context>
    <name>ReconnectBar</name>
    <message>
        <source>Reconnect &amp;now</source>
        <translation>Reconectar &amp;ya</translation>
    </message>
    <message numerus="yes">
        <source>Connection lost — reconnecting in %n s</source>
        <translation>
            <numerusform>Conexión perdida — reconectando en %n s</numerusform>
            <numerusform>Conexión perdida — reconectando en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <source>%1 (last try: %2)</source>
        <translation>%1 (último intento: %2)</translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <source>&quot;%1&quot; is the teacher&apos;s name in this room: choose another.</source>
        <translation>&quot;%1&quot; es el nombre del docente en esta sala: elige otro.</translation>
    </message>
    <message>
        <source>The nickname &quot;%1&quot; is already taken in this room.</source>
        <translation>El apodo &quot;%1&quot; ya está cogido en esta sala.</translation>
    </message>
    <message>
        <source>The nickname &quot;%1&quot; looks too much like &quot;%2&quot;, who is in the room.</source>
        <translation>El apodo &quot;%1&quot; se parece demasiado a &quot;%2&quot;, que está en la sala.</translation>
    </message>
    <message numerus="yes">
        <source>The nickname &quot;%1&quot; is kept for someone who was disconnected a moment ago; it is free again in %n minute(s) if they do not come back.</source>
        <translation>
            <numerusform>El apodo &quot;%1&quot; está reservado para alguien que se desconectó hace un momento; queda libre en %n minuto si no vuelve.</numerusform>
            <numerusform>El apodo &quot;%1&quot; está reservado para alguien que se desconectó hace un momento; queda libre en %n minutos si no vuelve.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been said in the room yet.</source>
        <translation>Todavía no se ha dicho nada en la sala.</translation>
    </message>
    <message>
        <source>The teacher muted you: you can read, but what you send is not delivered.</source>
        <translation>El docente te ha silenciado: puedes leer, pero lo que envías no se entrega.</translation>
    </message>
    <message>
        <source>The teacher unmuted you: you can speak again.</source>
        <translation>El docente te ha quitado el silencio: puedes volver a hablar.</translation>
    </message>
</context>
<context>
    <name>RoomCodeBar</name>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Entrar</translation>
    </message>
    <message>
        <source>the code the teacher shows</source>
        <translation>el código que muestra el docente</translation>
    </message>
    <message>
        <source>That was not the room&apos;s code. Type the code the teacher shows, then Join:</source>
        <translation>Ese no era el código de la sala. Escribe el código que muestra el docente y pulsa Entrar:</translation>
    </message>
    <message>
        <source>This room needs a code. Type the code the teacher shows, then Join:</source>
        <translation>Esta sala necesita un código. Escribe el código que muestra el docente y pulsa Entrar:</translation>
    </message>
</context>
<context>
    <name>RoomCodePanel</name>
    <message>
        <source>Room code</source>
        <translation>Código de la sala</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Cambiar…</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong code(s) in the last 10 minutes: someone may be guessing. Change the code, or lock the room once everyone is in.</source>
        <translation>
            <numerusform>%n código incorrecto en los últimos 10 minutos: alguien podría estar adivinando. Cambia el código, o cierra la sala cuando estén todos dentro.</numerusform>
            <numerusform>%n códigos incorrectos en los últimos 10 minutos: alguien podría estar adivinando. Cambia el código, o cierra la sala cuando estén todos dentro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only those who type this code get in. Show it on the projector; those already in the room stay. Letters, digits and &apos;-&apos;; spaces don&apos;t count.</source>
        <translation>Solo entra quien escribe este código. Muéstralo en el proyector; quien ya está en la sala se queda. Letras, cifras y &apos;-&apos;; los espacios no cuentan.</translation>
    </message>
    <message>
        <source>&amp;Generate 6 digits</source>
        <translation>&amp;Generar 6 cifras</translation>
    </message>
    <message>
        <source>&amp;No code</source>
        <translation>&amp;Sin código</translation>
    </message>
</context>
<context>
    <name>RoomLogWriter</name>
    <message>
        <source>(a message removed by the teacher)</source>
        <translation>(un mensaje quitado por el docente)</translation>
    </message>
    <message>
        <source>You joined the room at %1:%2 as %3.</source>
        <translation>Has entrado en la sala en %1:%2 como %3.</translation>
    </message>
    <message>
        <source>%1 joined the room.</source>
        <translation>%1 ha entrado en la sala.</translation>
    </message>
    <message>
        <source>%1 left the room.</source>
        <translation>%1 ha salido de la sala.</translation>
    </message>
    <message>
        <source>%1 left the room (%2).</source>
        <translation>%1 ha salido de la sala (%2).</translation>
    </message>
    <message>
        <source>%1 is now known as %2.</source>
        <translation>%1 ahora se llama %2.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>No Salon greeting from %1:%2: this is another kind of server. Switched to raw text mode: what you type is sent as is, and whatever arrives is shown.</source>
        <translation>Ningún saludo Salon de %1:%2: es otro tipo de servidor. Se pasa al modo texto sin formato: lo que escribes se envía tal cual, y se muestra todo lo que llega.</translation>
    </message>
    <message>
        <source>Not sent: “%1” — %2</source>
        <translation>No enviado: «%1» — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) typed for the other server were not sent.</source>
        <translation>
            <numerusform>%n mensaje escrito para el otro servidor no se ha enviado.</numerusform>
            <numerusform>%n mensajes escritos para el otro servidor no se han enviado.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection was lost.</source>
        <translation>Se ha perdido la conexión.</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Desconectado.</translation>
    </message>
    <message>
        <source>Connecting to %1 on port %2…</source>
        <translation>Conectando a %1 en el puerto %2…</translation>
    </message>
    <message>
        <source>Said in the room before you came:</source>
        <translation>Dicho en la sala antes de que llegaras:</translation>
    </message>
    <message>
        <source>%1 → %2 (private)</source>
        <translation>%1 → %2 (privado)</translation>
    </message>
    <message>
        <source>%1 (private)</source>
        <translation>%1 (privado)</translation>
    </message>
</context>
<context>
    <name>SafeFileName</name>
    <message>
        <source>&quot;%1&quot; is not a file name.</source>
        <translation>&quot;%1&quot; no es un nombre de archivo.</translation>
    </message>
    <message>
        <source>A file name must be valid text.</source>
        <translation>Un nombre de archivo debe ser texto válido.</translation>
    </message>
    <message>
        <source>A file name may not hold control characters.</source>
        <translation>Un nombre de archivo no puede contener caracteres de control.</translation>
    </message>
    <message>
        <source>A file name may not hold invisible characters.</source>
        <translation>Un nombre de archivo no puede contener caracteres invisibles.</translation>
    </message>
    <message>
        <source>The file has no name.</source>
        <translation>El archivo no tiene nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a device&apos;s name on Windows, not a file&apos;s.</source>
        <translation>&quot;%1&quot; es un nombre de dispositivo en Windows, no de archivo.</translation>
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
        <translation>cliente Salon</translation>
    </message>
</context>
<context>
    <name>ServerAddresses</name>
    <message>
        <source>this computer&apos;s name</source>
        <translation>el nombre de este ordenador</translation>
    </message>
    <message>
        <source>this computer only</source>
        <translation>solo este ordenador</translation>
    </message>
    <message>
        <source>%1, link-local</source>
        <translation>%1, de enlace local</translation>
    </message>
</context>
<context>
    <name>ServerIdentity</name>
    <message>
        <source>The server&apos;s private key %1 can be read by other users of this computer: make it yours alone (chmod 600 %1), or delete it to make a new identity.</source>
        <translation>Otros usuarios de este ordenador pueden leer la clave privada del servidor %1: haz que sea solo tuya (chmod 600 %1), o bórrala para crear una identidad nueva.</translation>
    </message>
    <message>
        <source>The server&apos;s identity in %1 could not be read: %2</source>
        <translation>No se pudo leer la identidad del servidor en %1: %2</translation>
    </message>
    <message>
        <source>The server&apos;s identity in %1 is damaged: delete %2 and %3 to make a new one.</source>
        <translation>La identidad del servidor en %1 está dañada: borra %2 y %3 para crear una nueva.</translation>
    </message>
    <message>
        <source>The server&apos;s identity could not be kept in %1: %2</source>
        <translation>No se pudo guardar la identidad del servidor en %1: %2</translation>
    </message>
    <message>
        <source>the folder can&apos;t be made</source>
        <translation>no se puede crear la carpeta</translation>
    </message>
    <message>
        <source>The server&apos;s identity could not be made: %1</source>
        <translation>No se pudo crear la identidad del servidor: %1</translation>
    </message>
</context>
<context>
    <name>ServerLink</name>
    <message>
        <source>The server turned us away: %1</source>
        <translation>El servidor nos rechazó: %1</translation>
    </message>
    <message>
        <source>While you were away, your nickname &quot;%1&quot; was taken: %2 Choose another one and connect again.</source>
        <translation>Mientras no estabas, alguien cogió tu apodo &quot;%1&quot;: %2 Elige otro y vuelve a conectarte.</translation>
    </message>
    <message>
        <source>The nickname &quot;%1&quot; can&apos;t be used: %2</source>
        <translation>No se puede usar el apodo &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The server stopped answering (nothing for %1 s): the connection is lost.</source>
        <translation>El servidor dejó de responder (nada en %1 s): se ha perdido la conexión.</translation>
    </message>
    <message>
        <source>No answer from %1 after %2 s: is a firewall blocking port %3?</source>
        <translation>Sin respuesta de %1 tras %2 s: ¿un cortafuegos bloquea el puerto %3?</translation>
    </message>
    <message>
        <source>The server greeted us but did not let us in: it may be another version of Salon.</source>
        <translation>El servidor nos saludó pero no nos dejó entrar: puede ser otra versión de Salon.</translation>
    </message>
    <message>
        <source>The server sent a frame over %1 KiB; the connection was closed.</source>
        <translation>El servidor envió una trama de más de %1 KiB; se ha cerrado la conexión.</translation>
    </message>
    <message>
        <source>The server did not finish the TLS handshake within %1 s.</source>
        <translation>El servidor no terminó el saludo TLS en %1 s.</translation>
    </message>
    <message>
        <source>The server finished the TLS handshake but did not greet us within %1 s.</source>
        <translation>El servidor terminó el protocolo de enlace TLS pero no nos saludó en %1 s.</translation>
    </message>
</context>
<context>
    <name>ServerTrust</name>
    <message>
        <source>Check the server&apos;s fingerprint</source>
        <translation>Comprueba la huella del servidor</translation>
    </message>
    <message>
        <source>First time in the room at %1:%2. It is encrypted, but is it the teacher&apos;s server? Compare this fingerprint with the one the teacher&apos;s screen shows:</source>
        <translation>Primera vez en la sala de %1:%2. Está cifrada, pero ¿es el servidor del docente? Compara esta huella con la que muestra la pantalla del docente:</translation>
    </message>
    <message>
        <source>If they differ, another computer may be pretending to be the teacher&apos;s: do not join, and tell the teacher.</source>
        <translation>Si son distintas, puede que otro ordenador se haga pasar por el del docente: no entres, y avisa al docente.</translation>
    </message>
    <message>
        <source>They &amp;match: join</source>
        <translation>&amp;Coinciden: entrar</translation>
    </message>
    <message>
        <source>They &amp;differ</source>
        <translation>&amp;Son distintas</translation>
    </message>
    <message>
        <source>This server no longer encrypts</source>
        <translation>Este servidor ya no cifra</translation>
    </message>
    <message>
        <source>This is not the server you joined before</source>
        <translation>Este no es el servidor en el que entraste antes</translation>
    </message>
    <message>
        <source>The server at %1:%2 encrypted the room last time. Now it offers no encryption at all.</source>
        <translation>El servidor de %1:%2 cifraba la sala la última vez. Ahora no ofrece ningún cifrado.</translation>
    </message>
    <message>
        <source>The server at %1:%2 shows another fingerprint than the one you compared with the teacher&apos;s screen.</source>
        <translation>El servidor de %1:%2 muestra otra huella distinta de la que comparaste con la pantalla del docente.</translation>
    </message>
    <message>
        <source>It may be another computer pretending to be the teacher&apos;s, to read what the class writes. Salon did not join, and sent nothing.</source>
        <translation>Puede ser otro ordenador que se hace pasar por el del docente para leer lo que escribe la clase. Salon no ha entrado y no ha enviado nada.</translation>
    </message>
    <message>
        <source>The fingerprint you accepted:</source>
        <translation>La huella que aceptaste:</translation>
    </message>
    <message>
        <source>The fingerprint it shows now:</source>
        <translation>La huella que muestra ahora:</translation>
    </message>
    <message>
        <source>Ask the teacher. If the room really runs without encryption now, you may join it anyway: everyone on the network can then read what you write.</source>
        <translation>Pregunta al docente. Si la sala funciona de verdad sin cifrado ahora, puedes entrar de todos modos: cualquiera en la red podrá leer lo que escribas.</translation>
    </message>
    <message>
        <source>Ask the teacher. If they made a new identity (Room ▸ New identity), their screen shows the new fingerprint: compare it with the one above before you trust it.</source>
        <translation>Pregunta al docente. Si creó una identidad nueva (Sala ▸ Nueva identidad), su pantalla muestra la huella nueva: compárala con la de arriba antes de confiar en ella.</translation>
    </message>
    <message>
        <source>The teacher says the room is no longer encrypted</source>
        <translation>El docente dice que la sala ya no está cifrada</translation>
    </message>
    <message>
        <source>The teacher made a new identity, and the new fingerprint matches their screen</source>
        <translation>El docente creó una identidad nueva, y la huella nueva coincide con su pantalla</translation>
    </message>
    <message>
        <source>&amp;Do not join</source>
        <translation>&amp;No entrar</translation>
    </message>
    <message>
        <source>&amp;Join without encryption</source>
        <translation>&amp;Entrar sin cifrado</translation>
    </message>
    <message>
        <source>&amp;Trust the new fingerprint</source>
        <translation>&amp;Confiar en la huella nueva</translation>
    </message>
    <message>
        <source>This server does not encrypt</source>
        <translation>Este servidor no cifra</translation>
    </message>
    <message>
        <source>The join link names a fingerprint for %1:%2, but the server there offers no encryption at all.</source>
        <translation>El enlace indica una huella para %1:%2, pero el servidor que hay ahí no ofrece ningún cifrado.</translation>
    </message>
    <message>
        <source>This is not the server the link names</source>
        <translation>Este no es el servidor que indica el enlace</translation>
    </message>
    <message>
        <source>The server at %1:%2 shows another fingerprint than the one its join link names.</source>
        <translation>El servidor en %1:%2 muestra otra huella que la que indica su enlace.</translation>
    </message>
    <message>
        <source>The fingerprint the link names:</source>
        <translation>La huella que indica el enlace:</translation>
    </message>
    <message>
        <source>Ask the teacher for the right link, or compare the fingerprint it shows now with the one on the teacher&apos;s screen before you trust it.</source>
        <translation>Pide el enlace correcto al profesor, o compara la huella que muestra ahora con la de la pantalla del profesor antes de confiar en ella.</translation>
    </message>
    <message>
        <source>The fingerprint it shows matches the teacher&apos;s screen</source>
        <translation>La huella que muestra coincide con la pantalla del profesor</translation>
    </message>
</context>
<context>
    <name>ServerWindow</name>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>&amp;Announce</source>
        <translation>&amp;Anunciar</translation>
    </message>
    <message>
        <source>Salon — Server</source>
        <translation>Salon — Servidor</translation>
    </message>
    <message>
        <source>any free</source>
        <translation>cualquiera libre</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>The name clients see in their list of servers found; it can change while the room is open</source>
        <translation>El nombre que ven los clientes en su lista de servidores encontrados; puede cambiar con la sala abierta</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Sala:</translation>
    </message>
    <message>
        <source>Clients can connect to</source>
        <translation>Los clientes pueden conectarse a</translation>
    </message>
    <message>
        <source>Disconnect this client</source>
        <translation>Desconectar a este cliente</translation>
    </message>
    <message>
        <source>In the room</source>
        <translation>En la sala</translation>
    </message>
    <message>
        <source>The room&apos;s messages and events will appear here.</source>
        <translation>Aquí aparecerán los mensajes y los sucesos de la sala.</translation>
    </message>
    <message>
        <source>Announcement to everyone</source>
        <translation>Aviso para todos</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>%1 copiado al portapapeles.</translation>
    </message>
    <message>
        <source>The room is open on port %1.</source>
        <translation>La sala está abierta en el puerto %1.</translation>
    </message>
    <message>
        <source>The room is closed.</source>
        <translation>La sala está cerrada.</translation>
    </message>
    <message>
        <source>%1 → %2 (private)</source>
        <translation>%1 → %2 (privado)</translation>
    </message>
    <message>
        <source>%1 sent a private message to %2.</source>
        <translation>%1 envió un mensaje privado a %2.</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>%1 raised a hand.</source>
        <translation>%1 ha levantado la mano.</translation>
    </message>
    <message>
        <source>(removed: a message from %1)</source>
        <translation>(quitado: un mensaje de %1)</translation>
    </message>
    <message>
        <source>&amp;Remove this message for everyone</source>
        <translation>&amp;Quitar este mensaje para todos</translation>
    </message>
    <message>
        <source>That message is no longer in the history.</source>
        <translation>Ese mensaje ya no está en el historial.</translation>
    </message>
    <message>
        <source>Lesson under way since %1: the code, the lock, mutes, bans and hands belong to it.</source>
        <translation>Clase en curso desde las %1: el código, el cierre, los silencios, las expulsiones y las manos le pertenecen.</translation>
    </message>
    <message>
        <source>The lesson is over: the room is clean.</source>
        <translation>La clase ha terminado: la sala está limpia.</translation>
    </message>
    <message>
        <source>Salon on %1</source>
        <translation>Salon en %1</translation>
    </message>
    <message>
        <source>Salon</source>
        <translation>Salon</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Sala</translation>
    </message>
    <message>
        <source>Open a &amp;client window</source>
        <translation>Abrir una ventana de &amp;cliente</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Save the room&apos;s &amp;history as…</source>
        <translation>Guardar el &amp;historial de la sala como…</translation>
    </message>
    <message>
        <source>Every lesson kept on this PC, with dates and names, as a web page or a text file</source>
        <translation>Todas las clases guardadas en este PC, con fechas y nombres, como página web o archivo de texto</translation>
    </message>
    <message>
        <source>This room keeps no history on disk.</source>
        <translation>Esta sala no guarda historial en el disco.</translation>
    </message>
    <message>
        <source>Save the room&apos;s history as</source>
        <translation>Guardar el historial de la sala como</translation>
    </message>
    <message>
        <source>Web page (*.html);;Text file (*.txt)</source>
        <translation>Página web (*.html);;Archivo de texto (*.txt)</translation>
    </message>
    <message>
        <source>The history could not be saved in %1: %2</source>
        <translation>No se pudo guardar el historial en %1: %2</translation>
    </message>
    <message>
        <source>The room&apos;s history is in %1.</source>
        <translation>El historial de la sala está en %1.</translation>
    </message>
    <message>
        <source>Use port %1</source>
        <translation>Usar el puerto %1</translation>
    </message>
    <message>
        <source>Start the server first: nobody can hear you yet.</source>
        <translation>Inicia primero el servidor: todavía nadie puede oírte.</translation>
    </message>
    <message>
        <source>removed by the host</source>
        <translation>sacado por el anfitrión</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Salon — Server on port %1</source>
        <translation>Salon — Servidor en el puerto %1</translation>
    </message>
    <message>
        <source>Stopped. Press Start to open the room.</source>
        <translation>Detenido. Pulsa Iniciar para abrir la sala.</translation>
    </message>
    <message>
        <source>Type one of these addresses and port %1 in Salon, or in a terminal: nc ADDRESS %1</source>
        <translation>Escribe una de estas direcciones y el puerto %1 en Salon, o en un terminal: nc DIRECCIÓN %1</translation>
    </message>
    <message numerus="yes">
        <source>Open on port %1 — %n person(s) in the room.</source>
        <translation>
            <numerusform>Abierta en el puerto %1 — %n persona en la sala.</numerusform>
            <numerusform>Abierta en el puerto %1 — %n personas en la sala.</numerusform>
        </translation>
    </message>
    <message>
        <source>The room is full (%1 places).</source>
        <translation>La sala está llena (%1 plazas).</translation>
    </message>
    <message>
        <source>Lesson since %1.</source>
        <translation>Clase desde las %1.</translation>
    </message>
    <message>
        <source>Locked: nobody new joins.</source>
        <translation>Cerrada: nadie nuevo entra.</translation>
    </message>
    <message numerus="yes">
        <source>%n getting in.</source>
        <translation>
            <numerusform>%n entrando.</numerusform>
            <numerusform>%n entrando.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) kept for people who dropped.</source>
        <translation>
            <numerusform>%n nombre reservado para quien se desconectó.</numerusform>
            <numerusform>%n nombres reservados para quienes se desconectaron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turned away in the last minute.</source>
        <translation>
            <numerusform>%n rechazado en el último minuto.</numerusform>
            <numerusform>%n rechazados en el último minuto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong code(s) in the last 10 minutes.</source>
        <translation>
            <numerusform>%n código incorrecto en los últimos 10 minutos.</numerusform>
            <numerusform>%n códigos incorrectos en los últimos 10 minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) waiting after too many wrong codes.</source>
        <translation>
            <numerusform>%n dirección esperando tras demasiados códigos incorrectos.</numerusform>
            <numerusform>%n direcciones esperando tras demasiados códigos incorrectos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Salon clients on the network find this room as &quot;%1&quot; (UDP port %2).</source>
        <translation>Los clientes Salon de la red encuentran esta sala como &quot;%1&quot; (puerto UDP %2).</translation>
    </message>
    <message>
        <source>Salon clients on this PC find this room as &quot;%1&quot;; other PCs type an address.</source>
        <translation>Los clientes Salon de este PC encuentran esta sala como &quot;%1&quot;; los demás PC escriben una dirección.</translation>
    </message>
    <message>
        <source>The room is not announced (discovery is off): clients type an address.</source>
        <translation>La sala no se anuncia (el descubrimiento está desactivado): los clientes escriben una dirección.</translation>
    </message>
    <message>
        <source>A new identity: the fingerprint is now %1. Students who joined before are warned, and compare it with the projector again.</source>
        <translation>Identidad nueva: la huella es ahora %1. Los estudiantes que entraron antes reciben un aviso y la comparan de nuevo con el proyector.</translation>
    </message>
    <message>
        <source>New &amp;identity…</source>
        <translation>Nueva &amp;identidad…</translation>
    </message>
    <message>
        <source>New identity</source>
        <translation>Nueva identidad</translation>
    </message>
    <message>
        <source>Only &amp;encrypted connections</source>
        <translation>Solo conexiones &amp;cifradas</translation>
    </message>
    <message>
        <source>Plain connections (nc, telnet, the tutorial&apos;s client, older Salon) are told how to connect encrypted, then closed</source>
        <translation>A las conexiones sin cifrar (nc, telnet, el cliente del tutorial, un Salon antiguo) se les dice cómo conectarse cifradas, y se cierran</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <source>%1 handed in %2 (%3), late.</source>
        <translation>%1 ha entregado %2 (%3), con retraso.</translation>
    </message>
    <message>
        <source>%1 handed in %2 (%3).</source>
        <translation>%1 ha entregado %2 (%3).</translation>
    </message>
    <message>
        <source>&amp;Hand out…</source>
        <translation>&amp;Repartir…</translation>
    </message>
    <message>
        <source>Everyone in the room gets the file, and those who join later; dropping files on this window does the same</source>
        <translation>Todos en la sala reciben el archivo, y quienes lleguen después; soltar archivos en esta ventana hace lo mismo</translation>
    </message>
    <message>
        <source>C&amp;ollect work…</source>
        <translation>Rec&amp;oger trabajos…</translation>
    </message>
    <message>
        <source>Stop c&amp;ollecting work</source>
        <translation>Dejar de rec&amp;oger trabajos</translation>
    </message>
    <message>
        <source>Open the hand-in &amp;folder</source>
        <translation>Abrir la &amp;carpeta de entregas</translation>
    </message>
    <message>
        <source>Students may &amp;share files</source>
        <translation>Los alumnos pueden &amp;compartir archivos</translation>
    </message>
    <message>
        <source>Students may send a file to everyone in the room; off, files go between you and them only</source>
        <translation>Los alumnos pueden enviar un archivo a toda la sala; si no, los archivos solo van entre tú y ellos</translation>
    </message>
    <message>
        <source>Find a name or an address</source>
        <translation>Buscar un nombre o una dirección</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 de %2 mostrados</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>&amp;Host a room</source>
        <translation>&amp;Crear una sala</translation>
    </message>
    <message>
        <source>&amp;Join a room</source>
        <translation>&amp;Unirse a una sala</translation>
    </message>
    <message>
        <source>&amp;Try it on this computer</source>
        <translation>&amp;Probarlo en este ordenador</translation>
    </message>
    <message>
        <source>Salon</source>
        <translation>Salon</translation>
    </message>
    <message>
        <source>Welcome to Salon</source>
        <translation>Bienvenido a Salon</translation>
    </message>
    <message>
        <source>A chat for the people in this room. What would you like to do?</source>
        <translation>Un chat para las personas de esta sala. ¿Qué quieres hacer?</translation>
    </message>
    <message>
        <source>Start a chat room on this computer. Others join it by typing the address the server window shows.</source>
        <translation>Abre una sala de chat en este ordenador. Los demás entran escribiendo la dirección que muestra la ventana del servidor.</translation>
    </message>
    <message>
        <source>Connect to a room that someone started, on this computer or another one.</source>
        <translation>Conéctate a una sala que alguien abrió, en este ordenador o en otro.</translation>
    </message>
    <message>
        <source>A room and two people in it, side by side on this screen: a classroom demo.</source>
        <translation>Una sala y dos personas dentro, una al lado de otra en esta pantalla: una demostración en clase.</translation>
    </message>
</context>
<context>
    <name>TcpTransport</name>
    <message>
        <source>connection closed</source>
        <translation>conexión cerrada</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>conexión perdida</translation>
    </message>
    <message>
        <source>connection lost: %1</source>
        <translation>conexión perdida: %1</translation>
    </message>
</context>
<context>
    <name>TextDialect</name>
    <message>
        <source>*** Server: %1</source>
        <translation>*** Servidor: %1</translation>
    </message>
    <message>
        <source>[private] %1 -&gt; %2: %3</source>
        <translation>[privado] %1 -&gt; %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>*** The last %n message(s) said in the room (/history 50 shows more):</source>
        <translation>
            <numerusform>*** El último mensaje dicho en la sala (/history 50 muestra más):</numerusform>
            <numerusform>*** Los últimos %n mensajes dichos en la sala (/history 50 muestra más):</numerusform>
        </translation>
    </message>
    <message>
        <source>*** End of the earlier messages.</source>
        <translation>*** Fin de los mensajes anteriores.</translation>
    </message>
    <message>
        <source>*** You are %1. Type /nick NAME to change it.</source>
        <translation>*** Eres %1. Escribe /nick NOMBRE para cambiarlo.</translation>
    </message>
    <message>
        <source>*** In the room (%1): %2</source>
        <translation>*** En la sala (%1): %2</translation>
    </message>
    <message>
        <source>*** %1 joined the room</source>
        <translation>*** %1 ha entrado en la sala</translation>
    </message>
    <message>
        <source>*** %1 left the room (%2)</source>
        <translation>*** %1 ha salido de la sala (%2)</translation>
    </message>
    <message>
        <source>*** %1 is now known as %2</source>
        <translation>*** %1 ahora se llama %2</translation>
    </message>
    <message>
        <source>!!! %1</source>
        <translation>!!! %1</translation>
    </message>
    <message>
        <source>*** Your hand is up: you are number %1 in line.</source>
        <translation>*** Tienes la mano levantada: eres el número %1 de la fila.</translation>
    </message>
    <message>
        <source>*** Your hand is down.</source>
        <translation>*** Has bajado la mano.</translation>
    </message>
    <message>
        <source>*** The teacher removed a message from %1 (said at %2).</source>
        <translation>*** El docente ha quitado un mensaje de %1 (dicho a las %2).</translation>
    </message>
    <message>
        <source>*** This room needs a code: type the code the teacher shows, then press Enter.</source>
        <translation>*** Esta sala necesita un código: escribe el código que muestra el docente y pulsa Intro.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>text client</source>
        <translation>cliente de texto</translation>
    </message>
    <message>
        <source>A text client: nc, telnet, a Python script…</source>
        <translation>Un cliente de texto: nc, telnet, un script de Python…</translation>
    </message>
    <message>
        <source>*** The teacher hands out %1 (%2): %3</source>
        <translation>*** El profesor reparte %1 (%2): %3</translation>
    </message>
    <message>
        <source>*** The teacher no longer collects work.</source>
        <translation>*** El profesor ya no recoge trabajos.</translation>
    </message>
    <message>
        <source>*** The teacher collects work: hand it in from a Salon window or the room&apos;s web page.</source>
        <translation>*** El profesor recoge los trabajos: entrega el tuyo desde una ventana de Salon o la página web de la sala.</translation>
    </message>
    <message>
        <source>*** The teacher collects work (%1): hand it in from a Salon window or the room&apos;s web page.</source>
        <translation>*** El profesor recoge los trabajos (%1): entrega el tuyo desde una ventana de Salon o la página web de la sala.</translation>
    </message>
    <message>
        <source>*** %1 shares %2 (%3): %4</source>
        <translation>*** %1 comparte %2 (%3): %4</translation>
    </message>
    <message>
        <source>*** Students may now share files with the room (from a Salon window or the room&apos;s web page).</source>
        <translation>*** Los alumnos ya pueden compartir archivos con la sala (desde una ventana de Salon o la página web de la sala).</translation>
    </message>
    <message>
        <source>*** Students may no longer share files with the room.</source>
        <translation>*** Los alumnos ya no pueden compartir archivos con la sala.</translation>
    </message>
    <message numerus="yes">
        <source>*** %n people joined the room, among them %1 (/who lists everyone)</source>
        <translation>
            <numerusform>*** %n persona entró en la sala, entre ellas %1 (/who las lista a todas)</numerusform>
            <numerusform>*** %n personas entraron en la sala, entre ellas %1 (/who las lista a todas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>Salon — what was said in the room</source>
        <translation>Salon — lo que se dijo en la sala</translation>
    </message>
    <message>
        <source>=== A new lesson, %1 ===</source>
        <translation>=== Una clase nueva, %1 ===</translation>
    </message>
    <message>
        <source>*** %1 (announcement): %2</source>
        <translation>*** %1 (aviso): %2</translation>
    </message>
    <message>
        <source>A new lesson, %1</source>
        <translation>Una clase nueva, %1</translation>
    </message>
    <message>
        <source>%1 (announcement)</source>
        <translation>%1 (aviso)</translation>
    </message>
</context>
<context>
    <name>TransferExchange</name>
    <message>
        <source>Join the room first: work is handed in by a member.</source>
        <translation>Únete antes a la sala: un trabajo lo entrega un miembro.</translation>
    </message>
    <message>
        <source>A hand-in says its name, its size and its SHA-256.</source>
        <translation>Una entrega indica su nombre, su tamaño y su SHA-256.</translation>
    </message>
    <message>
        <source>This hand-in is not known (any more): begin it again.</source>
        <translation>Esta entrega no se conoce (ya): empiézala de nuevo.</translation>
    </message>
    <message>
        <source>This file is being handed in already.</source>
        <translation>Este archivo ya se está entregando.</translation>
    </message>
    <message>
        <source>A hand-in&apos;s bytes come with their length.</source>
        <translation>Los bytes de una entrega llegan con su longitud.</translation>
    </message>
    <message numerus="yes">
        <source>The teacher has %n bytes of this file: go on from there.</source>
        <translation>
            <numerusform>El profesor tiene %n byte de este archivo: sigue desde ahí.</numerusform>
            <numerusform>El profesor tiene %n bytes de este archivo: sigue desde ahí.</numerusform>
        </translation>
    </message>
    <message>
        <source>More bytes than the file has.</source>
        <translation>Más bytes de los que tiene el archivo.</translation>
    </message>
    <message>
        <source>The collection is over.</source>
        <translation>La recogida ha terminado.</translation>
    </message>
</context>
<context>
    <name>TransferJob</name>
    <message numerus="yes">
        <source>%1 Trying again in %n s.</source>
        <translation>
            <numerusform>%1 Nuevo intento en %n s.</numerusform>
            <numerusform>%1 Nuevo intento en %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferRequest</name>
    <message>
        <source>The server is not the one this room was joined on.</source>
        <translation>El servidor no es aquel en el que te uniste a esta sala.</translation>
    </message>
</context>
<context>
    <name>TransfersPanel</name>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>queda %n s</numerusform>
            <numerusform>quedan %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>queda %n min</numerusform>
            <numerusform>quedan %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>&amp;Hand in…</source>
        <translation>&amp;Entregar…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>The teacher collects work: hand it in, or drop it on this window.</source>
        <translation>El profesor recoge los trabajos: entrega el tuyo o suéltalo en esta ventana.</translation>
    </message>
    <message>
        <source>The teacher collects work (%1): hand it in, or drop it on this window.</source>
        <translation>El profesor recoge los trabajos (%1): entrega el tuyo o suéltalo en esta ventana.</translation>
    </message>
    <message>
        <source>Hand in to the teacher</source>
        <translation>Entregar al profesor</translation>
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
        <translation>Repartido por el profesor</translation>
    </message>
    <message>
        <source>Handed in by you</source>
        <translation>Entregado por ti</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Working out its SHA-256…</source>
        <translation>Calculando su SHA-256…</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Empezando…</translation>
    </message>
    <message>
        <source>Checking its SHA-256…</source>
        <translation>Comprobando su SHA-256…</translation>
    </message>
    <message>
        <source>Saved, checked: %1</source>
        <translation>Guardado, comprobado: %1</translation>
    </message>
    <message>
        <source>Handed in (late), checked by the teacher</source>
        <translation>Entregado (con retraso), comprobado por el profesor</translation>
    </message>
    <message>
        <source>Handed in, checked by the teacher</source>
        <translation>Entregado, comprobado por el profesor</translation>
    </message>
    <message>
        <source>Sh&amp;are…</source>
        <translation>Co&amp;mpartir…</translation>
    </message>
    <message>
        <source>Share a file with everyone in the room (the teacher allows it)</source>
        <translation>Compartir un archivo con toda la sala (el profesor lo permite)</translation>
    </message>
    <message>
        <source>Share with the room</source>
        <translation>Compartir con la sala</translation>
    </message>
    <message>
        <source>Shared by %1</source>
        <translation>Compartido por %1</translation>
    </message>
    <message>
        <source>Shared with the room by you</source>
        <translation>Compartido con la sala por ti</translation>
    </message>
    <message>
        <source>Shared with the room, checked</source>
        <translation>Compartido con la sala, comprobado</translation>
    </message>
</context>
<context>
    <name>WebSocketTransport</name>
    <message>
        <source>connection closed</source>
        <translation>conexión cerrada</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Navegador</translation>
    </message>
    <message>
        <source>browser</source>
        <translation>navegador</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;Save the log as…</source>
        <translation>&amp;Guardar el registro como…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
</context>
<context>
    <name>WireInspector</name>
    <message>
        <source>Wire inspector</source>
        <translation>Inspector de la conexión</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>&amp;Heartbeats</source>
        <translation>&amp;Latidos</translation>
    </message>
    <message>
        <source>Show the ping and pong lines that keep a quiet connection alive</source>
        <translation>Muestra las líneas ping y pong que mantienen viva una conexión tranquila</translation>
    </message>
    <message>
        <source>Select a line to see its bytes.</source>
        <translation>Selecciona una línea para ver sus bytes.</translation>
    </message>
    <message>
        <source>All connections</source>
        <translation>Todas las conexiones</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message numerus="yes">
        <source>Paused: %n line(s) waiting</source>
        <translation>
            <numerusform>En pausa: %n línea esperando</numerusform>
            <numerusform>En pausa: %n líneas esperando</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Only what the network sees</source>
        <translation>S&amp;olo lo que ve la red</translation>
    </message>
    <message>
        <source>Leave out the decrypted lines: what is left is all an eavesdropper on the network gets</source>
        <translation>Oculta las líneas descifradas: lo que queda es todo lo que obtiene un espía en la red</translation>
    </message>
</context>
<context>
    <name>WireLogModel</name>
    <message>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>← in</source>
        <translation>← entra</translation>
    </message>
    <message>
        <source>→ out</source>
        <translation>→ sale</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Socket state: %1</source>
        <translation>Estado del socket: %1</translation>
    </message>
    <message>
        <source>(the first %1 of %2 bytes)</source>
        <translation>(los primeros %1 de %2 bytes)</translation>
    </message>
    <message>
        <source>in clear</source>
        <translation>en claro</translation>
    </message>
    <message>
        <source>decrypted</source>
        <translation>descifrado</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>negociación TLS</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>cifrado</translation>
    </message>
    <message>
        <source>The connection&apos;s state, as the system reports it</source>
        <translation>El estado de la conexión, tal como lo indica el sistema</translation>
    </message>
    <message>
        <source>Decrypted here: on the network these bytes were encrypted, and only the two ends can read them</source>
        <translation>Descifrado aquí: en la red estos bytes iban cifrados y solo los dos extremos pueden leerlos</translation>
    </message>
    <message>
        <source>In clear: anyone on the network can read these bytes</source>
        <translation>En claro: cualquiera en la red puede leer estos bytes</translation>
    </message>
    <message>
        <source>What the network carries: bytes nobody can read without the key</source>
        <translation>Lo que transporta la red: bytes que nadie puede leer sin la clave</translation>
    </message>
    <message>
        <source>The TLS handshake: the two ends agree on keys, and the server shows its certificate</source>
        <translation>La negociación TLS: los dos extremos acuerdan las claves y el servidor muestra su certificado</translation>
    </message>
    <message>
        <source>ClientHello: the client starts TLS (readable: the versions and ciphers it offers, no chat)</source>
        <translation>ClientHello: el cliente inicia TLS (legible: las versiones y cifrados que ofrece, nada del chat)</translation>
    </message>
    <message>
        <source>handshake from the other end</source>
        <translation>negociación desde el otro extremo</translation>
    </message>
    <message>
        <source>handshake from this end</source>
        <translation>negociación desde este extremo</translation>
    </message>
    <message>
        <source>encrypted from here on: %1</source>
        <translation>cifrado a partir de aquí: %1</translation>
    </message>
    <message>
        <source>ciphertext: all the network sees of the decrypted lines</source>
        <translation>texto cifrado: todo lo que la red ve de las líneas descifradas</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <source>The TLS handshake is over: %1.
Everything that follows on this connection is encrypted.</source>
        <translation>La negociación TLS ha terminado: %1.
Todo lo que sigue en esta conexión va cifrado.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) crossed the network encrypted. The program only gets what they decrypt to: the rows marked “decrypted”. An eavesdropper gets these bytes and cannot read them.</source>
        <translation>
            <numerusform>%n byte cruzó la red cifrado. El programa solo recibe lo que da al descifrarlo: las filas marcadas «descifrado». Un espía recibe ese byte y no puede leerlo.</numerusform>
            <numerusform>%n bytes cruzaron la red cifrados. El programa solo recibe lo que dan al descifrarlos: las filas marcadas «descifrado». Un espía recibe esos bytes y no puede leerlos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decrypted here: on the network these bytes were encrypted.</source>
        <translation>Descifrado aquí: en la red estos bytes iban cifrados.</translation>
    </message>
</context>
<context>
    <name>ZoomController</name>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>Tamaño &amp;normal</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try: salon --help</source>
        <translation>Prueba: salon --help</translation>
    </message>
</context>
</TS>
