#pragma once

// jsonlinewriter.h — writes one compact JSON object as one line, field by
// field, straight into bytes. For the frames sent most (a message, to every
// member), it does what QJsonObject + QJsonDocument do without building a
// tree first; what it writes reads back with QJsonDocument.

#include <QByteArray>
#include <QString>

class JsonLineWriter
{
public:
    JsonLineWriter();

    JsonLineWriter &field(const char *key, const QString &value);
    JsonLineWriter &field(const char *key, QLatin1String value);
    JsonLineWriter &field(const char *key, qint64 value);
    JsonLineWriter &field(const char *key, bool value);
    // The object closed, and '\n'.
    QByteArray line();

private:
    void key(const char *name);
    void string(const QByteArray &utf8);

    QByteArray m_bytes;
};
