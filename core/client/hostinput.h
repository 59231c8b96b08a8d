#pragma once

// hostinput.h — what a person types in the Host box: a name or an address,
// or one with its port, as people copy them ("127.0.0.1:12800",
// "[fe80::1%eth0]:12800", "salle12.local:12800"). A bare IPv6 address
// ("::1") has no port: its colons are the address's own. Or a join link
// (JoinLink), which also names the server's fingerprint.

#include <QCoreApplication>
#include <QString>

#include <optional>

struct HostInput
{
    Q_DECLARE_TR_FUNCTIONS(HostInput)
public:
    QString host;
    std::optional<quint16> port; // when the text named one
    QByteArray sha256;           // the fingerprint a join link names
    QString error;               // why the text can't be used, for a person

    static HostInput parse(const QString &text);
};
