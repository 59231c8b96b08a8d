#include "base/jsonlinewriter.h"

JsonLineWriter::JsonLineWriter()
{
    m_bytes.reserve(256);
    m_bytes.append('{');
}

void JsonLineWriter::key(const char *name)
{
    if (m_bytes.size() > 1)
        m_bytes.append(',');
    m_bytes.append('"').append(name).append("\":");
}

void JsonLineWriter::string(const QByteArray &utf8)
{
    static const char hex[] = "0123456789abcdef";
    m_bytes.append('"');
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8.at(i));
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        m_bytes.append(utf8.constData() + plainFrom, i - plainFrom);
        plainFrom = i + 1;
        switch (c) {
        case '"':
            m_bytes.append("\\\"");
            break;
        case '\\':
            m_bytes.append("\\\\");
            break;
        case '\n':
            m_bytes.append("\\n");
            break;
        case '\r':
            m_bytes.append("\\r");
            break;
        case '\t':
            m_bytes.append("\\t");
            break;
        default:
            m_bytes.append("\\u00").append(hex[c >> 4]).append(hex[c & 0xf]);
            break;
        }
    }
    m_bytes.append(utf8.constData() + plainFrom, utf8.size() - plainFrom);
    m_bytes.append('"');
}

JsonLineWriter &JsonLineWriter::field(const char *name, const QString &value)
{
    key(name);
    string(value.toUtf8());
    return *this;
}

JsonLineWriter &JsonLineWriter::field(const char *name, QLatin1String value)
{
    key(name);
    string(QByteArray(value.data(), value.size()));
    return *this;
}

JsonLineWriter &JsonLineWriter::field(const char *name, qint64 value)
{
    key(name);
    m_bytes.append(QByteArray::number(value));
    return *this;
}

JsonLineWriter &JsonLineWriter::field(const char *name, bool value)
{
    key(name);
    m_bytes.append(value ? "true" : "false");
    return *this;
}

QByteArray JsonLineWriter::line()
{
    m_bytes.append("}\n");
    return std::move(m_bytes);
}
