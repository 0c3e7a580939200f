#pragma once

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace crucible::cli {

/// The arguments after a command's words: positionals, options with values (--name N or
/// --name=N) and flags (--all). Unknown options are an error, reported by parse().
class Arguments {
public:
    /// `valued`: options that take a value; `flags`: options that do not.
    Arguments(QStringList valued, QStringList flags) : m_valued(std::move(valued)), m_flags(std::move(flags)) { }

    /// Parses `args`; returns an error message for a usage error, or an empty string.
    QString parse(const QStringList& args)
    {
        for (int i = 0; i < args.size(); ++i) {
            const QString& arg = args[i];
            if (!arg.startsWith(QLatin1String("--")) || arg == QLatin1String("--")) {
                m_positionals << arg;
                continue;
            }
            const qsizetype equals = arg.indexOf(QLatin1Char('='));
            const QString name = arg.mid(2, equals < 0 ? -1 : equals - 2);
            if (m_flags.contains(name)) {
                m_set.insert(name);
            } else if (m_valued.contains(name)) {
                if (equals >= 0) {
                    m_values[name] << arg.mid(equals + 1);
                } else if (i + 1 < args.size()) {
                    m_values[name] << args[++i];
                } else {
                    return QStringLiteral("--%1 needs a value").arg(name);
                }
            } else {
                return QStringLiteral("unknown option --%1").arg(name);
            }
        }
        return {};
    }

    const QStringList& positionals() const { return m_positionals; }
    QString value(const QString& name, const QString& fallback = {}) const
    {
        return m_values.contains(name) ? m_values[name].last() : fallback;
    }
    QStringList values(const QString& name) const { return m_values.value(name); }
    bool has(const QString& name) const { return m_set.contains(name) || m_values.contains(name); }

private:
    QStringList m_valued;
    QStringList m_flags;
    QStringList m_positionals;
    QMap<QString, QStringList> m_values;
    QSet<QString> m_set;
};

} // namespace crucible::cli
