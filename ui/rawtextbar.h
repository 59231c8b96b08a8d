#pragma once

// rawtextbar.h — shown in raw text mode, against a server that does not
// speak Salon: says so, and picks the line ending to send.

#include "client/chatclient.h"

#include <QWidget>

class QComboBox;

class RawTextBar : public QWidget
{
    Q_OBJECT
public:
    explicit RawTextBar(QWidget *parent = nullptr);
    ChatClient::LineEnding lineEnding() const;
    void setLineEnding(ChatClient::LineEnding ending);

signals:
    void lineEndingChanged(ChatClient::LineEnding ending);

private:
    QComboBox *m_lineEndingBox;
};
