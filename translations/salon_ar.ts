<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AddressListWidget</name>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>نسخ %1 إلى الحافظة</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>نسخ %1</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>نسخ الرابط</translation>
    </message>
    <message>
        <source>Copy the join link %1: a Salon client that joins by it knows the server&apos;s fingerprint, with nothing to compare</source>
        <translation>نسخ رابط الانضمام %1: عميل Salon الذي ينضم به يعرف بصمة الخادم، دون شيء يقارنه</translation>
    </message>
    <message>
        <source>Copy the join link for %1</source>
        <translation>نسخ رابط الانضمام عبر %1</translation>
    </message>
</context>
<context>
    <name>Admission</name>
    <message>
        <source>The room is full (%1 people). Try again later.</source>
        <translation>الغرفة ممتلئة (%1 شخصًا). حاول لاحقًا.</translation>
    </message>
    <message>
        <source>Too many people are connecting at once (%1). Try again in a moment.</source>
        <translation>عدد كبير جدًا من الأشخاص يتصلون في الوقت نفسه (%1). حاول بعد قليل.</translation>
    </message>
    <message>
        <source>Too many connections from %1 (at most %2).</source>
        <translation>اتصالات كثيرة جدًا من %1 (الحد الأقصى %2).</translation>
    </message>
    <message>
        <source>Too many connections per second from %1. Wait a moment.</source>
        <translation>اتصالات كثيرة جدًا في الثانية من %1. انتظر قليلًا.</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>Announcement</source>
        <translation>إعلان</translation>
    </message>
    <message>
        <source>%1 (private)</source>
        <translation>%1 (خاص)</translation>
    </message>
    <message>
        <source>%1 mentioned you</source>
        <translation>ذكرك %1</translation>
    </message>
</context>
<context>
    <name>AnnouncementBar</name>
    <message>
        <source>Teacher</source>
        <translation>المعلم</translation>
    </message>
    <message>
        <source>Dismiss this announcement (it stays in the log)</source>
        <translation>إخفاء هذا الإعلان (يبقى في السجل)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>Announced at %1</source>
        <translation>أُعلن في %1</translation>
    </message>
</context>
<context>
    <name>BrowserJoinPanel</name>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>&amp;Large QR code</source>
        <translation>رمز QR &amp;كبير</translation>
    </message>
    <message>
        <source>Phones and browsers: type this address, or scan the code</source>
        <translation>الهواتف والمتصفحات: اكتب هذا العنوان أو امسح الرمز</translation>
    </message>
    <message>
        <source>Show the QR code large, for the projector</source>
        <translation>عرض رمز QR كبيرًا، لجهاز العرض</translation>
    </message>
    <message>
        <source>Copy the address to the clipboard</source>
        <translation>نسخ العنوان إلى الحافظة</translation>
    </message>
    <message>
        <source>Join from a phone or a browser</source>
        <translation>الانضمام من هاتف أو متصفح</translation>
    </message>
</context>
<context>
    <name>ChatClient</name>
    <message>
        <source>The server sent a line over %1 KiB; it was not shown.</source>
        <translation>أرسل الخادم سطرًا أكبر من %1 كيلوبايت؛ لم يُعرض.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>Looking up the host…</source>
        <translation>جارٍ البحث عن المضيف…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>Connected, waiting for the server to greet us…</source>
        <translation>متصل، بانتظار ترحيب الخادم…</translation>
    </message>
    <message>
        <source>Joining the room…</source>
        <translation>جارٍ الدخول إلى الغرفة…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>Connected (raw text mode)</source>
        <translation>متصل (وضع النص الخام)</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>جارٍ إعادة الاتصال…</translation>
    </message>
    <message>
        <source>You are not connected: press Connect first.</source>
        <translation>أنت غير متصل: اضغط «اتصال» أولًا.</translation>
    </message>
    <message>
        <source>Your message has %1 characters; the most is %2. It was not sent.</source>
        <translation>رسالتك فيها %1 حرفًا، والحد الأقصى %2. لم تُرسَل.</translation>
    </message>
    <message>
        <source>%1 messages are already waiting to be sent: wait until the connection is back.</source>
        <translation>هناك %1 رسالة تنتظر الإرسال: انتظر حتى تعود الاتصال.</translation>
    </message>
    <message>
        <source>Not connected right now: try again once you are back in the room.</source>
        <translation>لا يوجد اتصال الآن: حاول مجددًا عند عودتك إلى الغرفة.</translation>
    </message>
    <message>
        <source>This window keeps the room&apos;s messages since you came in, and the last ones from before: scroll up to read them.</source>
        <translation>تحتفظ هذه النافذة برسائل الغرفة منذ دخولك، وبآخر الرسائل التي سبقته: مرّر إلى الأعلى لقراءتها.</translation>
    </message>
    <message>
        <source>In the room (%1): %2</source>
        <translation>في الغرفة (%1): %2</translation>
    </message>
</context>
<context>
    <name>ChatError</name>
    <message>
        <source>You are already in the room.</source>
        <translation>أنت في الغرفة بالفعل.</translation>
    </message>
    <message>
        <source>Send a hello with your nickname first.</source>
        <translation>أرسل أولًا hello مع اسمك المستعار.</translation>
    </message>
    <message>
        <source>A hello needs a &quot;nick&quot; string.</source>
        <translation>يحتاج hello إلى سلسلة &quot;nick&quot;.</translation>
    </message>
    <message>
        <source>A say needs a &quot;text&quot; string.</source>
        <translation>يحتاج say إلى سلسلة &quot;text&quot;.</translation>
    </message>
    <message>
        <source>A msg needs &quot;to&quot; and &quot;text&quot; strings.</source>
        <translation>يحتاج msg إلى السلسلتين &quot;to&quot; و&quot;text&quot;.</translation>
    </message>
    <message>
        <source>A nick needs a &quot;nick&quot; string.</source>
        <translation>يحتاج nick إلى سلسلة &quot;nick&quot;.</translation>
    </message>
    <message>
        <source>A &quot;cid&quot; must be 1 to %1 printable ASCII characters, without spaces.</source>
        <translation>يجب أن يتكون &quot;cid&quot; من 1 إلى %1 من محارف ASCII القابلة للطباعة، دون مسافات.</translation>
    </message>
    <message>
        <source>Unknown frame type &quot;%1&quot;.</source>
        <translation>نوع إطار غير معروف &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>That frame is not a valid JSON object.</source>
        <translation>هذا الإطار ليس كائن JSON صالحًا.</translation>
    </message>
    <message>
        <source>A frame was longer than %1 KiB.</source>
        <translation>كان أحد الإطارات أطول من %1 كيلوبايت.</translation>
    </message>
    <message>
        <source>Your line was longer than %1 KiB and was dropped.</source>
        <translation>كان سطرك أطول من %1 كيلوبايت فأُهمل.</translation>
    </message>
    <message>
        <source>Your message has %1 characters; the most is %2. It was not sent.</source>
        <translation>رسالتك فيها %1 حرفًا، والحد الأقصى %2. لم تُرسَل.</translation>
    </message>
    <message>
        <source>Nobody called &quot;%1&quot; is in the room.</source>
        <translation>لا أحد باسم &quot;%1&quot; في الغرفة.</translation>
    </message>
    <message>
        <source>There is no room &quot;%1&quot; on this server.</source>
        <translation>لا توجد غرفة &quot;%1&quot; على هذا الخادم.</translation>
    </message>
    <message>
        <source>Usage: /nick NAME</source>
        <translation>الاستخدام: /nick الاسم</translation>
    </message>
    <message>
        <source>Usage: /msg NAME text</source>
        <translation>الاستخدام: /msg الاسم النص</translation>
    </message>
    <message>
        <source>Usage: /history, or /history N (how many messages)</source>
        <translation>الاستخدام: /history، أو /history N (عدد الرسائل)</translation>
    </message>
    <message>
        <source>Unknown command /%1: it was not sent. The commands: /msg NAME text, /nick NAME, /who, /hand, /help, /quit. To send a line that starts with /, type // first.</source>
        <translation>أمر غير معروف /%1: لم يُرسَل. الأوامر: /msg الاسم النص، /nick الاسم، /who، /hand، /help، /quit. لإرسال سطر يبدأ بـ /، اكتب // أولًا.</translation>
    </message>
    <message>
        <source>You sent more than %1 lines faster than %2 per second: disconnected.</source>
        <translation>أرسلت أكثر من %1 سطرًا بسرعة تتجاوز %2 في الثانية: قُطع اتصالك.</translation>
    </message>
    <message>
        <source>You did not join within %1 s.</source>
        <translation>لم تدخل الغرفة خلال %1 ث.</translation>
    </message>
    <message>
        <source>You were disconnected by the server: %1</source>
        <translation>قطع الخادم اتصالك: %1</translation>
    </message>
    <message>
        <source>The room said more while you were coming in than the server keeps for a newcomer (%1 KiB): connect again to read on from the latest.</source>
        <translation>قيل في الغرفة أثناء دخولك أكثر مما يحتفظ به الخادم للقادم الجديد (%1 كيلوبايت): اتصل مجددًا لتتابع القراءة من الأحدث.</translation>
    </message>
    <message>
        <source>This server speaks version %1 of the Salon protocol, not %2: update Salon on one side or the other.</source>
        <translation>يتحدث هذا الخادم الإصدار %1 من بروتوكول Salon، لا الإصدار %2: حدّث Salon على أحد الجانبين.</translation>
    </message>
    <message>
        <source>You stopped reading, and more than %1 KiB waited for you: disconnected after what was waiting. Connect again: the room&apos;s last messages come back.</source>
        <translation>توقفت عن القراءة وكان أكثر من %1 كيلوبايت بانتظارك: قُطع الاتصال بعد ما كان منتظرًا. اتصل مجددًا: ستعود آخر رسائل الغرفة.</translation>
    </message>
    <message>
        <source>The room is full (%1 people). Try again later.</source>
        <translation>الغرفة ممتلئة (%1 شخصًا). حاول لاحقًا.</translation>
    </message>
    <message>
        <source>The room is locked: the teacher lets nobody new in just now.</source>
        <translation>الغرفة مقفلة: لا يسمح المعلم بدخول أحد جديد الآن.</translation>
    </message>
    <message>
        <source>This room needs a code: type the code the teacher shows.</source>
        <translation>تحتاج هذه الغرفة إلى رمز: اكتب الرمز الذي يعرضه المعلم.</translation>
    </message>
    <message>
        <source>Wrong code. Ask the teacher for the room&apos;s code.</source>
        <translation>رمز خاطئ. اطلب من المعلم رمز الغرفة.</translation>
    </message>
    <message>
        <source>Too many wrong codes from your network: try again in %1 min.</source>
        <translation>رموز خاطئة كثيرة جدًا من شبكتك: حاول مجددًا بعد %1 د.</translation>
    </message>
    <message>
        <source>The teacher removed you from this room for the rest of the lesson.</source>
        <translation>أخرجك المعلم من هذه الغرفة حتى نهاية الدرس.</translation>
    </message>
    <message>
        <source>The teacher muted you: you can read, but what you send is not delivered.</source>
        <translation>كتمك المعلم: يمكنك القراءة، لكن ما ترسله لا يصل.</translation>
    </message>
    <message>
        <source>Only the teacher speaks just now: your message was not delivered.</source>
        <translation>المعلم وحده يتحدث الآن: لم تصل رسالتك.</translation>
    </message>
    <message>
        <source>Slow mode: one message every %1 s. Wait %2 s, then send it again.</source>
        <translation>الوضع البطيء: رسالة واحدة كل %1 ث. انتظر %2 ث ثم أرسلها مجددًا.</translation>
    </message>
    <message>
        <source>Private messages are off in this room.</source>
        <translation>الرسائل الخاصة معطّلة في هذه الغرفة.</translation>
    </message>
    <message>
        <source>Private messages go only to and from the teacher just now.</source>
        <translation>الرسائل الخاصة الآن من المعلم وإليه فقط.</translation>
    </message>
    <message>
        <source>This room only accepts encrypted connections: join with Salon, or type openssl s_client -quiet -connect %1</source>
        <translation>لا تقبل هذه الغرفة إلا الاتصالات المشفّرة: انضم باستخدام Salon، أو اكتب openssl s_client -quiet -connect %1</translation>
    </message>
</context>
<context>
    <name>ChatLogView</name>
    <message>
        <source>New messages below ↓</source>
        <translation>رسائل جديدة في الأسفل ↓</translation>
    </message>
    <message>
        <source>Save the log as</source>
        <translation>حفظ السجل باسم</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>ملفات نصية (*.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>The log could not be saved in %1: %2</source>
        <translation>تعذّر حفظ السجل في %1: %2</translation>
    </message>
</context>
<context>
    <name>ChatServer</name>
    <message>
        <source>Teacher</source>
        <translation>المعلم</translation>
    </message>
    <message numerus="yes">
        <source>Refused %n more connection(s) in the last 5 s (the last: %1)</source>
        <translation>
            <numerusform>لم يُرفض أي اتصال آخر في آخر 5 ث (الأخير: %1)</numerusform>
            <numerusform>رُفض اتصال آخر في آخر 5 ث (الأخير: %1)</numerusform>
            <numerusform>رُفض اتصالان آخران في آخر 5 ث (الأخير: %1)</numerusform>
            <numerusform>رُفضت %n اتصالات أخرى في آخر 5 ث (الأخير: %1)</numerusform>
            <numerusform>رُفض %n اتصالًا آخر في آخر 5 ث (الأخير: %1)</numerusform>
            <numerusform>رُفض %n اتصال آخر في آخر 5 ث (الأخير: %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>A connection could not be accepted (%1); trying again in a second.</source>
        <translation>تعذّر قبول اتصال (%1)؛ إعادة المحاولة بعد ثانية.</translation>
    </message>
    <message>
        <source>Port %1 is already in use — choose another or close the other server.</source>
        <translation>المنفذ %1 مستخدم بالفعل — اختر منفذًا آخر أو أغلق الخادم الآخر.</translation>
    </message>
    <message>
        <source>Port %1 needs administrator rights — choose a port from 1024 to 65535.</source>
        <translation>المنفذ %1 يحتاج صلاحيات المدير — اختر منفذًا من 1024 إلى 65535.</translation>
    </message>
    <message>
        <source>The address %1 does not belong to this computer.</source>
        <translation>العنوان %1 لا ينتمي إلى هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Could not listen on port %1: %2</source>
        <translation>تعذّر الاستماع على المنفذ %1: %2</translation>
    </message>
    <message>
        <source>the server stopped</source>
        <translation>توقف الخادم</translation>
    </message>
    <message>
        <source>The server is stopping. Goodbye!</source>
        <translation>الخادم يتوقف. إلى اللقاء!</translation>
    </message>
    <message>
        <source>said goodbye</source>
        <translation>ودّع</translation>
    </message>
    <message>
        <source>Goodbye!</source>
        <translation>إلى اللقاء!</translation>
    </message>
    <message>
        <source>came back on a new connection</source>
        <translation>عاد عبر اتصال جديد</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is kept out of this room for the rest of the lesson.</source>
        <translation>الاسم &quot;%1&quot; ممنوع من هذه الغرفة حتى نهاية الدرس.</translation>
    </message>
    <message>
        <source>%1 could not join as &quot;%2&quot;: %3</source>
        <translation>تعذّر على %1 الدخول باسم &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>the room is locked</source>
        <translation>الغرفة مقفلة</translation>
    </message>
    <message>
        <source>Goodbye.</source>
        <translation>إلى اللقاء.</translation>
    </message>
    <message>
        <source>%1 missed more than the room keeps for a newcomer; disconnected.</source>
        <translation>فات %1 أكثر مما تحتفظ به الغرفة للقادم الجديد؛ قُطع اتصاله.</translation>
    </message>
    <message>
        <source>Refused %1: %2</source>
        <translation>رُفض %1: %2</translation>
    </message>
    <message>
        <source>%1 started a new lesson: the room starts clean.</source>
        <translation>بدأ %1 درسًا جديدًا: تبدأ الغرفة نظيفة.</translation>
    </message>
    <message>
        <source>A new lesson begins.</source>
        <translation>يبدأ درس جديد.</translation>
    </message>
    <message>
        <source>%1 ended the lesson: the room starts clean.</source>
        <translation>أنهى %1 الدرس: تبدأ الغرفة نظيفة.</translation>
    </message>
    <message>
        <source>The lesson is over.</source>
        <translation>انتهى الدرس.</translation>
    </message>
    <message>
        <source>%1 is now called %2 in the room.</source>
        <translation>أصبح اسم %1 في الغرفة %2.</translation>
    </message>
    <message>
        <source>%1 removed %2 (%3).</source>
        <translation>أخرج %1 ‏%2 (%3).</translation>
    </message>
    <message>
        <source>%1 locked the room: nobody new joins; those who drop get back in.</source>
        <translation>أقفل %1 الغرفة: لا يدخل أحد جديد؛ ومن ينقطع اتصاله يعود.</translation>
    </message>
    <message>
        <source>%1 unlocked the room: anyone may join.</source>
        <translation>فتح %1 الغرفة: يمكن لأي أحد الدخول.</translation>
    </message>
    <message>
        <source>%1 muted %2: they read, but are not heard.</source>
        <translation>كتم %1 ‏%2: يقرأ لكن لا يُسمع.</translation>
    </message>
    <message>
        <source>%1 let %2 speak again.</source>
        <translation>سمح %1 لـ%2 بالتحدث مجددًا.</translation>
    </message>
    <message>
        <source>%1 kept %2 out for the rest of the lesson (address %3).</source>
        <translation>منع %1 ‏%2 حتى نهاية الدرس (العنوان %3).</translation>
    </message>
    <message>
        <source>%1 kept %2 out for the rest of the lesson (by name).</source>
        <translation>منع %1 ‏%2 حتى نهاية الدرس (بالاسم).</translation>
    </message>
    <message>
        <source>banned by the host</source>
        <translation>حظره المضيف</translation>
    </message>
    <message>
        <source>%1 let %2 in again.</source>
        <translation>سمح %1 لـ%2 بالدخول مجددًا.</translation>
    </message>
    <message>
        <source>The teacher lowered your hand.</source>
        <translation>أنزل المعلم يدك.</translation>
    </message>
    <message>
        <source>%1 lowered %2&apos;s hand.</source>
        <translation>أنزل %1 يد %2.</translation>
    </message>
    <message>
        <source>%1 lowered every hand.</source>
        <translation>أنزل %1 كل الأيدي.</translation>
    </message>
    <message>
        <source>%1 made the room quiet: only the teacher speaks.</source>
        <translation>أسكت %1 الغرفة: المعلم وحده يتحدث.</translation>
    </message>
    <message>
        <source>%1 let everyone speak again.</source>
        <translation>سمح %1 للجميع بالتحدث مجددًا.</translation>
    </message>
    <message>
        <source>Only the teacher speaks now: you can read, but your messages are not delivered.</source>
        <translation>المعلم وحده يتحدث الآن: يمكنك القراءة، لكن رسائلك لا تصل.</translation>
    </message>
    <message>
        <source>Everyone may speak again.</source>
        <translation>يمكن للجميع التحدث مجددًا.</translation>
    </message>
    <message>
        <source>%1 set slow mode: one message every %2 s per student.</source>
        <translation>فعّل %1 الوضع البطيء: رسالة واحدة كل %2 ث لكل طالب.</translation>
    </message>
    <message>
        <source>%1 ended slow mode.</source>
        <translation>أنهى %1 الوضع البطيء.</translation>
    </message>
    <message numerus="yes">
        <source>Slow mode: one message every %n second(s) each.</source>
        <translation>
            <numerusform>الوضع البطيء: رسالة واحدة لكل شخص كل %n ثانية.</numerusform>
            <numerusform>الوضع البطيء: رسالة واحدة لكل شخص كل ثانية.</numerusform>
            <numerusform>الوضع البطيء: رسالة واحدة لكل شخص كل ثانيتين.</numerusform>
            <numerusform>الوضع البطيء: رسالة واحدة لكل شخص كل %n ثوانٍ.</numerusform>
            <numerusform>الوضع البطيء: رسالة واحدة لكل شخص كل %n ثانية.</numerusform>
            <numerusform>الوضع البطيء: رسالة واحدة لكل شخص كل %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Slow mode is over.</source>
        <translation>انتهى الوضع البطيء.</translation>
    </message>
    <message>
        <source>%1 allowed private messages between everyone.</source>
        <translation>سمح %1 بالرسائل الخاصة بين الجميع.</translation>
    </message>
    <message>
        <source>%1 allowed private messages only to and from the teacher.</source>
        <translation>سمح %1 بالرسائل الخاصة من المعلم وإليه فقط.</translation>
    </message>
    <message>
        <source>%1 turned private messages off.</source>
        <translation>عطّل %1 الرسائل الخاصة.</translation>
    </message>
    <message>
        <source>Private messages are allowed again.</source>
        <translation>الرسائل الخاصة مسموحة مجددًا.</translation>
    </message>
    <message>
        <source>Private messages go only to and from the teacher (%1) now.</source>
        <translation>الرسائل الخاصة الآن من المعلم (%1) وإليه فقط.</translation>
    </message>
    <message>
        <source>Private messages are off.</source>
        <translation>الرسائل الخاصة معطّلة.</translation>
    </message>
    <message>
        <source>%1 removed the room code: anyone may come in.</source>
        <translation>أزال %1 رمز الغرفة: يمكن لأي أحد الدخول.</translation>
    </message>
    <message>
        <source>%1 set a room code: newcomers type it; those in stay.</source>
        <translation>وضع %1 رمزًا للغرفة: يكتبه القادمون الجدد؛ ومن في الداخل يبقى.</translation>
    </message>
    <message>
        <source>wrong room code</source>
        <translation>رمز غرفة خاطئ</translation>
    </message>
    <message numerus="yes">
        <source>%1 gave too many wrong room codes: its address waits %n min.</source>
        <translation>
            <numerusform>أدخل %1 رموز غرفة خاطئة كثيرة: ينتظر عنوانه %n د.</numerusform>
            <numerusform>أدخل %1 رموز غرفة خاطئة كثيرة: ينتظر عنوانه دقيقة واحدة.</numerusform>
            <numerusform>أدخل %1 رموز غرفة خاطئة كثيرة: ينتظر عنوانه دقيقتين.</numerusform>
            <numerusform>أدخل %1 رموز غرفة خاطئة كثيرة: ينتظر عنوانه %n دقائق.</numerusform>
            <numerusform>أدخل %1 رموز غرفة خاطئة كثيرة: ينتظر عنوانه %n دقيقة.</numerusform>
            <numerusform>أدخل %1 رموز غرفة خاطئة كثيرة: ينتظر عنوانه %n دقيقة.</numerusform>
        </translation>
    </message>
    <message>
        <source>too many wrong room codes</source>
        <translation>رموز غرفة خاطئة كثيرة جدًا</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong room code(s) in the last 10 minutes: someone may be guessing. Change the code or lock the room.</source>
        <translation>
            <numerusform>لا رموز غرفة خاطئة في آخر 10 دقائق.</numerusform>
            <numerusform>رمز غرفة خاطئ واحد في آخر 10 دقائق: ربما يحاول أحدهم التخمين. غيّر الرمز أو أقفل الغرفة.</numerusform>
            <numerusform>رمزا غرفة خاطئان في آخر 10 دقائق: ربما يحاول أحدهم التخمين. غيّر الرمز أو أقفل الغرفة.</numerusform>
            <numerusform>%n رموز غرفة خاطئة في آخر 10 دقائق: ربما يحاول أحدهم التخمين. غيّر الرمز أو أقفل الغرفة.</numerusform>
            <numerusform>%n رمزًا خاطئًا في آخر 10 دقائق: ربما يحاول أحدهم التخمين. غيّر الرمز أو أقفل الغرفة.</numerusform>
            <numerusform>%n رمز خاطئ في آخر 10 دقائق: ربما يحاول أحدهم التخمين. غيّر الرمز أو أقفل الغرفة.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 removed message #%2 from %3 from every window and the history.</source>
        <translation>حذف %1 الرسالة رقم %2 من %3 من كل النوافذ ومن السجل.</translation>
    </message>
    <message>
        <source>a plain connection to a room that only accepts encrypted ones</source>
        <translation>اتصال غير مشفّر بغرفة لا تقبل إلا الاتصالات المشفّرة</translation>
    </message>
    <message>
        <source>%1 began collecting work.</source>
        <translation>بدأ %1 جمع الأعمال.</translation>
    </message>
    <message>
        <source>%1 began collecting work: %2.</source>
        <translation>بدأ %1 جمع الأعمال: %2.</translation>
    </message>
    <message>
        <source>%1 stopped collecting work.</source>
        <translation>توقّف %1 عن جمع الأعمال.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 handed out %2 (%3).</source>
        <translation>وزّع %1 الملف %2 (%3).</translation>
    </message>
    <message>
        <source>%1 can&apos;t be handed out: %2</source>
        <translation>لا يمكن توزيع %1: %2</translation>
    </message>
    <message>
        <source>%1 let students share files with the room.</source>
        <translation>سمح %1 للطلاب بمشاركة الملفات مع الغرفة.</translation>
    </message>
    <message>
        <source>%1 stopped students sharing files.</source>
        <translation>أوقف %1 مشاركة الطلاب للملفات.</translation>
    </message>
</context>
<context>
    <name>ClientWindow</name>
    <message>
        <source>Raise &amp;hand</source>
        <translation>رفع ال&amp;يد</translation>
    </message>
    <message>
        <source>S&amp;end</source>
        <translation>إر&amp;سال</translation>
    </message>
    <message>
        <source>Salon — Client</source>
        <translation>Salon — العميل</translation>
    </message>
    <message>
        <source>Type the server&apos;s address (the server window shows it), choose a nickname, then press Connect.</source>
        <translation>اكتب عنوان الخادم (تعرضه نافذة الخادم)، واختر اسمًا مستعارًا، ثم اضغط «اتصال».</translation>
    </message>
    <message>
        <source>Double-click a name to send a private message</source>
        <translation>انقر نقرًا مزدوجًا على اسم لإرسال رسالة خاصة</translation>
    </message>
    <message>
        <source>Message — Enter sends, Up/Down recall, /msg NAME text is private, /nick NAME renames</source>
        <translation>رسالة — Enter يرسل، أعلى/أسفل للاسترجاع، /msg الاسم النص رسالة خاصة، /nick الاسم لتغيير الاسم</translation>
    </message>
    <message>
        <source>Ask the teacher for the floor (Ctrl+H); again to take it back</source>
        <translation>اطلب الكلمة من المعلم (Ctrl+H)؛ واضغط مجددًا للتراجع</translation>
    </message>
    <message>
        <source>Hand up (%1)</source>
        <translation>اليد مرفوعة (%1)</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>الم&amp;حادثة</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>الت&amp;نبيهات</translation>
    </message>
    <message>
        <source>Flash the &amp;taskbar</source>
        <translation>وميض &amp;شريط المهام</translation>
    </message>
    <message>
        <source>Desktop &amp;notifications</source>
        <translation>إشعارات س&amp;طح المكتب</translation>
    </message>
    <message>
        <source>&amp;Unread count in the title</source>
        <translation>عدد غير المقروء في ال&amp;عنوان</translation>
    </message>
    <message>
        <source>For private messages, your name, and the teacher&apos;s announcements, while this window is not in front</source>
        <translation>للرسائل الخاصة، وذكر اسمك، وإعلانات المعلم، ما دامت هذه النافذة ليست في المقدمة</translation>
    </message>
    <message>
        <source>Message — Enter sends</source>
        <translation>رسالة — Enter يرسل</translation>
    </message>
    <message>
        <source>You are not connected: press Connect first.</source>
        <translation>أنت غير متصل: اضغط «اتصال» أولًا.</translation>
    </message>
    <message>
        <source>Salon — %1 at %2:%3</source>
        <translation>Salon — %1 على %2:%3</translation>
    </message>
    <message>
        <source>Salon — raw text at %1:%2</source>
        <translation>Salon — نص خام على %1:%2</translation>
    </message>
    <message>
        <source>Salon — reconnecting to %1:%2</source>
        <translation>Salon — جارٍ إعادة الاتصال بـ %1:%2</translation>
    </message>
    <message>
        <source>In the room (%1)</source>
        <translation>في الغرفة (%1)</translation>
    </message>
    <message>
        <source>Not joined: the fingerprint was not confirmed. Ask the teacher which fingerprint their screen shows.</source>
        <translation>لم تنضم: لم تُؤكَّد البصمة. اسأل المعلم عن البصمة التي تعرضها شاشته.</translation>
    </message>
    <message>
        <source>Stopped: %1:%2 no longer encrypts the room; it may not be the teacher&apos;s server.</source>
        <translation>توقف: لم يعد %1:%2 يشفّر الغرفة؛ قد لا يكون خادم المعلم.</translation>
    </message>
    <message>
        <source>Stopped: %1:%2 shows another fingerprint than before; it may not be the teacher&apos;s server.</source>
        <translation>توقف: يعرض %1:%2 بصمة غير التي عرضها من قبل؛ قد لا يكون خادم المعلم.</translation>
    </message>
    <message>
        <source>Encrypted (TLS) with the server whose fingerprint is %1
SHA256 %2</source>
        <translation>مشفّر (TLS) مع الخادم الذي بصمته %1
SHA256 %2</translation>
    </message>
    <message>
        <source>Not encrypted: anyone on this network can read what is written here, private messages included. This server offers no encryption.</source>
        <translation>غير مشفّر: يستطيع أي أحد على هذه الشبكة قراءة ما يُكتب هنا، بما في ذلك الرسائل الخاصة. هذا الخادم لا يوفّر التشفير.</translation>
    </message>
    <message>
        <source>This link names another fingerprint than the one you accepted for %1:%2 before (%3).</source>
        <translation>يذكر هذا الرابط بصمة غير التي قبلتها سابقًا لـ %1:%2 (%3).</translation>
    </message>
    <message>
        <source>Stopped: the join link names a fingerprint, but %1:%2 does not encrypt the room; it may not be the teacher&apos;s server.</source>
        <translation>توقّف: يذكر الرابط بصمة، لكن %1:%2 لا يشفّر الغرفة؛ قد لا يكون خادم المعلّم.</translation>
    </message>
    <message>
        <source>Stopped: %1:%2 shows another fingerprint than its join link names; it may not be the teacher&apos;s server.</source>
        <translation>توقّف: يعرض %1:%2 بصمة غير التي يذكرها رابط الانضمام؛ قد لا يكون خادم المعلّم.</translation>
    </message>
    <message>
        <source>The teacher handed out %1 (%2).</source>
        <translation>وزّع المعلّم %1 (%2).</translation>
    </message>
    <message>
        <source>The teacher no longer collects work.</source>
        <translation>توقّف المعلّم عن جمع الأعمال.</translation>
    </message>
    <message>
        <source>The teacher collects work: Hand in… below.</source>
        <translation>يجمع المعلّم الأعمال: «تسليم…» في الأسفل.</translation>
    </message>
    <message>
        <source>The teacher collects work (%1): Hand in… below.</source>
        <translation>يجمع المعلّم الأعمال (%1): «تسليم…» في الأسفل.</translation>
    </message>
    <message>
        <source>%1 shared %2 (%3).</source>
        <translation>شارك %1 الملف %2 (%3).</translation>
    </message>
    <message>
        <source>Students may now share files with the room: Share… below.</source>
        <translation>يمكن للطلاب الآن مشاركة الملفات مع الغرفة: «مشاركة…» في الأسفل.</translation>
    </message>
    <message>
        <source>Students may no longer share files with the room.</source>
        <translation>لم يعد بإمكان الطلاب مشاركة الملفات مع الغرفة.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and quit.</source>
        <translation>يعرض هذه المساعدة ثم يخرج.</translation>
    </message>
    <message>
        <source>Show the version and quit.</source>
        <translation>يعرض الإصدار ثم يخرج.</translation>
    </message>
    <message>
        <source>TCP port (default %1). With server, 0 picks a free port.</source>
        <translation>منفذ TCP (الافتراضي %1). مع server، يختار 0 منفذًا حرًا.</translation>
    </message>
    <message>
        <source>server: run with no window, logging to standard output; Ctrl+C stops it.</source>
        <translation>server: يعمل بلا نافذة ويكتب إلى المخرج القياسي؛ Ctrl+C يوقفه.</translation>
    </message>
    <message>
        <source>client: the server&apos;s address.</source>
        <translation>client: عنوان الخادم.</translation>
    </message>
    <message>
        <source>client: your nickname.</source>
        <translation>client: اسمك المستعار.</translation>
    </message>
    <message>
        <source>client: connect at once.</source>
        <translation>client: الاتصال فورًا.</translation>
    </message>
    <message>
        <source>Language of the interface: %1 (default: the system&apos;s).</source>
        <translation>لغة الواجهة: %1 (الافتراضي: لغة النظام).</translation>
    </message>
    <message>
        <source>demo: how many client windows (default 2).</source>
        <translation>demo: عدد نوافذ العملاء (الافتراضي 2).</translation>
    </message>
    <message>
        <source>server: only those who type CODE get in (letters, digits and &apos;-&apos;). client: the code to give.</source>
        <translation>server: لا يدخل إلا من يكتب CODE (حروف وأرقام و&apos;-&apos;). client: الرمز المُعطى.</translation>
    </message>
    <message>
        <source>Finding servers: lan (the default), loopback (this PC only) or off. SALON_DISCOVERY, when set, wins.</source>
        <translation>العثور على الخوادم: lan (الافتراضي)، أو loopback (هذا الحاسوب فقط)، أو off. وإذا ضُبط SALON_DISCOVERY فهو الغالب.</translation>
    </message>
    <message>
        <source>Too many commands: %1.</source>
        <translation>أوامر كثيرة جدًا: %1.</translation>
    </message>
    <message>
        <source>--headless goes with the server command.</source>
        <translation>يُستخدم ‎--headless مع الأمر server.</translation>
    </message>
    <message>
        <source>--host, --nick and --connect go with the client command.</source>
        <translation>تُستخدم ‎--host و‎--nick و‎--connect مع الأمر client.</translation>
    </message>
    <message>
        <source>--clients goes with the demo command.</source>
        <translation>يُستخدم ‎--clients مع الأمر demo.</translation>
    </message>
    <message>
        <source>--clients must be from 0 to 8, not &quot;%1&quot;.</source>
        <translation>يجب أن يكون ‎--clients من 0 إلى 8، لا &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A room code is 1 to %1 letters, digits or &apos;-&apos;.</source>
        <translation>يتكون رمز الغرفة من 1 إلى %1 من الحروف أو الأرقام أو &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Unknown discovery &quot;%1&quot;: use lan, loopback or off.</source>
        <translation>اكتشاف غير معروف &quot;%1&quot;: استخدم lan أو loopback أو off.</translation>
    </message>
    <message>
        <source>The port must be a number from %1 to 65535, not &quot;%2&quot;.</source>
        <translation>يجب أن يكون المنفذ رقمًا من %1 إلى 65535، لا &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--%1 needs a positive number, not &quot;%2&quot;.</source>
        <translation>يحتاج ‎--%1 إلى عدد موجب، لا &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The limits go with the server command.</source>
        <translation>الحدود تُستخدم مع الأمر server.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use %2.</source>
        <translation>لغة غير معروفة &quot;%1&quot;: استخدم %2.</translation>
    </message>
    <message>
        <source>server: only encrypted connections get in (Salon, openssl s_client, ncat --ssl); plain ones are told how, then closed.</source>
        <translation>server: لا تدخل إلا الاتصالات المشفّرة (Salon، openssl s_client، ncat ‎--ssl)؛ ويُشرح للبقية كيف، ثم تُغلق.</translation>
    </message>
    <message>
        <source>--require-tls goes with the server command.</source>
        <translation>يُستخدم ‎--require-tls مع الأمر server.</translation>
    </message>
    <message>
        <source>client: a join link the server window copies (salon://HOST:PORT/#sha256=…): joins at once.</source>
        <translation>client: رابط انضمام تنسخه نافذة الخادم (salon://HOST:PORT/#sha256=…): ينضم فورًا.</translation>
    </message>
    <message>
        <source>A join link names the host and port: leave out --host and --port.</source>
        <translation>رابط الانضمام يذكر المضيف والمنفذ: احذف ‎--host و‎--port.</translation>
    </message>
    <message>
        <source>server: where work handed in goes, a folder per collection and per student (default: %1).</source>
        <translation>server: مكان الأعمال المسلَّمة، مجلد لكل جمع ولكل طالب (الافتراضي: %1).</translation>
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
        <translation>Salon — محادثة لغرفة مليئة بالناس.

الأوامر:
  (بلا أمر)  يفتح نافذة البداية: استضافة غرفة أو الانضمام إلى غرفة
  server  يستضيف غرفة (أضف ‎--headless للعمل بلا نافذة)
  client  ينضم إلى غرفة
  demo    غرفة ونوافذ عملاء جنبًا إلى جنب على هذا الحاسوب
  hand-in ملف  يسلّم عملًا إلى المعلّم (‎--host و‎--nick؛ إذا انقطع
                وأُعيد تشغيله يكمل من حيث توقّف)</translation>
    </message>
    <message>
        <source>server, client, demo or hand-in (optional).</source>
        <translation>server أو client أو demo أو hand-in (اختياري).</translation>
    </message>
    <message>
        <source>Usage: salon hand-in --host H [--port P] --nick NAME [--code CODE] FILE</source>
        <translation>الاستخدام: ‎salon hand-in --host H [--port P] --nick NAME [--code CODE] FILE</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;: use server, client, demo or hand-in.</source>
        <translation>أمر غير معروف &quot;%1&quot;: استخدم server أو client أو demo أو hand-in.</translation>
    </message>
    <message>
        <source>salon hand-in needs the room (--host) and your name (--nick).</source>
        <translation>يحتاج ‎salon hand-in إلى الغرفة (‎--host) واسمك (‎--nick).</translation>
    </message>
    <message>
        <source>--room-code goes with the server, client or hand-in command.</source>
        <translation>يُستخدم ‎--room-code مع الأمر server أو client أو hand-in.</translation>
    </message>
    <message>
        <source>--hand-in-folder goes with the server command.</source>
        <translation>يُستخدم ‎--hand-in-folder مع الأمر server.</translation>
    </message>
    <message>
        <source>server: the largest file a student may hand in, in MB (default %1).</source>
        <translation>server: أكبر ملف يمكن للطالب تسليمه، بالميغابايت (الافتراضي %1).</translation>
    </message>
    <message>
        <source>server: what one student may hand in in all, per collection, in MB (default %1).</source>
        <translation>server: ما يمكن للطالب تسليمه إجمالًا في كل جمع، بالميغابايت (الافتراضي %1).</translation>
    </message>
    <message>
        <source>server: the only kinds of file taken, by suffix (pdf,odt,py); default: any.</source>
        <translation>server: أنواع الملفات المقبولة وحدها، حسب الامتداد (pdf,odt,py)؛ الافتراضي: أي نوع.</translation>
    </message>
    <message>
        <source>--%1 goes with the server command.</source>
        <translation>يُستخدم ‎--%1 مع الأمر server.</translation>
    </message>
    <message>
        <source>--%1 needs a number of MB from 1 to 1000000, not &quot;%2&quot;.</source>
        <translation>يحتاج ‎--%1 إلى عدد ميغابايتات من 1 إلى 1000000، لا &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--hand-in-types goes with the server command.</source>
        <translation>يُستخدم ‎--hand-in-types مع الأمر server.</translation>
    </message>
    <message>
        <source>server: the room a hand-in must leave free on the disk, in MB (default %1).</source>
        <translation>server: المساحة التي يجب أن يتركها التسليم فارغة على القرص، بالميغابايت (الافتراضي %1).</translation>
    </message>
    <message>
        <source>--%1 needs a number of MB from 0 to 1000000, not &quot;%2&quot;.</source>
        <translation>يحتاج ‎--%1 إلى عدد ميغابايتات من 0 إلى 1000000، لا &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>CommandParser</name>
    <message>
        <source>Commands:</source>
        <translation>الأوامر:</translation>
    </message>
    <message>
        <source>  just type      send a message to everyone</source>
        <translation>  اكتب فقط           لإرسال رسالة إلى الجميع</translation>
    </message>
    <message>
        <source>  /msg NAME text send a private message to NAME</source>
        <translation>  /msg الاسم النص     لإرسال رسالة خاصة إلى صاحب الاسم</translation>
    </message>
    <message>
        <source>  /nick NAME     change your nickname</source>
        <translation>  /nick الاسم         لتغيير اسمك المستعار</translation>
    </message>
    <message>
        <source>  /who           list the people in the room</source>
        <translation>  /who                لعرض الموجودين في الغرفة</translation>
    </message>
    <message>
        <source>  /hand          raise your hand, or lower it</source>
        <translation>  /hand               لرفع يدك أو إنزالها</translation>
    </message>
    <message>
        <source>  /history N     the room&apos;s last N messages again</source>
        <translation>  /history N          آخر N رسالة في الغرفة مرة أخرى</translation>
    </message>
    <message>
        <source>  /help          show this help</source>
        <translation>  /help               لعرض هذه المساعدة</translation>
    </message>
    <message>
        <source>  //text         send a line that starts with /</source>
        <translation>  //النص              لإرسال سطر يبدأ بـ /</translation>
    </message>
    <message>
        <source>  fin or /quit   leave the room</source>
        <translation>  fin أو /quit        لمغادرة الغرفة</translation>
    </message>
</context>
<context>
    <name>ConnectBar</name>
    <message>
        <source>server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <source>The address the server window shows, e.g. 192.168.1.10</source>
        <translation>العنوان الذي تعرضه نافذة الخادم، مثل 192.168.1.10</translation>
    </message>
    <message>
        <source>your nickname</source>
        <translation>اسمك المستعار</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ال&amp;خادم:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ال&amp;منفذ:</translation>
    </message>
    <message>
        <source>&amp;Nickname:</source>
        <translation>الاسم الم&amp;ستعار:</translation>
    </message>
    <message>
        <source>Servers can&apos;t be found on the network (UDP port %1: %2); type the address.</source>
        <translation>تعذّر العثور على خوادم في الشبكة (منفذ UDP ‏%1: %2)؛ اكتب العنوان.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>ا&amp;تصال</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>إل&amp;غاء</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;قطع الاتصال</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2:%3 (%4, seen %n s ago)</source>
        <translation>
            <numerusform>%1 — %2:%3 (%4، شوهد قبل %n ث)</numerusform>
            <numerusform>%1 — %2:%3 (%4، شوهد قبل %n ث)</numerusform>
            <numerusform>%1 — %2:%3 (%4، شوهد قبل %n ث)</numerusform>
            <numerusform>%1 — %2:%3 (%4، شوهد قبل %n ث)</numerusform>
            <numerusform>%1 — %2:%3 (%4، شوهد قبل %n ث)</numerusform>
            <numerusform>%1 — %2:%3 (%4، شوهد قبل %n ث)</numerusform>
        </translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>مشفّر</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>غير مشفّر</translation>
    </message>
    <message>
        <source>checked before</source>
        <translation>تحقّقتَ منه سابقًا</translation>
    </message>
</context>
<context>
    <name>ConnectionProblem</name>
    <message>
        <source>Connection refused by %1 on port %2: is the server started, is the port right?</source>
        <translation>رفض %1 الاتصال على المنفذ %2: هل الخادم يعمل، وهل المنفذ صحيح؟</translation>
    </message>
    <message>
        <source>Host not found: &quot;%1&quot;. Check the name or type the server&apos;s address.</source>
        <translation>لم يُعثر على المضيف: &quot;%1&quot;. تحقق من الاسم أو اكتب عنوان الخادم.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>أغلق الخادم الاتصال.</translation>
    </message>
    <message>
        <source>The network is unreachable or the connection was lost: %1</source>
        <translation>الشبكة غير متاحة أو انقطع الاتصال: %1</translation>
    </message>
    <message>
        <source>No answer from %1 on port %2: is a firewall blocking it?</source>
        <translation>لا رد من %1 على المنفذ %2: هل يحجبه جدار حماية؟</translation>
    </message>
    <message>
        <source>Connection error: %1</source>
        <translation>خطأ في الاتصال: %1</translation>
    </message>
</context>
<context>
    <name>CrowdLog</name>
    <message>
        <source>%1 joined the room.</source>
        <translation>دخل %1 الغرفة.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s) joined the room.</source>
        <translation>
            <numerusform>دخل %1 و%n آخرون الغرفة.</numerusform>
            <numerusform>دخل %1 و%n آخرون الغرفة.</numerusform>
            <numerusform>دخل %1 و%n آخرون الغرفة.</numerusform>
            <numerusform>دخل %1 و%n آخرون الغرفة.</numerusform>
            <numerusform>دخل %1 و%n آخرون الغرفة.</numerusform>
            <numerusform>دخل %1 و%n آخرون الغرفة.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>%1 left the room.</source>
        <translation>غادر %1 الغرفة.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s) left the room.</source>
        <translation>
            <numerusform>غادر %1 و%n آخرون الغرفة.</numerusform>
            <numerusform>غادر %1 و%n آخرون الغرفة.</numerusform>
            <numerusform>غادر %1 و%n آخرون الغرفة.</numerusform>
            <numerusform>غادر %1 و%n آخرون الغرفة.</numerusform>
            <numerusform>غادر %1 و%n آخرون الغرفة.</numerusform>
            <numerusform>غادر %1 و%n آخرون الغرفة.</numerusform>
        </translation>
    </message>
    <message>
        <source>New names: %1.</source>
        <translation>أسماء جديدة: %1.</translation>
    </message>
    <message numerus="yes">
        <source>New names: %1 and %n other(s).</source>
        <translation>
            <numerusform>أسماء جديدة: %1 و%n آخرون.</numerusform>
            <numerusform>أسماء جديدة: %1 و%n آخرون.</numerusform>
            <numerusform>أسماء جديدة: %1 و%n آخرون.</numerusform>
            <numerusform>أسماء جديدة: %1 و%n آخرون.</numerusform>
            <numerusform>أسماء جديدة: %1 و%n آخرون.</numerusform>
            <numerusform>أسماء جديدة: %1 و%n آخرون.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoWindow</name>
    <message>
        <source>Salon — Classroom demo</source>
        <translation>Salon — عرض توضيحي للصف</translation>
    </message>
</context>
<context>
    <name>DownloadJob</name>
    <message>
        <source>The folder %1 can&apos;t be made.</source>
        <translation>لا يمكن إنشاء المجلد %1.</translation>
    </message>
    <message>
        <source>%1 can&apos;t be written: %2</source>
        <translation>لا يمكن الكتابة في %1: %2</translation>
    </message>
    <message>
        <source>The server sent more than the file holds.</source>
        <translation>أرسل الخادم أكثر مما يحويه الملف.</translation>
    </message>
    <message>
        <source>The teacher&apos;s file can&apos;t be fetched any more (the lesson ended, or the address no longer works).</source>
        <translation>لم يعد من الممكن جلب ملف المعلّم (انتهى الدرس، أو لم يعد العنوان يعمل).</translation>
    </message>
    <message>
        <source>The download was cut.</source>
        <translation>انقطع التنزيل.</translation>
    </message>
    <message>
        <source>%1 arrived damaged (its SHA-256 is not the teacher&apos;s): it was thrown away; try again.</source>
        <translation>وصل %1 تالفًا (بصمته SHA-256 ليست بصمة ملف المعلّم): حُذف؛ حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 can&apos;t be saved in %2.</source>
        <translation>لا يمكن حفظ %1 في %2.</translation>
    </message>
</context>
<context>
    <name>FileDesk</name>
    <message>
        <source>Salon hand-ins</source>
        <translation>أعمال Salon المسلَّمة</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 غير موجود.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ليس ملفًا.</translation>
    </message>
    <message>
        <source>%1 can&apos;t be read.</source>
        <translation>لا يمكن قراءة %1.</translation>
    </message>
    <message>
        <source>The folder %1 can&apos;t be made: is it writable?</source>
        <translation>لا يمكن إنشاء المجلد %1: هل الكتابة فيه مسموحة؟</translation>
    </message>
    <message>
        <source>The teacher is not collecting work.</source>
        <translation>المعلّم لا يجمع الأعمال.</translation>
    </message>
    <message>
        <source>A hand-in needs its size and its SHA-256.</source>
        <translation>يحتاج العمل المسلَّم إلى حجمه وبصمته SHA-256.</translation>
    </message>
    <message>
        <source>This file is being handed in already.</source>
        <translation>هذا الملف قيد التسليم بالفعل.</translation>
    </message>
    <message>
        <source>The teacher is not collecting work any more.</source>
        <translation>لم يعد المعلّم يجمع الأعمال.</translation>
    </message>
    <message>
        <source>%1 is too big: the teacher takes files up to %2.</source>
        <translation>%1 كبير جدًا: يقبل المعلّم ملفات حتى %2.</translation>
    </message>
    <message>
        <source>With %1, you would hand in more than the %2 the teacher takes from each student.</source>
        <translation>مع %1 ستسلّم أكثر من %2 التي يقبلها المعلّم من كل طالب.</translation>
    </message>
    <message>
        <source>The teacher takes only these kinds of file: %1.</source>
        <translation>لا يقبل المعلّم إلا هذه الأنواع من الملفات: %1.</translation>
    </message>
    <message>
        <source>The teacher&apos;s folder for your work can&apos;t be made.</source>
        <translation>لا يمكن إنشاء مجلد المعلّم لعملك.</translation>
    </message>
    <message>
        <source>The teacher&apos;s disk is nearly full: tell the teacher.</source>
        <translation>قرص المعلّم ممتلئ تقريبًا: أخبر المعلّم.</translation>
    </message>
    <message>
        <source>The teacher&apos;s folder can&apos;t be written to: %1.</source>
        <translation>لا يمكن الكتابة في مجلد المعلّم: %1.</translation>
    </message>
    <message>
        <source>The teacher&apos;s disk is full: tell the teacher.</source>
        <translation>قرص المعلّم ممتلئ: أخبر المعلّم.</translation>
    </message>
    <message>
        <source>The collection is over.</source>
        <translation>انتهى الجمع.</translation>
    </message>
    <message>
        <source>%1 arrived damaged (its SHA-256 is not the one announced): hand it in again.</source>
        <translation>وصل %1 تالفًا (بصمته SHA-256 ليست المعلنة): سلّمه مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 can&apos;t be saved in the teacher&apos;s folder.</source>
        <translation>لا يمكن حفظ %1 في مجلد المعلّم.</translation>
    </message>
    <message>
        <source>The teacher has not allowed students to share files.</source>
        <translation>لم يسمح المعلّم للطلاب بمشاركة الملفات.</translation>
    </message>
    <message>
        <source> shared by students</source>
        <translation> شاركه الطلاب</translation>
    </message>
</context>
<context>
    <name>FileHasher</name>
    <message>
        <source>%1 can&apos;t be read: %2</source>
        <translation>لا يمكن قراءة %1: %2</translation>
    </message>
</context>
<context>
    <name>FileTransfers</name>
    <message>
        <source>The teacher is not collecting work.</source>
        <translation>المعلّم لا يجمع الأعمال.</translation>
    </message>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation>%1 ليس ملفًا يمكن قراءته.</translation>
    </message>
    <message>
        <source>The teacher has not allowed students to share files.</source>
        <translation>لم يسمح المعلّم للطلاب بمشاركة الملفات.</translation>
    </message>
</context>
<context>
    <name>FilesPanel</name>
    <message>
        <source>&amp;Hand out…</source>
        <translation>&amp;توزيع…</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>فتح ال&amp;مجلد</translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation>موزَّع</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>الطالب</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>تم التحقق</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Hand out to the room</source>
        <translation>توزيع على الغرفة</translation>
    </message>
    <message>
        <source>Collect work</source>
        <translation>جمع الأعمال</translation>
    </message>
    <message numerus="yes">
        <source>Files (%n handed in)</source>
        <translation>
            <numerusform>الملفات (لا شيء مسلَّم)</numerusform>
            <numerusform>الملفات (%n مسلَّم)</numerusform>
            <numerusform>الملفات (%n مسلَّمان)</numerusform>
            <numerusform>الملفات (%n مسلَّمة)</numerusform>
            <numerusform>الملفات (%n مسلَّمًا)</numerusform>
            <numerusform>الملفات (%n مسلَّم)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files (%n handed out)</source>
        <translation>
            <numerusform>الملفات (لا شيء موزَّع)</numerusform>
            <numerusform>الملفات (%n موزَّع)</numerusform>
            <numerusform>الملفات (%n موزَّعان)</numerusform>
            <numerusform>الملفات (%n موزَّعة)</numerusform>
            <numerusform>الملفات (%n موزَّعًا)</numerusform>
            <numerusform>الملفات (%n موزَّع)</numerusform>
        </translation>
    </message>
    <message>
        <source>Files</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <source>&amp;Stop collecting</source>
        <translation>&amp;إيقاف الجمع</translation>
    </message>
    <message>
        <source>&amp;Collect work…</source>
        <translation>&amp;جمع الأعمال…</translation>
    </message>
    <message>
        <source>Hand out a file (or drop it on this window), or collect work: students then hand it in to you alone.</source>
        <translation>وزّع ملفًا (أو أفلته على هذه النافذة)، أو اجمع الأعمال: يسلّمها الطلاب إليك وحدك.</translation>
    </message>
    <message>
        <source>%1Collecting since %2, into %3</source>
        <translation>%1الجمع منذ %2، في %3</translation>
    </message>
    <message>
        <source>%1Collected from %2 to %3, in %4</source>
        <translation>%1جُمع من %2 إلى %3، في %4</translation>
    </message>
    <message>
        <source> (late)</source>
        <translation> (متأخر)</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>SHA-256 %1, checked on arrival</source>
        <translation>SHA-256 %1، تم التحقق منه عند الوصول</translation>
    </message>
    <message>
        <source>Everyone in the room this lesson has handed something in.</source>
        <translation>كل من كان في الغرفة خلال هذا الدرس سلّم شيئًا.</translation>
    </message>
    <message>
        <source>Not handed in yet (%1): %2</source>
        <translation>لم يسلّموا بعد (%1): %2</translation>
    </message>
    <message>
        <source>Students hand their work in to you, from their Salon window, the web page or `salon hand-in`.</source>
        <translation>يسلّمك الطلاب أعمالهم من نافذة Salon أو صفحة الويب أو ‎`salon hand-in`.</translation>
    </message>
    <message>
        <source>optional: &quot;Exercise 3&quot;</source>
        <translation>اختياري: &quot;التمرين 3&quot;</translation>
    </message>
    <message>
        <source>any kind; or e.g. pdf, odt, py</source>
        <translation>أي نوع؛ أو مثلًا pdf، odt، py</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> م.ب</translation>
    </message>
    <message>
        <source>&amp;Collect</source>
        <translation>&amp;جمع</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;العنوان:</translation>
    </message>
    <message>
        <source>&amp;Kinds of file:</source>
        <translation>&amp;أنواع الملفات:</translation>
    </message>
    <message>
        <source>&amp;Largest file:</source>
        <translation>&amp;أكبر ملف:</translation>
    </message>
    <message>
        <source>&amp;Per student, in all:</source>
        <translation>&amp;لكل طالب، إجمالًا:</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>you</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;اختيار…</translation>
    </message>
    <message>
        <source>Where work handed in goes</source>
        <translation>مكان الأعمال المسلَّمة</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>&amp;في:</translation>
    </message>
</context>
<context>
    <name>Greeting</name>
    <message>
        <source>Welcome to Salon! Type a message and press Enter. /nick NAME changes your nickname, /help lists the commands, fin or /quit leaves.</source>
        <translation>مرحبًا بك في Salon! اكتب رسالة واضغط Enter. ‏/nick الاسم يغيّر اسمك المستعار، و‏/help يعرض الأوامر، و‏fin أو ‏/quit للمغادرة.</translation>
    </message>
</context>
<context>
    <name>HandInJob</name>
    <message>
        <source>Not in the room.</source>
        <translation>لست في الغرفة.</translation>
    </message>
    <message>
        <source>%1 can&apos;t be read: %2</source>
        <translation>لا يمكن قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 changed while it was handed in.</source>
        <translation>تغيّر %1 أثناء تسليمه.</translation>
    </message>
    <message>
        <source>The teacher saved another file than this one.</source>
        <translation>حفظ المعلّم ملفًا غير هذا الملف.</translation>
    </message>
    <message>
        <source>The teacher&apos;s answer made no sense.</source>
        <translation>ردّ المعلّم غير مفهوم.</translation>
    </message>
</context>
<context>
    <name>HandInRunner</name>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation>%1 ليس ملفًا يمكن قراءته.</translation>
    </message>
    <message>
        <source>Two ports given: %1 in --host, %2 in --port.</source>
        <translation>منفذان مختلفان: %1 في ‎--host و%2 في ‎--port.</translation>
    </message>
    <message>
        <source>Joining %1 port %2 as %3…</source>
        <translation>الانضمام إلى %1 المنفذ %2 باسم %3…</translation>
    </message>
    <message>
        <source>Encrypted; the server&apos;s fingerprint: %1</source>
        <translation>مشفّر؛ بصمة الخادم: %1</translation>
    </message>
    <message>
        <source>Not encrypted.</source>
        <translation>غير مشفّر.</translation>
    </message>
    <message>
        <source>Working out the SHA-256 of %1…</source>
        <translation>جارٍ حساب بصمة SHA-256 للملف %1…</translation>
    </message>
    <message>
        <source>%1%: %2 of %3</source>
        <translation>%1٪: %2 من %3</translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation>، %1/ث</translation>
    </message>
    <message numerus="yes">
        <source>, %n s left</source>
        <translation>
            <numerusform>، لم يبقَ شيء</numerusform>
            <numerusform>، بقيت ثانية واحدة</numerusform>
            <numerusform>، بقيت ثانيتان</numerusform>
            <numerusform>، بقيت %n ثوانٍ</numerusform>
            <numerusform>، بقيت %n ثانية</numerusform>
            <numerusform>، بقيت %n ثانية</numerusform>
        </translation>
    </message>
    <message>
        <source>Handed in, late: %1 (%2), saved by the teacher as %3. SHA-256 %4.</source>
        <translation>سُلّم متأخرًا: %1 (%2)، حفظه المعلّم باسم %3. SHA-256 %4.</translation>
    </message>
    <message>
        <source>Handed in: %1 (%2), saved by the teacher as %3. SHA-256 %4.</source>
        <translation>سُلّم: %1 (%2)، حفظه المعلّم باسم %3. SHA-256 %4.</translation>
    </message>
    <message>
        <source>Not handed in: %1</source>
        <translation>لم يُسلَّم: %1</translation>
    </message>
    <message>
        <source>Interrupted: run the same command again to go on from where it stopped.</source>
        <translation>توقّف: شغّل الأمر نفسه مرة أخرى ليكمل من حيث توقّف.</translation>
    </message>
</context>
<context>
    <name>HandsPanel</name>
    <message>
        <source>&amp;Lower</source>
        <translation>إن&amp;زال</translation>
    </message>
    <message>
        <source>Lower &amp;all</source>
        <translation>إنزال ال&amp;كل</translation>
    </message>
    <message>
        <source>Raised hands (%1)</source>
        <translation>الأيدي المرفوعة (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n ث</numerusform>
            <numerusform>%n ث</numerusform>
            <numerusform>%n ث</numerusform>
            <numerusform>%n ث</numerusform>
            <numerusform>%n ث</numerusform>
            <numerusform>%n ث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2 — waiting %3</source>
        <translation>%1. %2 — ينتظر منذ %3</translation>
    </message>
</context>
<context>
    <name>HeadlessServer</name>
    <message>
        <source>[private] %1 -&gt; %2: %3</source>
        <translation>[خاص] %1 -&gt; %2: %3</translation>
    </message>
    <message>
        <source>%1 sent a private message to %2</source>
        <translation>أرسل %1 رسالة خاصة إلى %2</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>مشكلة: %1</translation>
    </message>
    <message>
        <source>announcement: %1</source>
        <translation>إعلان: %1</translation>
    </message>
    <message>
        <source>%1 raised a hand.</source>
        <translation>رفع %1 يده.</translation>
    </message>
    <message>
        <source>Lesson under way since %1: the code, the lock, mutes, bans and hands belong to it.</source>
        <translation>درس جارٍ منذ %1: الرمز والقفل والكتم والحظر والأيدي تابعة له.</translation>
    </message>
    <message>
        <source>No lesson under way: the room is clean.</source>
        <translation>لا يوجد درس جارٍ: الغرفة نظيفة.</translation>
    </message>
    <message>
        <source>Type /help for the host&apos;s commands; any other line is an announcement.</source>
        <translation>اكتب /help لعرض أوامر المضيف؛ وأي سطر آخر يصبح إعلانًا.</translation>
    </message>
    <message>
        <source>removed by the host</source>
        <translation>أخرجه المضيف</translation>
    </message>
    <message>
        <source>Nobody called &quot;%1&quot; is in the room.</source>
        <translation>لا أحد باسم &quot;%1&quot; في الغرفة.</translation>
    </message>
    <message>
        <source>%1 is kept out for the rest of the lesson.</source>
        <translation>مُنع %1 حتى نهاية الدرس.</translation>
    </message>
    <message>
        <source>%1 shares an address with %2: they would all be kept out. Type /ban %1 again to do it anyway.</source>
        <translation>يشترك %1 في العنوان مع %2: سيُمنعون جميعًا. اكتب /ban %1 مجددًا للمضي على أي حال.</translation>
    </message>
    <message>
        <source>%1 is not kept out.</source>
        <translation>%1 غير ممنوع.</translation>
    </message>
    <message>
        <source>%1 may come in again.</source>
        <translation>يمكن لـ%1 الدخول مجددًا.</translation>
    </message>
    <message>
        <source>Nobody is kept out.</source>
        <translation>لا أحد ممنوع.</translation>
    </message>
    <message>
        <source>%1 (by name, since %2)</source>
        <translation>%1 (بالاسم، منذ %2)</translation>
    </message>
    <message>
        <source>%1 (address %2, since %3)</source>
        <translation>%1 (العنوان %2، منذ %3)</translation>
    </message>
    <message>
        <source>No hand is up.</source>
        <translation>لا توجد يد مرفوعة.</translation>
    </message>
    <message>
        <source>%1. %2, waiting %3 s</source>
        <translation>%1. %2، ينتظر منذ %3 ث</translation>
    </message>
    <message>
        <source>%1 has no hand up.</source>
        <translation>ليست يد %1 مرفوعة.</translation>
    </message>
    <message>
        <source>The room is already locked.</source>
        <translation>الغرفة مقفلة بالفعل.</translation>
    </message>
    <message>
        <source>The room is not locked.</source>
        <translation>الغرفة غير مقفلة.</translation>
    </message>
    <message>
        <source>The room needs no code.</source>
        <translation>لا تحتاج الغرفة إلى رمز.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be your name in the room: someone has it, or it is not a possible nickname.</source>
        <translation>لا يمكن أن يكون &quot;%1&quot; اسمك في الغرفة: إما أن أحدًا يحمله، أو أنه ليس اسمًا مستعارًا ممكنًا.</translation>
    </message>
    <message>
        <source>There is no message #%1 in the room&apos;s history.</source>
        <translation>لا توجد رسالة رقم %1 في سجل الغرفة.</translation>
    </message>
    <message>
        <source>In the room (%1): %2</source>
        <translation>في الغرفة (%1): %2</translation>
    </message>
    <message>
        <source>Salon server listening on port %1. Stop it with Ctrl+C.</source>
        <translation>خادم Salon يستمع على المنفذ %1. أوقفه بـ Ctrl+C.</translation>
    </message>
    <message>
        <source>The room&apos;s messages are kept in %1</source>
        <translation>تُحفظ رسائل الغرفة في %1</translation>
    </message>
    <message>
        <source>Salon on %1</source>
        <translation>Salon على %1</translation>
    </message>
    <message>
        <source>Announced on the network as &quot;%1&quot; (UDP port %2).</source>
        <translation>أُعلن في الشبكة باسم &quot;%1&quot; (منفذ UDP ‏%2).</translation>
    </message>
    <message>
        <source>Announced to this PC only as &quot;%1&quot;.</source>
        <translation>أُعلن لهذا الحاسوب فقط باسم &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>  clients can connect to %1 (%2)</source>
        <translation>  يمكن للعملاء الاتصال بـ %1 (%2)</translation>
    </message>
    <message>
        <source>Server stopped.</source>
        <translation>توقف الخادم.</translation>
    </message>
    <message>
        <source>Encrypted connections (TLS) only, on the same port. The server&apos;s fingerprint, for students to compare:</source>
        <translation>اتصالات مشفّرة (TLS) فقط، على المنفذ نفسه. بصمة الخادم ليقارنها الطلاب:</translation>
    </message>
    <message>
        <source>Encrypted connections (TLS) on the same port, plain ones too. The server&apos;s fingerprint, for students to compare:</source>
        <translation>اتصالات مشفّرة (TLS) على المنفذ نفسه، وغير المشفّرة أيضًا. بصمة الخادم ليقارنها الطلاب:</translation>
    </message>
    <message>
        <source>  in short: %1</source>
        <translation>  باختصار: %1</translation>
    </message>
    <message>
        <source>Qt has no TLS here: connections are not encrypted.</source>
        <translation>لا يتوفر TLS في Qt هنا: الاتصالات غير مشفّرة.</translation>
    </message>
    <message>
        <source>Hand-ins go to %1</source>
        <translation>تذهب الأعمال المسلَّمة إلى %1</translation>
    </message>
    <message>
        <source>No work collected in this lesson: /collect [TITLE] begins.</source>
        <translation>لم تُجمع أعمال في هذا الدرس: ‎/collect [TITLE] يبدأ الجمع.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) handed in, in %1</source>
        <translation>
            <numerusform>لا ملفات مسلَّمة، في %1</numerusform>
            <numerusform>ملف واحد مسلَّم، في %1</numerusform>
            <numerusform>ملفان مسلَّمان، في %1</numerusform>
            <numerusform>%n ملفات مسلَّمة، في %1</numerusform>
            <numerusform>%n ملفًا مسلَّمًا، في %1</numerusform>
            <numerusform>%n ملف مسلَّم، في %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone handed something in.</source>
        <translation>سلّم الجميع شيئًا.</translation>
    </message>
    <message>
        <source>Not handed in yet (%1): %2</source>
        <translation>لم يسلّموا بعد (%1): %2</translation>
    </message>
    <message>
        <source>%1 handed in %2 (%3, SHA-256 %4…, from %5), late.</source>
        <translation>سلّم %1 الملف %2 (%3، SHA-256 %4…، من %5)، متأخرًا.</translation>
    </message>
    <message>
        <source>%1 handed in %2 (%3, SHA-256 %4…, from %5).</source>
        <translation>سلّم %1 الملف %2 (%3، SHA-256 %4…، من %5).</translation>
    </message>
    <message>
        <source>%1 shared %2 (%3) with the room.</source>
        <translation>شارك %1 الملف %2 (%3) مع الغرفة.</translation>
    </message>
</context>
<context>
    <name>HistoryLog</name>
    <message>
        <source>The room&apos;s history can&apos;t be kept in %1: %2</source>
        <translation>لا يمكن حفظ سجل الغرفة في %1: %2</translation>
    </message>
    <message>
        <source>The room&apos;s history could not be written to %1: %2</source>
        <translation>تعذّرت كتابة سجل الغرفة في %1: %2</translation>
    </message>
    <message>
        <source>A message could not be removed from %1: %2</source>
        <translation>تعذّر حذف رسالة من %1: %2</translation>
    </message>
</context>
<context>
    <name>HostCommand</name>
    <message>
        <source>/%1 takes nothing after it.</source>
        <translation>لا يأخذ /%1 شيئًا بعده.</translation>
    </message>
    <message>
        <source>Usage: /kick NICK [REASON]</source>
        <translation>الاستخدام: /kick الاسم [السبب]</translation>
    </message>
    <message>
        <source>Usage: /%1 NICK</source>
        <translation>الاستخدام: /%1 الاسم</translation>
    </message>
    <message>
        <source>Usage: /quiet, or /quiet off</source>
        <translation>الاستخدام: /quiet، أو /quiet off</translation>
    </message>
    <message>
        <source>Usage: /slow SECONDS (0 to 3600; 0 ends slow mode)</source>
        <translation>الاستخدام: /slow الثواني (من 0 إلى 3600؛ و0 ينهي الوضع البطيء)</translation>
    </message>
    <message>
        <source>Usage: /pm all, /pm teacher or /pm off</source>
        <translation>الاستخدام: /pm all، أو /pm teacher، أو /pm off</translation>
    </message>
    <message>
        <source>Usage: /lower NICK, or /lower all</source>
        <translation>الاستخدام: /lower الاسم، أو /lower all</translation>
    </message>
    <message>
        <source>Usage: /code CODE (1 to %1 letters, digits or &apos;-&apos;), or /code off</source>
        <translation>الاستخدام: /code الرمز (من 1 إلى %1 من الحروف أو الأرقام أو &apos;-&apos;)، أو /code off</translation>
    </message>
    <message>
        <source>Usage: /msg NICK TEXT</source>
        <translation>الاستخدام: /msg الاسم النص</translation>
    </message>
    <message>
        <source>Usage: /name NAME (your name in the room)</source>
        <translation>الاستخدام: /name الاسم (اسمك في الغرفة)</translation>
    </message>
    <message>
        <source>Usage: /delete ID (the number before the message in this log)</source>
        <translation>الاستخدام: /delete ID (الرقم قبل الرسالة في هذا السجل)</translation>
    </message>
    <message>
        <source>Usage: /lesson new, or /lesson end</source>
        <translation>الاستخدام: /lesson new، أو /lesson end</translation>
    </message>
    <message>
        <source>Unknown command /%1. Type /help for the list.</source>
        <translation>أمر غير معروف /%1. اكتب /help لعرض القائمة.</translation>
    </message>
    <message>
        <source>TEXT                 an announcement to everyone</source>
        <translation>النص                 إعلان للجميع</translation>
    </message>
    <message>
        <source>/mute NICK           they stay and read; what they send is not delivered</source>
        <translation>/mute الاسم          يبقى ويقرأ؛ وما يرسله لا يصل</translation>
    </message>
    <message>
        <source>/unmute NICK         they may speak again</source>
        <translation>/unmute الاسم        يمكنه التحدث مجددًا</translation>
    </message>
    <message>
        <source>/quiet, /quiet off   only the teacher speaks; students read</source>
        <translation>/quiet، /quiet off   المعلم وحده يتحدث؛ والطلاب يقرؤون</translation>
    </message>
    <message>
        <source>/slow SECONDS        one message every SECONDS per student (/slow 0 ends it)</source>
        <translation>/slow الثواني        رسالة كل عدد الثواني لكل طالب (/slow 0 ينهيه)</translation>
    </message>
    <message>
        <source>/pm all|teacher|off  private messages between everyone, with the teacher only, or none</source>
        <translation>/pm all|teacher|off  رسائل خاصة بين الجميع، أو مع المعلم فقط، أو لا شيء</translation>
    </message>
    <message>
        <source>/ban NICK            removes them and keeps them out for the lesson (by address on a LAN)</source>
        <translation>/ban الاسم           يُخرجه ويمنعه طوال الدرس (بالعنوان في الشبكة المحلية)</translation>
    </message>
    <message>
        <source>/unban NICK, /bans   lets them in again; who is kept out</source>
        <translation>/unban الاسم، /bans  يسمح له بالدخول مجددًا؛ ومن الممنوعون</translation>
    </message>
    <message>
        <source>/hands               the raised hands, in order, with how long each has waited</source>
        <translation>/hands               الأيدي المرفوعة بالترتيب، مع مدة انتظار كل منها</translation>
    </message>
    <message>
        <source>/lower NICK, /lower all  lowers a hand, or every hand</source>
        <translation>/lower الاسم، /lower all  ينزل يدًا واحدة، أو كل الأيدي</translation>
    </message>
    <message>
        <source>/kick NICK [REASON]  removes someone, telling them why; they may come back</source>
        <translation>/kick الاسم [السبب]  يُخرج شخصًا مع ذكر السبب؛ ويمكنه العودة</translation>
    </message>
    <message>
        <source>/lock                nobody new joins; those in stay, and those who drop get back in</source>
        <translation>/lock                لا يدخل أحد جديد؛ يبقى الموجودون، ويعود من ينقطع</translation>
    </message>
    <message>
        <source>/unlock              anyone may join again</source>
        <translation>/unlock              يمكن لأي أحد الدخول مجددًا</translation>
    </message>
    <message>
        <source>/code CODE, /code off  only those who type CODE get in; no code any more</source>
        <translation>/code الرمز، /code off  لا يدخل إلا من يكتب الرمز؛ إلغاء الرمز</translation>
    </message>
    <message>
        <source>/lesson new, /lesson end  a new lesson starts clean; the end of one, too</source>
        <translation>/lesson new، /lesson end  يبدأ الدرس الجديد نظيفًا؛ وكذلك نهاية الدرس</translation>
    </message>
    <message>
        <source>/delete ID           removes message #ID from every window and from the history</source>
        <translation>/delete ID           يحذف الرسالة رقم ID من كل النوافذ ومن السجل</translation>
    </message>
    <message>
        <source>/msg NICK TEXT       a private message from you</source>
        <translation>/msg الاسم النص      رسالة خاصة منك</translation>
    </message>
    <message>
        <source>/name NAME           your name in the room (students write to it)</source>
        <translation>/name الاسم          اسمك في الغرفة (يراسلك الطلاب عليه)</translation>
    </message>
    <message>
        <source>/who                 who is in the room</source>
        <translation>/who                 من في الغرفة</translation>
    </message>
    <message>
        <source>/help                this list</source>
        <translation>/help                هذه القائمة</translation>
    </message>
    <message>
        <source>Usage: /handout PATH</source>
        <translation>الاستخدام: ‎/handout PATH</translation>
    </message>
    <message>
        <source>/handout PATH        hands the file out to everyone, and to those who join later</source>
        <translation>‎/handout PATH        يوزّع الملف على الجميع، وعلى من ينضم لاحقًا</translation>
    </message>
    <message>
        <source>/collect [TITLE], /collect off  students hand work in to you; no more</source>
        <translation>‎/collect [TITLE]، ‎/collect off  يسلّمك الطلاب أعمالهم؛ إيقاف ذلك</translation>
    </message>
    <message>
        <source>/handins             what was handed in, and who has not handed in yet</source>
        <translation>‎/handins             ما سُلّم، ومن لم يسلّم بعد</translation>
    </message>
    <message>
        <source>Usage: /sharing on, or /sharing off</source>
        <translation>الاستخدام: ‎/sharing on، أو ‎/sharing off</translation>
    </message>
    <message>
        <source>/sharing on|off      students may share files with the whole room, or not</source>
        <translation>‎/sharing on|off      يمكن للطلاب مشاركة الملفات مع الغرفة كلها، أو لا</translation>
    </message>
</context>
<context>
    <name>HostInput</name>
    <message>
        <source>&quot;%1&quot; opens a [ without closing it.</source>
        <translation>يفتح &quot;%1&quot; قوسًا [ دون إغلاقه.</translation>
    </message>
    <message>
        <source>After ] comes :PORT, as in [::1]:12800.</source>
        <translation>بعد ] يأتي ‎:المنفذ، كما في ‎[::1]:12800.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends with &apos;:&apos; but no port.</source>
        <translation>ينتهي &quot;%1&quot; بـ &apos;:&apos; دون منفذ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port: a port is a number from 1 to 65535.</source>
        <translation>&quot;%1&quot; ليس منفذًا: المنفذ رقم من 1 إلى 65535.</translation>
    </message>
    <message>
        <source>Type the server&apos;s address first: the server window shows it.</source>
        <translation>اكتب عنوان الخادم أولًا: تعرضه نافذة الخادم.</translation>
    </message>
</context>
<context>
    <name>IdentityPanel</name>
    <message>
        <source>New &amp;identity…</source>
        <translation>هوية &amp;جديدة…</translation>
    </message>
    <message>
        <source>Makes a new key and certificate for this server: every student&apos;s Salon will warn that the server changed</source>
        <translation>ينشئ مفتاحًا وشهادة جديدين لهذا الخادم: سينبّه Salon لدى كل طالب إلى أن الخادم تغيّر</translation>
    </message>
    <message>
        <source>New identity</source>
        <translation>هوية جديدة</translation>
    </message>
    <message>
        <source>A new identity gives this server a new fingerprint. Every Salon that joined it before will stop and warn that the server changed, until each student compares the new fingerprint with the projector and accepts it.

Make one only if the private key may have been copied (another person used this account, the PC was lent), or to show the class what the warning looks like.</source>
        <translation>تمنح الهوية الجديدة هذا الخادم بصمة جديدة. سيتوقف كل Salon انضم إليه من قبل وينبّه إلى أن الخادم تغيّر، إلى أن يقارن كل طالب البصمة الجديدة بما على جهاز العرض ويقبلها.

لا تنشئ هوية جديدة إلا إذا احتمل نسخ المفتاح الخاص (استخدم شخص آخر هذا الحساب، أو أُعير الحاسوب)، أو لتُري الصف شكل التنبيه.</translation>
    </message>
    <message>
        <source>Not encrypted: anyone on the network can read what is said in this room.</source>
        <translation>غير مشفّر: يستطيع أي أحد على الشبكة قراءة ما يُقال في هذه الغرفة.</translation>
    </message>
    <message>
        <source>Encrypted.
Fingerprint:</source>
        <translation>مشفّر.
البصمة:</translation>
    </message>
    <message>
        <source>Students check that their Salon shows the same fingerprint when they join for the first time.</source>
        <translation>يتحقق الطلاب من أن Salon لديهم يعرض البصمة نفسها عند انضمامهم أول مرة.</translation>
    </message>
</context>
<context>
    <name>JoinLink</name>
    <message>
        <source>&quot;%1&quot; is not a link Salon can join.</source>
        <translation>«%1» ليس رابطًا يستطيع Salon الانضمام به.</translation>
    </message>
    <message>
        <source>Salon joins salon://, http:// and https:// links, not %1://.</source>
        <translation>ينضم Salon بروابط salon://‎ وhttp://‎ وhttps://‎، لا %1://‎.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names port 0.</source>
        <translation>«%1» يذكر المنفذ 0.</translation>
    </message>
    <message>
        <source>The link&apos;s fingerprint is damaged: it must be 64 hexadecimal digits. Copy the whole link again.</source>
        <translation>بصمة الرابط تالفة: يجب أن تكون 64 رقمًا ست عشريًا. انسخ الرابط كاملًا من جديد.</translation>
    </message>
</context>
<context>
    <name>LessonFile</name>
    <message>
        <source>The lesson kept in %1 could not be read: %2</source>
        <translation>تعذّرت قراءة الدرس المحفوظ في %1: %2</translation>
    </message>
    <message>
        <source>too big</source>
        <translation>كبير جدًا</translation>
    </message>
    <message>
        <source>The lesson kept in %1 is damaged; a new lesson starts.</source>
        <translation>الدرس المحفوظ في %1 تالف؛ يبدأ درس جديد.</translation>
    </message>
    <message>
        <source>The lesson could not be kept in %1: %2</source>
        <translation>تعذّر حفظ الدرس في %1: %2</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <source>server: longest text line, in bytes (%1).</source>
        <translation>server: أطول سطر نصي، بالبايت (%1).</translation>
    </message>
    <message>
        <source>server: longest Salon frame, in bytes (%1).</source>
        <translation>server: أطول إطار Salon، بالبايت (%1).</translation>
    </message>
    <message>
        <source>server: longest message, in characters (%1).</source>
        <translation>server: أطول رسالة، بالمحارف (%1).</translation>
    </message>
    <message>
        <source>server: bytes waiting for a slow reader before it is disconnected (%1).</source>
        <translation>server: البايتات المنتظرة لقارئ بطيء قبل قطع اتصاله (%1).</translation>
    </message>
    <message>
        <source>server: lines per second a client may send (%1).</source>
        <translation>server: الأسطر في الثانية التي يمكن للعميل إرسالها (%1).</translation>
    </message>
    <message>
        <source>server: lines a client may send at once (%1).</source>
        <translation>server: الأسطر التي يمكن للعميل إرسالها دفعة واحدة (%1).</translation>
    </message>
    <message>
        <source>server: lines kept waiting before a flooder is disconnected (%1).</source>
        <translation>server: الأسطر المنتظرة قبل قطع اتصال من يُغرق الغرفة (%1).</translation>
    </message>
    <message>
        <source>server: no flood control (for benchmarks).</source>
        <translation>server: بلا تحكم في الإغراق (لاختبارات الأداء).</translation>
    </message>
    <message>
        <source>server: most people in the room (%1).</source>
        <translation>server: أقصى عدد من الأشخاص في الغرفة (%1).</translation>
    </message>
    <message>
        <source>server: places kept for the host&apos;s PC and for members coming back (%1).</source>
        <translation>server: أماكن محجوزة لحاسوب المضيف وللأعضاء العائدين (%1).</translation>
    </message>
    <message>
        <source>server: most connections still getting in at once (%1).</source>
        <translation>server: أقصى عدد من الاتصالات الجاري دخولها في آن واحد (%1).</translation>
    </message>
    <message>
        <source>server: most connections from one address, loopback exempt (%1).</source>
        <translation>server: أقصى عدد اتصالات من عنوان واحد، باستثناء loopback ‏(%1).</translation>
    </message>
    <message>
        <source>server: new connections per second from one address, loopback exempt (%1).</source>
        <translation>server: الاتصالات الجديدة في الثانية من عنوان واحد، باستثناء loopback ‏(%1).</translation>
    </message>
    <message>
        <source>server: seconds a connection has to join the room (%1).</source>
        <translation>server: الثواني المتاحة للاتصال كي يدخل الغرفة (%1).</translation>
    </message>
    <message>
        <source>server: seconds of silence after which a Salon client counts as gone (%1).</source>
        <translation>server: ثواني الصمت التي يُعدّ بعدها عميل Salon غائبًا (%1).</translation>
    </message>
    <message>
        <source>server: seconds a Salon client that dropped keeps its name (%1).</source>
        <translation>server: الثواني التي يحتفظ فيها عميل Salon المنقطع باسمه (%1).</translation>
    </message>
    <message>
        <source>--%1 takes a number from %2 to %3.</source>
        <translation>يأخذ ‎--%1 رقمًا من %2 إلى %3.</translation>
    </message>
</context>
<context>
    <name>ModerationActions</name>
    <message>
        <source>&amp;Muted: reads, but is not heard</source>
        <translation>م&amp;كتوم: يقرأ لكن لا يُسمع</translation>
    </message>
    <message>
        <source>Send a private &amp;message…</source>
        <translation>إرسال رسالة &amp;خاصة…</translation>
    </message>
    <message>
        <source>Private message</source>
        <translation>رسالة خاصة</translation>
    </message>
    <message>
        <source>For %1 only, from %2:</source>
        <translation>إلى %1 فقط، من %2:</translation>
    </message>
    <message>
        <source>&amp;Ban for the rest of the lesson…</source>
        <translation>&amp;حظر حتى نهاية الدرس…</translation>
    </message>
    <message>
        <source>Ban %1</source>
        <translation>حظر %1</translation>
    </message>
    <message>
        <source>%1 shares an address with %2 (one PC, or a school&apos;s network): banning the address keeps them all out for the rest of the lesson. Ban them all?</source>
        <translation>يشترك %1 في العنوان مع %2 (حاسوب واحد، أو شبكة مدرسة): حظر العنوان يمنعهم جميعًا حتى نهاية الدرس. هل تحظرهم جميعًا؟</translation>
    </message>
    <message>
        <source>&amp;Lock the room</source>
        <translation>إق&amp;فال الغرفة</translation>
    </message>
    <message>
        <source>Nobody new joins; those in the room stay, and those who drop get back in</source>
        <translation>لا يدخل أحد جديد؛ يبقى الموجودون في الغرفة، ويعود من ينقطع</translation>
    </message>
    <message>
        <source>Your n&amp;ame in the room…</source>
        <translation>ا&amp;سمك في الغرفة…</translation>
    </message>
    <message>
        <source>Students write to you under this name; nobody else may take it</source>
        <translation>يراسلك الطلاب بهذا الاسم؛ ولا يمكن لأحد غيرك أخذه</translation>
    </message>
    <message>
        <source>Your name in the room</source>
        <translation>اسمك في الغرفة</translation>
    </message>
    <message>
        <source>Your name in the room (letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;):</source>
        <translation>اسمك في الغرفة (حروف، أرقام، &apos;-&apos;، &apos;_&apos;، &apos;.&apos;):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be your name in the room: someone has it, or it is not a possible nickname.</source>
        <translation>لا يمكن أن يكون &quot;%1&quot; اسمك في الغرفة: إما أن أحدًا يحمله، أو أنه ليس اسمًا مستعارًا ممكنًا.</translation>
    </message>
    <message>
        <source>Start a &amp;new lesson</source>
        <translation>بدء درس &amp;جديد</translation>
    </message>
    <message>
        <source>A clean room: no code, no lock, no mutes, bans or hands. Those in the room stay.</source>
        <translation>غرفة نظيفة: بلا رمز ولا قفل ولا كتم ولا حظر ولا أيدٍ مرفوعة. يبقى الموجودون في الغرفة.</translation>
    </message>
    <message>
        <source>&amp;End the lesson</source>
        <translation>إن&amp;هاء الدرس</translation>
    </message>
    <message>
        <source>Require a &amp;code…</source>
        <translation>طلب &amp;رمز…</translation>
    </message>
    <message>
        <source>Only those who type the code shown on the projector get in</source>
        <translation>لا يدخل إلا من يكتب الرمز المعروض على جهاز العرض</translation>
    </message>
    <message>
        <source>Only the &amp;teacher speaks</source>
        <translation>ال&amp;معلم وحده يتحدث</translation>
    </message>
    <message>
        <source>Students read; their messages are not delivered, and they are told why</source>
        <translation>يقرأ الطلاب؛ ولا تصل رسائلهم، ويُخبَرون بالسبب</translation>
    </message>
    <message>
        <source>&amp;Slow mode…</source>
        <translation>الوضع ال&amp;بطيء…</translation>
    </message>
    <message>
        <source>Slow mode</source>
        <translation>الوضع البطيء</translation>
    </message>
    <message>
        <source>One message every how many seconds, per student (0: no limit)?</source>
        <translation>رسالة واحدة كل كم ثانية لكل طالب (0: بلا حد)؟</translation>
    </message>
    <message>
        <source>&amp;Private messages</source>
        <translation>الرسائل ال&amp;خاصة</translation>
    </message>
    <message>
        <source>Between everyone</source>
        <translation>بين الجميع</translation>
    </message>
    <message>
        <source>Only to and from the teacher</source>
        <translation>من المعلم وإليه فقط</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
</context>
<context>
    <name>Nickname</name>
    <message>
        <source>Teacher</source>
        <translation>المعلم</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>المضيف</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>المشرف</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>المدير</translation>
    </message>
    <message>
        <source>System</source>
        <translation>النظام</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>المراقب</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>إعلان</translation>
    </message>
    <message>
        <source>Salon</source>
        <translation>صالون</translation>
    </message>
    <message>
        <source>The nickname &quot;%1&quot; is kept for the teacher and the server: choose another.</source>
        <translation>الاسم المستعار &quot;%1&quot; محجوز للمعلم والخادم: اختر غيره.</translation>
    </message>
    <message>
        <source>A nickname can&apos;t be empty.</source>
        <translation>لا يمكن أن يكون الاسم المستعار فارغًا.</translation>
    </message>
    <message>
        <source>A nickname has at most %1 characters.</source>
        <translation>الاسم المستعار %1 محرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>A nickname may hold only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation>لا يحتوي الاسم المستعار إلا على حروف وأرقام و&apos;-&apos; و&apos;_&apos; و&apos;.&apos;.</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;تجاهل</translation>
    </message>
    <message>
        <source>Give up on the messages still waiting to be sent</source>
        <translation>التخلي عن الرسائل التي ما زالت تنتظر الإرسال</translation>
    </message>
    <message>
        <source>%1 → %2 (private)</source>
        <translation>%1 ← %2 (خاص)</translation>
    </message>
    <message>
        <source>Sending… %1: %2</source>
        <translation>جارٍ الإرسال… %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more waiting</source>
        <translation>
            <numerusform>ولا رسائل أخرى تنتظر</numerusform>
            <numerusform>ورسالة أخرى تنتظر</numerusform>
            <numerusform>ورسالتان أخريان تنتظران</numerusform>
            <numerusform>و%n رسائل أخرى تنتظر</numerusform>
            <numerusform>و%n رسالة أخرى تنتظر</numerusform>
            <numerusform>و%n رسالة أخرى تنتظر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Nickname</source>
        <translation>الاسم المستعار</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>متصل منذ</translation>
    </message>
    <message>
        <source>%1 joined from %2 (%3).</source>
        <translation>دخل %1 من %2 (%3).</translation>
    </message>
    <message>
        <source>%1 left: %2.</source>
        <translation>غادر %1: %2.</translation>
    </message>
    <message>
        <source>%1 is now known as %2.</source>
        <translation>أصبح اسم %1 الآن %2.</translation>
    </message>
    <message>
        <source>Encrypted (TLS): nobody on the network can read it.</source>
        <translation>مشفّر (TLS): لا أحد على الشبكة يستطيع قراءته.</translation>
    </message>
    <message>
        <source>Not encrypted: anyone on the network can read it.</source>
        <translation>غير مشفّر: يستطيع أي أحد على الشبكة قراءته.</translation>
    </message>
    <message>
        <source>%1, encrypted</source>
        <translation>%1، مشفّر</translation>
    </message>
    <message>
        <source>%1, not encrypted</source>
        <translation>%1، غير مشفّر</translation>
    </message>
</context>
<context>
    <name>PeerSession</name>
    <message>
        <source>%1 sent a line over %2 KiB, which was dropped.</source>
        <translation>أرسل %1 سطرًا أكبر من %2 كيلوبايت فأُهمل.</translation>
    </message>
    <message>
        <source>sent a frame over %1 KiB</source>
        <translation>أرسل إطارًا أكبر من %1 كيلوبايت</translation>
    </message>
    <message>
        <source>%1 sent a frame that is not valid JSON.</source>
        <translation>أرسل %1 إطارًا ليس JSON صالحًا.</translation>
    </message>
    <message>
        <source>flooding: more than %1 lines waiting</source>
        <translation>إغراق: أكثر من %1 سطرًا في الانتظار</translation>
    </message>
    <message>
        <source>%1 was disconnected for flooding.</source>
        <translation>قُطع اتصال %1 بسبب الإغراق.</translation>
    </message>
    <message>
        <source>Goodbye.</source>
        <translation>إلى اللقاء.</translation>
    </message>
    <message>
        <source>did not join within %1 s</source>
        <translation>لم يدخل خلال %1 ث</translation>
    </message>
    <message>
        <source>no answer for %1 s: connection lost</source>
        <translation>لا رد منذ %1 ث: انقطع الاتصال</translation>
    </message>
    <message>
        <source>send queue exceeded: the client stopped reading</source>
        <translation>تجاوزت قائمة الإرسال حدها: توقف العميل عن القراءة</translation>
    </message>
    <message>
        <source>%1 stopped reading; disconnected.</source>
        <translation>توقف %1 عن القراءة؛ قُطع اتصاله.</translation>
    </message>
    <message>
        <source>TLS that came too late, after the room took it for a text client</source>
        <translation>TLS وصل متأخرًا، بعد أن عدّته الغرفة عميلًا نصيًا</translation>
    </message>
    <message>
        <source>a web browser (HTTP) that came too late, after the room took it for a text client</source>
        <translation>متصفح ويب (HTTP) وصل متأخرًا، بعد أن عدّته الغرفة عميلًا نصيًا</translation>
    </message>
    <message>
        <source>%1 was closed: %2.</source>
        <translation>أُغلق %1: %2.</translation>
    </message>
    <message>
        <source>a Salon client whose hello came too late, after the room took it for a text client</source>
        <translation>عميل Salon وصلت تحيته (hello) متأخرة، بعد أن عدّته الغرفة عميلًا نصيًا</translation>
    </message>
</context>
<context>
    <name>PlainTcpTransport</name>
    <message>
        <source>connection closed</source>
        <translation>أُغلق الاتصال</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>انقطع الاتصال</translation>
    </message>
    <message>
        <source>connection lost: %1</source>
        <translation>انقطع الاتصال: %1</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>Translate this text to &quot;LTR&quot; in left-to-right languages and to &quot;RTL&quot; in right-to-left ones (Arabic, Hebrew): Qt then mirrors every window.</extracomment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>QrCodeWidget</name>
    <message>
        <source>QR code of %1</source>
        <translation>رمز QR لـ %1</translation>
    </message>
</context>
<context>
    <name>RawTextBar</name>
    <message>
        <source>None (like the tutorial&apos;s client)</source>
        <translation>لا شيء (مثل عميل الدرس التعليمي)</translation>
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
        <translation>هذا الخادم لا يتحدث Salon: ما تكتبه يُرسل نصًا خامًا.</translation>
    </message>
    <message>
        <source>&amp;Line ending:</source>
        <translation>نهاية ال&amp;سطر:</translation>
    </message>
</context>
<context>
    <name>ReconnectBar</name>
    <message>
        <source>Reconnect &amp;now</source>
        <translation>إعادة الاتصال ال&amp;آن</translation>
    </message>
    <message numerus="yes">
        <source>Connection lost — reconnecting in %n s</source>
        <translation>
            <numerusform>انقطع الاتصال — إعادة الاتصال بعد %n ث</numerusform>
            <numerusform>انقطع الاتصال — إعادة الاتصال بعد %n ث</numerusform>
            <numerusform>انقطع الاتصال — إعادة الاتصال بعد %n ث</numerusform>
            <numerusform>انقطع الاتصال — إعادة الاتصال بعد %n ث</numerusform>
            <numerusform>انقطع الاتصال — إعادة الاتصال بعد %n ث</numerusform>
            <numerusform>انقطع الاتصال — إعادة الاتصال بعد %n ث</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>جارٍ إعادة الاتصال…</translation>
    </message>
    <message>
        <source>%1 (last try: %2)</source>
        <translation>%1 (آخر محاولة: %2)</translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <source>&quot;%1&quot; is the teacher&apos;s name in this room: choose another.</source>
        <translation>&quot;%1&quot; هو اسم المعلم في هذه الغرفة: اختر غيره.</translation>
    </message>
    <message>
        <source>The nickname &quot;%1&quot; is already taken in this room.</source>
        <translation>الاسم المستعار &quot;%1&quot; مأخوذ بالفعل في هذه الغرفة.</translation>
    </message>
    <message>
        <source>The nickname &quot;%1&quot; looks too much like &quot;%2&quot;, who is in the room.</source>
        <translation>الاسم المستعار &quot;%1&quot; يشبه كثيرًا &quot;%2&quot; الموجود في الغرفة.</translation>
    </message>
    <message numerus="yes">
        <source>The nickname &quot;%1&quot; is kept for someone who was disconnected a moment ago; it is free again in %n minute(s) if they do not come back.</source>
        <translation>
            <numerusform>الاسم المستعار &quot;%1&quot; محجوز لشخص انقطع اتصاله قبل لحظة؛ ويصبح متاحًا فورًا إن لم يعد.</numerusform>
            <numerusform>الاسم المستعار &quot;%1&quot; محجوز لشخص انقطع اتصاله قبل لحظة؛ ويصبح متاحًا بعد دقيقة إن لم يعد.</numerusform>
            <numerusform>الاسم المستعار &quot;%1&quot; محجوز لشخص انقطع اتصاله قبل لحظة؛ ويصبح متاحًا بعد دقيقتين إن لم يعد.</numerusform>
            <numerusform>الاسم المستعار &quot;%1&quot; محجوز لشخص انقطع اتصاله قبل لحظة؛ ويصبح متاحًا بعد %n دقائق إن لم يعد.</numerusform>
            <numerusform>الاسم المستعار &quot;%1&quot; محجوز لشخص انقطع اتصاله قبل لحظة؛ ويصبح متاحًا بعد %n دقيقة إن لم يعد.</numerusform>
            <numerusform>الاسم المستعار &quot;%1&quot; محجوز لشخص انقطع اتصاله قبل لحظة؛ ويصبح متاحًا بعد %n دقيقة إن لم يعد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been said in the room yet.</source>
        <translation>لم يُقل شيء في الغرفة بعد.</translation>
    </message>
    <message>
        <source>The teacher muted you: you can read, but what you send is not delivered.</source>
        <translation>كتمك المعلم: يمكنك القراءة، لكن ما ترسله لا يصل.</translation>
    </message>
    <message>
        <source>The teacher unmuted you: you can speak again.</source>
        <translation>رفع المعلم الكتم عنك: يمكنك التحدث مجددًا.</translation>
    </message>
</context>
<context>
    <name>RoomCodeBar</name>
    <message>
        <source>&amp;Join</source>
        <translation>ان&amp;ضمام</translation>
    </message>
    <message>
        <source>the code the teacher shows</source>
        <translation>الرمز الذي يعرضه المعلم</translation>
    </message>
    <message>
        <source>That was not the room&apos;s code. Type the code the teacher shows, then Join:</source>
        <translation>لم يكن ذلك رمز الغرفة. اكتب الرمز الذي يعرضه المعلم، ثم «انضمام»:</translation>
    </message>
    <message>
        <source>This room needs a code. Type the code the teacher shows, then Join:</source>
        <translation>تحتاج هذه الغرفة إلى رمز. اكتب الرمز الذي يعرضه المعلم، ثم «انضمام»:</translation>
    </message>
</context>
<context>
    <name>RoomCodePanel</name>
    <message>
        <source>Room code</source>
        <translation>رمز الغرفة</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>ت&amp;غيير…</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong code(s) in the last 10 minutes: someone may be guessing. Change the code, or lock the room once everyone is in.</source>
        <translation>
            <numerusform>لا رموز خاطئة في آخر 10 دقائق.</numerusform>
            <numerusform>رمز خاطئ واحد في آخر 10 دقائق: ربما يحاول أحدهم التخمين. غيّر الرمز، أو أقفل الغرفة بعد دخول الجميع.</numerusform>
            <numerusform>رمزان خاطئان في آخر 10 دقائق: ربما يحاول أحدهم التخمين. غيّر الرمز، أو أقفل الغرفة بعد دخول الجميع.</numerusform>
            <numerusform>%n رموز خاطئة في آخر 10 دقائق: ربما يحاول أحدهم التخمين. غيّر الرمز، أو أقفل الغرفة بعد دخول الجميع.</numerusform>
            <numerusform>%n رمزًا خاطئًا في آخر 10 دقائق: ربما يحاول أحدهم التخمين. غيّر الرمز، أو أقفل الغرفة بعد دخول الجميع.</numerusform>
            <numerusform>%n رمز خاطئ في آخر 10 دقائق: ربما يحاول أحدهم التخمين. غيّر الرمز، أو أقفل الغرفة بعد دخول الجميع.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only those who type this code get in. Show it on the projector; those already in the room stay. Letters, digits and &apos;-&apos;; spaces don&apos;t count.</source>
        <translation>لا يدخل إلا من يكتب هذا الرمز. اعرضه على جهاز العرض؛ ويبقى من في الغرفة. حروف وأرقام و&apos;-&apos;؛ والمسافات لا تُحتسب.</translation>
    </message>
    <message>
        <source>&amp;Generate 6 digits</source>
        <translation>&amp;توليد 6 أرقام</translation>
    </message>
    <message>
        <source>&amp;No code</source>
        <translation>&amp;بلا رمز</translation>
    </message>
</context>
<context>
    <name>RoomLogWriter</name>
    <message>
        <source>(a message removed by the teacher)</source>
        <translation>(رسالة حذفها المعلم)</translation>
    </message>
    <message>
        <source>You joined the room at %1:%2 as %3.</source>
        <translation>دخلت الغرفة على %1:%2 باسم %3.</translation>
    </message>
    <message>
        <source>%1 joined the room.</source>
        <translation>دخل %1 الغرفة.</translation>
    </message>
    <message>
        <source>%1 left the room.</source>
        <translation>غادر %1 الغرفة.</translation>
    </message>
    <message>
        <source>%1 left the room (%2).</source>
        <translation>غادر %1 الغرفة (%2).</translation>
    </message>
    <message>
        <source>%1 is now known as %2.</source>
        <translation>أصبح اسم %1 الآن %2.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>No Salon greeting from %1:%2: this is another kind of server. Switched to raw text mode: what you type is sent as is, and whatever arrives is shown.</source>
        <translation>لا ترحيب Salon من %1:%2: هذا نوع آخر من الخوادم. جرى التحويل إلى وضع النص الخام: ما تكتبه يُرسل كما هو، ويُعرض كل ما يصل.</translation>
    </message>
    <message>
        <source>Not sent: “%1” — %2</source>
        <translation>لم يُرسل: «%1» — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) typed for the other server were not sent.</source>
        <translation>
            <numerusform>لم تُكتب أي رسالة للخادم الآخر.</numerusform>
            <numerusform>لم تُرسل رسالة كُتبت للخادم الآخر.</numerusform>
            <numerusform>لم تُرسل رسالتان كُتبتا للخادم الآخر.</numerusform>
            <numerusform>لم تُرسل %n رسائل كُتبت للخادم الآخر.</numerusform>
            <numerusform>لم تُرسل %n رسالة كُتبت للخادم الآخر.</numerusform>
            <numerusform>لم تُرسل %n رسالة كُتبت للخادم الآخر.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection was lost.</source>
        <translation>انقطع الاتصال.</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>قُطع الاتصال.</translation>
    </message>
    <message>
        <source>Connecting to %1 on port %2…</source>
        <translation>جارٍ الاتصال بـ %1 على المنفذ %2…</translation>
    </message>
    <message>
        <source>Said in the room before you came:</source>
        <translation>ما قيل في الغرفة قبل وصولك:</translation>
    </message>
    <message>
        <source>%1 → %2 (private)</source>
        <translation>%1 ← %2 (خاص)</translation>
    </message>
    <message>
        <source>%1 (private)</source>
        <translation>%1 (خاص)</translation>
    </message>
</context>
<context>
    <name>SafeFileName</name>
    <message>
        <source>&quot;%1&quot; is not a file name.</source>
        <translation>&quot;%1&quot; ليس اسم ملف.</translation>
    </message>
    <message>
        <source>A file name must be valid text.</source>
        <translation>يجب أن يكون اسم الملف نصًا صالحًا.</translation>
    </message>
    <message>
        <source>A file name may not hold control characters.</source>
        <translation>لا يجوز أن يحتوي اسم الملف على محارف تحكّم.</translation>
    </message>
    <message>
        <source>A file name may not hold invisible characters.</source>
        <translation>لا يجوز أن يحتوي اسم الملف على محارف غير مرئية.</translation>
    </message>
    <message>
        <source>The file has no name.</source>
        <translation>الملف بلا اسم.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a device&apos;s name on Windows, not a file&apos;s.</source>
        <translation>&quot;%1&quot; اسم جهاز في Windows، لا اسم ملف.</translation>
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
        <translation>عميل Salon</translation>
    </message>
</context>
<context>
    <name>ServerAddresses</name>
    <message>
        <source>this computer&apos;s name</source>
        <translation>اسم هذا الحاسوب</translation>
    </message>
    <message>
        <source>this computer only</source>
        <translation>هذا الحاسوب فقط</translation>
    </message>
    <message>
        <source>%1, link-local</source>
        <translation>%1، محلي الرابط</translation>
    </message>
</context>
<context>
    <name>ServerIdentity</name>
    <message>
        <source>The server&apos;s private key %1 can be read by other users of this computer: make it yours alone (chmod 600 %1), or delete it to make a new identity.</source>
        <translation>يستطيع مستخدمون آخرون لهذا الحاسوب قراءة المفتاح الخاص للخادم %1: اجعله لك وحدك (chmod 600 %1)، أو احذفه لإنشاء هوية جديدة.</translation>
    </message>
    <message>
        <source>The server&apos;s identity in %1 could not be read: %2</source>
        <translation>تعذّرت قراءة هوية الخادم في %1: %2</translation>
    </message>
    <message>
        <source>The server&apos;s identity in %1 is damaged: delete %2 and %3 to make a new one.</source>
        <translation>هوية الخادم في %1 تالفة: احذف %2 و%3 لإنشاء هوية جديدة.</translation>
    </message>
    <message>
        <source>The server&apos;s identity could not be kept in %1: %2</source>
        <translation>تعذّر حفظ هوية الخادم في %1: %2</translation>
    </message>
    <message>
        <source>the folder can&apos;t be made</source>
        <translation>تعذّر إنشاء المجلد</translation>
    </message>
    <message>
        <source>The server&apos;s identity could not be made: %1</source>
        <translation>تعذّر إنشاء هوية الخادم: %1</translation>
    </message>
</context>
<context>
    <name>ServerLink</name>
    <message>
        <source>The server turned us away: %1</source>
        <translation>رفضنا الخادم: %1</translation>
    </message>
    <message>
        <source>While you were away, your nickname &quot;%1&quot; was taken: %2 Choose another one and connect again.</source>
        <translation>أثناء غيابك أُخذ اسمك المستعار &quot;%1&quot;: %2 اختر اسمًا آخر واتصل مجددًا.</translation>
    </message>
    <message>
        <source>The nickname &quot;%1&quot; can&apos;t be used: %2</source>
        <translation>لا يمكن استخدام الاسم المستعار &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The server stopped answering (nothing for %1 s): the connection is lost.</source>
        <translation>توقف الخادم عن الرد (لا شيء منذ %1 ث): انقطع الاتصال.</translation>
    </message>
    <message>
        <source>No answer from %1 after %2 s: is a firewall blocking port %3?</source>
        <translation>لا رد من %1 بعد %2 ث: هل يحجب جدار حماية المنفذ %3؟</translation>
    </message>
    <message>
        <source>The server greeted us but did not let us in: it may be another version of Salon.</source>
        <translation>رحّب بنا الخادم لكنه لم يسمح لنا بالدخول: قد يكون إصدارًا آخر من Salon.</translation>
    </message>
    <message>
        <source>The server sent a frame over %1 KiB; the connection was closed.</source>
        <translation>أرسل الخادم إطارًا أكبر من %1 كيلوبايت؛ أُغلق الاتصال.</translation>
    </message>
    <message>
        <source>The server did not finish the TLS handshake within %1 s.</source>
        <translation>لم يُكمل الخادم مصافحة TLS خلال %1 ث.</translation>
    </message>
    <message>
        <source>The server finished the TLS handshake but did not greet us within %1 s.</source>
        <translation>أنهى الخادم مصافحة TLS لكنه لم يرحب بنا خلال %1 ث.</translation>
    </message>
</context>
<context>
    <name>ServerTrust</name>
    <message>
        <source>Check the server&apos;s fingerprint</source>
        <translation>تحقّق من بصمة الخادم</translation>
    </message>
    <message>
        <source>First time in the room at %1:%2. It is encrypted, but is it the teacher&apos;s server? Compare this fingerprint with the one the teacher&apos;s screen shows:</source>
        <translation>أول مرة في الغرفة على %1:%2. إنها مشفّرة، لكن هل هذا خادم المعلم؟ قارن هذه البصمة بالتي تعرضها شاشة المعلم:</translation>
    </message>
    <message>
        <source>If they differ, another computer may be pretending to be the teacher&apos;s: do not join, and tell the teacher.</source>
        <translation>إن اختلفتا، فقد يكون حاسوب آخر ينتحل صفة حاسوب المعلم: لا تنضم، وأخبر المعلم.</translation>
    </message>
    <message>
        <source>They &amp;match: join</source>
        <translation>&amp;متطابقتان: انضمام</translation>
    </message>
    <message>
        <source>They &amp;differ</source>
        <translation>&amp;مختلفتان</translation>
    </message>
    <message>
        <source>This server no longer encrypts</source>
        <translation>لم يعد هذا الخادم يشفّر</translation>
    </message>
    <message>
        <source>This is not the server you joined before</source>
        <translation>ليس هذا الخادم الذي انضممت إليه من قبل</translation>
    </message>
    <message>
        <source>The server at %1:%2 encrypted the room last time. Now it offers no encryption at all.</source>
        <translation>كان الخادم على %1:%2 يشفّر الغرفة في المرة الماضية. والآن لا يوفّر أي تشفير.</translation>
    </message>
    <message>
        <source>The server at %1:%2 shows another fingerprint than the one you compared with the teacher&apos;s screen.</source>
        <translation>يعرض الخادم على %1:%2 بصمة غير التي قارنتها بشاشة المعلم.</translation>
    </message>
    <message>
        <source>It may be another computer pretending to be the teacher&apos;s, to read what the class writes. Salon did not join, and sent nothing.</source>
        <translation>قد يكون حاسوبًا آخر ينتحل صفة حاسوب المعلم ليقرأ ما يكتبه الصف. لم ينضم Salon ولم يرسل شيئًا.</translation>
    </message>
    <message>
        <source>The fingerprint you accepted:</source>
        <translation>البصمة التي قبلتها:</translation>
    </message>
    <message>
        <source>The fingerprint it shows now:</source>
        <translation>البصمة التي يعرضها الآن:</translation>
    </message>
    <message>
        <source>Ask the teacher. If the room really runs without encryption now, you may join it anyway: everyone on the network can then read what you write.</source>
        <translation>اسأل المعلم. إن كانت الغرفة تعمل فعلًا الآن بلا تشفير، فيمكنك الانضمام إليها رغم ذلك: وسيتمكن كل من على الشبكة من قراءة ما تكتبه.</translation>
    </message>
    <message>
        <source>Ask the teacher. If they made a new identity (Room ▸ New identity), their screen shows the new fingerprint: compare it with the one above before you trust it.</source>
        <translation>اسأل المعلم. إن كان قد أنشأ هوية جديدة (الغرفة ▸ هوية جديدة)، فشاشته تعرض البصمة الجديدة: قارنها بالبصمة أعلاه قبل أن تثق بها.</translation>
    </message>
    <message>
        <source>The teacher says the room is no longer encrypted</source>
        <translation>يقول المعلم إن الغرفة لم تعد مشفّرة</translation>
    </message>
    <message>
        <source>The teacher made a new identity, and the new fingerprint matches their screen</source>
        <translation>أنشأ المعلم هوية جديدة، والبصمة الجديدة تطابق ما على شاشته</translation>
    </message>
    <message>
        <source>&amp;Do not join</source>
        <translation>&amp;عدم الانضمام</translation>
    </message>
    <message>
        <source>&amp;Join without encryption</source>
        <translation>الا&amp;نضمام بلا تشفير</translation>
    </message>
    <message>
        <source>&amp;Trust the new fingerprint</source>
        <translation>ال&amp;ثقة بالبصمة الجديدة</translation>
    </message>
    <message>
        <source>This server does not encrypt</source>
        <translation>هذا الخادم لا يشفّر</translation>
    </message>
    <message>
        <source>The join link names a fingerprint for %1:%2, but the server there offers no encryption at all.</source>
        <translation>يذكر رابط الانضمام بصمة لـ %1:%2، لكن الخادم هناك لا يعرض أي تشفير.</translation>
    </message>
    <message>
        <source>This is not the server the link names</source>
        <translation>هذا ليس الخادم الذي يذكره الرابط</translation>
    </message>
    <message>
        <source>The server at %1:%2 shows another fingerprint than the one its join link names.</source>
        <translation>يعرض الخادم على %1:%2 بصمة غير التي يذكرها رابط الانضمام.</translation>
    </message>
    <message>
        <source>The fingerprint the link names:</source>
        <translation>البصمة التي يذكرها الرابط:</translation>
    </message>
    <message>
        <source>Ask the teacher for the right link, or compare the fingerprint it shows now with the one on the teacher&apos;s screen before you trust it.</source>
        <translation>اطلب الرابط الصحيح من المعلّم، أو قارن البصمة التي يعرضها الآن بالتي على شاشة المعلّم قبل أن تثق بها.</translation>
    </message>
    <message>
        <source>The fingerprint it shows matches the teacher&apos;s screen</source>
        <translation>البصمة التي يعرضها تطابق شاشة المعلّم</translation>
    </message>
</context>
<context>
    <name>ServerWindow</name>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;قطع الاتصال</translation>
    </message>
    <message>
        <source>&amp;Announce</source>
        <translation>إ&amp;علان</translation>
    </message>
    <message>
        <source>Salon — Server</source>
        <translation>Salon — الخادم</translation>
    </message>
    <message>
        <source>any free</source>
        <translation>أي منفذ حر</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ال&amp;منفذ:</translation>
    </message>
    <message>
        <source>The name clients see in their list of servers found; it can change while the room is open</source>
        <translation>الاسم الذي يراه العملاء في قائمة الخوادم التي عُثر عليها؛ ويمكن تغييره والغرفة مفتوحة</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>ال&amp;غرفة:</translation>
    </message>
    <message>
        <source>Clients can connect to</source>
        <translation>يمكن للعملاء الاتصال بـ</translation>
    </message>
    <message>
        <source>Disconnect this client</source>
        <translation>قطع اتصال هذا العميل</translation>
    </message>
    <message>
        <source>In the room</source>
        <translation>في الغرفة</translation>
    </message>
    <message>
        <source>The room&apos;s messages and events will appear here.</source>
        <translation>ستظهر هنا رسائل الغرفة وأحداثها.</translation>
    </message>
    <message>
        <source>Announcement to everyone</source>
        <translation>إعلان للجميع</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>نُسخ %1 إلى الحافظة.</translation>
    </message>
    <message>
        <source>The room is open on port %1.</source>
        <translation>الغرفة مفتوحة على المنفذ %1.</translation>
    </message>
    <message>
        <source>The room is closed.</source>
        <translation>الغرفة مغلقة.</translation>
    </message>
    <message>
        <source>%1 → %2 (private)</source>
        <translation>%1 ← %2 (خاص)</translation>
    </message>
    <message>
        <source>%1 sent a private message to %2.</source>
        <translation>أرسل %1 رسالة خاصة إلى %2.</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>إعلان</translation>
    </message>
    <message>
        <source>%1 raised a hand.</source>
        <translation>رفع %1 يده.</translation>
    </message>
    <message>
        <source>(removed: a message from %1)</source>
        <translation>(محذوفة: رسالة من %1)</translation>
    </message>
    <message>
        <source>&amp;Remove this message for everyone</source>
        <translation>&amp;حذف هذه الرسالة للجميع</translation>
    </message>
    <message>
        <source>That message is no longer in the history.</source>
        <translation>لم تعد تلك الرسالة في السجل.</translation>
    </message>
    <message>
        <source>Lesson under way since %1: the code, the lock, mutes, bans and hands belong to it.</source>
        <translation>درس جارٍ منذ %1: الرمز والقفل والكتم والحظر والأيدي تابعة له.</translation>
    </message>
    <message>
        <source>The lesson is over: the room is clean.</source>
        <translation>انتهى الدرس: الغرفة نظيفة.</translation>
    </message>
    <message>
        <source>Salon on %1</source>
        <translation>Salon على %1</translation>
    </message>
    <message>
        <source>Salon</source>
        <translation>Salon</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>ال&amp;غرفة</translation>
    </message>
    <message>
        <source>Open a &amp;client window</source>
        <translation>فتح نافذة &amp;عميل</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>الغرفة</translation>
    </message>
    <message>
        <source>Save the room&apos;s &amp;history as…</source>
        <translation>حفظ &amp;سجل الغرفة باسم…</translation>
    </message>
    <message>
        <source>Every lesson kept on this PC, with dates and names, as a web page or a text file</source>
        <translation>كل الدروس المحفوظة على هذا الحاسوب، بالتواريخ والأسماء، كصفحة ويب أو ملف نصي</translation>
    </message>
    <message>
        <source>This room keeps no history on disk.</source>
        <translation>هذه الغرفة لا تحفظ سجلًا على القرص.</translation>
    </message>
    <message>
        <source>Save the room&apos;s history as</source>
        <translation>حفظ سجل الغرفة باسم</translation>
    </message>
    <message>
        <source>Web page (*.html);;Text file (*.txt)</source>
        <translation>صفحة ويب (*.html);;ملف نصي (*.txt)</translation>
    </message>
    <message>
        <source>The history could not be saved in %1: %2</source>
        <translation>تعذّر حفظ السجل في %1: %2</translation>
    </message>
    <message>
        <source>The room&apos;s history is in %1.</source>
        <translation>سجل الغرفة موجود في %1.</translation>
    </message>
    <message>
        <source>Use port %1</source>
        <translation>استخدام المنفذ %1</translation>
    </message>
    <message>
        <source>Start the server first: nobody can hear you yet.</source>
        <translation>شغّل الخادم أولًا: لا أحد يسمعك بعد.</translation>
    </message>
    <message>
        <source>removed by the host</source>
        <translation>أخرجه المضيف</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>إي&amp;قاف</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>ت&amp;شغيل</translation>
    </message>
    <message>
        <source>Salon — Server on port %1</source>
        <translation>Salon — الخادم على المنفذ %1</translation>
    </message>
    <message>
        <source>Stopped. Press Start to open the room.</source>
        <translation>متوقف. اضغط «تشغيل» لفتح الغرفة.</translation>
    </message>
    <message>
        <source>Type one of these addresses and port %1 in Salon, or in a terminal: nc ADDRESS %1</source>
        <translation>اكتب أحد هذه العناوين والمنفذ %1 في Salon، أو في الطرفية: nc العنوان %1</translation>
    </message>
    <message numerus="yes">
        <source>Open on port %1 — %n person(s) in the room.</source>
        <translation>
            <numerusform>مفتوحة على المنفذ %1 — لا أحد في الغرفة.</numerusform>
            <numerusform>مفتوحة على المنفذ %1 — شخص واحد في الغرفة.</numerusform>
            <numerusform>مفتوحة على المنفذ %1 — شخصان في الغرفة.</numerusform>
            <numerusform>مفتوحة على المنفذ %1 — %n أشخاص في الغرفة.</numerusform>
            <numerusform>مفتوحة على المنفذ %1 — %n شخصًا في الغرفة.</numerusform>
            <numerusform>مفتوحة على المنفذ %1 — %n شخص في الغرفة.</numerusform>
        </translation>
    </message>
    <message>
        <source>The room is full (%1 places).</source>
        <translation>الغرفة ممتلئة (%1 مكانًا).</translation>
    </message>
    <message>
        <source>Lesson since %1.</source>
        <translation>درس منذ %1.</translation>
    </message>
    <message>
        <source>Locked: nobody new joins.</source>
        <translation>مقفلة: لا يدخل أحد جديد.</translation>
    </message>
    <message numerus="yes">
        <source>%n getting in.</source>
        <translation>
            <numerusform>لا أحد يدخل.</numerusform>
            <numerusform>شخص واحد يدخل.</numerusform>
            <numerusform>شخصان يدخلان.</numerusform>
            <numerusform>%n أشخاص يدخلون.</numerusform>
            <numerusform>%n شخصًا يدخلون.</numerusform>
            <numerusform>%n شخص يدخلون.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) kept for people who dropped.</source>
        <translation>
            <numerusform>لا أسماء محجوزة لمن انقطعوا.</numerusform>
            <numerusform>اسم واحد محجوز لمن انقطع.</numerusform>
            <numerusform>اسمان محجوزان لمن انقطعوا.</numerusform>
            <numerusform>%n أسماء محجوزة لمن انقطعوا.</numerusform>
            <numerusform>%n اسمًا محجوزًا لمن انقطعوا.</numerusform>
            <numerusform>%n اسم محجوز لمن انقطعوا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turned away in the last minute.</source>
        <translation>
            <numerusform>لم يُرفض أحد في الدقيقة الأخيرة.</numerusform>
            <numerusform>رُفض واحد في الدقيقة الأخيرة.</numerusform>
            <numerusform>رُفض اثنان في الدقيقة الأخيرة.</numerusform>
            <numerusform>رُفض %n في الدقيقة الأخيرة.</numerusform>
            <numerusform>رُفض %n في الدقيقة الأخيرة.</numerusform>
            <numerusform>رُفض %n في الدقيقة الأخيرة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong code(s) in the last 10 minutes.</source>
        <translation>
            <numerusform>لا رموز خاطئة في آخر 10 دقائق.</numerusform>
            <numerusform>رمز خاطئ واحد في آخر 10 دقائق.</numerusform>
            <numerusform>رمزان خاطئان في آخر 10 دقائق.</numerusform>
            <numerusform>%n رموز خاطئة في آخر 10 دقائق.</numerusform>
            <numerusform>%n رمزًا خاطئًا في آخر 10 دقائق.</numerusform>
            <numerusform>%n رمز خاطئ في آخر 10 دقائق.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) waiting after too many wrong codes.</source>
        <translation>
            <numerusform>لا عناوين تنتظر بعد رموز خاطئة كثيرة.</numerusform>
            <numerusform>عنوان واحد ينتظر بعد رموز خاطئة كثيرة.</numerusform>
            <numerusform>عنوانان ينتظران بعد رموز خاطئة كثيرة.</numerusform>
            <numerusform>%n عناوين تنتظر بعد رموز خاطئة كثيرة.</numerusform>
            <numerusform>%n عنوانًا ينتظر بعد رموز خاطئة كثيرة.</numerusform>
            <numerusform>%n عنوان ينتظر بعد رموز خاطئة كثيرة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Salon clients on the network find this room as &quot;%1&quot; (UDP port %2).</source>
        <translation>تجد عملاء Salon في الشبكة هذه الغرفة باسم &quot;%1&quot; (منفذ UDP ‏%2).</translation>
    </message>
    <message>
        <source>Salon clients on this PC find this room as &quot;%1&quot;; other PCs type an address.</source>
        <translation>تجد عملاء Salon على هذا الحاسوب هذه الغرفة باسم &quot;%1&quot;؛ والحواسيب الأخرى تكتب عنوانًا.</translation>
    </message>
    <message>
        <source>The room is not announced (discovery is off): clients type an address.</source>
        <translation>الغرفة غير مُعلنة (الاكتشاف معطّل): يكتب العملاء عنوانًا.</translation>
    </message>
    <message>
        <source>A new identity: the fingerprint is now %1. Students who joined before are warned, and compare it with the projector again.</source>
        <translation>هوية جديدة: البصمة الآن %1. يُنبَّه الطلاب الذين انضموا من قبل، ويقارنونها بجهاز العرض مجددًا.</translation>
    </message>
    <message>
        <source>New &amp;identity…</source>
        <translation>هوية &amp;جديدة…</translation>
    </message>
    <message>
        <source>New identity</source>
        <translation>هوية جديدة</translation>
    </message>
    <message>
        <source>Only &amp;encrypted connections</source>
        <translation>الاتصالات ال&amp;مشفّرة فقط</translation>
    </message>
    <message>
        <source>Plain connections (nc, telnet, the tutorial&apos;s client, older Salon) are told how to connect encrypted, then closed</source>
        <translation>تُخبَر الاتصالات غير المشفّرة (nc، telnet، عميل الدرس التعليمي، Salon قديم) بكيفية الاتصال المشفّر، ثم تُغلق</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;السجل</translation>
    </message>
    <message>
        <source>%1 handed in %2 (%3), late.</source>
        <translation>سلّم %1 الملف %2 (%3)، متأخرًا.</translation>
    </message>
    <message>
        <source>%1 handed in %2 (%3).</source>
        <translation>سلّم %1 الملف %2 (%3).</translation>
    </message>
    <message>
        <source>&amp;Hand out…</source>
        <translation>&amp;توزيع…</translation>
    </message>
    <message>
        <source>Everyone in the room gets the file, and those who join later; dropping files on this window does the same</source>
        <translation>يتلقى الملف كل من في الغرفة ومن ينضم لاحقًا؛ إفلات الملفات على هذه النافذة يفعل الشيء نفسه</translation>
    </message>
    <message>
        <source>C&amp;ollect work…</source>
        <translation>ج&amp;مع الأعمال…</translation>
    </message>
    <message>
        <source>Stop c&amp;ollecting work</source>
        <translation>إيقاف ج&amp;مع الأعمال</translation>
    </message>
    <message>
        <source>Open the hand-in &amp;folder</source>
        <translation>فتح &amp;مجلد الأعمال المسلَّمة</translation>
    </message>
    <message>
        <source>Students may &amp;share files</source>
        <translation>يمكن للطلاب &amp;مشاركة الملفات</translation>
    </message>
    <message>
        <source>Students may send a file to everyone in the room; off, files go between you and them only</source>
        <translation>يمكن للطلاب إرسال ملف إلى كل من في الغرفة؛ وإلا فلا تمر الملفات إلا بينك وبينهم</translation>
    </message>
    <message>
        <source>Find a name or an address</source>
        <translation>ابحث عن اسم أو عنوان</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>يظهر %1 من %2</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>&amp;Host a room</source>
        <translation>اس&amp;تضافة غرفة</translation>
    </message>
    <message>
        <source>&amp;Join a room</source>
        <translation>الان&amp;ضمام إلى غرفة</translation>
    </message>
    <message>
        <source>&amp;Try it on this computer</source>
        <translation>&amp;جرّبه على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Salon</source>
        <translation>Salon</translation>
    </message>
    <message>
        <source>Welcome to Salon</source>
        <translation>مرحبًا بك في Salon</translation>
    </message>
    <message>
        <source>A chat for the people in this room. What would you like to do?</source>
        <translation>محادثة للموجودين في هذه الغرفة. ماذا تريد أن تفعل؟</translation>
    </message>
    <message>
        <source>Start a chat room on this computer. Others join it by typing the address the server window shows.</source>
        <translation>ابدأ غرفة محادثة على هذا الحاسوب. ينضم الآخرون بكتابة العنوان الذي تعرضه نافذة الخادم.</translation>
    </message>
    <message>
        <source>Connect to a room that someone started, on this computer or another one.</source>
        <translation>اتصل بغرفة بدأها شخص ما، على هذا الحاسوب أو على غيره.</translation>
    </message>
    <message>
        <source>A room and two people in it, side by side on this screen: a classroom demo.</source>
        <translation>غرفة وشخصان فيها، جنبًا إلى جنب على هذه الشاشة: عرض توضيحي للصف.</translation>
    </message>
</context>
<context>
    <name>TcpTransport</name>
    <message>
        <source>connection closed</source>
        <translation>أُغلق الاتصال</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>انقطع الاتصال</translation>
    </message>
    <message>
        <source>connection lost: %1</source>
        <translation>انقطع الاتصال: %1</translation>
    </message>
</context>
<context>
    <name>TextDialect</name>
    <message>
        <source>*** Server: %1</source>
        <translation>*** الخادم: %1</translation>
    </message>
    <message>
        <source>[private] %1 -&gt; %2: %3</source>
        <translation>[خاص] %1 -&gt; %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>*** The last %n message(s) said in the room (/history 50 shows more):</source>
        <translation>
            <numerusform>*** لم يُقل شيء في الغرفة بعد (/history 50 يعرض المزيد):</numerusform>
            <numerusform>*** آخر رسالة قيلت في الغرفة (/history 50 يعرض المزيد):</numerusform>
            <numerusform>*** آخر رسالتين قيلتا في الغرفة (/history 50 يعرض المزيد):</numerusform>
            <numerusform>*** آخر %n رسائل قيلت في الغرفة (/history 50 يعرض المزيد):</numerusform>
            <numerusform>*** آخر %n رسالة قيلت في الغرفة (/history 50 يعرض المزيد):</numerusform>
            <numerusform>*** آخر %n رسالة قيلت في الغرفة (/history 50 يعرض المزيد):</numerusform>
        </translation>
    </message>
    <message>
        <source>*** End of the earlier messages.</source>
        <translation>*** نهاية الرسائل السابقة.</translation>
    </message>
    <message>
        <source>*** You are %1. Type /nick NAME to change it.</source>
        <translation>*** أنت %1. اكتب /nick الاسم لتغييره.</translation>
    </message>
    <message>
        <source>*** In the room (%1): %2</source>
        <translation>*** في الغرفة (%1): %2</translation>
    </message>
    <message>
        <source>*** %1 joined the room</source>
        <translation>*** دخل %1 الغرفة</translation>
    </message>
    <message>
        <source>*** %1 left the room (%2)</source>
        <translation>*** غادر %1 الغرفة (%2)</translation>
    </message>
    <message>
        <source>*** %1 is now known as %2</source>
        <translation>*** أصبح اسم %1 الآن %2</translation>
    </message>
    <message>
        <source>!!! %1</source>
        <translation>!!! %1</translation>
    </message>
    <message>
        <source>*** Your hand is up: you are number %1 in line.</source>
        <translation>*** يدك مرفوعة: ترتيبك %1 في الدور.</translation>
    </message>
    <message>
        <source>*** Your hand is down.</source>
        <translation>*** يدك منخفضة.</translation>
    </message>
    <message>
        <source>*** The teacher removed a message from %1 (said at %2).</source>
        <translation>*** حذف المعلم رسالة من %1 (قيلت في %2).</translation>
    </message>
    <message>
        <source>*** This room needs a code: type the code the teacher shows, then press Enter.</source>
        <translation>*** تحتاج هذه الغرفة إلى رمز: اكتب الرمز الذي يعرضه المعلم، ثم اضغط Enter.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>text client</source>
        <translation>عميل نصي</translation>
    </message>
    <message>
        <source>A text client: nc, telnet, a Python script…</source>
        <translation>عميل نصي: nc أو telnet أو سكربت Python…</translation>
    </message>
    <message>
        <source>*** The teacher hands out %1 (%2): %3</source>
        <translation>*** يوزّع المعلّم %1 (%2): %3</translation>
    </message>
    <message>
        <source>*** The teacher no longer collects work.</source>
        <translation>*** توقّف المعلّم عن جمع الأعمال.</translation>
    </message>
    <message>
        <source>*** The teacher collects work: hand it in from a Salon window or the room&apos;s web page.</source>
        <translation>*** يجمع المعلّم الأعمال: سلّم عملك من نافذة Salon أو من صفحة الغرفة على الويب.</translation>
    </message>
    <message>
        <source>*** The teacher collects work (%1): hand it in from a Salon window or the room&apos;s web page.</source>
        <translation>*** يجمع المعلّم الأعمال (%1): سلّم عملك من نافذة Salon أو من صفحة الغرفة على الويب.</translation>
    </message>
    <message>
        <source>*** %1 shares %2 (%3): %4</source>
        <translation>*** يشارك %1 الملف %2 (%3): %4</translation>
    </message>
    <message>
        <source>*** Students may now share files with the room (from a Salon window or the room&apos;s web page).</source>
        <translation>*** يمكن للطلاب الآن مشاركة الملفات مع الغرفة (من نافذة Salon أو من صفحة الغرفة على الويب).</translation>
    </message>
    <message>
        <source>*** Students may no longer share files with the room.</source>
        <translation>*** لم يعد بإمكان الطلاب مشاركة الملفات مع الغرفة.</translation>
    </message>
    <message numerus="yes">
        <source>*** %n people joined the room, among them %1 (/who lists everyone)</source>
        <translation>
            <numerusform>*** لم يدخل أحد الغرفة، منهم %1 (/who يعرض الجميع)</numerusform>
            <numerusform>*** دخل شخص واحد الغرفة، منهم %1 (/who يعرض الجميع)</numerusform>
            <numerusform>*** دخل شخصان الغرفة، منهما %1 (/who يعرض الجميع)</numerusform>
            <numerusform>*** دخل %n أشخاص الغرفة، منهم %1 (/who يعرض الجميع)</numerusform>
            <numerusform>*** دخل %n شخصًا الغرفة، منهم %1 (/who يعرض الجميع)</numerusform>
            <numerusform>*** دخل %n شخص الغرفة، منهم %1 (/who يعرض الجميع)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>&amp;Theme</source>
        <translation>ال&amp;سمة</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>ال&amp;نظام</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;فاتح</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;داكن</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>Salon — what was said in the room</source>
        <translation>Salon — ما قيل في الغرفة</translation>
    </message>
    <message>
        <source>=== A new lesson, %1 ===</source>
        <translation>=== درس جديد، %1 ===</translation>
    </message>
    <message>
        <source>*** %1 (announcement): %2</source>
        <translation>*** %1 (إعلان): %2</translation>
    </message>
    <message>
        <source>A new lesson, %1</source>
        <translation>درس جديد، %1</translation>
    </message>
    <message>
        <source>%1 (announcement)</source>
        <translation>%1 (إعلان)</translation>
    </message>
</context>
<context>
    <name>TransferExchange</name>
    <message>
        <source>Join the room first: work is handed in by a member.</source>
        <translation>انضم إلى الغرفة أولًا: يسلّم العملَ عضوٌ فيها.</translation>
    </message>
    <message>
        <source>A hand-in says its name, its size and its SHA-256.</source>
        <translation>يذكر العمل المسلَّم اسمه وحجمه وبصمته SHA-256.</translation>
    </message>
    <message>
        <source>This hand-in is not known (any more): begin it again.</source>
        <translation>هذا التسليم غير معروف (لم يعد كذلك): ابدأه من جديد.</translation>
    </message>
    <message>
        <source>This file is being handed in already.</source>
        <translation>هذا الملف قيد التسليم بالفعل.</translation>
    </message>
    <message>
        <source>A hand-in&apos;s bytes come with their length.</source>
        <translation>تأتي بايتات العمل المسلَّم مع طولها.</translation>
    </message>
    <message numerus="yes">
        <source>The teacher has %n bytes of this file: go on from there.</source>
        <translation>
            <numerusform>ليس لدى المعلّم أي بايت من هذا الملف: ابدأ من هناك.</numerusform>
            <numerusform>لدى المعلّم بايت واحد من هذا الملف: أكمل من هناك.</numerusform>
            <numerusform>لدى المعلّم بايتان من هذا الملف: أكمل من هناك.</numerusform>
            <numerusform>لدى المعلّم %n بايتات من هذا الملف: أكمل من هناك.</numerusform>
            <numerusform>لدى المعلّم %n بايتًا من هذا الملف: أكمل من هناك.</numerusform>
            <numerusform>لدى المعلّم %n بايت من هذا الملف: أكمل من هناك.</numerusform>
        </translation>
    </message>
    <message>
        <source>More bytes than the file has.</source>
        <translation>بايتات أكثر مما في الملف.</translation>
    </message>
    <message>
        <source>The collection is over.</source>
        <translation>انتهى الجمع.</translation>
    </message>
</context>
<context>
    <name>TransferJob</name>
    <message numerus="yes">
        <source>%1 Trying again in %n s.</source>
        <translation>
            <numerusform>%1 محاولة جديدة الآن.</numerusform>
            <numerusform>%1 محاولة جديدة بعد ثانية.</numerusform>
            <numerusform>%1 محاولة جديدة بعد ثانيتين.</numerusform>
            <numerusform>%1 محاولة جديدة بعد %n ثوانٍ.</numerusform>
            <numerusform>%1 محاولة جديدة بعد %n ثانية.</numerusform>
            <numerusform>%1 محاولة جديدة بعد %n ثانية.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferRequest</name>
    <message>
        <source>The server is not the one this room was joined on.</source>
        <translation>الخادم ليس الذي انضممت عبره إلى هذه الغرفة.</translation>
    </message>
</context>
<context>
    <name>TransfersPanel</name>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>لم يبقَ شيء</numerusform>
            <numerusform>بقيت ثانية واحدة</numerusform>
            <numerusform>بقيت ثانيتان</numerusform>
            <numerusform>بقيت %n ثوانٍ</numerusform>
            <numerusform>بقيت %n ثانية</numerusform>
            <numerusform>بقيت %n ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>لم يبقَ شيء</numerusform>
            <numerusform>بقيت دقيقة واحدة</numerusform>
            <numerusform>بقيت دقيقتان</numerusform>
            <numerusform>بقيت %n دقائق</numerusform>
            <numerusform>بقيت %n دقيقة</numerusform>
            <numerusform>بقيت %n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Files</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <source>&amp;Hand in…</source>
        <translation>&amp;تسليم…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>إظهار في ال&amp;مجلد</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;إعادة المحاولة</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>The teacher collects work: hand it in, or drop it on this window.</source>
        <translation>يجمع المعلّم الأعمال: سلّم عملك، أو أفلته على هذه النافذة.</translation>
    </message>
    <message>
        <source>The teacher collects work (%1): hand it in, or drop it on this window.</source>
        <translation>يجمع المعلّم الأعمال (%1): سلّم عملك، أو أفلته على هذه النافذة.</translation>
    </message>
    <message>
        <source>Hand in to the teacher</source>
        <translation>التسليم إلى المعلّم</translation>
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
        <translation>وزّعه المعلّم</translation>
    </message>
    <message>
        <source>Handed in by you</source>
        <translation>سلّمته أنت</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>Working out its SHA-256…</source>
        <translation>جارٍ حساب بصمته SHA-256…</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/ث</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
    <message>
        <source>Checking its SHA-256…</source>
        <translation>جارٍ التحقق من بصمته SHA-256…</translation>
    </message>
    <message>
        <source>Saved, checked: %1</source>
        <translation>حُفظ وتم التحقق منه: %1</translation>
    </message>
    <message>
        <source>Handed in (late), checked by the teacher</source>
        <translation>سُلّم (متأخرًا)، وتحقّق منه المعلّم</translation>
    </message>
    <message>
        <source>Handed in, checked by the teacher</source>
        <translation>سُلّم، وتحقّق منه المعلّم</translation>
    </message>
    <message>
        <source>Sh&amp;are…</source>
        <translation>م&amp;شاركة…</translation>
    </message>
    <message>
        <source>Share a file with everyone in the room (the teacher allows it)</source>
        <translation>مشاركة ملف مع كل من في الغرفة (يسمح المعلّم بذلك)</translation>
    </message>
    <message>
        <source>Share with the room</source>
        <translation>مشاركة مع الغرفة</translation>
    </message>
    <message>
        <source>Shared by %1</source>
        <translation>شاركه %1</translation>
    </message>
    <message>
        <source>Shared with the room by you</source>
        <translation>شاركته أنت مع الغرفة</translation>
    </message>
    <message>
        <source>Shared with the room, checked</source>
        <translation>شورك مع الغرفة، وتم التحقق منه</translation>
    </message>
</context>
<context>
    <name>WebSocketTransport</name>
    <message>
        <source>connection closed</source>
        <translation>أُغلق الاتصال</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>متصفح</translation>
    </message>
    <message>
        <source>browser</source>
        <translation>متصفح</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;Save the log as…</source>
        <translation>&amp;حفظ السجل باسم…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
</context>
<context>
    <name>WireInspector</name>
    <message>
        <source>Wire inspector</source>
        <translation>مراقب الاتصال</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>إي&amp;قاف مؤقت</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>م&amp;سح</translation>
    </message>
    <message>
        <source>&amp;Heartbeats</source>
        <translation>&amp;نبضات</translation>
    </message>
    <message>
        <source>Show the ping and pong lines that keep a quiet connection alive</source>
        <translation>إظهار أسطر ping وpong التي تُبقي الاتصال الهادئ حيًا</translation>
    </message>
    <message>
        <source>Select a line to see its bytes.</source>
        <translation>اختر سطرًا لرؤية بايتاته.</translation>
    </message>
    <message>
        <source>All connections</source>
        <translation>كل الاتصالات</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>ا&amp;ستئناف</translation>
    </message>
    <message numerus="yes">
        <source>Paused: %n line(s) waiting</source>
        <translation>
            <numerusform>متوقف مؤقتًا: لا أسطر تنتظر</numerusform>
            <numerusform>متوقف مؤقتًا: سطر واحد ينتظر</numerusform>
            <numerusform>متوقف مؤقتًا: سطران ينتظران</numerusform>
            <numerusform>متوقف مؤقتًا: %n أسطر تنتظر</numerusform>
            <numerusform>متوقف مؤقتًا: %n سطرًا ينتظر</numerusform>
            <numerusform>متوقف مؤقتًا: %n سطر ينتظر</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Only what the network sees</source>
        <translation>ما تراه الشبكة &amp;فقط</translation>
    </message>
    <message>
        <source>Leave out the decrypted lines: what is left is all an eavesdropper on the network gets</source>
        <translation>إخفاء الأسطر المفكوكة التشفير: ما يبقى هو كل ما يحصل عليه متنصّت على الشبكة</translation>
    </message>
</context>
<context>
    <name>WireLogModel</name>
    <message>
        <source>state</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>← in</source>
        <translation>← وارد</translation>
    </message>
    <message>
        <source>→ out</source>
        <translation>→ صادر</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>الاتصال</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>البايتات</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>المحتوى</translation>
    </message>
    <message>
        <source>Socket state: %1</source>
        <translation>حالة المقبس: %1</translation>
    </message>
    <message>
        <source>(the first %1 of %2 bytes)</source>
        <translation>(أول %1 من %2 بايت)</translation>
    </message>
    <message>
        <source>in clear</source>
        <translation>نص واضح</translation>
    </message>
    <message>
        <source>decrypted</source>
        <translation>مفكوك التشفير</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>مصافحة TLS</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>مشفّر</translation>
    </message>
    <message>
        <source>The connection&apos;s state, as the system reports it</source>
        <translation>حالة الاتصال كما يبلّغ عنها النظام</translation>
    </message>
    <message>
        <source>Decrypted here: on the network these bytes were encrypted, and only the two ends can read them</source>
        <translation>فُكّ تشفيرها هنا: كانت هذه البايتات مشفّرة على الشبكة، ولا يقرؤها إلا الطرفان</translation>
    </message>
    <message>
        <source>In clear: anyone on the network can read these bytes</source>
        <translation>نص واضح: يستطيع أي أحد على الشبكة قراءة هذه البايتات</translation>
    </message>
    <message>
        <source>What the network carries: bytes nobody can read without the key</source>
        <translation>ما تنقله الشبكة: بايتات لا يستطيع أحد قراءتها دون المفتاح</translation>
    </message>
    <message>
        <source>The TLS handshake: the two ends agree on keys, and the server shows its certificate</source>
        <translation>مصافحة TLS: يتفق الطرفان على المفاتيح، ويعرض الخادم شهادته</translation>
    </message>
    <message>
        <source>ClientHello: the client starts TLS (readable: the versions and ciphers it offers, no chat)</source>
        <translation>ClientHello: يبدأ العميل TLS (مقروء: الإصدارات والشيفرات التي يعرضها، لا شيء من الدردشة)</translation>
    </message>
    <message>
        <source>handshake from the other end</source>
        <translation>مصافحة من الطرف الآخر</translation>
    </message>
    <message>
        <source>handshake from this end</source>
        <translation>مصافحة من هذا الطرف</translation>
    </message>
    <message>
        <source>encrypted from here on: %1</source>
        <translation>مشفّر من هنا فصاعدًا: %1</translation>
    </message>
    <message>
        <source>ciphertext: all the network sees of the decrypted lines</source>
        <translation>نص مشفّر: كل ما تراه الشبكة من الأسطر المفكوكة التشفير</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>الطبقة</translation>
    </message>
    <message>
        <source>The TLS handshake is over: %1.
Everything that follows on this connection is encrypted.</source>
        <translation>انتهت مصافحة TLS: %1.
كل ما يلي على هذا الاتصال مشفّر.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) crossed the network encrypted. The program only gets what they decrypt to: the rows marked “decrypted”. An eavesdropper gets these bytes and cannot read them.</source>
        <translation>
            <numerusform>لم يعبر الشبكة أي بايت مشفّر.</numerusform>
            <numerusform>عبر الشبكة بايت واحد مشفّرًا. لا يحصل البرنامج إلا على ما يعطيه بعد فكّ تشفيره: الصفوف المعلّمة «مفكوك التشفير». يحصل المتنصّت على هذا البايت ولا يستطيع قراءته.</numerusform>
            <numerusform>عبر الشبكة بايتان مشفّران. لا يحصل البرنامج إلا على ما يعطيانه بعد فكّ تشفيرهما: الصفوف المعلّمة «مفكوك التشفير». يحصل المتنصّت على هذين البايتين ولا يستطيع قراءتهما.</numerusform>
            <numerusform>عبرت الشبكة %n بايتات مشفّرة. لا يحصل البرنامج إلا على ما تعطيه بعد فكّ تشفيرها: الصفوف المعلّمة «مفكوك التشفير». يحصل المتنصّت على هذه البايتات ولا يستطيع قراءتها.</numerusform>
            <numerusform>عبر الشبكة %n بايتًا مشفّرًا. لا يحصل البرنامج إلا على ما تعطيه بعد فكّ تشفيرها: الصفوف المعلّمة «مفكوك التشفير». يحصل المتنصّت على هذه البايتات ولا يستطيع قراءتها.</numerusform>
            <numerusform>عبر الشبكة %n بايت مشفّر. لا يحصل البرنامج إلا على ما تعطيه بعد فكّ تشفيرها: الصفوف المعلّمة «مفكوك التشفير». يحصل المتنصّت على هذه البايتات ولا يستطيع قراءتها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decrypted here: on the network these bytes were encrypted.</source>
        <translation>فُكّ تشفيرها هنا: كانت هذه البايتات مشفّرة على الشبكة.</translation>
    </message>
</context>
<context>
    <name>ZoomController</name>
    <message>
        <source>Zoom &amp;in</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>الحجم ال&amp;عادي</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try: salon --help</source>
        <translation>جرّب: salon --help</translation>
    </message>
</context>
</TS>
