// chatserver_lesson.cpp — ChatServer's part for the lesson: what the
// teacher decided, kept on disk as it changes and read back when the
// server starts again; a new lesson, or the end of one, starts clean.

#include "model/roomcode.h"
#include "server/chatserver.h"
#include "server/peersession.h"
#include "storage/lessonfile.h"

QString ChatServer::lessonFile() const
{
    if (m_historyFolder.isEmpty() || !m_listener.isListening())
        return {};
    return m_historyFolder + QStringLiteral("/lesson-%1.json").arg(m_listener.serverPort());
}

void ChatServer::loadLesson()
{
    const QString path = lessonFile();
    if (path.isEmpty())
        return;
    QString error;
    const std::optional<Lesson> lesson = LessonFile::read(path, &error);
    if (!error.isEmpty())
        emit problem(error);
    if (!lesson)
        return;
    m_lessonStarted = lesson->started;
    // A code given for this run (salon server --room-code) wins.
    if (m_codeGate.code().isEmpty())
        m_codeGate.setCode(RoomCode::parse(lesson->code).value_or(QString()));
    m_locked = lesson->locked;
    for (const Lesson::Ban &ban : lesson->bans) {
        if (!ban.nick.isEmpty())
            m_bans.add(ban.nick, QHostAddress(ban.address),
                       ban.since.isValid() ? ban.since : QDateTime::currentDateTimeUtc());
    }
    m_room.restoreLesson(*lesson);
    m_files.restoreState(lesson->files);
    m_files.setSharingAllowed(lesson->studentFiles);
    if (lesson->studentFiles)
        emit studentFilesChanged(true);
    emit lessonChanged();
    if (m_codeGate.isRequired())
        emit roomCodeChanged(m_codeGate.code());
    if (m_locked)
        emit lockedChanged(true);
    emit moderationChanged();
    emit bansChanged();
    emit handsChanged({}, false);
}

void ChatServer::saveLessonSoon()
{
    if (!lessonFile().isEmpty() && !m_lessonSave.isActive())
        m_lessonSave.start();
}

void ChatServer::saveLesson()
{
    const QString path = lessonFile();
    if (path.isEmpty())
        return;
    Lesson lesson;
    lesson.started = m_lessonStarted;
    lesson.code = m_codeGate.code();
    lesson.locked = m_locked;
    for (const BanList::Ban &ban : m_bans.bans())
        lesson.bans.append(
            {ban.nick, ban.address.isNull() ? QString() : ban.address.toString(), ban.since});
    m_room.exportLesson(lesson);
    lesson.studentFiles = m_files.isSharingAllowed();
    lesson.files = m_files.exportState();
    QString error;
    if (!LessonFile::write(path, lesson, &error))
        emit problem(error);
}

void ChatServer::clearLesson()
{
    const bool hadCode = m_codeGate.isRequired();
    m_codeGate.setCode({});
    m_bans.clear();
    m_room.clearLesson();
    const bool sharing = m_files.isSharingAllowed();
    m_files.endLesson(); // sharing off again
    if (sharing) {
        ChatEvent off = ChatEvent::of(ChatEvent::Kind::Sharing);
        off.room = m_room.id();
        for (PeerSession *session : m_room.members())
            session->send(off);
        emit studentFilesChanged(false);
    }
    if (hadCode)
        emit roomCodeChanged({});
    setLocked(false);
    emit moderationChanged();
    emit bansChanged();
    emit handsChanged({}, false);
    emit occupancyChanged();
}

void ChatServer::startLesson()
{
    clearLesson();
    m_room.startLessonHistory(); // an empty room: the old words stay on disk
    m_lessonStarted = QDateTime::currentDateTimeUtc();
    record(QStringLiteral("lesson-new"),
           tr("%1 started a new lesson: the room starts clean.").arg(teacherName()));
    announce(tr("A new lesson begins."));
    emit lessonChanged();
    saveLessonSoon();
}

void ChatServer::endLesson()
{
    clearLesson();
    m_room.startLessonHistory(); // the next class starts with an empty room
    m_lessonStarted = {};
    record(QStringLiteral("lesson-end"),
           tr("%1 ended the lesson: the room starts clean.").arg(teacherName()));
    announce(tr("The lesson is over."));
    emit lessonChanged();
    saveLessonSoon();
}
