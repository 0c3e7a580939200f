#pragma once

#include <QChar>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

namespace crucible::cli {

/// One option of a command, as its help, man page and shell completion describe it and as the
/// parser accepts it: --name VALUE, --name=VALUE, -l VALUE, -lVALUE; a flag takes no value.
struct Option {
    QString name; ///< long name, without "--"
    QString value; ///< the value's placeholder ("N", "FILE"); empty for a flag
    QString help; ///< one line
    QChar letter = {}; ///< short form (-e), or null
    bool isFlag() const { return value.isEmpty(); }
};

/// The nearest of `candidates` to `word` (a typo, a prefix), or an empty string when none is close.
QString nearest(const QString& word, const QStringList& candidates);

/// The arguments after a command's words, parsed against the command's options: positionals,
/// values and flags. "--" ends the options (what follows is positional, even "--x"); "-" alone is
/// a positional (standard input or output where a file is named).
class Arguments {
public:
    Arguments() = default;

    /// Parses `args` against `options`; returns a usage message ("unknown option --epoch (did you
    /// mean --epochs?)") or an empty string. `alsoKnown`: more option names (the global ones) that
    /// a misspelt option may have meant.
    QString parse(const std::vector<Option>& options, const QStringList& args, const QStringList& alsoKnown = {});

    const QStringList& positionals() const { return m_positionals; }
    QString value(const QString& name, const QString& fallback = {}) const
    {
        return m_values.contains(name) ? m_values[name].last() : fallback;
    }
    QStringList values(const QString& name) const { return m_values.value(name); }
    bool has(const QString& name) const { return m_set.contains(name) || m_values.contains(name); }

private:
    QStringList m_positionals;
    QMap<QString, QStringList> m_values;
    QSet<QString> m_set;
};

} // namespace crucible::cli
