// app.js — the room in a browser: a Salon client over a WebSocket on the
// room's own port, speaking the Salon dialect (one JSON frame per message).
// Everything from the network goes into the page as textContent, never as
// HTML. The member token lives in sessionStorage (no cookies), so a reload
// or a dropped connection comes back under the same name.
'use strict';

const TEXTS = {
  en: {
    intro: 'Choose a nickname to join the room.',
    nickLabel: 'Nickname',
    codeLabel: 'Room code (the teacher shows it)',
    join: 'Join',
    messageLabel: 'Message',
    messagePlaceholder: 'Message — /msg NAME text is private',
    send: 'Send',
    raiseHand: 'Raise hand',
    lowerHand: 'Lower hand',
    people: (n) => (n === 1 ? '1 person in the room' : `${n} people in the room`),
    connecting: 'Connecting…',
    connected: (nick) => `Connected as ${nick}`,
    encrypted: ' · encrypted',
    notEncrypted: ' · not encrypted',
    reconnecting: (s) => `Connection lost: trying again in ${s} s…`,
    disconnected: 'Disconnected.',
    joined: (n) => `${n} joined the room.`,
    left: (n, why) => `${n} left: ${why}.`,
    joinedMany: (names, k) => `${names.join(', ')} and ${k} ${k === 1 ? 'other' : 'others'} joined the room.`,
    leftMany: (names, k) => `${names.join(', ')} and ${k} ${k === 1 ? 'other' : 'others'} left the room.`,
    renamedFew: (names) => `New names: ${names.join(', ')}.`,
    renamedMany: (names, k) => `New names: ${names.join(', ')} and ${k} ${k === 1 ? 'other' : 'others'}.`,
    morePeople: (k) => `and ${k} more`,
    leftRoom: (n) => `${n} left the room.`,
    renamed: (a, b) => `${a} is now known as ${b}.`,
    you: 'you',
    privateTo: (a, b) => `${a} → ${b} (private)`,
    announcement: 'Announcement',
    server: 'Server',
    sending: 'sending…',
    removed: (n) => `(removed: a message from ${n})`,
    codeNeeded: 'This room needs a code: type the code the teacher shows.',
    handUp: (p) => `Your hand is up (${p} in line).`,
    handDown: 'Your hand is down.',
    unknownCommand: 'Unknown command. Use /msg NAME text, or //text to send a line that starts with /.',
    filesTitle: 'Files',
    handIn: 'Hand in…',
    collecting: (t) => (t ? `The teacher collects work (${t}): hand yours in.` : 'The teacher collects work: hand yours in.'),
    collectionClosed: 'The teacher no longer collects work.',
    handedOut: (name, size) => `The teacher handed out ${name} (${size}).`,
    hashing: 'Working out its SHA-256…',
    sending: (a, b) => `${a} of ${b}`,
    handedIn: 'Handed in, checked by the teacher',
    handedInLate: 'Handed in (late), checked by the teacher',
    failed: (why) => `Not handed in: ${why}`,
    retrying: (s) => `Connection lost: trying again in ${s} s…`,
    notTheSame: 'The teacher saved another file than this one.',
    gaveUp: 'The network did not come back.',
    share: 'Share with the room…',
    shared: (who, name, size) => `${who} shared ${name} (${size}).`,
    sharingOn: 'Students may now share files with the room.',
    sharingOff: 'Students may no longer share files with the room.',
    sharedDone: 'Shared with the room, checked',
  },
  fr: {
    intro: 'Choisissez un pseudo pour rejoindre le salon.',
    nickLabel: 'Pseudo',
    codeLabel: 'Code du salon (l’enseignant l’affiche)',
    join: 'Entrer',
    messageLabel: 'Message',
    messagePlaceholder: 'Message — /msg NOM texte est privé',
    send: 'Envoyer',
    raiseHand: 'Lever la main',
    lowerHand: 'Baisser la main',
    people: (n) => (n <= 1 ? `${n} personne dans le salon` : `${n} personnes dans le salon`),
    connecting: 'Connexion…',
    connected: (nick) => `Connecté en tant que ${nick}`,
    encrypted: ' · chiffré',
    notEncrypted: ' · non chiffré',
    reconnecting: (s) => `Connexion perdue : nouvel essai dans ${s} s…`,
    disconnected: 'Déconnecté.',
    joined: (n) => `${n} est entré dans le salon.`,
    left: (n, why) => `${n} est parti : ${why}.`,
    joinedMany: (names, k) => `${names.join(', ')} et ${k} ${k === 1 ? 'autre personne sont entrés' : 'autres personnes sont entrés'} dans le salon.`,
    leftMany: (names, k) => `${names.join(', ')} et ${k} ${k === 1 ? 'autre personne sont partis' : 'autres personnes sont partis'}.`,
    renamedFew: (names) => `Nouveaux noms : ${names.join(', ')}.`,
    renamedMany: (names, k) => `Nouveaux noms : ${names.join(', ')} et ${k} ${k === 1 ? 'autre' : 'autres'}.`,
    morePeople: (k) => `et ${k} de plus`,
    leftRoom: (n) => `${n} est parti.`,
    renamed: (a, b) => `${a} s’appelle maintenant ${b}.`,
    you: 'vous',
    privateTo: (a, b) => `${a} → ${b} (privé)`,
    announcement: 'Annonce',
    server: 'Serveur',
    sending: 'envoi…',
    removed: (n) => `(retiré : un message de ${n})`,
    codeNeeded: 'Ce salon demande un code : tapez le code affiché par l’enseignant.',
    handUp: (p) => `Votre main est levée (${p}e dans la file).`,
    handDown: 'Votre main est baissée.',
    unknownCommand: 'Commande inconnue. Utilisez /msg NOM texte, ou //texte pour envoyer une ligne qui commence par /.',
    filesTitle: 'Fichiers',
    handIn: 'Rendre…',
    collecting: (t) => (t ? `L’enseignant ramasse les travaux (${t}) : rendez le vôtre.` : 'L’enseignant ramasse les travaux : rendez le vôtre.'),
    collectionClosed: 'L’enseignant ne ramasse plus de travaux.',
    handedOut: (name, size) => `L’enseignant a distribué ${name} (${size}).`,
    hashing: 'Calcul de son SHA-256…',
    sending: (a, b) => `${a} sur ${b}`,
    handedIn: 'Rendu, vérifié par l’enseignant',
    handedInLate: 'Rendu (en retard), vérifié par l’enseignant',
    failed: (why) => `Pas rendu : ${why}`,
    retrying: (s) => `Connexion perdue : nouvel essai dans ${s} s…`,
    notTheSame: 'L’enseignant a enregistré un autre fichier que celui-ci.',
    gaveUp: 'Le réseau n’est pas revenu.',
    share: 'Partager avec le salon…',
    shared: (who, name, size) => `${who} a partagé ${name} (${size}).`,
    sharingOn: 'Les élèves peuvent maintenant partager des fichiers avec le salon.',
    sharingOff: 'Les élèves ne peuvent plus partager de fichiers avec le salon.',
    sharedDone: 'Partagé avec le salon, vérifié',
  },
  es: {
    intro: 'Elige un apodo para entrar en la sala.',
    nickLabel: 'Apodo',
    codeLabel: 'Código de la sala (el profesor lo muestra)',
    join: 'Entrar',
    messageLabel: 'Mensaje',
    messagePlaceholder: 'Mensaje — /msg NOMBRE texto es privado',
    send: 'Enviar',
    raiseHand: 'Levantar la mano',
    lowerHand: 'Bajar la mano',
    people: (n) => (n === 1 ? '1 persona en la sala' : `${n} personas en la sala`),
    connecting: 'Conectando…',
    connected: (nick) => `Conectado como ${nick}`,
    encrypted: ' · cifrado',
    notEncrypted: ' · sin cifrar',
    reconnecting: (s) => `Conexión perdida: nuevo intento en ${s} s…`,
    disconnected: 'Desconectado.',
    joined: (n) => `${n} entró en la sala.`,
    left: (n, why) => `${n} salió: ${why}.`,
    joinedMany: (names, k) => `${names.join(', ')} y ${k} ${k === 1 ? 'persona más entraron' : 'personas más entraron'} en la sala.`,
    leftMany: (names, k) => `${names.join(', ')} y ${k} ${k === 1 ? 'persona más salieron' : 'personas más salieron'}.`,
    renamedFew: (names) => `Nuevos nombres: ${names.join(', ')}.`,
    renamedMany: (names, k) => `Nuevos nombres: ${names.join(', ')} y ${k} más.`,
    morePeople: (k) => `y ${k} más`,
    leftRoom: (n) => `${n} salió de la sala.`,
    renamed: (a, b) => `${a} ahora se llama ${b}.`,
    you: 'tú',
    privateTo: (a, b) => `${a} → ${b} (privado)`,
    announcement: 'Aviso',
    server: 'Servidor',
    sending: 'enviando…',
    removed: (n) => `(retirado: un mensaje de ${n})`,
    codeNeeded: 'Esta sala pide un código: escribe el código que muestra el profesor.',
    handUp: (p) => `Tu mano está levantada (${p}.º en la fila).`,
    handDown: 'Tu mano está bajada.',
    unknownCommand: 'Orden desconocida. Usa /msg NOMBRE texto, o //texto para enviar una línea que empieza por /.',
    filesTitle: 'Archivos',
    handIn: 'Entregar…',
    collecting: (t) => (t ? `El profesor recoge los trabajos (${t}): entrega el tuyo.` : 'El profesor recoge los trabajos: entrega el tuyo.'),
    collectionClosed: 'El profesor ya no recoge trabajos.',
    handedOut: (name, size) => `El profesor ha repartido ${name} (${size}).`,
    hashing: 'Calculando su SHA-256…',
    sending: (a, b) => `${a} de ${b}`,
    handedIn: 'Entregado, comprobado por el profesor',
    handedInLate: 'Entregado (con retraso), comprobado por el profesor',
    failed: (why) => `No entregado: ${why}`,
    retrying: (s) => `Conexión perdida: nuevo intento en ${s} s…`,
    notTheSame: 'El profesor ha guardado otro archivo distinto de este.',
    gaveUp: 'La red no ha vuelto.',
    share: 'Compartir con la sala…',
    shared: (who, name, size) => `${who} ha compartido ${name} (${size}).`,
    sharingOn: 'Los alumnos ya pueden compartir archivos con la sala.',
    sharingOff: 'Los alumnos ya no pueden compartir archivos con la sala.',
    sharedDone: 'Compartido con la sala, comprobado',
  },
  de: {
    intro: 'Wähle einen Spitznamen, um den Raum zu betreten.',
    nickLabel: 'Spitzname',
    codeLabel: 'Raumcode (die Lehrkraft zeigt ihn)',
    join: 'Betreten',
    messageLabel: 'Nachricht',
    messagePlaceholder: 'Nachricht — /msg NAME Text ist privat',
    send: 'Senden',
    raiseHand: 'Melden',
    lowerHand: 'Meldung zurücknehmen',
    people: (n) => (n === 1 ? '1 Person im Raum' : `${n} Personen im Raum`),
    connecting: 'Verbinde…',
    connected: (nick) => `Verbunden als ${nick}`,
    encrypted: ' · verschlüsselt',
    notEncrypted: ' · nicht verschlüsselt',
    reconnecting: (s) => `Verbindung verloren: neuer Versuch in ${s} s…`,
    disconnected: 'Getrennt.',
    joined: (n) => `${n} hat den Raum betreten.`,
    left: (n, why) => `${n} ist gegangen: ${why}.`,
    joinedMany: (names, k) => `${names.join(', ')} und ${k} ${k === 1 ? 'weitere Person haben' : 'weitere Personen haben'} den Raum betreten.`,
    leftMany: (names, k) => `${names.join(', ')} und ${k} ${k === 1 ? 'weitere Person haben' : 'weitere Personen haben'} den Raum verlassen.`,
    renamedFew: (names) => `Neue Namen: ${names.join(', ')}.`,
    renamedMany: (names, k) => `Neue Namen: ${names.join(', ')} und ${k} ${k === 1 ? 'weiterer' : 'weitere'}.`,
    morePeople: (k) => `und ${k} weitere`,
    leftRoom: (n) => `${n} hat den Raum verlassen.`,
    renamed: (a, b) => `${a} heißt jetzt ${b}.`,
    you: 'du',
    privateTo: (a, b) => `${a} → ${b} (privat)`,
    announcement: 'Durchsage',
    server: 'Server',
    sending: 'wird gesendet…',
    removed: (n) => `(entfernt: eine Nachricht von ${n})`,
    codeNeeded: 'Dieser Raum braucht einen Code: Gib den Code ein, den die Lehrkraft zeigt.',
    handUp: (p) => `Du hast dich gemeldet (Platz ${p} in der Reihe).`,
    handDown: 'Deine Meldung ist zurückgenommen.',
    unknownCommand: 'Unbekannter Befehl. Nutze /msg NAME Text, oder //Text, um eine Zeile zu senden, die mit / beginnt.',
    filesTitle: 'Dateien',
    handIn: 'Abgeben…',
    collecting: (t) => (t ? `Die Lehrkraft sammelt Arbeiten ein (${t}): gib deine ab.` : 'Die Lehrkraft sammelt Arbeiten ein: gib deine ab.'),
    collectionClosed: 'Die Lehrkraft sammelt keine Arbeiten mehr ein.',
    handedOut: (name, size) => `Die Lehrkraft hat ${name} ausgeteilt (${size}).`,
    hashing: 'SHA-256 wird berechnet…',
    sending: (a, b) => `${a} von ${b}`,
    handedIn: 'Abgegeben, von der Lehrkraft geprüft',
    handedInLate: 'Abgegeben (verspätet), von der Lehrkraft geprüft',
    failed: (why) => `Nicht abgegeben: ${why}`,
    retrying: (s) => `Verbindung verloren: neuer Versuch in ${s} s…`,
    notTheSame: 'Die Lehrkraft hat eine andere Datei gespeichert als diese.',
    gaveUp: 'Das Netz ist nicht zurückgekommen.',
    share: 'Mit dem Raum teilen…',
    shared: (who, name, size) => `${who} hat ${name} geteilt (${size}).`,
    sharingOn: 'Schüler dürfen jetzt Dateien mit dem Raum teilen.',
    sharingOff: 'Schüler dürfen keine Dateien mehr mit dem Raum teilen.',
    sharedDone: 'Mit dem Raum geteilt, geprüft',
  },
  ar: {
    intro: 'اختر اسمًا مستعارًا لدخول الغرفة.',
    nickLabel: 'الاسم المستعار',
    codeLabel: 'رمز الغرفة (يعرضه المعلّم)',
    join: 'دخول',
    messageLabel: 'رسالة',
    messagePlaceholder: 'رسالة — ‎/msg الاسم النص‎ رسالة خاصة',
    send: 'إرسال',
    raiseHand: 'رفع اليد',
    lowerHand: 'خفض اليد',
    people: (n) => (n === 1 ? 'شخص واحد في الغرفة' : n === 2 ? 'شخصان في الغرفة'
      : n >= 3 && n <= 10 ? `${n} أشخاص في الغرفة` : `${n} شخصًا في الغرفة`),
    connecting: 'جارٍ الاتصال…',
    connected: (nick) => `متصل باسم ${nick}`,
    encrypted: ' · مشفّر',
    notEncrypted: ' · غير مشفّر',
    reconnecting: (s) => `انقطع الاتصال: محاولة جديدة بعد ${s} ث…`,
    disconnected: 'غير متصل.',
    joined: (n) => `دخل ${n} الغرفة.`,
    left: (n, why) => `غادر ${n}: ${why}.`,
    joinedMany: (names, k) => `دخل ${names.join('، ')} و${k} آخرون الغرفة.`,
    leftMany: (names, k) => `غادر ${names.join('، ')} و${k} آخرون الغرفة.`,
    renamedFew: (names) => `أسماء جديدة: ${names.join('، ')}.`,
    renamedMany: (names, k) => `أسماء جديدة: ${names.join('، ')} و${k} آخرون.`,
    morePeople: (k) => `و${k} آخرون`,
    leftRoom: (n) => `غادر ${n} الغرفة.`,
    renamed: (a, b) => `أصبح اسم ${a} الآن ${b}.`,
    you: 'أنت',
    privateTo: (a, b) => `${a} ← ${b} (خاص)`,
    announcement: 'إعلان',
    server: 'الخادم',
    sending: 'جارٍ الإرسال…',
    removed: (n) => `(حُذفت: رسالة من ${n})`,
    codeNeeded: 'تطلب هذه الغرفة رمزًا: اكتب الرمز الذي يعرضه المعلّم.',
    handUp: (p) => `يدك مرفوعة (رقم ${p} في الدور).`,
    handDown: 'يدك منخفضة.',
    unknownCommand: 'أمر غير معروف. استخدم ‎/msg الاسم النص‎، أو ‎//النص‎ لإرسال سطر يبدأ بـ /.',
    filesTitle: 'الملفات',
    handIn: 'تسليم…',
    collecting: (t) => (t ? `يجمع المعلّم الأعمال (${t}): سلّم عملك.` : 'يجمع المعلّم الأعمال: سلّم عملك.'),
    collectionClosed: 'توقّف المعلّم عن جمع الأعمال.',
    handedOut: (name, size) => `وزّع المعلّم ${name} (${size}).`,
    hashing: 'جارٍ حساب SHA-256…',
    sending: (a, b) => `${a} من ${b}`,
    handedIn: 'سُلّم، وتحقّق منه المعلّم',
    handedInLate: 'سُلّم (متأخرًا)، وتحقّق منه المعلّم',
    failed: (why) => `لم يُسلَّم: ${why}`,
    retrying: (s) => `انقطع الاتصال: محاولة جديدة بعد ${s} ث…`,
    notTheSame: 'حفظ المعلّم ملفًا غير هذا الملف.',
    gaveUp: 'لم تعد الشبكة.',
    share: 'مشاركة مع الغرفة…',
    shared: (who, name, size) => `شارك ${who} الملف ${name} (${size}).`,
    sharingOn: 'يمكن للطلاب الآن مشاركة الملفات مع الغرفة.',
    sharingOff: 'لم يعد بإمكان الطلاب مشاركة الملفات مع الغرفة.',
    sharedDone: 'شورك مع الغرفة، وتم التحقق منه',
  },
};
const LANG = (navigator.languages || [navigator.language || 'en'])
  .map((l) => String(l).slice(0, 2).toLowerCase())
  .find((l) => l in TEXTS) || 'en';
const T = TEXTS[LANG];

const $ = (id) => document.getElementById(id);
const store = window.sessionStorage;
const MAX_LINES = 2000; // lines kept on screen
const MAX_PEOPLE = 100000; // names kept: ten schools; a server saying more is not believed

let socket = null;
let nick = store.getItem('salon.nick') || '';
let joined = false;
let leaving = false; // closed on purpose: no coming back
let retryDelay = 1;
let retryTimer = null;
let unread = 0;
// Who is in the room, in the order they came (a Set: a whole school's
// arrivals and departures each cost the same, not the list's length).
let people = new Set();
let listing = []; // a users list still coming in parts
// The list is drawn at once, then at most five times a second while a
// crowd comes in; it shows the first names and counts the rest.
const PEOPLE_SHOWN = 300;
let peopleTimer = null;
let peopleDirty = false;
let handUp = false;
let cidCounter = 0;
const cidPrefix = Math.random().toString(36).slice(2, 10);
// Sent, not yet back from the room: cid -> { frame, line ("sending…") }.
// Sent again after a reconnection, with the same cid: the room says it
// once, never twice.
const pending = new Map();
const shownIds = new Set(); // message ids already on screen
const messageLines = new Map(); // id -> line, for removals
const offeredPaths = new Set(); // files handed out, already listed
let collecting = false;
let sharing = false;

function applyTexts() {
  document.documentElement.lang = LANG;
  // Arabic reads right to left: the page mirrors (its CSS uses logical sides).
  document.documentElement.dir = LANG === 'ar' ? 'rtl' : 'ltr';
  for (const el of document.querySelectorAll('[data-text]')) el.textContent = T[el.dataset.text];
  for (const el of document.querySelectorAll('[data-placeholder]'))
    el.placeholder = T[el.dataset.placeholder];
  $('nick').value = nick;
}

function setState(text, bad) {
  $('state').textContent = text;
  $('state').classList.toggle('bad', !!bad);
}

function timeOf(iso) {
  const date = iso ? new Date(iso) : new Date();
  return date.toLocaleTimeString(navigator.languages, { hour: '2-digit', minute: '2-digit' });
}

function addLine(parts, className) {
  const log = $('log');
  const atBottom = log.scrollHeight - log.scrollTop - log.clientHeight < 40;
  const li = document.createElement('li');
  if (className) li.className = className;
  for (const [text, partClass] of parts) {
    const span = document.createElement('span');
    if (partClass) span.className = partClass;
    // What people wrote keeps its own direction (an isolate): Latin text in
    // an Arabic page, or the reverse, is not reordered by the page around it.
    if (partClass === 'text' || partClass === 'from') span.dir = 'auto';
    span.textContent = text;
    li.appendChild(span);
  }
  log.appendChild(li);
  while (log.children.length > MAX_LINES) log.removeChild(log.firstChild);
  if (atBottom) log.scrollTop = log.scrollHeight;
  if (document.hidden && className !== 'event') {
    unread += 1;
    updateTitle();
  }
  return li;
}

function addEvent(text, time) {
  return addLine([[timeOf(time), 'time'], [text, '']], 'event');
}

// Arrivals and departures: each on its own line while people come one by
// one; past five within two seconds (the bell, a whole school), the rest is
// held and told once a second, "Ana, Ben, Chloé and 309 others joined the
// room." The same rules as the Salon window (core/model/crowdsummary).
const CROWD = { windowMs: 2000, onTheirOwn: 5, everyMs: 1000, namesShown: 3 };
const crowd = { times: [], head: 0, inCrowd: false, timer: null, held: null };

function heldNothing() {
  return { joined: [], joinedCount: 0, left: [], leftCount: 0, renamed: [], renamedCount: 0 };
}

function crowdEvent(kind, name, sentence) {
  const now = performance.now();
  const times = crowd.times;
  while (crowd.head < times.length && now - times[crowd.head] >= CROWD.windowMs) crowd.head++;
  if (crowd.head > 1024) {
    times.splice(0, crowd.head);
    crowd.head = 0;
  }
  times.push(now);
  if (!crowd.inCrowd && times.length - crowd.head <= CROWD.onTheirOwn) {
    addEvent(sentence);
    return;
  }
  crowd.inCrowd = true;
  if (!crowd.held) crowd.held = heldNothing();
  // For a new name, `name` is the new one.
  const names = crowd.held[kind];
  if (names.length < CROWD.namesShown) names.push(name);
  crowd.held[kind + 'Count']++;
  if (!crowd.timer) crowd.timer = setInterval(tellTheCrowd, CROWD.everyMs);
}

function tellTheCrowd() {
  const held = crowd.held || heldNothing();
  crowd.held = null;
  if (held.joinedCount === 0 && held.leftCount === 0 && held.renamedCount === 0) {
    // The crowd has passed: the next ones are told one by one.
    clearInterval(crowd.timer);
    crowd.timer = null;
    crowd.inCrowd = false;
    return;
  }
  const tell = (names, count, few, many) => {
    if (count === 0) return;
    const others = count - names.length;
    addEvent(others > 0 ? many(names, others) : few(names));
  };
  tell(held.joined, held.joinedCount, (ns) => ns.map(T.joined).join(' '), T.joinedMany);
  tell(held.left, held.leftCount, (ns) => ns.map(T.leftRoom).join(' '), T.leftMany);
  tell(held.renamed, held.renamedCount, T.renamedFew, T.renamedMany);
}

function addError(text) {
  return addLine([[timeOf(), 'time'], [text, '']], 'error');
}

function updateTitle() {
  document.title = unread > 0 ? `(${unread}) Salon` : 'Salon';
}

function showPeople() {
  if (peopleTimer) {
    peopleDirty = true;
    return;
  }
  drawPeople();
  peopleTimer = setTimeout(() => {
    peopleTimer = null;
    if (peopleDirty) {
      peopleDirty = false;
      showPeople();
    }
  }, 200);
}

function drawPeople() {
  $('peopleTitle').textContent = T.people(people.size);
  const list = $('people');
  list.replaceChildren();
  let shown = 0;
  for (const name of people) {
    if (++shown > PEOPLE_SHOWN) {
      const li = document.createElement('li');
      li.className = 'more';
      li.textContent = T.morePeople(people.size - PEOPLE_SHOWN);
      list.appendChild(li);
      break;
    }
    const li = document.createElement('li');
    if (name === nick) li.className = 'me';
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = name === nick ? `${name} (${T.you})` : name;
    button.addEventListener('click', () => {
      if (name === nick) return;
      $('message').value = `/msg ${name} `;
      $('message').focus();
    });
    li.appendChild(button);
    list.appendChild(li);
  }
}

function send(frame) {
  if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(frame));
}

function connect() {
  clearTimeout(retryTimer);
  setState(T.connecting);
  const scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
  socket = new WebSocket(scheme + location.host + '/ws');
  socket.addEventListener('open', () => {
    listing = [];
    // 'crowd': this page reads a joined frame naming many, and a users
    // list in parts (see handle), as the Salon window does.
    const hello = { type: 'hello', version: 1, nick, client: 'Salon web', features: ['crowd'] };
    const token = store.getItem('salon.token');
    if (token && store.getItem('salon.nick') === nick) hello.token = token;
    const code = $('code').value.replace(/\s+/g, '');
    if (code) hello.code = code;
    send(hello);
  });
  socket.addEventListener('message', (event) => {
    let frame;
    try {
      frame = JSON.parse(event.data);
    } catch (e) {
      return;
    }
    if (frame && typeof frame.type === 'string') handle(frame);
  });
  socket.addEventListener('close', () => {
    socket = null;
    if (leaving || !joined) {
      if (!joined) $('joinButton').disabled = false;
      if (!leaving && !joined) setState(T.disconnected, true);
      return;
    }
    setState(T.reconnecting(retryDelay), true);
    retryTimer = setTimeout(connect, retryDelay * 1000);
    retryDelay = Math.min(retryDelay * 2, 15);
  });
}

function str(value) {
  return typeof value === 'string' ? value : '';
}

function handle(frame) {
  switch (frame.type) {
    case 'welcome':
      joined = true;
      retryDelay = 1;
      nick = str(frame.nick);
      store.setItem('salon.nick', nick);
      if (frame.token) store.setItem('salon.token', str(frame.token));
      $('join').hidden = true;
      $('room').hidden = false;
      setState(T.connected(nick) + (location.protocol === 'https:' ? T.encrypted : T.notEncrypted));
      $('message').focus();
      for (const { frame: waiting } of pending.values()) send(waiting);
      break;
    case 'users': {
      // A crowd's list comes in parts: shown whole, once.
      const part = Array.isArray(frame.users) ? frame.users.map(str) : [];
      listing = listing.concat(part.slice(0, MAX_PEOPLE - listing.length));
      if (frame.more === true) break;
      people = new Set(listing);
      listing = [];
      showPeople();
      break;
    }
    case 'joined': {
      // Several who came in together (a crowd's frame), or one.
      const names = Array.isArray(frame.nicks) ? frame.nicks.map(str) : [str(frame.nick)];
      for (const name of names) {
        if (people.size < MAX_PEOPLE) people.add(name);
        crowdEvent('joined', name, T.joined(name));
      }
      showPeople();
      break;
    }
    case 'left':
      people.delete(str(frame.nick));
      showPeople();
      crowdEvent('left', str(frame.nick), T.left(str(frame.nick), str(frame.reason)));
      break;
    case 'renamed':
      // The new name keeps the old one's place in the list.
      people = new Set(Array.from(people, (n) => (n === str(frame.from) ? str(frame.to) : n)));
      if (str(frame.from) === nick) {
        nick = str(frame.to);
        store.setItem('salon.nick', nick);
        addEvent(T.renamed(str(frame.from), str(frame.to)));
      } else {
        crowdEvent('renamed', str(frame.to), T.renamed(str(frame.from), str(frame.to)));
      }
      showPeople();
      break;
    case 'message': {
      const id = Number(frame.id) || 0;
      const cid = str(frame.cid);
      if (cid && pending.has(cid) && str(frame.from) === nick) settle(cid);
      if (id && shownIds.has(id)) break;
      if (id) shownIds.add(id);
      const from = frame.announcement ? T.announcement : str(frame.from);
      const line = addLine(
        [[timeOf(frame.time), 'time'], [from + ':', 'from'], [str(frame.text), 'text']],
        frame.announcement ? 'announcement' : '');
      if (id) messageLines.set(id, line);
      break;
    }
    case 'private': {
      const cid = str(frame.cid);
      if (cid && pending.has(cid)) settle(cid);
      addLine([[timeOf(frame.time), 'time'], [T.privateTo(str(frame.from), str(frame.to)) + ':', 'from'],
        [str(frame.text), 'text']], 'private');
      break;
    }
    case 'deleted': {
      const line = messageLines.get(Number(frame.id));
      if (line) {
        const from = line.querySelector('.from');
        line.replaceChildren();
        line.className = 'removed';
        line.textContent = T.removed(from ? from.textContent.replace(/:$/, '') : '?');
      }
      break;
    }
    case 'notice':
      addLine([[timeOf(), 'time'], [T.server + ':', 'from'], [str(frame.text), 'text']], 'announcement');
      break;
    case 'hand':
      handUp = !!frame.up;
      $('hand').setAttribute('aria-pressed', handUp ? 'true' : 'false');
      $('hand').textContent = handUp ? T.lowerHand : T.raiseHand;
      addEvent(handUp ? T.handUp(Number(frame.position) || 1) : T.handDown);
      break;
    case 'nick-refused':
      joined = false;
      leaving = true;
      $('join').hidden = false;
      $('room').hidden = true;
      $('joinError').textContent = str(frame.reason);
      $('joinButton').disabled = false;
      $('nick').focus();
      break;
    case 'error':
      handleError(frame);
      break;
    case 'ping':
      send({ type: 'pong', id: frame.id });
      break;
    case 'file':
      offerFile(frame);
      break;
    case 'collect':
      collecting = !!frame.open;
      $('collecting').textContent = collecting ? T.collecting(str(frame.title)) : '';
      $('handInBox').hidden = !collecting;
      if (collecting) $('files').hidden = false;
      addEvent(collecting ? T.collecting(str(frame.title)) : T.collectionClosed);
      break;
    case 'sharing':
      sharing = !!frame.allowed;
      $('shareBox').hidden = !sharing;
      if (sharing) $('files').hidden = false;
      addEvent(sharing ? T.sharingOn : T.sharingOff);
      break;
    case 'bye':
      // The server going away (stopping, restarting): the page comes back
      // by itself, as the Salon client does. A kick or a ban says so apart.
      addEvent(str(frame.text));
      break;
    default:
      break;
  }
}

function handleError(frame) {
  const code = str(frame.code);
  const cid = str(frame.cid);
  if (cid && pending.has(cid)) settle(cid);
  if (code === 'code-required' || code === 'wrong-code' || code === 'code-wait') {
    leaving = true;
    joined = false;
    $('join').hidden = false;
    $('room').hidden = true;
    $('codeRow').hidden = false;
    $('joinError').textContent = str(frame.text) || T.codeNeeded;
    $('joinButton').disabled = false;
    $('code').focus();
    return;
  }
  if (code === 'kicked' || code === 'banned' || code === 'tls-required') leaving = true;
  if (!joined) {
    $('joinError').textContent = str(frame.text);
    $('joinButton').disabled = false;
    return;
  }
  addError(str(frame.text));
}

function sendTyped(text) {
  if (text.startsWith('//')) text = text.slice(1);
  else if (text.startsWith('/')) {
    const match = /^\/msg\s+(\S+)\s+([\s\S]+)$/.exec(text);
    const rename = /^\/nick\s+(\S+)\s*$/.exec(text);
    if (match) {
      const cid = `${cidPrefix}-${++cidCounter}`;
      const frame = { type: 'msg', to: match[1], text: match[2], cid };
      send(frame);
      pending.set(cid, { frame, line: addLine([[timeOf(), 'time'],
        [T.privateTo(nick, match[1]) + ':', 'from'], [match[2] + ' — ' + T.sending, 'text']],
      'pending') });
    } else if (rename) {
      send({ type: 'nick', nick: rename[1] });
    } else {
      addError(T.unknownCommand);
    }
    return;
  }
  const cid = `${cidPrefix}-${++cidCounter}`;
  const frame = { type: 'say', text, cid };
  send(frame);
  pending.set(cid, { frame, line: addLine([[timeOf(), 'time'], [nick + ':', 'from'],
    [text + ' — ' + T.sending, 'text']], 'pending') });
}

// A file the teacher hands out: a link to it, on the page's own origin.
function offerFile(frame) {
  let path;
  try {
    path = new URL(str(frame.url)).pathname;
  } catch (e) {
    return;
  }
  if (!path.startsWith('/files/') || offeredPaths.has(path)) return;
  offeredPaths.add(path);
  const size = SalonFiles.sizeText(Number(frame.size) || 0);
  const li = document.createElement('li');
  const link = document.createElement('a');
  link.href = path;
  link.download = str(frame.name);
  link.textContent = str(frame.name);
  link.dir = 'auto';
  const meta = document.createElement('span');
  meta.className = 'meta';
  const from = str(frame.from);
  meta.textContent = `${from ? from + ' · ' : ''}${size} · SHA-256 ${str(frame.sha256).slice(0, 16)}…`;
  meta.title = `SHA-256 ${str(frame.sha256)}`;
  li.append(link, meta);
  $('fileList').appendChild(li);
  $('files').hidden = false;
  // The name in its own direction (an isolate): a Latin name in an Arabic line.
  const isolated = `\u2068${str(frame.name)}\u2069`;
  addEvent(from ? T.shared(`\u2068${from}\u2069`, isolated, size) : T.handedOut(isolated, size));
}

// Work handed in: a row each, with its progress.
function handIn(files, share) {
  for (const file of files) {
    const li = document.createElement('li');
    const name = document.createElement('span');
    name.textContent = `⬆ ${file.name}`;
    name.dir = 'auto';
    const bar = document.createElement('progress');
    bar.max = 1;
    const state = document.createElement('span');
    state.className = 'meta';
    li.append(name, bar, state);
    $('fileList').appendChild(li);
    const show = (text, fraction) => {
      state.textContent = text;
      if (fraction !== null) bar.value = fraction;
    };
    SalonFiles.handInFile(file, () => store.getItem('salon.token') || '', T, show, share).then((end) => {
      bar.value = end.ok ? 1 : bar.value;
      state.className = end.ok ? 'meta done' : 'meta failed';
      state.textContent = !end.ok ? T.failed(end.why)
        : share ? T.sharedDone : end.late ? T.handedInLate : T.handedIn;
    });
  }
}

// The room has it (or refused it): "sending…" goes.
function settle(cid) {
  pending.get(cid).line.remove();
  pending.delete(cid);
}

document.addEventListener('DOMContentLoaded', () => {
  applyTexts();
  showPeople();
  $('join').addEventListener('submit', (event) => {
    event.preventDefault();
    nick = $('nick').value.trim();
    if (!nick) return;
    $('joinError').textContent = '';
    $('joinButton').disabled = true;
    leaving = false;
    if (socket) socket.close();
    connect();
  });
  $('say').addEventListener('submit', (event) => {
    event.preventDefault();
    const text = $('message').value;
    if (!text.trim()) return;
    sendTyped(text);
    $('message').value = '';
  });
  $('hand').addEventListener('click', () => send({ type: 'hand', up: !handUp }));
  $('handInFile').addEventListener('change', () => {
    handIn(Array.from($('handInFile').files));
    $('handInFile').value = '';
  });
  $('shareFile').addEventListener('change', () => {
    handIn(Array.from($('shareFile').files), true);
    $('shareFile').value = '';
  });
  for (const [button, input] of [['handInButton', 'handInFile'], ['shareButton', 'shareFile']]) {
    $(button).addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        $(input).click();
      }
    });
  }
  document.addEventListener('visibilitychange', () => {
    if (!document.hidden) {
      unread = 0;
      updateTitle();
    }
  });
  $('nick').focus();
  // Back after a reload: straight in again, under the same name.
  if (nick && store.getItem('salon.token')) {
    leaving = false;
    $('joinButton').disabled = true;
    connect();
  }
});
