<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AddressListWidget</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>Copier %1 dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Copy the join link %1: a Salon client that joins by it knows the server&apos;s fingerprint, with nothing to compare</source>
        <translation>Copier le lien pour rejoindre %1 : un client Salon qui rejoint par lui connaît l&apos;empreinte du serveur, sans rien à comparer</translation>
    </message>
    <message>
        <source>Copy the join link for %1</source>
        <translation>Copier le lien pour rejoindre par %1</translation>
    </message>
</context>
<context>
    <name>Admission</name>
    <message>
        <source>Too many connections from %1 (at most %2).</source>
        <translation>Trop de connexions depuis %1 (au plus %2).</translation>
    </message>
    <message>
        <source>Too many connections per second from %1. Wait a moment.</source>
        <translation>Trop de connexions par seconde depuis %1. Patientez un instant.</translation>
    </message>
    <message>
        <source>The room is full (%1 people). Try again later.</source>
        <translation>Le salon est plein (%1 personnes). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Too many people are connecting at once (%1). Try again in a moment.</source>
        <translation>Trop de personnes se connectent en même temps (%1). Réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>Announcement</source>
        <translation>Annonce</translation>
    </message>
    <message>
        <source>%1 (private)</source>
        <translation>%1 (privé)</translation>
    </message>
    <message>
        <source>%1 mentioned you</source>
        <translation>%1 vous a nommé</translation>
    </message>
</context>
<context>
    <name>AnnouncementBar</name>
    <message>
        <source>Teacher</source>
        <translation>Professeur</translation>
    </message>
    <message>
        <source>Dismiss this announcement (it stays in the log)</source>
        <translation>Fermer cette annonce (elle reste dans le journal)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Announced at %1</source>
        <translation>Annoncé à %1</translation>
    </message>
</context>
<context>
    <name>BrowserJoinPanel</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>&amp;Large QR code</source>
        <translation>QR code en &amp;grand</translation>
    </message>
    <message>
        <source>Phones and browsers: type this address, or scan the code</source>
        <translation>Téléphones et navigateurs : tapez cette adresse, ou scannez le code</translation>
    </message>
    <message>
        <source>Show the QR code large, for the projector</source>
        <translation>Afficher le QR code en grand, pour le vidéoprojecteur</translation>
    </message>
    <message>
        <source>Copy the address to the clipboard</source>
        <translation>Copier l&apos;adresse dans le presse-papiers</translation>
    </message>
    <message>
        <source>Join from a phone or a browser</source>
        <translation>Rejoindre depuis un téléphone ou un navigateur</translation>
    </message>
</context>
<context>
    <name>ChatClient</name>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Looking up the host…</source>
        <translation>Recherche de l’hôte…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected, waiting for the server to greet us…</source>
        <translation>Connecté, en attente de l’accueil du serveur…</translation>
    </message>
    <message>
        <source>Joining the room…</source>
        <translation>Entrée dans le salon…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Connected (raw text mode)</source>
        <translation>Connecté (mode texte brut)</translation>
    </message>
    <message>
        <source>Your message has %1 characters; the most is %2. It was not sent.</source>
        <translation>Votre message fait %1 caractères ; le maximum est %2. Il n’a pas été envoyé.</translation>
    </message>
    <message>
        <source>The server sent a line over %1 KiB; it was not shown.</source>
        <translation>Le serveur a envoyé une ligne de plus de %1 Kio ; elle n’a pas été affichée.</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <source>In the room (%1): %2</source>
        <translation>Dans le salon (%1) : %2</translation>
    </message>
    <message>
        <source>You are not connected: press Connect first.</source>
        <translation>Vous n’êtes pas connecté : cliquez d’abord sur Se connecter.</translation>
    </message>
    <message>
        <source>%1 messages are already waiting to be sent: wait until the connection is back.</source>
        <translation>%1 messages attendent déjà d’être envoyés : attendez le retour de la connexion.</translation>
    </message>
    <message>
        <source>Not connected right now: try again once you are back in the room.</source>
        <translation>Pas connecté pour l’instant : réessayez une fois de retour dans le salon.</translation>
    </message>
    <message>
        <source>This window keeps the room&apos;s messages since you came in, and the last ones from before: scroll up to read them.</source>
        <translation>Cette fenêtre garde les messages du salon depuis votre arrivée, et les derniers d’avant : remontez pour les lire.</translation>
    </message>
</context>
<context>
    <name>ChatError</name>
    <message>
        <source>You are already in the room.</source>
        <translation>Vous êtes déjà dans le salon.</translation>
    </message>
    <message>
        <source>Send a hello with your nickname first.</source>
        <translation>Envoyez d’abord un hello avec votre pseudo.</translation>
    </message>
    <message>
        <source>A hello needs a &quot;nick&quot; string.</source>
        <translation>Un hello demande une chaîne « nick ».</translation>
    </message>
    <message>
        <source>A say needs a &quot;text&quot; string.</source>
        <translation>Un say demande une chaîne « text ».</translation>
    </message>
    <message>
        <source>A msg needs &quot;to&quot; and &quot;text&quot; strings.</source>
        <translation>Un msg demande les chaînes « to » et « text ».</translation>
    </message>
    <message>
        <source>A nick needs a &quot;nick&quot; string.</source>
        <translation>Un nick demande une chaîne « nick ».</translation>
    </message>
    <message>
        <source>Unknown frame type &quot;%1&quot;.</source>
        <translation>Type de trame inconnu « %1 ».</translation>
    </message>
    <message>
        <source>That frame is not a valid JSON object.</source>
        <translation>Cette trame n’est pas un objet JSON valide.</translation>
    </message>
    <message>
        <source>A frame was longer than %1 KiB.</source>
        <translation>Une trame dépassait %1 Kio.</translation>
    </message>
    <message>
        <source>Your line was longer than %1 KiB and was dropped.</source>
        <translation>Votre ligne dépassait %1 Kio et a été ignorée.</translation>
    </message>
    <message>
        <source>Your message has %1 characters; the most is %2. It was not sent.</source>
        <translation>Votre message fait %1 caractères ; le maximum est %2. Il n’a pas été envoyé.</translation>
    </message>
    <message>
        <source>Nobody called &quot;%1&quot; is in the room.</source>
        <translation>Personne ne s’appelle « %1 » dans le salon.</translation>
    </message>
    <message>
        <source>There is no room &quot;%1&quot; on this server.</source>
        <translation>Il n’y a pas de salon « %1 » sur ce serveur.</translation>
    </message>
    <message>
        <source>Usage: /nick NAME</source>
        <translation>Usage : /nick NOM</translation>
    </message>
    <message>
        <source>Usage: /msg NAME text</source>
        <translation>Usage : /msg NOM texte</translation>
    </message>
    <message>
        <source>You sent more than %1 lines faster than %2 per second: disconnected.</source>
        <translation>Vous avez envoyé plus de %1 lignes à plus de %2 par seconde : déconnecté.</translation>
    </message>
    <message>
        <source>You did not join within %1 s.</source>
        <translation>Vous n’êtes pas entré dans le salon en %1 s.</translation>
    </message>
    <message>
        <source>You were disconnected by the server: %1</source>
        <translation>Le serveur vous a déconnecté : %1</translation>
    </message>
    <message>
        <source>The room said more while you were coming in than the server keeps for a newcomer (%1 KiB): connect again to read on from the latest.</source>
        <translation>Le salon en a dit plus pendant votre arrivée que le serveur n’en garde pour un nouveau venu (%1 Kio) : reconnectez-vous pour reprendre à partir des derniers messages.</translation>
    </message>
    <message>
        <source>This server speaks version %1 of the Salon protocol, not %2: update Salon on one side or the other.</source>
        <translation>Ce serveur parle la version %1 du protocole Salon, pas %2 : mettez Salon à jour d’un côté ou de l’autre.</translation>
    </message>
    <message>
        <source>You stopped reading, and more than %1 KiB waited for you: disconnected after what was waiting. Connect again: the room&apos;s last messages come back.</source>
        <translation>Vous avez cessé de lire, et plus de %1 Kio vous attendaient : déconnecté après ce qui attendait. Reconnectez-vous : les derniers messages du salon reviendront.</translation>
    </message>
    <message>
        <source>A &quot;cid&quot; must be 1 to %1 printable ASCII characters, without spaces.</source>
        <translation>Un « cid » doit compter de 1 à %1 caractères ASCII imprimables, sans espace.</translation>
    </message>
    <message>
        <source>The room is full (%1 people). Try again later.</source>
        <translation>Le salon est plein (%1 personnes). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The room is locked: the teacher lets nobody new in just now.</source>
        <translation>Le salon est verrouillé : le professeur ne laisse entrer personne de nouveau pour l’instant.</translation>
    </message>
    <message>
        <source>The teacher muted you: you can read, but what you send is not delivered.</source>
        <translation>Le professeur vous a rendu muet : vous pouvez lire, mais ce que vous envoyez n’est pas distribué.</translation>
    </message>
    <message>
        <source>Only the teacher speaks just now: your message was not delivered.</source>
        <translation>Seul le professeur parle en ce moment : votre message n’a pas été distribué.</translation>
    </message>
    <message>
        <source>Slow mode: one message every %1 s. Wait %2 s, then send it again.</source>
        <translation>Mode lent : un message toutes les %1 s. Attendez %2 s, puis renvoyez-le.</translation>
    </message>
    <message>
        <source>Private messages are off in this room.</source>
        <translation>Les messages privés sont désactivés dans ce salon.</translation>
    </message>
    <message>
        <source>Private messages go only to and from the teacher just now.</source>
        <translation>Les messages privés ne vont qu’au professeur et ne viennent que de lui en ce moment.</translation>
    </message>
    <message>
        <source>The teacher removed you from this room for the rest of the lesson.</source>
        <translation>Le professeur vous a retiré de ce salon pour le reste du cours.</translation>
    </message>
    <message>
        <source>This room needs a code: type the code the teacher shows.</source>
        <translation>Ce salon demande un code : tapez le code affiché par le professeur.</translation>
    </message>
    <message>
        <source>Wrong code. Ask the teacher for the room&apos;s code.</source>
        <translation>Code erroné. Demandez le code du salon au professeur.</translation>
    </message>
    <message>
        <source>Too many wrong codes from your network: try again in %1 min.</source>
        <translation>Trop de codes erronés depuis votre réseau : réessayez dans %1 min.</translation>
    </message>
    <message>
        <source>Unknown command /%1: it was not sent. The commands: /msg NAME text, /nick NAME, /who, /hand, /help, /quit. To send a line that starts with /, type // first.</source>
        <translation>Commande inconnue /%1 : elle n’a pas été envoyée. Les commandes : /msg NOM texte, /nick NOM, /who, /hand, /help, /quit. Pour envoyer une ligne qui commence par /, tapez // d’abord.</translation>
    </message>
    <message>
        <source>Usage: /history, or /history N (how many messages)</source>
        <translation>Usage : /history, ou /history N (combien de messages)</translation>
    </message>
    <message>
        <source>This room only accepts encrypted connections: join with Salon, or type openssl s_client -quiet -connect %1</source>
        <translation>Ce salon n’accepte que les connexions chiffrées : entrez avec Salon, ou tapez openssl s_client -quiet -connect %1</translation>
    </message>
</context>
<context>
    <name>ChatLogView</name>
    <message>
        <source>Save the log as</source>
        <translation>Enregistrer le journal sous</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The log could not be saved in %1: %2</source>
        <translation>Le journal n’a pas pu être enregistré dans %1 : %2</translation>
    </message>
    <message>
        <source>New messages below ↓</source>
        <translation>Nouveaux messages plus bas ↓</translation>
    </message>
</context>
<context>
    <name>ChatServer</name>
    <message>
        <source>Port %1 is already in use — choose another or close the other server.</source>
        <translation>Le port %1 est déjà utilisé — choisissez-en un autre ou fermez l’autre serveur.</translation>
    </message>
    <message>
        <source>Port %1 needs administrator rights — choose a port from 1024 to 65535.</source>
        <translation>Le port %1 demande les droits d’administrateur — choisissez un port de 1024 à 65535.</translation>
    </message>
    <message>
        <source>The address %1 does not belong to this computer.</source>
        <translation>L’adresse %1 n’appartient pas à cet ordinateur.</translation>
    </message>
    <message>
        <source>Could not listen on port %1: %2</source>
        <translation>Impossible d’écouter sur le port %1 : %2</translation>
    </message>
    <message>
        <source>the server stopped</source>
        <translation>le serveur s’est arrêté</translation>
    </message>
    <message>
        <source>%1 could not join as &quot;%2&quot;: %3</source>
        <translation>%1 n’a pas pu entrer sous le nom « %2 » : %3</translation>
    </message>
    <message>
        <source>The server is stopping. Goodbye!</source>
        <translation>Le serveur s’arrête. Au revoir !</translation>
    </message>
    <message>
        <source>Goodbye.</source>
        <translation>Au revoir.</translation>
    </message>
    <message>
        <source>said goodbye</source>
        <translation>a dit au revoir</translation>
    </message>
    <message>
        <source>Goodbye!</source>
        <translation>Au revoir !</translation>
    </message>
    <message>
        <source>A connection could not be accepted (%1); trying again in a second.</source>
        <translation>Une connexion n’a pas pu être acceptée (%1) ; nouvel essai dans une seconde.</translation>
    </message>
    <message>
        <source>Refused %1: %2</source>
        <translation>%1 refusé : %2</translation>
    </message>
    <message>
        <source>%1 missed more than the room keeps for a newcomer; disconnected.</source>
        <translation>%1 a manqué plus que ce que le salon garde pour un nouveau venu ; déconnecté.</translation>
    </message>
    <message>
        <source>came back on a new connection</source>
        <translation>revenu par une nouvelle connexion</translation>
    </message>
    <message numerus="yes">
        <source>Refused %n more connection(s) in the last 5 s (the last: %1)</source>
        <translation>
            <numerusform>%n autre connexion refusée ces 5 dernières secondes (la dernière : %1)</numerusform>
            <numerusform>%n autres connexions refusées ces 5 dernières secondes (la dernière : %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>the room is locked</source>
        <translation>le salon est verrouillé</translation>
    </message>
    <message>
        <source>Only the teacher speaks now: you can read, but your messages are not delivered.</source>
        <translation>Seul le professeur parle maintenant : vous pouvez lire, mais vos messages ne sont pas distribués.</translation>
    </message>
    <message>
        <source>Everyone may speak again.</source>
        <translation>Tout le monde peut de nouveau parler.</translation>
    </message>
    <message numerus="yes">
        <source>Slow mode: one message every %n second(s) each.</source>
        <translation>
            <numerusform>Mode lent : un message toutes les %n seconde pour chacun.</numerusform>
            <numerusform>Mode lent : un message toutes les %n secondes pour chacun.</numerusform>
        </translation>
    </message>
    <message>
        <source>Slow mode is over.</source>
        <translation>Le mode lent est terminé.</translation>
    </message>
    <message>
        <source>Private messages are allowed again.</source>
        <translation>Les messages privés sont de nouveau permis.</translation>
    </message>
    <message>
        <source>Private messages are off.</source>
        <translation>Les messages privés sont désactivés.</translation>
    </message>
    <message>
        <source>The teacher lowered your hand.</source>
        <translation>Le professeur a baissé votre main.</translation>
    </message>
    <message>
        <source>banned by the host</source>
        <translation>exclu par l’hôte</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is kept out of this room for the rest of the lesson.</source>
        <translation>Le pseudo « %1 » est exclu de ce salon pour le reste du cours.</translation>
    </message>
    <message>
        <source>wrong room code</source>
        <translation>code du salon erroné</translation>
    </message>
    <message numerus="yes">
        <source>%1 gave too many wrong room codes: its address waits %n min.</source>
        <translation>
            <numerusform>%1 a donné trop de codes erronés : son adresse attend %n min.</numerusform>
            <numerusform>%1 a donné trop de codes erronés : son adresse attend %n min.</numerusform>
        </translation>
    </message>
    <message>
        <source>too many wrong room codes</source>
        <translation>trop de codes du salon erronés</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong room code(s) in the last 10 minutes: someone may be guessing. Change the code or lock the room.</source>
        <translation>
            <numerusform>%n code du salon erroné ces 10 dernières minutes : quelqu’un essaie peut-être de le deviner. Changez le code ou verrouillez le salon.</numerusform>
            <numerusform>%n codes du salon erronés ces 10 dernières minutes : quelqu’un essaie peut-être de le deviner. Changez le code ou verrouillez le salon.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new lesson begins.</source>
        <translation>Une nouvelle leçon commence.</translation>
    </message>
    <message>
        <source>The lesson is over.</source>
        <translation>La leçon est terminée.</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Professeur</translation>
    </message>
    <message>
        <source>%1 started a new lesson: the room starts clean.</source>
        <translation>%1 a commencé une nouvelle leçon : le salon repart à neuf.</translation>
    </message>
    <message>
        <source>%1 ended the lesson: the room starts clean.</source>
        <translation>%1 a terminé la leçon : le salon repart à neuf.</translation>
    </message>
    <message>
        <source>%1 is now called %2 in the room.</source>
        <translation>%1 s’appelle désormais %2 dans le salon.</translation>
    </message>
    <message>
        <source>%1 removed %2 (%3).</source>
        <translation>%1 a retiré %2 du salon (%3).</translation>
    </message>
    <message>
        <source>%1 locked the room: nobody new joins; those who drop get back in.</source>
        <translation>%1 a verrouillé le salon : personne de nouveau n’entre ; ceux qui sont déconnectés reviennent.</translation>
    </message>
    <message>
        <source>%1 unlocked the room: anyone may join.</source>
        <translation>%1 a déverrouillé le salon : tout le monde peut entrer.</translation>
    </message>
    <message>
        <source>%1 muted %2: they read, but are not heard.</source>
        <translation>%1 a rendu %2 muet : il lit, mais on ne l’entend pas.</translation>
    </message>
    <message>
        <source>%1 let %2 speak again.</source>
        <translation>%1 a rendu la parole à %2.</translation>
    </message>
    <message>
        <source>%1 kept %2 out for the rest of the lesson (address %3).</source>
        <translation>%1 a exclu %2 pour le reste de la leçon (adresse %3).</translation>
    </message>
    <message>
        <source>%1 kept %2 out for the rest of the lesson (by name).</source>
        <translation>%1 a exclu %2 pour le reste de la leçon (par son pseudo).</translation>
    </message>
    <message>
        <source>%1 let %2 in again.</source>
        <translation>%1 laisse de nouveau entrer %2.</translation>
    </message>
    <message>
        <source>%1 lowered %2&apos;s hand.</source>
        <translation>%1 a baissé la main de %2.</translation>
    </message>
    <message>
        <source>%1 lowered every hand.</source>
        <translation>%1 a baissé toutes les mains.</translation>
    </message>
    <message>
        <source>%1 made the room quiet: only the teacher speaks.</source>
        <translation>%1 a fait silence : seul le professeur parle.</translation>
    </message>
    <message>
        <source>%1 let everyone speak again.</source>
        <translation>%1 a rendu la parole à tout le monde.</translation>
    </message>
    <message>
        <source>%1 set slow mode: one message every %2 s per student.</source>
        <translation>%1 a mis le mode lent : un message toutes les %2 s par élève.</translation>
    </message>
    <message>
        <source>%1 ended slow mode.</source>
        <translation>%1 a arrêté le mode lent.</translation>
    </message>
    <message>
        <source>%1 allowed private messages between everyone.</source>
        <translation>%1 a autorisé les messages privés entre tous.</translation>
    </message>
    <message>
        <source>%1 allowed private messages only to and from the teacher.</source>
        <translation>%1 n’autorise les messages privés qu’avec le professeur.</translation>
    </message>
    <message>
        <source>%1 turned private messages off.</source>
        <translation>%1 a coupé les messages privés.</translation>
    </message>
    <message>
        <source>Private messages go only to and from the teacher (%1) now.</source>
        <translation>Les messages privés ne vont plus qu’au professeur (%1) et de lui.</translation>
    </message>
    <message>
        <source>%1 removed the room code: anyone may come in.</source>
        <translation>%1 a retiré le code du salon : tout le monde peut entrer.</translation>
    </message>
    <message>
        <source>%1 set a room code: newcomers type it; those in stay.</source>
        <translation>%1 a mis un code au salon : les nouveaux le tapent ; ceux qui y sont restent.</translation>
    </message>
    <message>
        <source>%1 removed message #%2 from %3 from every window and the history.</source>
        <translation>%1 a retiré le message n°%2 de %3 de toutes les fenêtres et de l’historique.</translation>
    </message>
    <message>
        <source>a plain connection to a room that only accepts encrypted ones</source>
        <translation>une connexion en clair vers un salon qui n’accepte que les connexions chiffrées</translation>
    </message>
    <message>
        <source>%1 began collecting work.</source>
        <translation>%1 a commencé à ramasser les travaux.</translation>
    </message>
    <message>
        <source>%1 began collecting work: %2.</source>
        <translation>%1 a commencé à ramasser les travaux : %2.</translation>
    </message>
    <message>
        <source>%1 stopped collecting work.</source>
        <translation>%1 a cessé de ramasser les travaux.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 handed out %2 (%3).</source>
        <translation>%1 a distribué %2 (%3).</translation>
    </message>
    <message>
        <source>%1 can&apos;t be handed out: %2</source>
        <translation>%1 ne peut pas être distribué : %2</translation>
    </message>
    <message>
        <source>%1 let students share files with the room.</source>
        <translation>%1 a permis aux élèves de partager des fichiers avec le salon.</translation>
    </message>
    <message>
        <source>%1 stopped students sharing files.</source>
        <translation>%1 a cessé de permettre aux élèves de partager des fichiers.</translation>
    </message>
</context>
<context>
    <name>ClientWindow</name>
    <message>
        <source>S&amp;end</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Salon — Client</source>
        <translation>Salon — Client</translation>
    </message>
    <message>
        <source>Type the server&apos;s address (the server window shows it), choose a nickname, then press Connect.</source>
        <translation>Tapez l’adresse du serveur (la fenêtre du serveur l’affiche), choisissez un pseudo, puis cliquez sur Se connecter.</translation>
    </message>
    <message>
        <source>Double-click a name to send a private message</source>
        <translation>Double-cliquez sur un nom pour envoyer un message privé</translation>
    </message>
    <message>
        <source>Message — Enter sends, Up/Down recall, /msg NAME text is private, /nick NAME renames</source>
        <translation>Message — Entrée envoie, Haut/Bas rappellent, /msg NOM texte est privé, /nick NOM renomme</translation>
    </message>
    <message>
        <source>You are not connected: press Connect first.</source>
        <translation>Vous n’êtes pas connecté : cliquez d’abord sur Se connecter.</translation>
    </message>
    <message>
        <source>Salon — %1 at %2:%3</source>
        <translation>Salon — %1 sur %2:%3</translation>
    </message>
    <message>
        <source>Salon — raw text at %1:%2</source>
        <translation>Salon — texte brut sur %1:%2</translation>
    </message>
    <message>
        <source>In the room (%1)</source>
        <translation>Dans le salon (%1)</translation>
    </message>
    <message>
        <source>Salon — reconnecting to %1:%2</source>
        <translation>Salon — reconnexion à %1:%2</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Discussion</translation>
    </message>
    <message>
        <source>Raise &amp;hand</source>
        <translation>Lever la &amp;main</translation>
    </message>
    <message>
        <source>Ask the teacher for the floor (Ctrl+H); again to take it back</source>
        <translation>Demander la parole au professeur (Ctrl+H) ; encore une fois pour y renoncer</translation>
    </message>
    <message>
        <source>Hand up (%1)</source>
        <translation>Main levée (%1)</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alertes</translation>
    </message>
    <message>
        <source>Flash the &amp;taskbar</source>
        <translation>Faire clignoter la &amp;barre des tâches</translation>
    </message>
    <message>
        <source>Desktop &amp;notifications</source>
        <translation>&amp;Notifications du bureau</translation>
    </message>
    <message>
        <source>&amp;Unread count in the title</source>
        <translation>Nombre de messages non &amp;lus dans le titre</translation>
    </message>
    <message>
        <source>For private messages, your name, and the teacher&apos;s announcements, while this window is not in front</source>
        <translation>Pour les messages privés, votre nom et les annonces du professeur, quand cette fenêtre n’est pas au premier plan</translation>
    </message>
    <message>
        <source>Message — Enter sends</source>
        <translation>Message — Entrée envoie</translation>
    </message>
    <message>
        <source>Not joined: the fingerprint was not confirmed. Ask the teacher which fingerprint their screen shows.</source>
        <translation>Pas entré : l’empreinte n’a pas été confirmée. Demandez au professeur quelle empreinte son écran affiche.</translation>
    </message>
    <message>
        <source>Stopped: %1:%2 no longer encrypts the room; it may not be the teacher&apos;s server.</source>
        <translation>Arrêté : %1:%2 ne chiffre plus le salon ; ce n’est peut-être pas le serveur du professeur.</translation>
    </message>
    <message>
        <source>Stopped: %1:%2 shows another fingerprint than before; it may not be the teacher&apos;s server.</source>
        <translation>Arrêté : %1:%2 présente une autre empreinte qu’avant ; ce n’est peut-être pas le serveur du professeur.</translation>
    </message>
    <message>
        <source>Encrypted (TLS) with the server whose fingerprint is %1
SHA256 %2</source>
        <translation>Chiffré (TLS) avec le serveur dont l’empreinte est %1
SHA256 %2</translation>
    </message>
    <message>
        <source>Not encrypted: anyone on this network can read what is written here, private messages included. This server offers no encryption.</source>
        <translation>Non chiffré : n’importe qui sur ce réseau peut lire ce qui s’écrit ici, messages privés compris. Ce serveur ne propose pas de chiffrement.</translation>
    </message>
    <message>
        <source>This link names another fingerprint than the one you accepted for %1:%2 before (%3).</source>
        <translation>Ce lien indique une autre empreinte que celle que vous avez acceptée pour %1:%2 auparavant (%3).</translation>
    </message>
    <message>
        <source>Stopped: the join link names a fingerprint, but %1:%2 does not encrypt the room; it may not be the teacher&apos;s server.</source>
        <translation>Arrêté : le lien indique une empreinte, mais %1:%2 ne chiffre pas le salon ; ce n&apos;est peut-être pas le serveur de l&apos;enseignant.</translation>
    </message>
    <message>
        <source>Stopped: %1:%2 shows another fingerprint than its join link names; it may not be the teacher&apos;s server.</source>
        <translation>Arrêté : %1:%2 montre une autre empreinte que celle qu&apos;indique son lien ; ce n&apos;est peut-être pas le serveur de l&apos;enseignant.</translation>
    </message>
    <message>
        <source>The teacher handed out %1 (%2).</source>
        <translation>L’enseignant a distribué %1 (%2).</translation>
    </message>
    <message>
        <source>The teacher no longer collects work.</source>
        <translation>L’enseignant ne ramasse plus de travaux.</translation>
    </message>
    <message>
        <source>The teacher collects work: Hand in… below.</source>
        <translation>L’enseignant ramasse les travaux : Rendre…, en bas.</translation>
    </message>
    <message>
        <source>The teacher collects work (%1): Hand in… below.</source>
        <translation>L’enseignant ramasse les travaux (%1) : Rendre…, en bas.</translation>
    </message>
    <message>
        <source>%1 shared %2 (%3).</source>
        <translation>%1 a partagé %2 (%3).</translation>
    </message>
    <message>
        <source>Students may now share files with the room: Share… below.</source>
        <translation>Les élèves peuvent maintenant partager des fichiers avec le salon : Partager…, en bas.</translation>
    </message>
    <message>
        <source>Students may no longer share files with the room.</source>
        <translation>Les élèves ne peuvent plus partager de fichiers avec le salon.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and quit.</source>
        <translation>Affiche cette aide et quitte.</translation>
    </message>
    <message>
        <source>Show the version and quit.</source>
        <translation>Affiche la version et quitte.</translation>
    </message>
    <message>
        <source>TCP port (default %1). With server, 0 picks a free port.</source>
        <translation>Port TCP (par défaut %1). Avec server, 0 choisit un port libre.</translation>
    </message>
    <message>
        <source>server: run with no window, logging to standard output; Ctrl+C stops it.</source>
        <translation>server : tourne sans fenêtre, le journal sur la sortie standard ; Ctrl+C l’arrête.</translation>
    </message>
    <message>
        <source>client: the server&apos;s address.</source>
        <translation>client : l’adresse du serveur.</translation>
    </message>
    <message>
        <source>client: your nickname.</source>
        <translation>client : votre pseudo.</translation>
    </message>
    <message>
        <source>client: connect at once.</source>
        <translation>client : se connecter tout de suite.</translation>
    </message>
    <message>
        <source>Too many commands: %1.</source>
        <translation>Trop de commandes : %1.</translation>
    </message>
    <message>
        <source>--headless goes with the server command.</source>
        <translation>--headless va avec la commande server.</translation>
    </message>
    <message>
        <source>--host, --nick and --connect go with the client command.</source>
        <translation>--host, --nick et --connect vont avec la commande client.</translation>
    </message>
    <message>
        <source>The port must be a number from %1 to 65535, not &quot;%2&quot;.</source>
        <translation>Le port doit être un nombre de %1 à 65535, pas « %2 ».</translation>
    </message>
    <message>
        <source>--%1 needs a positive number, not &quot;%2&quot;.</source>
        <translation>--%1 demande un nombre positif, pas « %2 ».</translation>
    </message>
    <message>
        <source>The limits go with the server command.</source>
        <translation>Les limites vont avec la commande server.</translation>
    </message>
    <message>
        <source>demo: how many client windows (default 2).</source>
        <translation>demo : nombre de fenêtres client (2 par défaut).</translation>
    </message>
    <message>
        <source>Finding servers: lan (the default), loopback (this PC only) or off. SALON_DISCOVERY, when set, wins.</source>
        <translation>Recherche des serveurs : lan (par défaut), loopback (ce PC seulement) ou off. SALON_DISCOVERY, s’il est défini, l’emporte.</translation>
    </message>
    <message>
        <source>--clients goes with the demo command.</source>
        <translation>--clients va avec la commande demo.</translation>
    </message>
    <message>
        <source>--clients must be from 0 to 8, not &quot;%1&quot;.</source>
        <translation>--clients doit être entre 0 et 8, pas « %1 ».</translation>
    </message>
    <message>
        <source>Unknown discovery &quot;%1&quot;: use lan, loopback or off.</source>
        <translation>Recherche inconnue « %1 » : utilisez lan, loopback ou off.</translation>
    </message>
    <message>
        <source>server: only those who type CODE get in (letters, digits and &apos;-&apos;). client: the code to give.</source>
        <translation>server : seuls ceux qui tapent CODE entrent (lettres, chiffres et « - »). client : le code à donner.</translation>
    </message>
    <message>
        <source>A room code is 1 to %1 letters, digits or &apos;-&apos;.</source>
        <translation>Un code de salon compte de 1 à %1 lettres, chiffres ou « - ».</translation>
    </message>
    <message>
        <source>Language of the interface: %1 (default: the system&apos;s).</source>
        <translation>Langue de l’interface : %1 (par défaut : celle du système).</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use %2.</source>
        <translation>Langue inconnue « %1 » : utilisez %2.</translation>
    </message>
    <message>
        <source>server: only encrypted connections get in (Salon, openssl s_client, ncat --ssl); plain ones are told how, then closed.</source>
        <translation>server : seules les connexions chiffrées entrent (Salon, openssl s_client, ncat --ssl) ; aux autres, on dit comment, puis on ferme.</translation>
    </message>
    <message>
        <source>--require-tls goes with the server command.</source>
        <translation>--require-tls va avec la commande server.</translation>
    </message>
    <message>
        <source>client: a join link the server window copies (salon://HOST:PORT/#sha256=…): joins at once.</source>
        <translation>client : un lien pour rejoindre, copié depuis la fenêtre du serveur (salon://HÔTE:PORT/#sha256=…) : rejoint aussitôt.</translation>
    </message>
    <message>
        <source>A join link names the host and port: leave out --host and --port.</source>
        <translation>Un lien pour rejoindre indique l&apos;hôte et le port : retirez --host et --port.</translation>
    </message>
    <message>
        <source>server: where work handed in goes, a folder per collection and per student (default: %1).</source>
        <translation>server : où vont les travaux rendus, un dossier par ramassage et par élève (par défaut : %1).</translation>
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
        <translation>Salon — un chat pour une salle pleine de monde.

Commandes :
  (aucune)  ouvre la fenêtre d’accueil : ouvrir un salon ou en rejoindre un
  server    ouvre un salon (ajoutez --headless pour tourner sans fenêtre)
  client    rejoint un salon
  demo      un salon et des fenêtres client côte à côte sur ce PC
  hand-in FICHIER  rend un travail à l’enseignant (--host, --nick ; relancée
                après une interruption, elle reprend)</translation>
    </message>
    <message>
        <source>server, client, demo or hand-in (optional).</source>
        <translation>server, client, demo ou hand-in (facultatif).</translation>
    </message>
    <message>
        <source>Usage: salon hand-in --host H [--port P] --nick NAME [--code CODE] FILE</source>
        <translation>Usage : salon hand-in --host H [--port P] --nick NOM [--code CODE] FICHIER</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;: use server, client, demo or hand-in.</source>
        <translation>Commande inconnue « %1 » : utilisez server, client, demo ou hand-in.</translation>
    </message>
    <message>
        <source>salon hand-in needs the room (--host) and your name (--nick).</source>
        <translation>salon hand-in a besoin du salon (--host) et de votre nom (--nick).</translation>
    </message>
    <message>
        <source>--room-code goes with the server, client or hand-in command.</source>
        <translation>--room-code va avec la commande server, client ou hand-in.</translation>
    </message>
    <message>
        <source>--hand-in-folder goes with the server command.</source>
        <translation>--hand-in-folder va avec la commande server.</translation>
    </message>
    <message>
        <source>server: the largest file a student may hand in, in MB (default %1).</source>
        <translation>server : le plus gros fichier qu’un élève peut rendre, en Mo (par défaut %1).</translation>
    </message>
    <message>
        <source>server: what one student may hand in in all, per collection, in MB (default %1).</source>
        <translation>server : ce qu’un élève peut rendre en tout, par ramassage, en Mo (par défaut %1).</translation>
    </message>
    <message>
        <source>server: the only kinds of file taken, by suffix (pdf,odt,py); default: any.</source>
        <translation>server : les seuls types de fichier acceptés, par extension (pdf,odt,py) ; par défaut : tous.</translation>
    </message>
    <message>
        <source>--%1 goes with the server command.</source>
        <translation>--%1 va avec la commande server.</translation>
    </message>
    <message>
        <source>--%1 needs a number of MB from 1 to 1000000, not &quot;%2&quot;.</source>
        <translation>--%1 attend un nombre de Mo de 1 à 1000000, pas « %2 ».</translation>
    </message>
    <message>
        <source>--hand-in-types goes with the server command.</source>
        <translation>--hand-in-types va avec la commande server.</translation>
    </message>
    <message>
        <source>server: the room a hand-in must leave free on the disk, in MB (default %1).</source>
        <translation>server : la place qu’un travail rendu doit laisser libre sur le disque, en Mo (par défaut %1).</translation>
    </message>
    <message>
        <source>--%1 needs a number of MB from 0 to 1000000, not &quot;%2&quot;.</source>
        <translation>--%1 attend un nombre de Mo de 0 à 1000000, pas « %2 ».</translation>
    </message>
</context>
<context>
    <name>CommandParser</name>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>  just type      send a message to everyone</source>
        <translation>  tapez, tout simplement   envoyer un message à tous</translation>
    </message>
    <message>
        <source>  /msg NAME text send a private message to NAME</source>
        <translation>  /msg NOM texte           envoyer un message privé à NOM</translation>
    </message>
    <message>
        <source>  /nick NAME     change your nickname</source>
        <translation>  /nick NOM                changer de pseudo</translation>
    </message>
    <message>
        <source>  /who           list the people in the room</source>
        <translation>  /who                     voir qui est dans le salon</translation>
    </message>
    <message>
        <source>  /help          show this help</source>
        <translation>  /help                    afficher cette aide</translation>
    </message>
    <message>
        <source>  fin or /quit   leave the room</source>
        <translation>  fin ou /quit             quitter le salon</translation>
    </message>
    <message>
        <source>  /hand          raise your hand, or lower it</source>
        <translation>  /hand          lever la main, ou la baisser</translation>
    </message>
    <message>
        <source>  //text         send a line that starts with /</source>
        <translation>  //texte        envoyer une ligne qui commence par /</translation>
    </message>
    <message>
        <source>  /history N     the room&apos;s last N messages again</source>
        <translation>  /history N     les N derniers messages du salon, à nouveau</translation>
    </message>
</context>
<context>
    <name>ConnectBar</name>
    <message>
        <source>server address</source>
        <translation>adresse du serveur</translation>
    </message>
    <message>
        <source>The address the server window shows, e.g. 192.168.1.10</source>
        <translation>L’adresse que montre la fenêtre du serveur, par exemple 192.168.1.10</translation>
    </message>
    <message>
        <source>your nickname</source>
        <translation>votre pseudo</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Nickname:</source>
        <translation>Ps&amp;eudo :</translation>
    </message>
    <message>
        <source>Servers can&apos;t be found on the network (UDP port %1: %2); type the address.</source>
        <translation>Impossible de trouver les serveurs sur le réseau (port UDP %1 : %2) ; tapez l’adresse.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>Se dé&amp;connecter</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2:%3 (%4, seen %n s ago)</source>
        <translation>
            <numerusform>%1 — %2:%3 (%4, vu il y a %n s)</numerusform>
            <numerusform>%1 — %2:%3 (%4, vu il y a %n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>chiffré</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>non chiffré</translation>
    </message>
    <message>
        <source>checked before</source>
        <translation>vérifié avant</translation>
    </message>
</context>
<context>
    <name>ConnectionProblem</name>
    <message>
        <source>Connection refused by %1 on port %2: is the server started, is the port right?</source>
        <translation>Connexion refusée par %1 sur le port %2 : le serveur est-il démarré, le port est-il le bon ?</translation>
    </message>
    <message>
        <source>Host not found: &quot;%1&quot;. Check the name or type the server&apos;s address.</source>
        <translation>Hôte introuvable : « %1 ». Vérifiez le nom ou tapez l’adresse du serveur.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Le serveur a fermé la connexion.</translation>
    </message>
    <message>
        <source>The network is unreachable or the connection was lost: %1</source>
        <translation>Le réseau est inaccessible ou la connexion a été perdue : %1</translation>
    </message>
    <message>
        <source>No answer from %1 on port %2: is a firewall blocking it?</source>
        <translation>Pas de réponse de %1 sur le port %2 : un pare-feu le bloque-t-il ?</translation>
    </message>
    <message>
        <source>Connection error: %1</source>
        <translation>Erreur de connexion : %1</translation>
    </message>
</context>
<context>
    <name>CrowdLog</name>
    <message>
        <source>%1 joined the room.</source>
        <translation>%1 est entré dans le salon.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s) joined the room.</source>
        <translation>
            <numerusform>%1 et %n autre personne sont entrés dans le salon.</numerusform>
            <numerusform>%1 et %n autres personnes sont entrés dans le salon.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 left the room.</source>
        <translation>%1 est parti.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s) left the room.</source>
        <translation>
            <numerusform>%1 et %n autre personne sont partis.</numerusform>
            <numerusform>%1 et %n autres personnes sont partis.</numerusform>
        </translation>
    </message>
    <message>
        <source>New names: %1.</source>
        <translation>Nouveaux noms : %1.</translation>
    </message>
    <message numerus="yes">
        <source>New names: %1 and %n other(s).</source>
        <translation>
            <numerusform>Nouveaux noms : %1 et %n autre.</numerusform>
            <numerusform>Nouveaux noms : %1 et %n autres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoWindow</name>
    <message>
        <source>Salon — Classroom demo</source>
        <translation>Salon — Démonstration en classe</translation>
    </message>
</context>
<context>
    <name>DownloadJob</name>
    <message>
        <source>The folder %1 can&apos;t be made.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>%1 can&apos;t be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>The server sent more than the file holds.</source>
        <translation>Le serveur a envoyé plus que ce que contient le fichier.</translation>
    </message>
    <message>
        <source>The teacher&apos;s file can&apos;t be fetched any more (the lesson ended, or the address no longer works).</source>
        <translation>Le fichier de l’enseignant ne peut plus être récupéré (le cours est fini, ou l’adresse ne fonctionne plus).</translation>
    </message>
    <message>
        <source>The download was cut.</source>
        <translation>Le téléchargement a été coupé.</translation>
    </message>
    <message>
        <source>%1 arrived damaged (its SHA-256 is not the teacher&apos;s): it was thrown away; try again.</source>
        <translation>%1 est arrivé abîmé (son SHA-256 n’est pas celui de l’enseignant) : il a été jeté ; réessayez.</translation>
    </message>
    <message>
        <source>%1 can&apos;t be saved in %2.</source>
        <translation>%1 ne peut pas être enregistré dans %2.</translation>
    </message>
</context>
<context>
    <name>FileDesk</name>
    <message>
        <source>Salon hand-ins</source>
        <translation>Travaux rendus Salon</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n’est pas un fichier.</translation>
    </message>
    <message>
        <source>%1 can&apos;t be read.</source>
        <translation>%1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The folder %1 can&apos;t be made: is it writable?</source>
        <translation>Le dossier %1 ne peut pas être créé : est-il accessible en écriture ?</translation>
    </message>
    <message>
        <source>The teacher is not collecting work.</source>
        <translation>L’enseignant ne ramasse pas de travaux.</translation>
    </message>
    <message>
        <source>A hand-in needs its size and its SHA-256.</source>
        <translation>Un travail rendu a besoin de sa taille et de son SHA-256.</translation>
    </message>
    <message>
        <source>This file is being handed in already.</source>
        <translation>Ce fichier est déjà en train d’être rendu.</translation>
    </message>
    <message>
        <source>The teacher is not collecting work any more.</source>
        <translation>L’enseignant ne ramasse plus de travaux.</translation>
    </message>
    <message>
        <source>%1 is too big: the teacher takes files up to %2.</source>
        <translation>%1 est trop gros : l’enseignant accepte des fichiers jusqu’à %2.</translation>
    </message>
    <message>
        <source>With %1, you would hand in more than the %2 the teacher takes from each student.</source>
        <translation>Avec %1, vous rendriez plus que les %2 que l’enseignant accepte par élève.</translation>
    </message>
    <message>
        <source>The teacher takes only these kinds of file: %1.</source>
        <translation>L’enseignant n’accepte que ces types de fichier : %1.</translation>
    </message>
    <message>
        <source>The teacher&apos;s folder for your work can&apos;t be made.</source>
        <translation>Le dossier de l’enseignant pour votre travail ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The teacher&apos;s disk is nearly full: tell the teacher.</source>
        <translation>Le disque de l’enseignant est presque plein : prévenez l’enseignant.</translation>
    </message>
    <message>
        <source>The teacher&apos;s folder can&apos;t be written to: %1.</source>
        <translation>Le dossier de l’enseignant n’est pas accessible en écriture : %1.</translation>
    </message>
    <message>
        <source>The teacher&apos;s disk is full: tell the teacher.</source>
        <translation>Le disque de l’enseignant est plein : prévenez l’enseignant.</translation>
    </message>
    <message>
        <source>The collection is over.</source>
        <translation>Le ramassage est terminé.</translation>
    </message>
    <message>
        <source>%1 arrived damaged (its SHA-256 is not the one announced): hand it in again.</source>
        <translation>%1 est arrivé abîmé (son SHA-256 n’est pas celui annoncé) : rendez-le à nouveau.</translation>
    </message>
    <message>
        <source>%1 can&apos;t be saved in the teacher&apos;s folder.</source>
        <translation>%1 ne peut pas être enregistré dans le dossier de l’enseignant.</translation>
    </message>
    <message>
        <source>The teacher has not allowed students to share files.</source>
        <translation>L’enseignant n’a pas permis aux élèves de partager des fichiers.</translation>
    </message>
    <message>
        <source> shared by students</source>
        <translation> partagé par les élèves</translation>
    </message>
</context>
<context>
    <name>FileHasher</name>
    <message>
        <source>%1 can&apos;t be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
</context>
<context>
    <name>FileTransfers</name>
    <message>
        <source>The teacher is not collecting work.</source>
        <translation>L’enseignant ne ramasse pas de travaux.</translation>
    </message>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation>%1 n’est pas un fichier lisible.</translation>
    </message>
    <message>
        <source>The teacher has not allowed students to share files.</source>
        <translation>L’enseignant n’a pas permis aux élèves de partager des fichiers.</translation>
    </message>
</context>
<context>
    <name>FilesPanel</name>
    <message>
        <source>&amp;Hand out…</source>
        <translation>&amp;Distribuer…</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation>Distribué</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Hand out to the room</source>
        <translation>Distribuer au salon</translation>
    </message>
    <message>
        <source>Collect work</source>
        <translation>Ramasser les travaux</translation>
    </message>
    <message numerus="yes">
        <source>Files (%n handed in)</source>
        <translation>
            <numerusform>Fichiers (%n rendu)</numerusform>
            <numerusform>Fichiers (%n rendus)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files (%n handed out)</source>
        <translation>
            <numerusform>Fichiers (%n distribué)</numerusform>
            <numerusform>Fichiers (%n distribués)</numerusform>
        </translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>&amp;Stop collecting</source>
        <translation>&amp;Arrêter le ramassage</translation>
    </message>
    <message>
        <source>&amp;Collect work…</source>
        <translation>&amp;Ramasser les travaux…</translation>
    </message>
    <message>
        <source>Hand out a file (or drop it on this window), or collect work: students then hand it in to you alone.</source>
        <translation>Distribuez un fichier (ou déposez-le sur cette fenêtre), ou ramassez les travaux : les élèves vous les rendent alors, à vous seul.</translation>
    </message>
    <message>
        <source>%1Collecting since %2, into %3</source>
        <translation>%1Ramassage depuis %2, dans %3</translation>
    </message>
    <message>
        <source>%1Collected from %2 to %3, in %4</source>
        <translation>%1Ramassé de %2 à %3, dans %4</translation>
    </message>
    <message>
        <source> (late)</source>
        <translation> (en retard)</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>SHA-256 %1, checked on arrival</source>
        <translation>SHA-256 %1, vérifié à l’arrivée</translation>
    </message>
    <message>
        <source>Everyone in the room this lesson has handed something in.</source>
        <translation>Toutes les personnes venues dans le salon pendant ce cours ont rendu quelque chose.</translation>
    </message>
    <message>
        <source>Not handed in yet (%1): %2</source>
        <translation>Pas encore rendu (%1) : %2</translation>
    </message>
    <message>
        <source>Students hand their work in to you, from their Salon window, the web page or `salon hand-in`.</source>
        <translation>Les élèves vous rendent leur travail, depuis leur fenêtre Salon, la page web ou `salon hand-in`.</translation>
    </message>
    <message>
        <source>optional: &quot;Exercise 3&quot;</source>
        <translation>facultatif : « Exercice 3 »</translation>
    </message>
    <message>
        <source>any kind; or e.g. pdf, odt, py</source>
        <translation>tous types ; ou par ex. pdf, odt, py</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>&amp;Collect</source>
        <translation>&amp;Ramasser</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Kinds of file:</source>
        <translation>&amp;Types de fichier :</translation>
    </message>
    <message>
        <source>&amp;Largest file:</source>
        <translation>&amp;Plus gros fichier :</translation>
    </message>
    <message>
        <source>&amp;Per student, in all:</source>
        <translation>Par é&amp;lève, en tout :</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Where work handed in goes</source>
        <translation>Où vont les travaux rendus</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>&amp;Dans :</translation>
    </message>
</context>
<context>
    <name>Greeting</name>
    <message>
        <source>Welcome to Salon! Type a message and press Enter. /nick NAME changes your nickname, /help lists the commands, fin or /quit leaves.</source>
        <translation>Bienvenue dans Salon ! Tapez un message puis Entrée. /nick NOM change votre pseudo, /help liste les commandes, fin ou /quit pour partir.</translation>
    </message>
</context>
<context>
    <name>HandInJob</name>
    <message>
        <source>Not in the room.</source>
        <translation>Pas dans le salon.</translation>
    </message>
    <message>
        <source>%1 can&apos;t be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1 changed while it was handed in.</source>
        <translation>%1 a changé pendant qu’il était rendu.</translation>
    </message>
    <message>
        <source>The teacher saved another file than this one.</source>
        <translation>L’enseignant a enregistré un autre fichier que celui-ci.</translation>
    </message>
    <message>
        <source>The teacher&apos;s answer made no sense.</source>
        <translation>La réponse de l’enseignant n’avait pas de sens.</translation>
    </message>
</context>
<context>
    <name>HandInRunner</name>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation>%1 n’est pas un fichier lisible.</translation>
    </message>
    <message>
        <source>Two ports given: %1 in --host, %2 in --port.</source>
        <translation>Deux ports donnés : %1 dans --host, %2 dans --port.</translation>
    </message>
    <message>
        <source>Joining %1 port %2 as %3…</source>
        <translation>Connexion à %1 port %2 en tant que %3…</translation>
    </message>
    <message>
        <source>Encrypted; the server&apos;s fingerprint: %1</source>
        <translation>Chiffré ; l’empreinte du serveur : %1</translation>
    </message>
    <message>
        <source>Not encrypted.</source>
        <translation>Non chiffré.</translation>
    </message>
    <message>
        <source>Working out the SHA-256 of %1…</source>
        <translation>Calcul du SHA-256 de %1…</translation>
    </message>
    <message>
        <source>%1%: %2 of %3</source>
        <translation>%1 % : %2 sur %3</translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation>, %1/s</translation>
    </message>
    <message numerus="yes">
        <source>, %n s left</source>
        <translation>
            <numerusform>, %n s restante</numerusform>
            <numerusform>, %n s restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Handed in, late: %1 (%2), saved by the teacher as %3. SHA-256 %4.</source>
        <translation>Rendu, en retard : %1 (%2), enregistré par l’enseignant sous %3. SHA-256 %4.</translation>
    </message>
    <message>
        <source>Handed in: %1 (%2), saved by the teacher as %3. SHA-256 %4.</source>
        <translation>Rendu : %1 (%2), enregistré par l’enseignant sous %3. SHA-256 %4.</translation>
    </message>
    <message>
        <source>Not handed in: %1</source>
        <translation>Pas rendu : %1</translation>
    </message>
    <message>
        <source>Interrupted: run the same command again to go on from where it stopped.</source>
        <translation>Interrompu : relancez la même commande pour reprendre là où elle s’est arrêtée.</translation>
    </message>
</context>
<context>
    <name>HandsPanel</name>
    <message>
        <source>&amp;Lower</source>
        <translation>&amp;Baisser</translation>
    </message>
    <message>
        <source>Lower &amp;all</source>
        <translation>Baisser &amp;tout</translation>
    </message>
    <message>
        <source>Raised hands (%1)</source>
        <translation>Mains levées (%1)</translation>
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
        <translation>%1. %2 — attend depuis %3</translation>
    </message>
</context>
<context>
    <name>HeadlessServer</name>
    <message>
        <source>%1 sent a private message to %2</source>
        <translation>%1 a envoyé un message privé à %2</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>problème : %1</translation>
    </message>
    <message>
        <source>Salon server listening on port %1. Stop it with Ctrl+C.</source>
        <translation>Serveur Salon à l’écoute sur le port %1. Arrêtez-le avec Ctrl+C.</translation>
    </message>
    <message>
        <source>  clients can connect to %1 (%2)</source>
        <translation>  les clients peuvent se connecter à %1 (%2)</translation>
    </message>
    <message>
        <source>Server stopped.</source>
        <translation>Serveur arrêté.</translation>
    </message>
    <message>
        <source>The room&apos;s messages are kept in %1</source>
        <translation>Les messages du salon sont gardés dans %1</translation>
    </message>
    <message>
        <source>Salon on %1</source>
        <translation>Salon sur %1</translation>
    </message>
    <message>
        <source>Announced on the network as &quot;%1&quot; (UDP port %2).</source>
        <translation>Annoncé sur le réseau sous le nom « %1 » (port UDP %2).</translation>
    </message>
    <message>
        <source>Announced to this PC only as &quot;%1&quot;.</source>
        <translation>Annoncé à ce PC seulement sous le nom « %1 ».</translation>
    </message>
    <message>
        <source>announcement: %1</source>
        <translation>annonce : %1</translation>
    </message>
    <message>
        <source>Type /help for the host&apos;s commands; any other line is an announcement.</source>
        <translation>Tapez /help pour les commandes de l’hôte ; toute autre ligne est une annonce.</translation>
    </message>
    <message>
        <source>removed by the host</source>
        <translation>retiré par l’hôte</translation>
    </message>
    <message>
        <source>Nobody called &quot;%1&quot; is in the room.</source>
        <translation>Personne ne s’appelle « %1 » dans le salon.</translation>
    </message>
    <message>
        <source>The room is already locked.</source>
        <translation>Le salon est déjà verrouillé.</translation>
    </message>
    <message>
        <source>The room is not locked.</source>
        <translation>Le salon n’est pas verrouillé.</translation>
    </message>
    <message>
        <source>In the room (%1): %2</source>
        <translation>Dans le salon (%1) : %2</translation>
    </message>
    <message>
        <source>%1 raised a hand.</source>
        <translation>%1 a levé la main.</translation>
    </message>
    <message>
        <source>No hand is up.</source>
        <translation>Aucune main levée.</translation>
    </message>
    <message>
        <source>%1. %2, waiting %3 s</source>
        <translation>%1. %2, attend depuis %3 s</translation>
    </message>
    <message>
        <source>%1 has no hand up.</source>
        <translation>%1 n’a pas la main levée.</translation>
    </message>
    <message>
        <source>%1 is kept out for the rest of the lesson.</source>
        <translation>%1 est exclu pour le reste du cours.</translation>
    </message>
    <message>
        <source>%1 shares an address with %2: they would all be kept out. Type /ban %1 again to do it anyway.</source>
        <translation>%1 partage une adresse avec %2 : tous seraient exclus. Tapez de nouveau /ban %1 pour le faire quand même.</translation>
    </message>
    <message>
        <source>%1 is not kept out.</source>
        <translation>%1 n’est pas exclu.</translation>
    </message>
    <message>
        <source>%1 may come in again.</source>
        <translation>%1 peut de nouveau entrer.</translation>
    </message>
    <message>
        <source>Nobody is kept out.</source>
        <translation>Personne n’est exclu.</translation>
    </message>
    <message>
        <source>%1 (by name, since %2)</source>
        <translation>%1 (par pseudo, depuis %2)</translation>
    </message>
    <message>
        <source>%1 (address %2, since %3)</source>
        <translation>%1 (adresse %2, depuis %3)</translation>
    </message>
    <message>
        <source>The room needs no code.</source>
        <translation>Le salon ne demande pas de code.</translation>
    </message>
    <message>
        <source>Lesson under way since %1: the code, the lock, mutes, bans and hands belong to it.</source>
        <translation>Leçon en cours depuis %1 : le code, le verrou, les silences, les exclusions et les mains levées lui appartiennent.</translation>
    </message>
    <message>
        <source>No lesson under way: the room is clean.</source>
        <translation>Aucune leçon en cours : le salon est remis à neuf.</translation>
    </message>
    <message>
        <source>There is no message #%1 in the room&apos;s history.</source>
        <translation>Il n’y a pas de message n°%1 dans l’historique du salon.</translation>
    </message>
    <message>
        <source>[private] %1 -&gt; %2: %3</source>
        <translation>[privé] %1 -&gt; %2 : %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be your name in the room: someone has it, or it is not a possible nickname.</source>
        <translation>« %1 » ne peut pas être votre nom dans le salon : quelqu’un le porte, ou ce n’est pas un pseudo possible.</translation>
    </message>
    <message>
        <source>Encrypted connections (TLS) only, on the same port. The server&apos;s fingerprint, for students to compare:</source>
        <translation>Connexions chiffrées (TLS) seulement, sur le même port. L’empreinte du serveur, que les élèves comparent :</translation>
    </message>
    <message>
        <source>Encrypted connections (TLS) on the same port, plain ones too. The server&apos;s fingerprint, for students to compare:</source>
        <translation>Connexions chiffrées (TLS) sur le même port, en clair aussi. L’empreinte du serveur, que les élèves comparent :</translation>
    </message>
    <message>
        <source>  in short: %1</source>
        <translation>  en bref : %1</translation>
    </message>
    <message>
        <source>Qt has no TLS here: connections are not encrypted.</source>
        <translation>Qt n’a pas de TLS ici : les connexions ne sont pas chiffrées.</translation>
    </message>
    <message>
        <source>Hand-ins go to %1</source>
        <translation>Les travaux rendus vont dans %1</translation>
    </message>
    <message>
        <source>No work collected in this lesson: /collect [TITLE] begins.</source>
        <translation>Aucun travail ramassé pendant ce cours : /collect [TITRE] commence.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) handed in, in %1</source>
        <translation>
            <numerusform>%n fichier rendu, dans %1</numerusform>
            <numerusform>%n fichiers rendus, dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone handed something in.</source>
        <translation>Tout le monde a rendu quelque chose.</translation>
    </message>
    <message>
        <source>Not handed in yet (%1): %2</source>
        <translation>Pas encore rendu (%1) : %2</translation>
    </message>
    <message>
        <source>%1 handed in %2 (%3, SHA-256 %4…, from %5), late.</source>
        <translation>%1 a rendu %2 (%3, SHA-256 %4…, depuis %5), en retard.</translation>
    </message>
    <message>
        <source>%1 handed in %2 (%3, SHA-256 %4…, from %5).</source>
        <translation>%1 a rendu %2 (%3, SHA-256 %4…, depuis %5).</translation>
    </message>
    <message>
        <source>%1 shared %2 (%3) with the room.</source>
        <translation>%1 a partagé %2 (%3) avec le salon.</translation>
    </message>
</context>
<context>
    <name>HistoryLog</name>
    <message>
        <source>The room&apos;s history can&apos;t be kept in %1: %2</source>
        <translation>L’historique du salon ne peut pas être gardé dans %1 : %2</translation>
    </message>
    <message>
        <source>The room&apos;s history could not be written to %1: %2</source>
        <translation>L’historique du salon n’a pas pu être écrit dans %1 : %2</translation>
    </message>
    <message>
        <source>A message could not be removed from %1: %2</source>
        <translation>Un message n’a pas pu être retiré de %1 : %2</translation>
    </message>
</context>
<context>
    <name>HostCommand</name>
    <message>
        <source>/%1 takes nothing after it.</source>
        <translation>/%1 ne prend rien après.</translation>
    </message>
    <message>
        <source>Usage: /kick NICK [REASON]</source>
        <translation>Usage : /kick PSEUDO [RAISON]</translation>
    </message>
    <message>
        <source>Unknown command /%1. Type /help for the list.</source>
        <translation>Commande inconnue /%1. Tapez /help pour la liste.</translation>
    </message>
    <message>
        <source>TEXT                 an announcement to everyone</source>
        <translation>TEXTE                une annonce pour tout le monde</translation>
    </message>
    <message>
        <source>/kick NICK [REASON]  removes someone, telling them why; they may come back</source>
        <translation>/kick PSEUDO [RAISON] retire quelqu’un en lui disant pourquoi ; il peut revenir</translation>
    </message>
    <message>
        <source>/lock                nobody new joins; those in stay, and those who drop get back in</source>
        <translation>/lock                personne de nouveau n’entre ; les présents restent, les déconnectés reviennent</translation>
    </message>
    <message>
        <source>/unlock              anyone may join again</source>
        <translation>/unlock              tout le monde peut de nouveau entrer</translation>
    </message>
    <message>
        <source>/who                 who is in the room</source>
        <translation>/who                 qui est dans le salon</translation>
    </message>
    <message>
        <source>/help                this list</source>
        <translation>/help                cette liste</translation>
    </message>
    <message>
        <source>Usage: /%1 NICK</source>
        <translation>Usage : /%1 PSEUDO</translation>
    </message>
    <message>
        <source>Usage: /quiet, or /quiet off</source>
        <translation>Usage : /quiet, ou /quiet off</translation>
    </message>
    <message>
        <source>Usage: /slow SECONDS (0 to 3600; 0 ends slow mode)</source>
        <translation>Usage : /slow SECONDES (0 à 3600 ; 0 termine le mode lent)</translation>
    </message>
    <message>
        <source>Usage: /pm all, /pm teacher or /pm off</source>
        <translation>Usage : /pm all, /pm teacher ou /pm off</translation>
    </message>
    <message>
        <source>/mute NICK           they stay and read; what they send is not delivered</source>
        <translation>/mute PSEUDO         il reste et lit ; ce qu’il envoie n’est pas distribué</translation>
    </message>
    <message>
        <source>/unmute NICK         they may speak again</source>
        <translation>/unmute PSEUDO       il peut de nouveau parler</translation>
    </message>
    <message>
        <source>/quiet, /quiet off   only the teacher speaks; students read</source>
        <translation>/quiet, /quiet off   seul le professeur parle ; les élèves lisent</translation>
    </message>
    <message>
        <source>/slow SECONDS        one message every SECONDS per student (/slow 0 ends it)</source>
        <translation>/slow SECONDES       un message toutes les SECONDES par élève (/slow 0 y met fin)</translation>
    </message>
    <message>
        <source>/pm all|teacher|off  private messages between everyone, with the teacher only, or none</source>
        <translation>/pm all|teacher|off  messages privés entre tous, avec le professeur seulement, ou aucun</translation>
    </message>
    <message>
        <source>Usage: /lower NICK, or /lower all</source>
        <translation>Usage : /lower PSEUDO, ou /lower all</translation>
    </message>
    <message>
        <source>/hands               the raised hands, in order, with how long each has waited</source>
        <translation>/hands               les mains levées, dans l’ordre, avec l’attente de chacun</translation>
    </message>
    <message>
        <source>/lower NICK, /lower all  lowers a hand, or every hand</source>
        <translation>/lower PSEUDO, /lower all  baisse une main, ou toutes</translation>
    </message>
    <message>
        <source>/ban NICK            removes them and keeps them out for the lesson (by address on a LAN)</source>
        <translation>/ban PSEUDO          le retire et l’exclut pour le cours (par adresse sur un réseau)</translation>
    </message>
    <message>
        <source>/unban NICK, /bans   lets them in again; who is kept out</source>
        <translation>/unban PSEUDO, /bans le laisse revenir ; qui est exclu</translation>
    </message>
    <message>
        <source>Usage: /code CODE (1 to %1 letters, digits or &apos;-&apos;), or /code off</source>
        <translation>Usage : /code CODE (1 à %1 lettres, chiffres ou « - »), ou /code off</translation>
    </message>
    <message>
        <source>/code CODE, /code off  only those who type CODE get in; no code any more</source>
        <translation>/code CODE, /code off  seuls ceux qui tapent CODE entrent ; plus de code</translation>
    </message>
    <message>
        <source>Usage: /lesson new, or /lesson end</source>
        <translation>Usage : /lesson new, ou /lesson end</translation>
    </message>
    <message>
        <source>/lesson new, /lesson end  a new lesson starts clean; the end of one, too</source>
        <translation>/lesson new, /lesson end  une nouvelle leçon part de zéro ; la fin d’une leçon aussi</translation>
    </message>
    <message>
        <source>Usage: /delete ID (the number before the message in this log)</source>
        <translation>Usage : /delete ID (le numéro devant le message dans ce journal)</translation>
    </message>
    <message>
        <source>/delete ID           removes message #ID from every window and from the history</source>
        <translation>/delete ID           retire le message n°ID de toutes les fenêtres et de l’historique</translation>
    </message>
    <message>
        <source>Usage: /msg NICK TEXT</source>
        <translation>Usage : /msg PSEUDO TEXTE</translation>
    </message>
    <message>
        <source>Usage: /name NAME (your name in the room)</source>
        <translation>Usage : /name NOM (votre nom dans le salon)</translation>
    </message>
    <message>
        <source>/msg NICK TEXT       a private message from you</source>
        <translation>/msg PSEUDO TEXTE    un message privé de votre part</translation>
    </message>
    <message>
        <source>/name NAME           your name in the room (students write to it)</source>
        <translation>/name NOM            votre nom dans le salon (les élèves vous écrivent à ce nom)</translation>
    </message>
    <message>
        <source>Usage: /handout PATH</source>
        <translation>Usage : /handout CHEMIN</translation>
    </message>
    <message>
        <source>/handout PATH        hands the file out to everyone, and to those who join later</source>
        <translation>/handout CHEMIN      distribue le fichier à tous, et à ceux qui arrivent ensuite</translation>
    </message>
    <message>
        <source>/collect [TITLE], /collect off  students hand work in to you; no more</source>
        <translation>/collect [TITRE], /collect off  les élèves vous rendent leur travail ; plus maintenant</translation>
    </message>
    <message>
        <source>/handins             what was handed in, and who has not handed in yet</source>
        <translation>/handins             ce qui a été rendu, et qui n’a pas encore rendu</translation>
    </message>
    <message>
        <source>Usage: /sharing on, or /sharing off</source>
        <translation>Usage : /sharing on, ou /sharing off</translation>
    </message>
    <message>
        <source>/sharing on|off      students may share files with the whole room, or not</source>
        <translation>/sharing on|off      les élèves peuvent partager des fichiers avec tout le salon, ou non</translation>
    </message>
</context>
<context>
    <name>HostInput</name>
    <message>
        <source>&quot;%1&quot; opens a [ without closing it.</source>
        <translation>« %1 » ouvre un [ sans le fermer.</translation>
    </message>
    <message>
        <source>After ] comes :PORT, as in [::1]:12800.</source>
        <translation>Après ] vient :PORT, comme dans [::1]:12800.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends with &apos;:&apos; but no port.</source>
        <translation>« %1 » finit par « : » mais sans port.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port: a port is a number from 1 to 65535.</source>
        <translation>« %1 » n’est pas un port : un port est un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>Type the server&apos;s address first: the server window shows it.</source>
        <translation>Tapez d’abord l’adresse du serveur : la fenêtre du serveur l’affiche.</translation>
    </message>
</context>
<context>
    <name>IdentityPanel</name>
    <message>
        <source>New &amp;identity…</source>
        <translation>Nouvelle &amp;identité…</translation>
    </message>
    <message>
        <source>Makes a new key and certificate for this server: every student&apos;s Salon will warn that the server changed</source>
        <translation>Crée une nouvelle clé et un nouveau certificat pour ce serveur : le Salon de chaque élève avertira que le serveur a changé</translation>
    </message>
    <message>
        <source>New identity</source>
        <translation>Nouvelle identité</translation>
    </message>
    <message>
        <source>A new identity gives this server a new fingerprint. Every Salon that joined it before will stop and warn that the server changed, until each student compares the new fingerprint with the projector and accepts it.

Make one only if the private key may have been copied (another person used this account, the PC was lent), or to show the class what the warning looks like.</source>
        <translation>Une nouvelle identité donne à ce serveur une nouvelle empreinte. Chaque Salon qui y est déjà entré s’arrêtera et avertira que le serveur a changé, jusqu’à ce que chaque élève compare la nouvelle empreinte avec le vidéoprojecteur et l’accepte.

N’en créez une que si la clé privée a pu être copiée (quelqu’un d’autre a utilisé ce compte, le PC a été prêté), ou pour montrer à la classe à quoi ressemble l’avertissement.</translation>
    </message>
    <message>
        <source>Not encrypted: anyone on the network can read what is said in this room.</source>
        <translation>Non chiffré : n’importe qui sur le réseau peut lire ce qui se dit dans ce salon.</translation>
    </message>
    <message>
        <source>Encrypted.
Fingerprint:</source>
        <translation>Chiffré.
Empreinte&#xa0;:</translation>
    </message>
    <message>
        <source>Students check that their Salon shows the same fingerprint when they join for the first time.</source>
        <translation>Les élèves vérifient que leur Salon affiche la même empreinte quand ils entrent pour la première fois.</translation>
    </message>
</context>
<context>
    <name>JoinLink</name>
    <message>
        <source>&quot;%1&quot; is not a link Salon can join.</source>
        <translation>« %1 » n&apos;est pas un lien que Salon peut rejoindre.</translation>
    </message>
    <message>
        <source>Salon joins salon://, http:// and https:// links, not %1://.</source>
        <translation>Salon rejoint les liens salon://, http:// et https://, pas %1://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names port 0.</source>
        <translation>« %1 » indique le port 0.</translation>
    </message>
    <message>
        <source>The link&apos;s fingerprint is damaged: it must be 64 hexadecimal digits. Copy the whole link again.</source>
        <translation>L&apos;empreinte du lien est abîmée : elle doit faire 64 chiffres hexadécimaux. Copiez à nouveau le lien entier.</translation>
    </message>
</context>
<context>
    <name>LessonFile</name>
    <message>
        <source>The lesson kept in %1 could not be read: %2</source>
        <translation>La leçon gardée dans %1 n’a pas pu être lue : %2</translation>
    </message>
    <message>
        <source>too big</source>
        <translation>trop gros</translation>
    </message>
    <message>
        <source>The lesson kept in %1 is damaged; a new lesson starts.</source>
        <translation>La leçon gardée dans %1 est abîmée ; une nouvelle leçon commence.</translation>
    </message>
    <message>
        <source>The lesson could not be kept in %1: %2</source>
        <translation>La leçon n’a pas pu être gardée dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <source>server: longest text line, in bytes (%1).</source>
        <translation>server : plus longue ligne de texte, en octets (%1).</translation>
    </message>
    <message>
        <source>server: longest Salon frame, in bytes (%1).</source>
        <translation>server : plus longue trame Salon, en octets (%1).</translation>
    </message>
    <message>
        <source>server: longest message, in characters (%1).</source>
        <translation>server : plus long message, en caractères (%1).</translation>
    </message>
    <message>
        <source>server: bytes waiting for a slow reader before it is disconnected (%1).</source>
        <translation>server : octets en attente pour un lecteur lent avant sa déconnexion (%1).</translation>
    </message>
    <message>
        <source>server: lines per second a client may send (%1).</source>
        <translation>server : lignes par seconde qu’un client peut envoyer (%1).</translation>
    </message>
    <message>
        <source>server: lines a client may send at once (%1).</source>
        <translation>server : lignes qu’un client peut envoyer d’un coup (%1).</translation>
    </message>
    <message>
        <source>server: lines kept waiting before a flooder is disconnected (%1).</source>
        <translation>server : lignes gardées en attente avant de déconnecter un client qui inonde (%1).</translation>
    </message>
    <message>
        <source>server: no flood control (for benchmarks).</source>
        <translation>server : sans contrôle d’inondation (pour les mesures).</translation>
    </message>
    <message>
        <source>server: most connections from one address, loopback exempt (%1).</source>
        <translation>server : nombre maximal de connexions par adresse, boucle locale exceptée (%1).</translation>
    </message>
    <message>
        <source>server: new connections per second from one address, loopback exempt (%1).</source>
        <translation>server : nouvelles connexions par seconde et par adresse, boucle locale exceptée (%1).</translation>
    </message>
    <message>
        <source>server: seconds of silence after which a Salon client counts as gone (%1).</source>
        <translation>server : secondes de silence après lesquelles un client Salon est tenu pour parti (%1).</translation>
    </message>
    <message>
        <source>--%1 takes a number from %2 to %3.</source>
        <translation>--%1 prend un nombre de %2 à %3.</translation>
    </message>
    <message>
        <source>server: seconds a Salon client that dropped keeps its name (%1).</source>
        <translation>serveur : secondes pendant lesquelles un client Salon déconnecté garde son pseudo (%1).</translation>
    </message>
    <message>
        <source>server: most people in the room (%1).</source>
        <translation>serveur : nombre maximal de personnes dans le salon (%1).</translation>
    </message>
    <message>
        <source>server: places kept for the host&apos;s PC and for members coming back (%1).</source>
        <translation>serveur : places gardées pour le PC de l’hôte et pour les membres qui reviennent (%1).</translation>
    </message>
    <message>
        <source>server: most connections still getting in at once (%1).</source>
        <translation>serveur : nombre maximal de connexions en train d’entrer en même temps (%1).</translation>
    </message>
    <message>
        <source>server: seconds a connection has to join the room (%1).</source>
        <translation>serveur : secondes dont dispose une connexion pour entrer dans le salon (%1).</translation>
    </message>
</context>
<context>
    <name>ModerationActions</name>
    <message>
        <source>&amp;Muted: reads, but is not heard</source>
        <translation>&amp;Muet : lit, mais n’est pas entendu</translation>
    </message>
    <message>
        <source>&amp;Ban for the rest of the lesson…</source>
        <translation>&amp;Exclure pour le reste du cours…</translation>
    </message>
    <message>
        <source>Ban %1</source>
        <translation>Exclure %1</translation>
    </message>
    <message>
        <source>%1 shares an address with %2 (one PC, or a school&apos;s network): banning the address keeps them all out for the rest of the lesson. Ban them all?</source>
        <translation>%1 partage une adresse avec %2 (un même PC, ou le réseau d’un établissement) : exclure l’adresse les exclut tous pour le reste du cours. Les exclure tous ?</translation>
    </message>
    <message>
        <source>&amp;Lock the room</source>
        <translation>&amp;Verrouiller le salon</translation>
    </message>
    <message>
        <source>Nobody new joins; those in the room stay, and those who drop get back in</source>
        <translation>Personne de nouveau n’entre ; les présents restent, et ceux qui sont déconnectés reviennent</translation>
    </message>
    <message>
        <source>Only the &amp;teacher speaks</source>
        <translation>Seul le &amp;professeur parle</translation>
    </message>
    <message>
        <source>Students read; their messages are not delivered, and they are told why</source>
        <translation>Les élèves lisent ; leurs messages ne sont pas distribués, et ils savent pourquoi</translation>
    </message>
    <message>
        <source>&amp;Slow mode…</source>
        <translation>Mode &amp;lent…</translation>
    </message>
    <message>
        <source>Slow mode</source>
        <translation>Mode lent</translation>
    </message>
    <message>
        <source>One message every how many seconds, per student (0: no limit)?</source>
        <translation>Un message toutes les combien de secondes, par élève (0 : sans limite) ?</translation>
    </message>
    <message>
        <source>&amp;Private messages</source>
        <translation>Messages &amp;privés</translation>
    </message>
    <message>
        <source>Between everyone</source>
        <translation>Entre tous</translation>
    </message>
    <message>
        <source>Only to and from the teacher</source>
        <translation>Seulement avec le professeur</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Require a &amp;code…</source>
        <translation>Demander un &amp;code…</translation>
    </message>
    <message>
        <source>Only those who type the code shown on the projector get in</source>
        <translation>Seuls ceux qui tapent le code affiché au vidéoprojecteur entrent</translation>
    </message>
    <message>
        <source>Start a &amp;new lesson</source>
        <translation>Commencer une &amp;nouvelle leçon</translation>
    </message>
    <message>
        <source>A clean room: no code, no lock, no mutes, bans or hands. Those in the room stay.</source>
        <translation>Un salon remis à neuf : ni code, ni verrou, ni silences, exclusions ou mains levées. Ceux qui sont dans le salon restent.</translation>
    </message>
    <message>
        <source>&amp;End the lesson</source>
        <translation>&amp;Terminer la leçon</translation>
    </message>
    <message>
        <source>Send a private &amp;message…</source>
        <translation>Envoyer un &amp;message privé…</translation>
    </message>
    <message>
        <source>Private message</source>
        <translation>Message privé</translation>
    </message>
    <message>
        <source>For %1 only, from %2:</source>
        <translation>Pour %1 seulement, de la part de %2 :</translation>
    </message>
    <message>
        <source>Your n&amp;ame in the room…</source>
        <translation>Votre n&amp;om dans le salon…</translation>
    </message>
    <message>
        <source>Students write to you under this name; nobody else may take it</source>
        <translation>Les élèves vous écrivent à ce nom ; personne d’autre ne peut le prendre</translation>
    </message>
    <message>
        <source>Your name in the room</source>
        <translation>Votre nom dans le salon</translation>
    </message>
    <message>
        <source>Your name in the room (letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;):</source>
        <translation>Votre nom dans le salon (lettres, chiffres, « - », « _ », « . ») :</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be your name in the room: someone has it, or it is not a possible nickname.</source>
        <translation>« %1 » ne peut pas être votre nom dans le salon : quelqu’un le porte, ou ce n’est pas un pseudo possible.</translation>
    </message>
</context>
<context>
    <name>Nickname</name>
    <message>
        <source>A nickname can&apos;t be empty.</source>
        <translation>Un pseudo ne peut pas être vide.</translation>
    </message>
    <message>
        <source>A nickname has at most %1 characters.</source>
        <translation>Un pseudo a au plus %1 caractères.</translation>
    </message>
    <message>
        <source>A nickname may hold only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation>Un pseudo ne peut contenir que des lettres, des chiffres, « - », « _ » et « . ».</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Professeur</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Modérateur</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Annonce</translation>
    </message>
    <message>
        <source>Salon</source>
        <translation>Salon</translation>
    </message>
    <message>
        <source>The nickname &quot;%1&quot; is kept for the teacher and the server: choose another.</source>
        <translation>Le pseudo « %1 » est réservé au professeur et au serveur : choisissez-en un autre.</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Give up on the messages still waiting to be sent</source>
        <translation>Renoncer aux messages qui attendent encore d’être envoyés</translation>
    </message>
    <message>
        <source>%1 → %2 (private)</source>
        <translation>%1 → %2 (privé)</translation>
    </message>
    <message>
        <source>Sending… %1: %2</source>
        <translation>Envoi… %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more waiting</source>
        <translation>
            <numerusform>et %n autre en attente</numerusform>
            <numerusform>et %n autres en attente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Nickname</source>
        <translation>Pseudo</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Connecté depuis</translation>
    </message>
    <message>
        <source>%1 joined from %2 (%3).</source>
        <translation>%1 est entré depuis %2 (%3).</translation>
    </message>
    <message>
        <source>%1 left: %2.</source>
        <translation>%1 est parti : %2.</translation>
    </message>
    <message>
        <source>%1 is now known as %2.</source>
        <translation>%1 s’appelle maintenant %2.</translation>
    </message>
    <message>
        <source>Encrypted (TLS): nobody on the network can read it.</source>
        <translation>Chiffré (TLS) : personne sur le réseau ne peut le lire.</translation>
    </message>
    <message>
        <source>Not encrypted: anyone on the network can read it.</source>
        <translation>Non chiffré : n’importe qui sur le réseau peut le lire.</translation>
    </message>
    <message>
        <source>%1, encrypted</source>
        <translation>%1, chiffré</translation>
    </message>
    <message>
        <source>%1, not encrypted</source>
        <translation>%1, non chiffré</translation>
    </message>
</context>
<context>
    <name>PeerSession</name>
    <message>
        <source>%1 sent a line over %2 KiB, which was dropped.</source>
        <translation>%1 a envoyé une ligne de plus de %2 Kio, qui a été ignorée.</translation>
    </message>
    <message>
        <source>sent a frame over %1 KiB</source>
        <translation>a envoyé une trame de plus de %1 Kio</translation>
    </message>
    <message>
        <source>%1 sent a frame that is not valid JSON.</source>
        <translation>%1 a envoyé une trame qui n’est pas du JSON valide.</translation>
    </message>
    <message>
        <source>flooding: more than %1 lines waiting</source>
        <translation>inondation : plus de %1 lignes en attente</translation>
    </message>
    <message>
        <source>%1 was disconnected for flooding.</source>
        <translation>%1 a été déconnecté pour inondation.</translation>
    </message>
    <message>
        <source>Goodbye.</source>
        <translation>Au revoir.</translation>
    </message>
    <message>
        <source>did not join within %1 s</source>
        <translation>n’est pas entré en %1 s</translation>
    </message>
    <message>
        <source>no answer for %1 s: connection lost</source>
        <translation>aucune réponse depuis %1 s : connexion perdue</translation>
    </message>
    <message>
        <source>send queue exceeded: the client stopped reading</source>
        <translation>file d’envoi dépassée : le client ne lisait plus</translation>
    </message>
    <message>
        <source>%1 stopped reading; disconnected.</source>
        <translation>%1 ne lisait plus ; déconnecté.</translation>
    </message>
    <message>
        <source>TLS that came too late, after the room took it for a text client</source>
        <translation>du TLS arrivé trop tard, après que le salon l&apos;a pris pour un client texte</translation>
    </message>
    <message>
        <source>a web browser (HTTP) that came too late, after the room took it for a text client</source>
        <translation>un navigateur web (HTTP) arrivé trop tard, après que le salon l&apos;a pris pour un client texte</translation>
    </message>
    <message>
        <source>%1 was closed: %2.</source>
        <translation>%1 a été fermé : %2.</translation>
    </message>
    <message>
        <source>a Salon client whose hello came too late, after the room took it for a text client</source>
        <translation>un client Salon dont le hello est arrivé trop tard, après que le salon l&apos;a pris pour un client texte</translation>
    </message>
</context>
<context>
    <name>PlainTcpTransport</name>
    <message>
        <source>connection closed</source>
        <translation>connexion fermée</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>connexion perdue</translation>
    </message>
    <message>
        <source>connection lost: %1</source>
        <translation>connexion perdue : %1</translation>
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
        <translation>QR code de %1</translation>
    </message>
</context>
<context>
    <name>RawTextBar</name>
    <message>
        <source>None (like the tutorial&apos;s client)</source>
        <translation>Aucune (comme le client du tutoriel)</translation>
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
        <translation>Ce serveur ne parle pas Salon : ce que vous tapez est envoyé en texte brut.</translation>
    </message>
    <message>
        <source>&amp;Line ending:</source>
        <translation>&amp;Fin de ligne :</translation>
    </message>
</context>
<context>
    <name>ReconnectBar</name>
    <message>
        <source>Reconnect &amp;now</source>
        <translation>Se reconnecter &amp;maintenant</translation>
    </message>
    <message numerus="yes">
        <source>Connection lost — reconnecting in %n s</source>
        <translation>
            <numerusform>Connexion perdue — reconnexion dans %n s</numerusform>
            <numerusform>Connexion perdue — reconnexion dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <source>%1 (last try: %2)</source>
        <translation>%1 (dernier essai : %2)</translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <source>The nickname &quot;%1&quot; is already taken in this room.</source>
        <translation>Le pseudo « %1 » est déjà pris dans ce salon.</translation>
    </message>
    <message>
        <source>The nickname &quot;%1&quot; looks too much like &quot;%2&quot;, who is in the room.</source>
        <translation>Le pseudo « %1 » ressemble trop à « %2 », qui est dans le salon.</translation>
    </message>
    <message numerus="yes">
        <source>The nickname &quot;%1&quot; is kept for someone who was disconnected a moment ago; it is free again in %n minute(s) if they do not come back.</source>
        <translation>
            <numerusform>Le pseudo « %1 » est gardé pour quelqu’un qui vient d’être déconnecté ; il sera libre dans %n minute s’il ne revient pas.</numerusform>
            <numerusform>Le pseudo « %1 » est gardé pour quelqu’un qui vient d’être déconnecté ; il sera libre dans %n minutes s’il ne revient pas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The teacher muted you: you can read, but what you send is not delivered.</source>
        <translation>Le professeur vous a rendu muet : vous pouvez lire, mais ce que vous envoyez n’est pas distribué.</translation>
    </message>
    <message>
        <source>The teacher unmuted you: you can speak again.</source>
        <translation>Le professeur vous rend la parole : vous pouvez de nouveau parler.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the teacher&apos;s name in this room: choose another.</source>
        <translation>« %1 » est le nom du professeur dans ce salon : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Nothing has been said in the room yet.</source>
        <translation>Rien n’a encore été dit dans le salon.</translation>
    </message>
</context>
<context>
    <name>RoomCodeBar</name>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Entrer</translation>
    </message>
    <message>
        <source>the code the teacher shows</source>
        <translation>le code affiché par le professeur</translation>
    </message>
    <message>
        <source>That was not the room&apos;s code. Type the code the teacher shows, then Join:</source>
        <translation>Ce n’était pas le code du salon. Tapez le code affiché par le professeur, puis Entrer :</translation>
    </message>
    <message>
        <source>This room needs a code. Type the code the teacher shows, then Join:</source>
        <translation>Ce salon demande un code. Tapez le code affiché par le professeur, puis Entrer :</translation>
    </message>
</context>
<context>
    <name>RoomCodePanel</name>
    <message>
        <source>Room code</source>
        <translation>Code du salon</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>C&amp;hanger…</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong code(s) in the last 10 minutes: someone may be guessing. Change the code, or lock the room once everyone is in.</source>
        <translation>
            <numerusform>%n code erroné ces 10 dernières minutes : quelqu’un essaie peut-être de deviner. Changez le code, ou verrouillez le salon quand tout le monde est entré.</numerusform>
            <numerusform>%n codes erronés ces 10 dernières minutes : quelqu’un essaie peut-être de deviner. Changez le code, ou verrouillez le salon quand tout le monde est entré.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only those who type this code get in. Show it on the projector; those already in the room stay. Letters, digits and &apos;-&apos;; spaces don&apos;t count.</source>
        <translation>Seuls ceux qui tapent ce code entrent. Affichez-le au vidéoprojecteur ; ceux qui sont déjà dans le salon restent. Lettres, chiffres et « - » ; les espaces ne comptent pas.</translation>
    </message>
    <message>
        <source>&amp;Generate 6 digits</source>
        <translation>&amp;Générer 6 chiffres</translation>
    </message>
    <message>
        <source>&amp;No code</source>
        <translation>&amp;Pas de code</translation>
    </message>
</context>
<context>
    <name>RoomLogWriter</name>
    <message>
        <source>You joined the room at %1:%2 as %3.</source>
        <translation>Vous êtes entré dans le salon %1:%2 sous le nom %3.</translation>
    </message>
    <message>
        <source>%1 joined the room.</source>
        <translation>%1 est entré dans le salon.</translation>
    </message>
    <message>
        <source>%1 left the room.</source>
        <translation>%1 a quitté le salon.</translation>
    </message>
    <message>
        <source>%1 left the room (%2).</source>
        <translation>%1 a quitté le salon (%2).</translation>
    </message>
    <message>
        <source>%1 is now known as %2.</source>
        <translation>%1 s’appelle maintenant %2.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>No Salon greeting from %1:%2: this is another kind of server. Switched to raw text mode: what you type is sent as is, and whatever arrives is shown.</source>
        <translation>Pas d’accueil Salon de %1:%2 : c’est un autre genre de serveur. Passage en mode texte brut : ce que vous tapez est envoyé tel quel, et tout ce qui arrive est affiché.</translation>
    </message>
    <message>
        <source>The connection was lost.</source>
        <translation>La connexion a été perdue.</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Déconnecté.</translation>
    </message>
    <message>
        <source>Connecting to %1 on port %2…</source>
        <translation>Connexion à %1 sur le port %2…</translation>
    </message>
    <message>
        <source>Said in the room before you came:</source>
        <translation>Dit dans le salon avant votre arrivée :</translation>
    </message>
    <message>
        <source>%1 → %2 (private)</source>
        <translation>%1 → %2 (privé)</translation>
    </message>
    <message>
        <source>%1 (private)</source>
        <translation>%1 (privé)</translation>
    </message>
    <message>
        <source>Not sent: “%1” — %2</source>
        <translation>Non envoyé : « %1 » — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) typed for the other server were not sent.</source>
        <translation>
            <numerusform>%n message tapé pour l’autre serveur n’a pas été envoyé.</numerusform>
            <numerusform>%n messages tapés pour l’autre serveur n’ont pas été envoyés.</numerusform>
        </translation>
    </message>
    <message>
        <source>(a message removed by the teacher)</source>
        <translation>(un message retiré par le professeur)</translation>
    </message>
</context>
<context>
    <name>SafeFileName</name>
    <message>
        <source>&quot;%1&quot; is not a file name.</source>
        <translation>« %1 » n’est pas un nom de fichier.</translation>
    </message>
    <message>
        <source>A file name must be valid text.</source>
        <translation>Un nom de fichier doit être un texte valide.</translation>
    </message>
    <message>
        <source>A file name may not hold control characters.</source>
        <translation>Un nom de fichier ne peut pas contenir de caractères de contrôle.</translation>
    </message>
    <message>
        <source>A file name may not hold invisible characters.</source>
        <translation>Un nom de fichier ne peut pas contenir de caractères invisibles.</translation>
    </message>
    <message>
        <source>The file has no name.</source>
        <translation>Le fichier n’a pas de nom.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a device&apos;s name on Windows, not a file&apos;s.</source>
        <translation>« %1 » est un nom de périphérique sous Windows, pas de fichier.</translation>
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
        <translation>client Salon</translation>
    </message>
</context>
<context>
    <name>ServerAddresses</name>
    <message>
        <source>this computer&apos;s name</source>
        <translation>le nom de cet ordinateur</translation>
    </message>
    <message>
        <source>this computer only</source>
        <translation>cet ordinateur seulement</translation>
    </message>
    <message>
        <source>%1, link-local</source>
        <translation>%1, lien local</translation>
    </message>
</context>
<context>
    <name>ServerIdentity</name>
    <message>
        <source>The server&apos;s private key %1 can be read by other users of this computer: make it yours alone (chmod 600 %1), or delete it to make a new identity.</source>
        <translation>La clé privée du serveur %1 peut être lue par d’autres utilisateurs de cet ordinateur : rendez-la vôtre seule (chmod 600 %1), ou supprimez-la pour créer une nouvelle identité.</translation>
    </message>
    <message>
        <source>The server&apos;s identity in %1 could not be read: %2</source>
        <translation>L’identité du serveur dans %1 n’a pas pu être lue : %2</translation>
    </message>
    <message>
        <source>The server&apos;s identity in %1 is damaged: delete %2 and %3 to make a new one.</source>
        <translation>L’identité du serveur dans %1 est abîmée : supprimez %2 et %3 pour en créer une nouvelle.</translation>
    </message>
    <message>
        <source>The server&apos;s identity could not be kept in %1: %2</source>
        <translation>L’identité du serveur n’a pas pu être gardée dans %1 : %2</translation>
    </message>
    <message>
        <source>the folder can&apos;t be made</source>
        <translation>le dossier ne peut pas être créé</translation>
    </message>
    <message>
        <source>The server&apos;s identity could not be made: %1</source>
        <translation>L’identité du serveur n’a pas pu être créée : %1</translation>
    </message>
</context>
<context>
    <name>ServerLink</name>
    <message>
        <source>The nickname &quot;%1&quot; can&apos;t be used: %2</source>
        <translation>Le pseudo « %1 » ne peut pas être utilisé : %2</translation>
    </message>
    <message>
        <source>The server stopped answering (nothing for %1 s): the connection is lost.</source>
        <translation>Le serveur ne répond plus (rien depuis %1 s) : la connexion est perdue.</translation>
    </message>
    <message>
        <source>No answer from %1 after %2 s: is a firewall blocking port %3?</source>
        <translation>Pas de réponse de %1 après %2 s : un pare-feu bloque-t-il le port %3 ?</translation>
    </message>
    <message>
        <source>The server greeted us but did not let us in: it may be another version of Salon.</source>
        <translation>Le serveur nous a accueillis mais ne nous a pas fait entrer : c’est peut-être une autre version de Salon.</translation>
    </message>
    <message>
        <source>The server turned us away: %1</source>
        <translation>Le serveur nous a refusés : %1</translation>
    </message>
    <message>
        <source>The server sent a frame over %1 KiB; the connection was closed.</source>
        <translation>Le serveur a envoyé une trame de plus de %1 Kio ; la connexion a été fermée.</translation>
    </message>
    <message>
        <source>While you were away, your nickname &quot;%1&quot; was taken: %2 Choose another one and connect again.</source>
        <translation>Pendant votre absence, votre pseudo « %1 » a été pris : %2 Choisissez-en un autre et reconnectez-vous.</translation>
    </message>
    <message>
        <source>The server did not finish the TLS handshake within %1 s.</source>
        <translation>Le serveur n’a pas terminé la négociation TLS en %1 s.</translation>
    </message>
    <message>
        <source>The server finished the TLS handshake but did not greet us within %1 s.</source>
        <translation>Le serveur a terminé la poignée de main TLS mais ne nous a pas salués en %1 s.</translation>
    </message>
</context>
<context>
    <name>ServerTrust</name>
    <message>
        <source>Check the server&apos;s fingerprint</source>
        <translation>Vérifiez l’empreinte du serveur</translation>
    </message>
    <message>
        <source>First time in the room at %1:%2. It is encrypted, but is it the teacher&apos;s server? Compare this fingerprint with the one the teacher&apos;s screen shows:</source>
        <translation>Première fois dans le salon de %1:%2. Il est chiffré, mais est-ce bien le serveur du professeur ? Comparez cette empreinte avec celle qu’affiche l’écran du professeur :</translation>
    </message>
    <message>
        <source>If they differ, another computer may be pretending to be the teacher&apos;s: do not join, and tell the teacher.</source>
        <translation>Si elles diffèrent, un autre ordinateur se fait peut-être passer pour celui du professeur : n’entrez pas, et prévenez le professeur.</translation>
    </message>
    <message>
        <source>They &amp;match: join</source>
        <translation>Elles &amp;correspondent : entrer</translation>
    </message>
    <message>
        <source>They &amp;differ</source>
        <translation>Elles &amp;diffèrent</translation>
    </message>
    <message>
        <source>This server no longer encrypts</source>
        <translation>Ce serveur ne chiffre plus</translation>
    </message>
    <message>
        <source>This is not the server you joined before</source>
        <translation>Ce n’est pas le serveur où vous êtes entré avant</translation>
    </message>
    <message>
        <source>The server at %1:%2 encrypted the room last time. Now it offers no encryption at all.</source>
        <translation>Le serveur de %1:%2 chiffrait le salon la dernière fois. Il ne propose plus aucun chiffrement.</translation>
    </message>
    <message>
        <source>The server at %1:%2 shows another fingerprint than the one you compared with the teacher&apos;s screen.</source>
        <translation>Le serveur de %1:%2 présente une autre empreinte que celle que vous avez comparée avec l’écran du professeur.</translation>
    </message>
    <message>
        <source>It may be another computer pretending to be the teacher&apos;s, to read what the class writes. Salon did not join, and sent nothing.</source>
        <translation>Ce peut être un autre ordinateur qui se fait passer pour celui du professeur, pour lire ce qu’écrit la classe. Salon n’est pas entré et n’a rien envoyé.</translation>
    </message>
    <message>
        <source>The fingerprint you accepted:</source>
        <translation>L’empreinte que vous avez acceptée :</translation>
    </message>
    <message>
        <source>The fingerprint it shows now:</source>
        <translation>L’empreinte qu’il présente maintenant :</translation>
    </message>
    <message>
        <source>Ask the teacher. If the room really runs without encryption now, you may join it anyway: everyone on the network can then read what you write.</source>
        <translation>Demandez au professeur. Si le salon fonctionne vraiment sans chiffrement maintenant, vous pouvez y entrer quand même : tout le monde sur le réseau pourra alors lire ce que vous écrivez.</translation>
    </message>
    <message>
        <source>Ask the teacher. If they made a new identity (Room ▸ New identity), their screen shows the new fingerprint: compare it with the one above before you trust it.</source>
        <translation>Demandez au professeur. S’il a créé une nouvelle identité (Salon ▸ Nouvelle identité), son écran affiche la nouvelle empreinte : comparez-la avec celle ci-dessus avant de lui faire confiance.</translation>
    </message>
    <message>
        <source>The teacher says the room is no longer encrypted</source>
        <translation>Le professeur dit que le salon n’est plus chiffré</translation>
    </message>
    <message>
        <source>The teacher made a new identity, and the new fingerprint matches their screen</source>
        <translation>Le professeur a créé une nouvelle identité, et la nouvelle empreinte correspond à son écran</translation>
    </message>
    <message>
        <source>&amp;Do not join</source>
        <translation>&amp;Ne pas entrer</translation>
    </message>
    <message>
        <source>&amp;Join without encryption</source>
        <translation>&amp;Entrer sans chiffrement</translation>
    </message>
    <message>
        <source>&amp;Trust the new fingerprint</source>
        <translation>&amp;Faire confiance à la nouvelle empreinte</translation>
    </message>
    <message>
        <source>This server does not encrypt</source>
        <translation>Ce serveur ne chiffre pas</translation>
    </message>
    <message>
        <source>The join link names a fingerprint for %1:%2, but the server there offers no encryption at all.</source>
        <translation>Le lien indique une empreinte pour %1:%2, mais le serveur qui s&apos;y trouve ne propose aucun chiffrement.</translation>
    </message>
    <message>
        <source>This is not the server the link names</source>
        <translation>Ce n&apos;est pas le serveur qu&apos;indique le lien</translation>
    </message>
    <message>
        <source>The server at %1:%2 shows another fingerprint than the one its join link names.</source>
        <translation>Le serveur à %1:%2 montre une autre empreinte que celle qu&apos;indique son lien.</translation>
    </message>
    <message>
        <source>The fingerprint the link names:</source>
        <translation>L&apos;empreinte qu&apos;indique le lien :</translation>
    </message>
    <message>
        <source>Ask the teacher for the right link, or compare the fingerprint it shows now with the one on the teacher&apos;s screen before you trust it.</source>
        <translation>Demandez le bon lien à l&apos;enseignant, ou comparez l&apos;empreinte qu&apos;il montre maintenant avec celle de l&apos;écran de l&apos;enseignant avant de lui faire confiance.</translation>
    </message>
    <message>
        <source>The fingerprint it shows matches the teacher&apos;s screen</source>
        <translation>L&apos;empreinte qu&apos;il montre correspond à l&apos;écran de l&apos;enseignant</translation>
    </message>
</context>
<context>
    <name>ServerWindow</name>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Déconnecter</translation>
    </message>
    <message>
        <source>&amp;Announce</source>
        <translation>&amp;Annoncer</translation>
    </message>
    <message>
        <source>Salon — Server</source>
        <translation>Salon — Serveur</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>Clients can connect to</source>
        <translation>Les clients peuvent se connecter à</translation>
    </message>
    <message>
        <source>Disconnect this client</source>
        <translation>Déconnecter ce client</translation>
    </message>
    <message>
        <source>In the room</source>
        <translation>Dans le salon</translation>
    </message>
    <message>
        <source>The room&apos;s messages and events will appear here.</source>
        <translation>Les messages et les événements du salon apparaîtront ici.</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>%1 copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>The room is open on port %1.</source>
        <translation>Le salon est ouvert sur le port %1.</translation>
    </message>
    <message>
        <source>The room is closed.</source>
        <translation>Le salon est fermé.</translation>
    </message>
    <message>
        <source>%1 sent a private message to %2.</source>
        <translation>%1 a envoyé un message privé à %2.</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Annonce</translation>
    </message>
    <message>
        <source>Start the server first: nobody can hear you yet.</source>
        <translation>Démarrez d’abord le serveur : personne ne peut encore vous entendre.</translation>
    </message>
    <message>
        <source>removed by the host</source>
        <translation>retiré par l’hôte</translation>
    </message>
    <message>
        <source>Salon</source>
        <translation>Salon</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message numerus="yes">
        <source>Open on port %1 — %n person(s) in the room.</source>
        <translation>
            <numerusform>Ouvert sur le port %1 — %n personne dans le salon.</numerusform>
            <numerusform>Ouvert sur le port %1 — %n personnes dans le salon.</numerusform>
        </translation>
    </message>
    <message>
        <source>Salon — Server on port %1</source>
        <translation>Salon — Serveur sur le port %1</translation>
    </message>
    <message>
        <source>Stopped. Press Start to open the room.</source>
        <translation>Arrêté. Cliquez sur Démarrer pour ouvrir le salon.</translation>
    </message>
    <message>
        <source>Type one of these addresses and port %1 in Salon, or in a terminal: nc ADDRESS %1</source>
        <translation>Tapez l’une de ces adresses et le port %1 dans Salon, ou dans un terminal : nc ADRESSE %1</translation>
    </message>
    <message>
        <source>any free</source>
        <translation>libre, au choix</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Salon :</translation>
    </message>
    <message>
        <source>Salon on %1</source>
        <translation>Salon sur %1</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Salon</translation>
    </message>
    <message>
        <source>Open a &amp;client window</source>
        <translation>Ouvrir une fenêtre &amp;client</translation>
    </message>
    <message>
        <source>Salon clients on the network find this room as &quot;%1&quot; (UDP port %2).</source>
        <translation>Les clients Salon du réseau trouvent ce salon sous le nom « %1 » (port UDP %2).</translation>
    </message>
    <message>
        <source>Salon clients on this PC find this room as &quot;%1&quot;; other PCs type an address.</source>
        <translation>Les clients Salon de ce PC trouvent ce salon sous le nom « %1 » ; les autres PC tapent une adresse.</translation>
    </message>
    <message>
        <source>The room is not announced (discovery is off): clients type an address.</source>
        <translation>Le salon n’est pas annoncé (recherche désactivée) : les clients tapent une adresse.</translation>
    </message>
    <message>
        <source>The room is full (%1 places).</source>
        <translation>Le salon est plein (%1 places).</translation>
    </message>
    <message numerus="yes">
        <source>%n getting in.</source>
        <translation>
            <numerusform>%n en train d’entrer.</numerusform>
            <numerusform>%n en train d’entrer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) kept for people who dropped.</source>
        <translation>
            <numerusform>%n pseudo gardé pour une personne déconnectée.</numerusform>
            <numerusform>%n pseudos gardés pour des personnes déconnectées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turned away in the last minute.</source>
        <translation>
            <numerusform>%n connexion refusée dans la dernière minute.</numerusform>
            <numerusform>%n connexions refusées dans la dernière minute.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked: nobody new joins.</source>
        <translation>Verrouillé : personne de nouveau n’entre.</translation>
    </message>
    <message>
        <source>%1 raised a hand.</source>
        <translation>%1 a levé la main.</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong code(s) in the last 10 minutes.</source>
        <translation>
            <numerusform>%n code erroné ces 10 dernières minutes.</numerusform>
            <numerusform>%n codes erronés ces 10 dernières minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) waiting after too many wrong codes.</source>
        <translation>
            <numerusform>%n adresse en attente après trop de codes erronés.</numerusform>
            <numerusform>%n adresses en attente après trop de codes erronés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lesson under way since %1: the code, the lock, mutes, bans and hands belong to it.</source>
        <translation>Leçon en cours depuis %1 : le code, le verrou, les silences, les exclusions et les mains levées lui appartiennent.</translation>
    </message>
    <message>
        <source>The lesson is over: the room is clean.</source>
        <translation>La leçon est terminée : le salon est remis à neuf.</translation>
    </message>
    <message>
        <source>Lesson since %1.</source>
        <translation>Leçon depuis %1.</translation>
    </message>
    <message>
        <source>(removed: a message from %1)</source>
        <translation>(retiré : un message de %1)</translation>
    </message>
    <message>
        <source>&amp;Remove this message for everyone</source>
        <translation>&amp;Retirer ce message pour tout le monde</translation>
    </message>
    <message>
        <source>That message is no longer in the history.</source>
        <translation>Ce message n’est plus dans l’historique.</translation>
    </message>
    <message>
        <source>%1 → %2 (private)</source>
        <translation>%1 → %2 (privé)</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salon</translation>
    </message>
    <message>
        <source>Save the room&apos;s &amp;history as…</source>
        <translation>Enregistrer l’&amp;historique du salon sous…</translation>
    </message>
    <message>
        <source>Every lesson kept on this PC, with dates and names, as a web page or a text file</source>
        <translation>Toutes les leçons gardées sur ce PC, avec dates et noms, en page web ou en fichier texte</translation>
    </message>
    <message>
        <source>This room keeps no history on disk.</source>
        <translation>Ce salon ne garde pas d’historique sur le disque.</translation>
    </message>
    <message>
        <source>Save the room&apos;s history as</source>
        <translation>Enregistrer l’historique du salon sous</translation>
    </message>
    <message>
        <source>Web page (*.html);;Text file (*.txt)</source>
        <translation>Page web (*.html);;Fichier texte (*.txt)</translation>
    </message>
    <message>
        <source>The history could not be saved in %1: %2</source>
        <translation>L’historique n’a pas pu être enregistré dans %1 : %2</translation>
    </message>
    <message>
        <source>The room&apos;s history is in %1.</source>
        <translation>L’historique du salon est dans %1.</translation>
    </message>
    <message>
        <source>The name clients see in their list of servers found; it can change while the room is open</source>
        <translation>Le nom que les clients voient dans leur liste de serveurs trouvés ; il peut changer pendant que le salon est ouvert</translation>
    </message>
    <message>
        <source>Use port %1</source>
        <translation>Prendre le port %1</translation>
    </message>
    <message>
        <source>Announcement to everyone</source>
        <translation>Annonce à tout le salon</translation>
    </message>
    <message>
        <source>A new identity: the fingerprint is now %1. Students who joined before are warned, and compare it with the projector again.</source>
        <translation>Nouvelle identité : l’empreinte est maintenant %1. Les élèves déjà venus sont avertis, et la comparent de nouveau avec le vidéoprojecteur.</translation>
    </message>
    <message>
        <source>New &amp;identity…</source>
        <translation>Nouvelle &amp;identité…</translation>
    </message>
    <message>
        <source>New identity</source>
        <translation>Nouvelle identité</translation>
    </message>
    <message>
        <source>Only &amp;encrypted connections</source>
        <translation>Connexions &amp;chiffrées seulement</translation>
    </message>
    <message>
        <source>Plain connections (nc, telnet, the tutorial&apos;s client, older Salon) are told how to connect encrypted, then closed</source>
        <translation>Aux connexions en clair (nc, telnet, le client du tutoriel, un ancien Salon), on dit comment se connecter chiffré, puis on les ferme</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>%1 handed in %2 (%3), late.</source>
        <translation>%1 a rendu %2 (%3), en retard.</translation>
    </message>
    <message>
        <source>%1 handed in %2 (%3).</source>
        <translation>%1 a rendu %2 (%3).</translation>
    </message>
    <message>
        <source>&amp;Hand out…</source>
        <translation>&amp;Distribuer…</translation>
    </message>
    <message>
        <source>Everyone in the room gets the file, and those who join later; dropping files on this window does the same</source>
        <translation>Chaque personne dans le salon reçoit le fichier, et celles qui arrivent ensuite ; déposer des fichiers sur cette fenêtre fait de même</translation>
    </message>
    <message>
        <source>C&amp;ollect work…</source>
        <translation>Ra&amp;masser les travaux…</translation>
    </message>
    <message>
        <source>Stop c&amp;ollecting work</source>
        <translation>Arrêter de ra&amp;masser les travaux</translation>
    </message>
    <message>
        <source>Open the hand-in &amp;folder</source>
        <translation>Ouvrir le &amp;dossier des travaux rendus</translation>
    </message>
    <message>
        <source>Students may &amp;share files</source>
        <translation>Les élèves peuvent &amp;partager des fichiers</translation>
    </message>
    <message>
        <source>Students may send a file to everyone in the room; off, files go between you and them only</source>
        <translation>Les élèves peuvent envoyer un fichier à tout le salon ; sinon, les fichiers ne passent qu’entre vous et eux</translation>
    </message>
    <message>
        <source>Find a name or an address</source>
        <translation>Trouver un nom ou une adresse</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 sur %2 affichés</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>&amp;Host a room</source>
        <translation>&amp;Ouvrir un salon</translation>
    </message>
    <message>
        <source>&amp;Join a room</source>
        <translation>&amp;Rejoindre un salon</translation>
    </message>
    <message>
        <source>Salon</source>
        <translation>Salon</translation>
    </message>
    <message>
        <source>Welcome to Salon</source>
        <translation>Bienvenue dans Salon</translation>
    </message>
    <message>
        <source>A chat for the people in this room. What would you like to do?</source>
        <translation>Un chat pour les personnes de cette salle. Que voulez-vous faire ?</translation>
    </message>
    <message>
        <source>Start a chat room on this computer. Others join it by typing the address the server window shows.</source>
        <translation>Ouvrir un salon de discussion sur cet ordinateur. Les autres le rejoignent en tapant l’adresse qu’affiche la fenêtre du serveur.</translation>
    </message>
    <message>
        <source>Connect to a room that someone started, on this computer or another one.</source>
        <translation>Se connecter à un salon ouvert par quelqu’un, sur cet ordinateur ou un autre.</translation>
    </message>
    <message>
        <source>&amp;Try it on this computer</source>
        <translation>&amp;Essayer sur cet ordinateur</translation>
    </message>
    <message>
        <source>A room and two people in it, side by side on this screen: a classroom demo.</source>
        <translation>Un salon et deux personnes dedans, côte à côte sur cet écran : une démonstration en classe.</translation>
    </message>
</context>
<context>
    <name>TcpTransport</name>
    <message>
        <source>connection closed</source>
        <translation>connexion fermée</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>connexion perdue</translation>
    </message>
    <message>
        <source>connection lost: %1</source>
        <translation>connexion perdue : %1</translation>
    </message>
</context>
<context>
    <name>TextDialect</name>
    <message>
        <source>[private] %1 -&gt; %2: %3</source>
        <translation>[privé] %1 -&gt; %2 : %3</translation>
    </message>
    <message>
        <source>*** End of the earlier messages.</source>
        <translation>*** Fin des messages précédents.</translation>
    </message>
    <message>
        <source>*** You are %1. Type /nick NAME to change it.</source>
        <translation>*** Vous êtes %1. Tapez /nick NOM pour changer.</translation>
    </message>
    <message>
        <source>*** In the room (%1): %2</source>
        <translation>*** Dans le salon (%1) : %2</translation>
    </message>
    <message>
        <source>*** %1 joined the room</source>
        <translation>*** %1 est entré dans le salon</translation>
    </message>
    <message>
        <source>*** %1 left the room (%2)</source>
        <translation>*** %1 a quitté le salon (%2)</translation>
    </message>
    <message>
        <source>*** %1 is now known as %2</source>
        <translation>*** %1 s’appelle maintenant %2</translation>
    </message>
    <message>
        <source>*** Server: %1</source>
        <translation>*** Serveur : %1</translation>
    </message>
    <message>
        <source>!!! %1</source>
        <translation>!!! %1</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>text client</source>
        <translation>client texte</translation>
    </message>
    <message>
        <source>A text client: nc, telnet, a Python script…</source>
        <translation>Un client texte : nc, telnet, un script Python…</translation>
    </message>
    <message>
        <source>*** Your hand is up: you are number %1 in line.</source>
        <translation>*** Votre main est levée : vous êtes numéro %1 dans la file.</translation>
    </message>
    <message>
        <source>*** Your hand is down.</source>
        <translation>*** Votre main est baissée.</translation>
    </message>
    <message>
        <source>*** This room needs a code: type the code the teacher shows, then press Enter.</source>
        <translation>*** Ce salon demande un code : tapez le code affiché par le professeur, puis Entrée.</translation>
    </message>
    <message>
        <source>*** The teacher removed a message from %1 (said at %2).</source>
        <translation>*** Le professeur a retiré un message de %1 (dit à %2).</translation>
    </message>
    <message numerus="yes">
        <source>*** The last %n message(s) said in the room (/history 50 shows more):</source>
        <translation>
            <numerusform>*** Le dernier message dit dans le salon (/history 50 en montre plus) :</numerusform>
            <numerusform>*** Les %n derniers messages dits dans le salon (/history 50 en montre plus) :</numerusform>
        </translation>
    </message>
    <message>
        <source>*** The teacher hands out %1 (%2): %3</source>
        <translation>*** L’enseignant distribue %1 (%2) : %3</translation>
    </message>
    <message>
        <source>*** The teacher no longer collects work.</source>
        <translation>*** L’enseignant ne ramasse plus de travaux.</translation>
    </message>
    <message>
        <source>*** The teacher collects work: hand it in from a Salon window or the room&apos;s web page.</source>
        <translation>*** L’enseignant ramasse les travaux : rendez le vôtre depuis une fenêtre Salon ou la page web du salon.</translation>
    </message>
    <message>
        <source>*** The teacher collects work (%1): hand it in from a Salon window or the room&apos;s web page.</source>
        <translation>*** L’enseignant ramasse les travaux (%1) : rendez le vôtre depuis une fenêtre Salon ou la page web du salon.</translation>
    </message>
    <message>
        <source>*** %1 shares %2 (%3): %4</source>
        <translation>*** %1 partage %2 (%3) : %4</translation>
    </message>
    <message>
        <source>*** Students may now share files with the room (from a Salon window or the room&apos;s web page).</source>
        <translation>*** Les élèves peuvent maintenant partager des fichiers avec le salon (depuis une fenêtre Salon ou la page web du salon).</translation>
    </message>
    <message>
        <source>*** Students may no longer share files with the room.</source>
        <translation>*** Les élèves ne peuvent plus partager de fichiers avec le salon.</translation>
    </message>
    <message numerus="yes">
        <source>*** %n people joined the room, among them %1 (/who lists everyone)</source>
        <translation>
            <numerusform>*** %n personne est entrée dans le salon, dont %1 (/who les liste toutes)</numerusform>
            <numerusform>*** %n personnes sont entrées dans le salon, dont %1 (/who les liste toutes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>Salon — what was said in the room</source>
        <translation>Salon — ce qui a été dit dans le salon</translation>
    </message>
    <message>
        <source>=== A new lesson, %1 ===</source>
        <translation>=== Une nouvelle leçon, %1 ===</translation>
    </message>
    <message>
        <source>*** %1 (announcement): %2</source>
        <translation>*** %1 (annonce) : %2</translation>
    </message>
    <message>
        <source>A new lesson, %1</source>
        <translation>Une nouvelle leçon, %1</translation>
    </message>
    <message>
        <source>%1 (announcement)</source>
        <translation>%1 (annonce)</translation>
    </message>
</context>
<context>
    <name>TransferExchange</name>
    <message>
        <source>Join the room first: work is handed in by a member.</source>
        <translation>Rejoignez d’abord le salon : un travail est rendu par un membre.</translation>
    </message>
    <message>
        <source>A hand-in says its name, its size and its SHA-256.</source>
        <translation>Un travail rendu donne son nom, sa taille et son SHA-256.</translation>
    </message>
    <message>
        <source>This hand-in is not known (any more): begin it again.</source>
        <translation>Ce travail rendu n’est pas (plus) connu : recommencez-le.</translation>
    </message>
    <message>
        <source>This file is being handed in already.</source>
        <translation>Ce fichier est déjà en train d’être rendu.</translation>
    </message>
    <message>
        <source>A hand-in&apos;s bytes come with their length.</source>
        <translation>Les octets d’un travail rendu viennent avec leur longueur.</translation>
    </message>
    <message numerus="yes">
        <source>The teacher has %n bytes of this file: go on from there.</source>
        <translation>
            <numerusform>L’enseignant a %n octet de ce fichier : reprenez à partir de là.</numerusform>
            <numerusform>L’enseignant a %n octets de ce fichier : reprenez à partir de là.</numerusform>
        </translation>
    </message>
    <message>
        <source>More bytes than the file has.</source>
        <translation>Plus d’octets que n’en a le fichier.</translation>
    </message>
    <message>
        <source>The collection is over.</source>
        <translation>Le ramassage est terminé.</translation>
    </message>
</context>
<context>
    <name>TransferJob</name>
    <message numerus="yes">
        <source>%1 Trying again in %n s.</source>
        <translation>
            <numerusform>%1 Nouvel essai dans %n s.</numerusform>
            <numerusform>%1 Nouvel essai dans %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferRequest</name>
    <message>
        <source>The server is not the one this room was joined on.</source>
        <translation>Ce serveur n’est pas celui sur lequel ce salon a été rejoint.</translation>
    </message>
</context>
<context>
    <name>TransfersPanel</name>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>%n s restante</numerusform>
            <numerusform>%n s restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>%n min restante</numerusform>
            <numerusform>%n min restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>&amp;Hand in…</source>
        <translation>&amp;Rendre…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Réess&amp;ayer</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>The teacher collects work: hand it in, or drop it on this window.</source>
        <translation>L’enseignant ramasse les travaux : rendez le vôtre, ou déposez-le sur cette fenêtre.</translation>
    </message>
    <message>
        <source>The teacher collects work (%1): hand it in, or drop it on this window.</source>
        <translation>L’enseignant ramasse les travaux (%1) : rendez le vôtre, ou déposez-le sur cette fenêtre.</translation>
    </message>
    <message>
        <source>Hand in to the teacher</source>
        <translation>Rendre à l’enseignant</translation>
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
        <translation>Distribué par l’enseignant</translation>
    </message>
    <message>
        <source>Handed in by you</source>
        <translation>Rendu par vous</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Working out its SHA-256…</source>
        <translation>Calcul de son SHA-256…</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Checking its SHA-256…</source>
        <translation>Vérification de son SHA-256…</translation>
    </message>
    <message>
        <source>Saved, checked: %1</source>
        <translation>Enregistré, vérifié : %1</translation>
    </message>
    <message>
        <source>Handed in (late), checked by the teacher</source>
        <translation>Rendu (en retard), vérifié par l’enseignant</translation>
    </message>
    <message>
        <source>Handed in, checked by the teacher</source>
        <translation>Rendu, vérifié par l’enseignant</translation>
    </message>
    <message>
        <source>Sh&amp;are…</source>
        <translation>P&amp;artager…</translation>
    </message>
    <message>
        <source>Share a file with everyone in the room (the teacher allows it)</source>
        <translation>Partager un fichier avec tout le salon (l’enseignant le permet)</translation>
    </message>
    <message>
        <source>Share with the room</source>
        <translation>Partager avec le salon</translation>
    </message>
    <message>
        <source>Shared by %1</source>
        <translation>Partagé par %1</translation>
    </message>
    <message>
        <source>Shared with the room by you</source>
        <translation>Partagé avec le salon par vous</translation>
    </message>
    <message>
        <source>Shared with the room, checked</source>
        <translation>Partagé avec le salon, vérifié</translation>
    </message>
</context>
<context>
    <name>WebSocketTransport</name>
    <message>
        <source>connection closed</source>
        <translation>connexion fermée</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Navigateur</translation>
    </message>
    <message>
        <source>browser</source>
        <translation>navigateur</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;Save the log as…</source>
        <translation>&amp;Enregistrer le journal sous…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
</context>
<context>
    <name>WireInspector</name>
    <message>
        <source>Wire inspector</source>
        <translation>Inspecteur de ligne</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Select a line to see its bytes.</source>
        <translation>Choisissez une ligne pour voir ses octets.</translation>
    </message>
    <message>
        <source>All connections</source>
        <translation>Toutes les connexions</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message numerus="yes">
        <source>Paused: %n line(s) waiting</source>
        <translation>
            <numerusform>En pause : %n ligne en attente</numerusform>
            <numerusform>En pause : %n lignes en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Heartbeats</source>
        <translation>&amp;Battements</translation>
    </message>
    <message>
        <source>Show the ping and pong lines that keep a quiet connection alive</source>
        <translation>Montrer les lignes ping et pong qui gardent en vie une connexion silencieuse</translation>
    </message>
    <message>
        <source>&amp;Only what the network sees</source>
        <translation>Seulement ce que voit le &amp;réseau</translation>
    </message>
    <message>
        <source>Leave out the decrypted lines: what is left is all an eavesdropper on the network gets</source>
        <translation>Masquer les lignes déchiffrées : ce qui reste est tout ce qu&apos;obtient un espion sur le réseau</translation>
    </message>
</context>
<context>
    <name>WireLogModel</name>
    <message>
        <source>state</source>
        <translation>état</translation>
    </message>
    <message>
        <source>← in</source>
        <translation>← reçu</translation>
    </message>
    <message>
        <source>→ out</source>
        <translation>→ envoyé</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Socket state: %1</source>
        <translation>État du socket : %1</translation>
    </message>
    <message>
        <source>(the first %1 of %2 bytes)</source>
        <translation>(les %1 premiers octets sur %2)</translation>
    </message>
    <message>
        <source>in clear</source>
        <translation>en clair</translation>
    </message>
    <message>
        <source>decrypted</source>
        <translation>déchiffré</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>négociation TLS</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>chiffré</translation>
    </message>
    <message>
        <source>The connection&apos;s state, as the system reports it</source>
        <translation>L&apos;état de la connexion, tel que le système l&apos;indique</translation>
    </message>
    <message>
        <source>Decrypted here: on the network these bytes were encrypted, and only the two ends can read them</source>
        <translation>Déchiffré ici : sur le réseau ces octets étaient chiffrés, et seuls les deux bouts peuvent les lire</translation>
    </message>
    <message>
        <source>In clear: anyone on the network can read these bytes</source>
        <translation>En clair : n&apos;importe qui sur le réseau peut lire ces octets</translation>
    </message>
    <message>
        <source>What the network carries: bytes nobody can read without the key</source>
        <translation>Ce que transporte le réseau : des octets que personne ne peut lire sans la clé</translation>
    </message>
    <message>
        <source>The TLS handshake: the two ends agree on keys, and the server shows its certificate</source>
        <translation>La négociation TLS : les deux bouts conviennent des clés, et le serveur montre son certificat</translation>
    </message>
    <message>
        <source>ClientHello: the client starts TLS (readable: the versions and ciphers it offers, no chat)</source>
        <translation>ClientHello : le client commence TLS (lisible : les versions et chiffrements qu&apos;il propose, aucune discussion)</translation>
    </message>
    <message>
        <source>handshake from the other end</source>
        <translation>négociation venant de l&apos;autre bout</translation>
    </message>
    <message>
        <source>handshake from this end</source>
        <translation>négociation venant de ce bout</translation>
    </message>
    <message>
        <source>encrypted from here on: %1</source>
        <translation>chiffré à partir d&apos;ici : %1</translation>
    </message>
    <message>
        <source>ciphertext: all the network sees of the decrypted lines</source>
        <translation>texte chiffré : tout ce que le réseau voit des lignes déchiffrées</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <source>The TLS handshake is over: %1.
Everything that follows on this connection is encrypted.</source>
        <translation>La négociation TLS est terminée : %1.
Tout ce qui suit sur cette connexion est chiffré.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) crossed the network encrypted. The program only gets what they decrypt to: the rows marked “decrypted”. An eavesdropper gets these bytes and cannot read them.</source>
        <translation>
            <numerusform>%n octet a traversé le réseau chiffré. Le programme ne reçoit que ce qu&apos;il donne une fois déchiffré : les lignes marquées « déchiffré ». Un espion reçoit cet octet et ne peut pas le lire.</numerusform>
            <numerusform>%n octets ont traversé le réseau chiffrés. Le programme ne reçoit que ce qu&apos;ils donnent une fois déchiffrés : les lignes marquées « déchiffré ». Un espion reçoit ces octets et ne peut pas les lire.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decrypted here: on the network these bytes were encrypted.</source>
        <translation>Déchiffré ici : sur le réseau ces octets étaient chiffrés.</translation>
    </message>
</context>
<context>
    <name>ZoomController</name>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>Taille &amp;normale</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try: salon --help</source>
        <translation>Essayez : salon --help</translation>
    </message>
</context>
</TS>
