#pragma once

// serverprocess.h — the server salon-bench started, and what /proc says of
// it: resident memory now and at its peak, and the CPU time it has used.

#include <QObject>
#include <QProcess>

class ServerProcess : public QObject
{
    Q_OBJECT
public:
    explicit ServerProcess(QObject *parent = nullptr);
    ~ServerProcess() override;

    // Starts `command` (split like a shell would, without one) and waits
    // until `port` on `host` accepts connections, for at most `timeoutMs`.
    bool start(const QString &command, const QString &host, quint16 port, int timeoutMs);
    // Where the server's standard output goes (by default, nowhere).
    void setLogFile(const QString &path) { m_process.setStandardOutputFile(path); }
    void stop();
    QString errorString() const { return m_error; }

    // Figures from /proc/PID; -1 when unknown (no server started, not Linux).
    qint64 residentKiB() const;
    qint64 peakResidentKiB() const;
    double cpuSeconds() const;

private:
    qint64 statusField(const char *name) const;

    QProcess m_process;
    QString m_error;
};
