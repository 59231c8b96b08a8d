#pragma once

// limitstable.h — every server limit, once: its command-line flag, its
// settings key, its unit and bounds, its one-sentence help and how it reads
// and writes ServerLimits. The command line, the settings and the check of
// docs/limits.md all come from this table.

#include "server/serverlimits.h"

#include <QList>
#include <QString>

class QSettings;

struct LimitSpec
{
    enum class Unit {
        Bytes,
        Characters,
        Lines,
        LinesPerSecond,
        Connections,
        People,
        Seconds,
        Switch
    };

    const char *flag;        // "max-line": `salon server --max-line BYTES`
    const char *settingsKey; // "maxLineBytes": [limits] maxLineBytes=… in Salon.conf
    const char *help;        // a sentence, %1 the default (context "Limits")
    Unit unit;
    double min;
    double max;
    double (*get)(const ServerLimits &);
    void (*set)(ServerLimits &, double);

    double defaultValue() const { return get(ServerLimits()); }
    // BYTES, CHARS, N, SECONDS: the placeholder in `--help`.
    QString valueName() const;
    // The help sentence in the program's language, with the default (from
    // `defaults`: some follow the machine, ServerLimits::fittedToOpenFiles).
    QString helpText(const ServerLimits &defaults = ServerLimits()) const;
    // The default as docs/limits.md writes it: "16 KiB", "4,000 characters".
    QString documentedDefault() const;
    // Its bounds as docs/limits.md writes them: "256 bytes – 1 MiB".
    QString documentedRange() const;
    // Why `value` can't be used, as a sentence; empty when it can.
    QString problemWith(double value) const;

private:
    QString documented(double value) const;
};

namespace LimitsTable {

const QList<LimitSpec> &all();
const LimitSpec *find(const QString &flag);

// `base` (the defaults), overridden by the [limits] group of the settings
// (values out of bounds are ignored).
ServerLimits fromSettings(const QSettings &settings, const ServerLimits &base = ServerLimits());

} // namespace LimitsTable
