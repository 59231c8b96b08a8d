#pragma once

// textdialect.h — plain lines for people at a terminal: nc, telnet, the
// tutorial's Python client. A line (or a pause after bytes with no newline)
// is a message or a /command (CommandParser); what the room says comes back
// as "alice: hello" and "*** bob joined the room".

#include "dialects/dialect.h"

#include <QCoreApplication>

class TextDialect : public Dialect
{
    Q_DECLARE_TR_FUNCTIONS(TextDialect)
public:
    explicit TextDialect(qsizetype maxLineBytes) : m_maxLineBytes(maxLineBytes) {}

    Participant::Kind kind() const override { return Participant::Kind::Text; }
    QString displayName() const override { return tr("Text"); }
    QString description() const override { return tr("text client"); }
    QString hint() const override { return tr("A text client: nc, telnet, a Python script…"); }
    qsizetype maxUnitBytes() const override { return m_maxLineBytes; }
    bool closesOnOversizedUnit() const override { return false; }
    bool takesUnitsEndedBySilence() const override { return true; }
    bool answersPings() const override { return false; }
    bool asksToJoin() const override { return false; }

    ChatCommand decode(const QByteArray &unit) const override;
    QByteArray encode(const ChatEvent &event) const override;
    const void *encodingKey() const override;

private:
    qsizetype m_maxLineBytes;
};
