// clientwindow_status.cpp — the client window's part that says where the
// user stands: the connection's state (and what can be typed meanwhile),
// the countdown to the next try, the title with the unread count, errors,
// and who is in the room.

#include "alerts.h"
#include "chatlogview.h"
#include "clientwindow.h"
#include "connectbar.h"
#include "historylineedit.h"
#include "peoplelistmodel.h"
#include "rawtextbar.h"
#include "reconnectbar.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>

void ClientWindow::showState(ChatClient::State state)
{
    const bool reconnecting = state == ChatClient::State::Reconnecting;
    const bool inRoom = m_client->isInRoom();
    const bool comingBack = m_client->isComingBack();
    showSecurity();
    m_connectBar->showState(state, inRoom);
    m_reconnectBar->setVisible(reconnecting);
    // While reconnecting, typing goes on: messages wait in the outbox.
    m_messageField->setEnabled(inRoom || comingBack);
    m_sendButton->setEnabled(inRoom || comingBack);
    m_handButton->setEnabled(state == ChatClient::State::Connected);
    m_rawBar->setVisible(state == ChatClient::State::RawText);
    updateTitle();
}

void ClientWindow::showCountdown(int secondsLeft)
{
    if (m_client->state() != ChatClient::State::Reconnecting)
        return;
    m_reconnectBar->showCountdown(secondsLeft);
}

void ClientWindow::updateTitle()
{
    QString title;
    switch (m_client->state()) {
    case ChatClient::State::Connected:
        title =
            tr("Salon — %1 at %2:%3").arg(m_client->nick(), m_client->host()).arg(m_client->port());
        break;
    case ChatClient::State::RawText:
        title = tr("Salon — raw text at %1:%2").arg(m_client->host()).arg(m_client->port());
        break;
    case ChatClient::State::Reconnecting:
        title = tr("Salon — reconnecting to %1:%2").arg(m_client->host()).arg(m_client->port());
        break;
    case ChatClient::State::Disconnected:
        title = tr("Salon — Client");
        break;
    default:
        return; // on the way: keep the title
    }
    if (m_unread > 0)
        title = QStringLiteral("(%1) ").arg(m_unread) + title;
    setWindowTitle(title);
}

void ClientWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && m_unread > 0) {
        m_unread = 0;
        updateTitle();
    }
    QMainWindow::changeEvent(event);
}

void ClientWindow::showError(const QString &text)
{
    m_errorLabel->setText(text);
    m_errorLabel->show();
    m_log->appendError(text);
}

void ClientWindow::countUnread(const ChatMessage &message)
{
    // The count only: private messages, mentions and announcements also
    // flash the taskbar and show a notification (Alerts).
    const bool own = message.from == m_client->nick();
    if (!own && !message.history && !isActiveWindow() && m_alerts->countsUnread()) {
        ++m_unread;
        updateTitle();
    }
}

void ClientWindow::showPeople(const QStringList &people)
{
    m_peopleModel->setPeople(people, m_client->nick());
    m_peopleLabel->setText(tr("In the room (%1)").arg(people.size()));
}
