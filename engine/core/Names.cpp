#include "engine/core/Names.h"
#include "engine/core/Message.h"

#include <QStringList>
#include <QStringView>

#include <algorithm>
#include <vector>

namespace crucible::names {

namespace {

/// The first character of `name` that may not appear in a name shown on a terminal, as text for
/// a message; empty when there is none.
QString hiddenCharacter(const QString& name)
{
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.isHighSurrogate() && i + 1 < name.size() && name.at(i + 1).isLowSurrogate()) {
            ++i; // a character outside the BMP (an emoji, a rare ideograph): fine
            continue;
        }
        if (c.isSurrogate())
            return CRUCIBLE_MESSAGE("a broken UTF-16 surrogate");
        switch (c.category()) {
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
        default:
            break;
        }
    }
    return {};
}

bool isWindowsDeviceName(const QString& name)
{
    const QString stem = name.section(QLatin1Char('.'), 0, 0).toUpper();
    static const QStringList fixed {QStringLiteral("CON"), QStringLiteral("PRN"), QStringLiteral("AUX"),
                                    QStringLiteral("NUL")};
    if (fixed.contains(stem))
        return true;
    return stem.size() == 4 && (stem.startsWith(QLatin1String("COM")) || stem.startsWith(QLatin1String("LPT")))
        && stem.at(3) >= QLatin1Char('0') && stem.at(3) <= QLatin1Char('9');
}

} // namespace

Status check(const QString& name, const QString& what, Use use)
{
    auto refuse = [&](const QString& why) {
        return Error {ErrorCode::InvalidInput, CRUCIBLE_MESSAGE("%1 must not %2").arg(what, why), name};
    };
    if (name.trimmed().isEmpty())
        return refuse(CRUCIBLE_MESSAGE("be empty"));
    const int limit = use == Use::PathComponent ? kMaxComponentLength : kMaxLabelLength;
    if (name.size() > limit)
        return refuse(CRUCIBLE_MESSAGE("be longer than %1 characters (it has %2)").arg(limit).arg(name.size()));
    if (name.trimmed() != name)
        return refuse(CRUCIBLE_MESSAGE("start or end with spaces"));
    if (const QString hidden = hiddenCharacter(name); !hidden.isEmpty())
        return refuse(CRUCIBLE_MESSAGE("contain control or format characters (%1)").arg(hidden));
    if (use == Use::Label)
        return Ok {};
    for (const QChar c : name) {
        if (QStringView(u"/\\:*?\"<>|").contains(c))
            return refuse(QStringLiteral("contain '%1'").arg(c));
    }
    if (name.startsWith(QLatin1Char('.')))
        return refuse(CRUCIBLE_MESSAGE("start with '.'"));
    if (name.endsWith(QLatin1Char('.')))
        return refuse(CRUCIBLE_MESSAGE("end with '.'"));
    if (isWindowsDeviceName(name))
        return refuse(CRUCIBLE_MESSAGE("be a device name of Windows (CON, PRN, AUX, NUL, COM1-9, LPT1-9)"));
    return Ok {};
}

QString collisionKey(const QString& name)
{
    return name.normalized(QString::NormalizationForm_KC).toCaseFolded();
}

bool staysInside(const QString& name)
{
    return !name.isEmpty() && name != QLatin1String(".") && name != QLatin1String("..")
        && !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\')) && !name.contains(QChar(0));
}

std::optional<QStringList> relativePathParts(const QString& path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.size() > 4096)
        return std::nullopt;
    const QStringList parts = path.split(QLatin1Char('/'));
    for (const QString& part : parts) {
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String("..") || part.size() > 255)
            return std::nullopt;
        for (const QChar c : part) {
            if (c.unicode() < 0x20 || c == QLatin1Char('\\') || c.unicode() == 0x7f)
                return std::nullopt;
        }
    }
    return parts;
}

QString labelFrom(const QString& name, const QString& fallback)
{
    QString cleaned;
    cleaned.reserve(name.size());
    for (const QChar c : name) {
        const auto category = c.category();
        cleaned += (category == QChar::Other_Control || category == QChar::Other_Format
                    || category == QChar::Separator_Line || category == QChar::Separator_Paragraph)
            ? QChar(QLatin1Char(' '))
            : c;
    }
    cleaned = cleaned.simplified().left(kMaxLabelLength).trimmed();
    if (cleaned.isEmpty() || !check(cleaned, QStringLiteral("a name"), Use::Label).isOk())
        return fallback;
    return cleaned;
}

QString nearest(const QString& word, const QStringList& known)
{
    QString best;
    int bestDistance = word.size() >= 5 ? 4 : 3; // accepted: below this
    for (const QString& candidate : known) {
        const int n = int(word.size());
        const int m = int(candidate.size());
        std::vector<int> previous(size_t(m) + 1);
        std::vector<int> current(size_t(m) + 1);
        for (int j = 0; j <= m; ++j)
            previous[size_t(j)] = j;
        for (int i = 1; i <= n; ++i) {
            current[0] = i;
            for (int j = 1; j <= m; ++j) {
                const int cost = word[i - 1] == candidate[j - 1] ? 0 : 1;
                current[size_t(j)] =
                    std::min({previous[size_t(j)] + 1, current[size_t(j) - 1] + 1, previous[size_t(j) - 1] + cost});
            }
            std::swap(previous, current);
        }
        if (previous[size_t(m)] < bestDistance) {
            bestDistance = previous[size_t(m)];
            best = candidate;
        }
    }
    return best;
}

} // namespace crucible::names
