#pragma once

#include <QRegularExpression>
#include <QString>

namespace crucible::cli {

/// `text` in single quotes for a POSIX shell (bash, zsh, sh), a quote inside written '\''.
inline QString shellQuoted(const QString& text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\'');
}

/// `text` as one shell word: as it is when it holds only characters that no shell treats
/// specially, else shellQuoted(); for scripts that a person reads (sbatch).
inline QString shellWord(const QString& text)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:@=,+-]+$"));
    return plain.match(text).hasMatch() ? text : shellQuoted(text);
}

} // namespace crucible::cli
