#pragma once

// rawtextreceiver.h — what a foreign server (the tutorial's serveur.py)
// sends, as text to show: line by line, and bytes with no newline after a
// short pause, each size-checked and made safe to display.

#include "base/linesplitter.h"

#include <QObject>
#include <QTimer>

class RawTextReceiver : public QObject
{
    Q_OBJECT
public:
    explicit RawTextReceiver(QObject *parent = nullptr);

    void setSilenceTimeout(int ms) { m_silence.setInterval(ms); }
    void feed(const QByteArray &bytes);
    // Shows what waits for its pause now (the connection closed).
    void flush();
    void reset();

signals:
    void textReceived(const QString &text);
    void lineTooLong(qsizetype maxBytes);

private:
    LineSplitter m_lines;
    QTimer m_silence;
};
