#include "handinrunner.h"

#include "client/chatclient.h"
#include "client/handinjob.h"
#include "client/hostinput.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

HandInRunner::HandInRunner(const HandInRunner::Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_client(new ChatClient(this))
    , m_network(new QNetworkAccessManager(this))
    , m_err(stderr)
{
#ifdef Q_OS_UNIX
    m_terminal = isatty(STDERR_FILENO);
#endif
    connect(m_client, &ChatClient::joined, this, &HandInRunner::joined);
    connect(m_client, &ChatClient::nickRefused, this,
            [this](const QString &, const QString &reason) {
                say(reason);
                end(1, false);
            });
    connect(m_client, &ChatClient::errorOccurred, this, [this](const QString &text) {
        if (m_ended)
            return;
        say(text);
        if (!m_job)
            end(1, false);
    });
    connect(m_client, &ChatClient::serverError, this, [this](const QString &text) {
        if (!m_job && !m_ended) {
            say(text);
            end(1, false);
        }
    });
}

HandInRunner::~HandInRunner() = default;

void HandInRunner::say(const QString &line)
{
    if (m_terminal && m_lastShown > 0)
        m_err << '\n'; // below the progress line
    m_lastShown = 0;
    m_err << line << Qt::endl;
}

QString HandInRunner::tokenFile() const
{
    const QByteArray who = QStringLiteral("%1|%2|%3")
                               .arg(m_host.toLower())
                               .arg(m_port)
                               .arg(m_options.nick.toLower())
                               .toUtf8();
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("hand-in/") +
                  QString::fromLatin1(
                      QCryptographicHash::hash(who, QCryptographicHash::Sha256).toHex().left(24)) +
                  QStringLiteral(".token"));
}

bool HandInRunner::start()
{
    const QFileInfo file(m_options.file);
    if (!file.isFile() || !file.isReadable()) {
        say(tr("%1 is not a file that can be read.").arg(m_options.file));
        return false;
    }
    const HostInput host = HostInput::parse(m_options.host);
    if (!host.error.isEmpty()) {
        say(host.error);
        return false;
    }
    m_host = host.host;
    m_port = host.port.value_or(m_options.port);
    if (host.port && m_options.portGiven && *host.port != m_options.port) {
        say(tr("Two ports given: %1 in --host, %2 in --port.").arg(*host.port).arg(m_options.port));
        return false;
    }
    // The fingerprint a join link names is the only one taken; with none,
    // the first met is, and shown, to compare with the teacher's screen.
    if (!host.sha256.isEmpty())
        m_client->setPinnedFingerprint(host.sha256);
    else
        m_client->setAcceptNewServers(true);
    m_client->setAutoReconnect(true);
    m_client->setRoomCode(m_options.code);
    QFile saved(tokenFile());
    if (saved.open(QIODevice::ReadOnly)) {
        const QString token = QString::fromLatin1(saved.readAll().trimmed());
        if (token.size() == 32)
            m_client->resumeMember(m_host, m_port, m_options.nick, token);
    }
    say(tr("Joining %1 port %2 as %3…").arg(m_host).arg(m_port).arg(m_options.nick));
    m_client->connectToServer(m_host, m_port, m_options.nick);
    return true;
}

void HandInRunner::joined()
{
    if (m_job)
        return; // back after a drop: the job goes on by itself
    if (m_client->isEncrypted())
        say(tr("Encrypted; the server's fingerprint: %1")
                .arg(QString::fromLatin1(m_client->serverFingerprint().toHex(':')).toUpper()));
    else
        say(tr("Not encrypted."));
    // The token, kept for a run after an interruption (a secret: 0600).
    QDir().mkpath(QFileInfo(tokenFile()).path());
    QSaveFile token(tokenFile());
    if (token.open(QIODevice::WriteOnly)) {
        token.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        token.write(m_client->memberToken().toLatin1());
        token.commit();
    }
    m_job = new HandInJob(
        m_options.file, m_network,
        [this] {
            TransferJob::Room room;
            room.encrypted = m_client->isEncrypted();
            room.host = m_host;
            room.port = m_port;
            room.pinned = m_client->serverFingerprint();
            room.token = m_client->isInRoom() ? m_client->memberToken() : QString();
            return room;
        },
        this);
    connect(m_job, &TransferJob::changed, this, &HandInRunner::progress);
    m_job->start();
}

void HandInRunner::progress()
{
    const QLocale locale;
    switch (m_job->state()) {
    case TransferJob::State::Hashing:
        if (m_lastTenth < 0) {
            say(tr("Working out the SHA-256 of %1…").arg(m_job->name()));
            m_lastTenth = 0;
        }
        return;
    case TransferJob::State::Waiting:
        say(m_job->error());
        return;
    case TransferJob::State::Moving:
    case TransferJob::State::Checking: {
        const qint64 size = qMax<qint64>(1, m_job->size());
        const int percent = int(m_job->done() * 100 / size);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QString line = tr("%1%: %2 of %3")
                           .arg(percent)
                           .arg(locale.formattedDataSize(m_job->done()),
                                locale.formattedDataSize(m_job->size()));
        if (m_job->rate() > 0)
            line += tr(", %1/s").arg(locale.formattedDataSize(qint64(m_job->rate())));
        if (m_job->secondsLeft() >= 0)
            line += tr(", %n s left", nullptr, m_job->secondsLeft());
        if (m_terminal) {
            if (now - m_lastShown < 200 && percent < 100)
                return;
            m_lastShown = now;
            m_err << '\r' << line << QStringLiteral("\x1b[K") << Qt::flush;
        } else if (percent / 10 > m_lastTenth) {
            m_lastTenth = percent / 10;
            m_err << line << Qt::endl;
        }
        return;
    }
    case TransferJob::State::Done:
        say((m_job->isLate()
                 ? tr("Handed in, late: %1 (%2), saved by the teacher as %3. SHA-256 %4.")
                 : tr("Handed in: %1 (%2), saved by the teacher as %3. SHA-256 %4."))
                .arg(m_job->name(), locale.formattedDataSize(m_job->size()), m_job->savedAs(),
                     QString::fromLatin1(m_job->sha256().toHex())));
        end(0, true);
        return;
    case TransferJob::State::Failed:
        say(tr("Not handed in: %1").arg(m_job->error()));
        // The network gave up: the token is kept, and a run again goes on.
        end(1, !m_job->gaveUpOnNetwork());
        return;
    }
}

void HandInRunner::interrupt()
{
    say(tr("Interrupted: run the same command again to go on from where it stopped."));
    end(130, false);
}

void HandInRunner::end(int exitCode, bool goodbye)
{
    if (m_ended)
        return;
    m_ended = true;
    if (m_job)
        m_job->cancel();
    // The transfers' connections (and their TLS state, in the network's
    // own thread) go before the program does.
    m_network->clearConnectionCache();
    if (goodbye) {
        QFile::remove(tokenFile());
        // The goodbye leaves before the program does.
        connect(m_client, &ChatClient::disconnected, this,
                [this, exitCode] { emit finished(exitCode); });
        QTimer::singleShot(5000, this, [this, exitCode] { emit finished(exitCode); });
        m_client->disconnectFromServer();
        return;
    }
    emit finished(exitCode);
}
