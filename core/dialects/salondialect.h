#pragma once

// salondialect.h — the Salon protocol on the server's side: one JSON object
// per line (docs/protocol.md). Salon clients say hello, answer pings, and
// get every event as a frame that names its room.

#include "dialects/dialect.h"

#include <QCoreApplication>

class SalonDialect : public Dialect
{
    Q_DECLARE_TR_FUNCTIONS(SalonDialect)
public:
    // What a client's hello asked for and this server speaks.
    struct Features
    {
        bool crowd = false; // "joined" with many names, "users" in parts
    };

    explicit SalonDialect(qsizetype maxFrameBytes) : m_maxFrameBytes(maxFrameBytes) {}
    SalonDialect(qsizetype maxFrameBytes, Features features)
        : m_maxFrameBytes(maxFrameBytes), m_features(features)
    {}

    // Whether a first line is a Salon hello: how the handshake knows a Salon
    // client. A JSON object that names "hello" but does not parse (a number
    // out of range, say) counts too: it is answered as a malformed frame,
    // never posted to the room as chat.
    static bool isHello(const QByteArray &line);

    Participant::Kind kind() const override { return Participant::Kind::Salon; }
    QString displayName() const override { return tr("Salon"); }
    QString description() const override { return tr("Salon client"); }
    QString hint() const override { return {}; }
    qsizetype maxUnitBytes() const override { return m_maxFrameBytes; }
    bool closesOnOversizedUnit() const override { return true; }
    bool takesUnitsEndedBySilence() const override { return false; }
    bool answersPings() const override { return true; }
    bool asksToJoin() const override { return true; }

    ChatCommand decode(const QByteArray &unit) const override;
    QByteArray encode(const ChatEvent &event) const override;
    const void *encodingKey() const override;
    std::unique_ptr<Dialect> withFeatures(const QStringList &features) const override;

private:
    // A crowd's names in frames of about Protocol::CrowdPartBytes each.
    QByteArray crowdFrames(const char *type, const char *field, const ChatEvent &event) const;

    qsizetype m_maxFrameBytes;
    Features m_features;
};
