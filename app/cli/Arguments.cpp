#include "Arguments.h"

#include <algorithm>
#include <optional>

namespace crucible::cli {

namespace {

/// Edits (insertions, deletions, substitutions, swaps of neighbours) between two words.
int distance(const QString& a, const QString& b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<std::vector<int>> d(size_t(n + 1), std::vector<int>(size_t(m + 1)));
    for (qsizetype i = 0; i <= n; ++i)
        d[size_t(i)][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int best = std::min({d[size_t(i - 1)][size_t(j)] + 1, d[size_t(i)][size_t(j - 1)] + 1,
                                 d[size_t(i - 1)][size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                best = std::min(best, d[size_t(i - 2)][size_t(j - 2)] + 1);
            d[size_t(i)][size_t(j)] = best;
        }
    }
    return d[size_t(n)][size_t(m)];
}

bool looksLikeNumber(const QString& argument)
{
    return argument.size() > 1 && (argument[1].isDigit() || (argument[1] == QLatin1Char('.') && argument.size() > 2));
}

} // namespace

QString nearest(const QString& word, const QStringList& candidates)
{
    QString best;
    int bestDistance = 0;
    for (const QString& candidate : candidates) {
        // A typo is a few edits away; a prefix ("--epoch" for "--epochs") is closer than its length says.
        int edits = distance(word.toLower(), candidate.toLower());
        if (word.size() >= 3 && candidate.startsWith(word, Qt::CaseInsensitive))
            edits = std::min(edits, 1);
        const int allowed = std::max(1, std::min(3, int(candidate.size()) / 3));
        if (edits <= allowed && (best.isEmpty() || edits < bestDistance)) {
            best = candidate;
            bestDistance = edits;
        }
    }
    return best;
}

QString Arguments::parse(const std::vector<Option>& options, const QStringList& args, const QStringList& alsoKnown)
{
    const auto byName = [&](const QString& name) -> const Option* {
        for (const Option& option : options) {
            if (option.name == name)
                return &option;
        }
        return nullptr;
    };
    const auto byLetter = [&](QChar letter) -> const Option* {
        for (const Option& option : options) {
            if (!option.letter.isNull() && option.letter == letter)
                return &option;
        }
        return nullptr;
    };
    const auto take = [&](const Option& option, const QString& spelled, qsizetype& i,
                          const std::optional<QString>& attached) -> QString {
        if (option.isFlag()) {
            if (attached)
                return QStringLiteral("%1 takes no value").arg(spelled);
            m_set.insert(option.name);
            return {};
        }
        if (!attached && i + 1 >= args.size())
            return QStringLiteral("%1 needs a value (%2)").arg(spelled, option.value);
        const QString value = attached ? *attached : args[++i];
        if (value.isEmpty())
            return QStringLiteral("%1 needs a value (%2), not an empty one").arg(spelled, option.value);
        m_values[option.name] << value;
        return {};
    };

    bool optionsEnded = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        if (optionsEnded || arg == QLatin1String("-") || !arg.startsWith(QLatin1Char('-'))) {
            m_positionals << arg;
            continue;
        }
        if (arg == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        if (arg.startsWith(QLatin1String("--"))) {
            const qsizetype equals = arg.indexOf(QLatin1Char('='));
            const QString name = arg.mid(2, equals < 0 ? -1 : equals - 2);
            const Option* option = byName(name);
            if (!option) {
                QStringList names = alsoKnown;
                for (const Option& each : options)
                    names << each.name;
                const QString guess = nearest(name, names);
                return guess.isEmpty() ? QStringLiteral("unknown option --%1").arg(name)
                                       : QStringLiteral("unknown option --%1 (did you mean --%2?)").arg(name, guess);
            }
            const std::optional<QString> attached =
                equals < 0 ? std::nullopt : std::optional<QString>(arg.mid(equals + 1));
            if (QString problem = take(*option, QStringLiteral("--") + name, i, attached); !problem.isEmpty())
                return problem;
            continue;
        }
        // "-5" or "-.5" where no option is a digit: a negative number, as a positional.
        const Option* option = byLetter(arg[1]);
        if (!option && looksLikeNumber(arg)) {
            m_positionals << arg;
            continue;
        }
        // Short options as getopt reads them: -ab is -a -b for flags; a letter that takes a value
        // takes the rest (-e5, -e=5, -vpA=1 is -v -p A=1) or the next argument.
        for (qsizetype k = 1; k < arg.size(); ++k) {
            const Option* letter = byLetter(arg[k]);
            if (!letter) {
                const qsizetype length = arg[k].isHighSurrogate() && k + 1 < arg.size() ? 2 : 1;
                const QString shown = arg.mid(k, length);
                return k == 1 ? QStringLiteral("unknown option -%1").arg(shown)
                              : QStringLiteral("unknown option -%1 in %2").arg(shown, arg);
            }
            if (letter->isFlag()) {
                if (k + 1 < arg.size() && arg[k + 1] == QLatin1Char('='))
                    return QStringLiteral("-%1 takes no value").arg(arg[k]);
                m_set.insert(letter->name);
                continue;
            }
            const std::optional<QString> attached = k + 1 < arg.size()
                ? std::optional<QString>(arg.mid(arg[k + 1] == QLatin1Char('=') ? k + 2 : k + 1))
                : std::nullopt;
            if (QString problem = take(*letter, QStringLiteral("-") + arg[k], i, attached); !problem.isEmpty())
                return problem;
            break;
        }
    }
    return {};
}

} // namespace crucible::cli
