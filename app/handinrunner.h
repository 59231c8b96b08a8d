#pragma once

// handinrunner.h — `salon hand-in --host H --port P --nick NAME [--code
// CODE] FILE`: work handed in from a terminal. It joins the room as NAME
// like any member (refused when that name is someone else's), hands the
// file in with its progress on standard error, then says goodbye. Cut off
// (Ctrl+C, the network), it keeps its member token (0600, in the user's
// data folder) and leaves without a goodbye, so the name stays its own for
// a while: run again, it comes back as the same member and goes on from
// the last byte the teacher received.

#include <QObject>
#include <QString>
#include <QTextStream>

class ChatClient;
class HandInJob;
class QNetworkAccessManager;

class HandInRunner : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString host; // as typed: a name, an address, HOST:PORT or a join link
        quint16 port = 12800;
        bool portGiven = false;
        QString nick;
        QString code;
        QString file;
    };
    explicit HandInRunner(const Options &options, QObject *parent = nullptr);
    ~HandInRunner() override;

    // False (and the reason on standard error) when it can't even begin.
    bool start();
    // Ctrl+C: leaves without a goodbye, keeping the token for the next run.
    void interrupt();

signals:
    void finished(int exitCode);

private:
    void joined();
    void progress();
    void end(int exitCode, bool goodbye);
    QString tokenFile() const;
    void say(const QString &line);

    Options m_options;
    QString m_host;
    quint16 m_port = 12800;
    ChatClient *m_client;
    QNetworkAccessManager *m_network;
    HandInJob *m_job = nullptr; // a child
    QTextStream m_err;
    bool m_terminal = false;
    int m_lastTenth = -1;
    qint64 m_lastShown = 0;
    bool m_ended = false;
};
