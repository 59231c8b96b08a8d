#pragma once

// commandline.h — what `salon …` asks for: the start window, a server (with a
// window or headless), or a client, with their options.

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QHash>
#include <QString>

#include "discovery/discovery.h"
#include "files/filedesk.h"

#include <optional>

struct ServerLimits;

class CommandLine
{
public:
    enum class Command { Start, Server, Client, Demo, HandIn };

    CommandLine();

    // False when the arguments are wrong; errorText() then says why.
    bool parse(const QStringList &arguments);

    QString errorText() const { return m_error; }
    // Needs a QCoreApplication (it names the program).
    QString helpText() const;

    bool helpRequested() const { return m_help; }
    bool versionRequested() const { return m_version; }
    // Whether a window will be shown (and so a display is needed).
    bool wantsWindow() const;

    Command command() const { return m_command; }
    bool headless() const { return m_headless; }
    bool portGiven() const { return m_portGiven; }
    quint16 port() const { return m_port; }
    QString host() const { return m_host; }
    QString nick() const { return m_nick; }
    bool connectNow() const { return m_connect; }
    QString language() const { return m_language; }
    // --room-code, read as a code (RoomCode::parse); empty when not given.
    QString roomCode() const { return m_roomCode; }
    // --require-tls: plain connections are sent away.
    bool requireTls() const { return m_requireTls; }
    // demo: how many client windows (2 unless --clients says).
    int demoClients() const { return m_demoClients; }
    // hand-in: the file to hand in.
    QString file() const { return m_file; }
    // server: --hand-in-folder, where collected work goes (empty: the default).
    QString handInFolder() const { return m_handInFolder; }
    // server: --hand-in-max-mb, --hand-in-student-mb, --hand-in-types over
    // the defaults in `limits`.
    void applyTo(FileDesk::Limits &limits) const;
    // --discovery, when given.
    std::optional<Discovery::Scope> discoveryScope() const { return m_discovery; }

    // The server limits given on the command line, over the ones passed in.
    void applyTo(ServerLimits &limits) const;

    // The --lang value, found without a full parse (translations are needed
    // before the parser's own texts are).
    static QString languageIn(const QStringList &arguments);

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_versionOption;
    QCommandLineOption m_portOption;
    QCommandLineOption m_headlessOption;
    QCommandLineOption m_hostOption;
    QCommandLineOption m_nickOption;
    QCommandLineOption m_connectOption;
    QCommandLineOption m_langOption;
    QCommandLineOption m_clientsOption;
    QCommandLineOption m_roomCodeOption;
    QCommandLineOption m_requireTlsOption;
    QCommandLineOption m_discoveryOption;
    QCommandLineOption m_handInFolderOption;
    QCommandLineOption m_handInMaxOption;
    QCommandLineOption m_handInPerStudentOption;
    QCommandLineOption m_handInTypesOption;
    QCommandLineOption m_handInKeepFreeOption;
    QList<QCommandLineOption> m_limitOptions; // from LimitsTable

    QString m_error;
    bool m_help = false;
    bool m_version = false;
    Command m_command = Command::Start;
    bool m_headless = false;
    QString m_file;
    QString m_handInFolder;
    qint64 m_handInMaxBytes = 0;     // 0: not given
    qint64 m_handInStudentBytes = 0; // 0: not given
    std::optional<qint64> m_handInKeepFreeBytes;
    std::optional<QStringList> m_handInTypes;
    bool m_portGiven = false;
    quint16 m_port = 0;
    QString m_host;
    QString m_nick;
    bool m_connect = false;
    QString m_language;
    QString m_roomCode;
    bool m_requireTls = false;
    int m_demoClients = 2;
    std::optional<Discovery::Scope> m_discovery;
    QHash<QString, double> m_limitValues; // option name -> value
};
