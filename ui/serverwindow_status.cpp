// serverwindow_status.cpp — ServerWindow's part that says where the room
// stands: the status line (how full, locked, the lesson, who is waiting),
// the addresses to type and the browser's, and how far the room is
// announced.

#include "addresslistwidget.h"
#include "browserjoinpanel.h"
#include "discovery/discovery.h"
#include "security/serveridentity.h"
#include "server/chatserver.h"
#include "serverwindow.h"

#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

void ServerWindow::updateStatus()
{
    const bool listening = m_server->isListening();
    const int port = listening ? m_server->serverPort() : m_portField->value();
    m_startButton->setText(listening ? tr("&Stop") : tr("&Start"));
    m_portField->setEnabled(!listening);
    m_announceButton->setEnabled(listening);
    m_announcementField->setEnabled(listening);
    if (listening) {
        m_status->setText(occupancyText());
        setWindowTitle(tr("Salon — Server on port %1").arg(port));
    } else {
        m_status->setText(tr("Stopped. Press Start to open the room."));
        setWindowTitle(tr("Salon — Server"));
    }
    m_addressHint->setText(
        tr("Type one of these addresses and port %1 in Salon, or in a terminal: nc ADDRESS %1")
            .arg(port));
    // Join links name the port the room is open on, and its identity.
    const auto &identity = m_server->identity();
    m_addresses->setJoinLink(listening ? quint16(port) : 0,
                             identity ? identity->sha256() : QByteArray());
    m_browserPanel->setAddress(listening && m_browserJoinShown ? browserAddress(quint16(port))
                                                               : QString());
    updateDiscovery();
}

void ServerWindow::setBrowserJoinShown(bool shown)
{
    m_browserJoinShown = shown;
    updateStatus();
}

QString ServerWindow::browserAddress(quint16 port) const
{
    // The address phones on the LAN reach: the first IPv4 address of a
    // network (this computer's own when it has none).
    QString host = QStringLiteral("127.0.0.1");
    for (const QString &address : m_addresses->addresses()) {
        const QHostAddress parsed(address);
        if (parsed.protocol() == QAbstractSocket::IPv4Protocol && !parsed.isLoopback()) {
            host = address;
            break;
        }
    }
    // Where the room only takes encrypted connections, the code says so,
    // with the certificate's hash (a browser ignores it; Salon checks it).
    const auto &identity = m_server->identity();
    if (m_server->requiresTls() && identity)
        return QStringLiteral("https://%1:%2/#sha256=%3")
            .arg(host)
            .arg(port)
            .arg(QString::fromLatin1(identity->sha256().toHex()));
    return QStringLiteral("http://%1:%2/").arg(host).arg(port);
}

QString ServerWindow::occupancyText() const
{
    const ChatServer::Occupancy room = m_server->occupancy();
    QStringList parts{tr("Open on port %1 — %n person(s) in the room.", nullptr, room.members)
                          .arg(m_server->serverPort())};
    if (room.members >= room.places)
        parts.append(tr("The room is full (%1 places).").arg(room.places));
    if (const QDateTime lesson = m_server->lessonStarted(); lesson.isValid())
        parts.append(
            tr("Lesson since %1.").arg(lesson.toLocalTime().toString(QStringLiteral("HH:mm"))));
    if (m_server->isLocked())
        parts.append(tr("Locked: nobody new joins."));
    if (room.connecting > 0)
        parts.append(tr("%n getting in.", nullptr, room.connecting));
    if (room.heldNames > 0)
        parts.append(tr("%n name(s) kept for people who dropped.", nullptr, room.heldNames));
    if (room.turnedAway > 0)
        parts.append(tr("%n turned away in the last minute.", nullptr, room.turnedAway));
    if (room.wrongCodes > 0)
        parts.append(tr("%n wrong code(s) in the last 10 minutes.", nullptr, room.wrongCodes));
    if (room.waiting > 0)
        parts.append(
            tr("%n address(es) waiting after too many wrong codes.", nullptr, room.waiting));
    return parts.join(QLatin1Char(' '));
}

void ServerWindow::updateDiscovery()
{
    if (!m_server->isListening()) {
        m_discoveryLabel->clear();
        return;
    }
    switch (Discovery::currentScope()) {
    case Discovery::Scope::Lan:
        m_discoveryLabel->setText(
            tr("Salon clients on the network find this room as \"%1\" (UDP port %2).")
                .arg(roomName())
                .arg(Discovery::DefaultPort));
        break;
    case Discovery::Scope::Loopback:
        m_discoveryLabel->setText(
            tr("Salon clients on this PC find this room as \"%1\"; other PCs type an address.")
                .arg(roomName()));
        break;
    case Discovery::Scope::Off:
        m_discoveryLabel->setText(
            tr("The room is not announced (discovery is off): clients type an address."));
        break;
    }
}
