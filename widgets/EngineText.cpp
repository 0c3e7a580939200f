#include "EngineText.h"

#include "EngineMessages.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace crucible {

namespace {

/// One engine template as a pattern: its literal parts must match exactly, each %N anything.
struct Pattern {
    const char* source = nullptr;
    QRegularExpression regex;
    std::vector<int> places; ///< the N of each capture group, in order
    qsizetype literal = 0; ///< characters outside the places: more is more specific
};

const std::vector<Pattern>& patterns()
{
    static const std::vector<Pattern> all = [] {
        std::vector<Pattern> list;
        static const QRegularExpression place(QStringLiteral("%(\\d{1,2})"));
        for (const char* source : engineMessages()) {
            const QString text = QString::fromUtf8(source);
            Pattern pattern;
            pattern.source = source;
            QString expression;
            qsizetype at = 0;
            for (auto it = place.globalMatch(text); it.hasNext();) {
                const QRegularExpressionMatch match = it.next();
                const QString literal = text.mid(at, match.capturedStart() - at);
                expression += QRegularExpression::escape(literal) + QStringLiteral("(.*?)");
                pattern.literal += literal.size();
                pattern.places.push_back(match.captured(1).toInt());
                at = match.capturedEnd();
            }
            expression += QRegularExpression::escape(text.mid(at));
            pattern.literal += text.size() - at;
            pattern.regex = QRegularExpression(QRegularExpression::anchoredPattern(expression),
                                               QRegularExpression::DotMatchesEverythingOption);
            list.push_back(std::move(pattern));
        }
        std::stable_sort(list.begin(), list.end(),
                         [](const Pattern& a, const Pattern& b) { return a.literal > b.literal; });
        return list;
    }();
    return all;
}

/// `translated` with each %N replaced by values[N] in one pass (a value holding "%2" stays).
QString fill(const QString& translated, const QHash<int, QString>& values)
{
    QString out;
    out.reserve(translated.size() + 32);
    for (qsizetype i = 0; i < translated.size(); ++i) {
        if (translated[i] == QLatin1Char('%') && i + 1 < translated.size() && translated[i + 1].isDigit()) {
            qsizetype end = i + 1;
            while (end < translated.size() && end < i + 3 && translated[end].isDigit())
                ++end;
            const int number = translated.mid(i + 1, end - i - 1).toInt();
            if (values.contains(number)) {
                out += values.value(number);
                i = end - 1;
                continue;
            }
        }
        out += translated[i];
    }
    return out;
}

QString translateDepth(const QString& english, int depth)
{
    if (english.isEmpty() || depth > 3)
        return english;
    for (const Pattern& pattern : patterns()) {
        const QRegularExpressionMatch match = pattern.regex.match(english);
        if (!match.hasMatch())
            continue;
        const QString translated = QCoreApplication::translate("Engine", pattern.source);
        if (translated == QString::fromUtf8(pattern.source))
            return english; // this language has no translation of it: keep the English whole
        QHash<int, QString> values;
        for (std::size_t k = 0; k < pattern.places.size(); ++k)
            values.insert(pattern.places[k], translateDepth(match.captured(int(k) + 1), depth + 1));
        return fill(translated, values);
    }
    // "where: message", as Error::text() and stored failure reasons have it.
    const qsizetype colon = english.indexOf(QStringLiteral(": "));
    if (colon > 0) {
        const QString rest = english.mid(colon + 2);
        const QString translated = translateDepth(rest, depth + 1);
        if (translated != rest)
            return english.left(colon + 2) + translated;
    }
    return english;
}

} // namespace

QString engineText(const QString& english)
{
    // Tables show the same stored messages on many rows: remember the answers for as long as
    // the translation of a probe text (the language) stays the same.
    static QMutex mutex;
    static QHash<QString, QString> cache;
    static QString language;
    const QMutexLocker lock(&mutex);
    const std::span<const char* const> sources = engineMessages();
    const QString probe = sources.empty() ? QString() : QCoreApplication::translate("Engine", sources.front());
    if (probe != language || cache.size() > 4096) {
        cache.clear();
        language = probe;
    }
    const auto found = cache.constFind(english);
    if (found != cache.constEnd())
        return *found;
    const QString translated = translateDepth(english, 0);
    cache.insert(english, translated);
    return translated;
}

QString errorText(const Error& error)
{
    const QString message = engineText(error.message);
    return error.where.isEmpty() ? message : error.where + QStringLiteral(": ") + message;
}

} // namespace crucible
