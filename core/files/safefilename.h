#pragma once

// safefilename.h — the name a file from the network may be saved under.
// Whatever a browser, a Salon client or a script says a file is called is
// hostile: only its last part is kept (no folders), and names a system
// would take for something else are refused — ".", "..", device names
// ("CON", "nul.txt", "COM1"), control and invisible format characters
// (a right-to-left override that makes "exe.txt" of "txt.exe"). Accents
// stay. Characters some systems forbid become "_". A file saved never
// replaces another: "report (2).pdf".

#include <QCoreApplication>
#include <QString>

class QDir;

class SafeFileName
{
    Q_DECLARE_TR_FUNCTIONS(SafeFileName)
public:
    // A name's longest, in UTF-8 bytes (what most file systems allow).
    static constexpr int MaxBytes = 255;

    struct Result
    {
        QString name;    // the name to save under; empty when refused
        QString problem; // why it was refused, as a sentence
        bool ok() const { return !name.isEmpty(); }
    };
    static Result clean(const QString &fromNetwork);

    // `name` in `folder`, or the first of "name (2).ext", "name (3).ext"…
    // that no file has taken yet.
    static QString unusedPath(const QDir &folder, const QString &name);
    // "report.tar.gz" → "tar.gz" is not what people mean: the suffix after
    // the last dot, lower case ("gz"); empty when there is none.
    static QString suffix(const QString &name);
};
