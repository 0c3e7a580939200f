#include "TextTable.h"

#include "engine/core/OutputFile.h"

#include <algorithm>

#include <sys/ioctl.h>
#include <unistd.h>

namespace crucible::cli {

namespace {

int charWidth(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing || category == QChar::Other_Format
        || c == 0x200b)
        return 0;
    // East Asian Wide (W) and Fullwidth (F) ranges, and the emoji terminals draw two wide (the
    // pictographs, transport and map symbols, ticks, stars, circles).
    static const std::pair<char32_t, char32_t> wide[] = {
        {0x1100, 0x115f},   {0x231a, 0x231b},   {0x2329, 0x232a},   {0x23e9, 0x23ec},   {0x23f0, 0x23f0},
        {0x23f3, 0x23f3},   {0x25fd, 0x25fe},   {0x2614, 0x2615},   {0x2648, 0x2653},   {0x267f, 0x267f},
        {0x2693, 0x2693},   {0x26a1, 0x26a1},   {0x26aa, 0x26ab},   {0x26bd, 0x26be},   {0x26c4, 0x26c5},
        {0x26ce, 0x26ce},   {0x26d4, 0x26d4},   {0x26ea, 0x26ea},   {0x26f2, 0x26f3},   {0x26f5, 0x26f5},
        {0x26fa, 0x26fa},   {0x26fd, 0x26fd},   {0x2705, 0x2705},   {0x270a, 0x270b},   {0x2728, 0x2728},
        {0x274c, 0x274c},   {0x274e, 0x274e},   {0x2753, 0x2755},   {0x2757, 0x2757},   {0x2795, 0x2797},
        {0x27b0, 0x27b0},   {0x27bf, 0x27bf},   {0x2b1b, 0x2b1c},   {0x2b50, 0x2b50},   {0x2b55, 0x2b55},
        {0x2e80, 0x303e},   {0x3041, 0x33ff},   {0x3400, 0x4dbf},   {0x4e00, 0x9fff},   {0xa000, 0xa4cf},
        {0xa960, 0xa97f},   {0xac00, 0xd7a3},   {0xf900, 0xfaff},   {0xfe10, 0xfe19},   {0xfe30, 0xfe6f},
        {0xff00, 0xff60},   {0xffe0, 0xffe6},   {0x1f004, 0x1f004}, {0x1f0cf, 0x1f0cf}, {0x1f18e, 0x1f18e},
        {0x1f191, 0x1f19a}, {0x1f200, 0x1f251}, {0x1f300, 0x1f64f}, {0x1f680, 0x1f6ff}, {0x1f7e0, 0x1f7eb},
        {0x1f900, 0x1f9ff}, {0x1fa70, 0x1faff}, {0x20000, 0x2fffd}, {0x30000, 0x3fffd},
    };
    for (const auto& [first, last] : wide) {
        if (c >= first && c <= last)
            return 2;
    }
    return 1;
}

} // namespace

int displayWidth(const QString& text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4())
        width += charWidth(c);
    return width;
}

QString wrapWords(const QStringList& words, int width, int indent)
{
    QString wrapped;
    int used = 0;
    for (const QString& word : words) {
        const int columns = displayWidth(word);
        if (used > 0 && used + 1 + columns > width) {
            wrapped += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
            used = 0;
        } else if (used > 0) {
            wrapped += QLatin1Char(' ');
            ++used;
        }
        wrapped += word;
        used += columns;
    }
    return wrapped;
}

QString cutToWidth(const QString& text, int width)
{
    if (displayWidth(text) <= width)
        return text;
    if (width <= 0)
        return {};
    QString cut;
    int used = 0;
    for (const char32_t c : text.toUcs4()) {
        const int w = charWidth(c);
        if (used + w > width - 1) // room for the ellipsis
            break;
        cut += QString::fromUcs4(&c, 1);
        used += w;
    }
    return cut + QChar(0x2026);
}

int tableWidthLimit()
{
    // Standard output is the command's own descriptor (main() points descriptor 1 at stderr).
    const int fd = standardOutputDescriptor();
    winsize size {};
    if (::isatty(fd) == 1 && ::ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
        return size.ws_col;
    bool ok = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("COLUMNS", &ok);
    return ok && fromEnvironment > 0 ? fromEnvironment : 0;
}

void printTable(QTextStream& out, const QStringList& header, const QList<QStringList>& rows, int cellLimit)
{
    const auto flat = [](const QString& text) { return QString(text).replace(QLatin1Char('\n'), QLatin1Char(' ')); };
    QList<int> widths;
    for (const QString& title : header)
        widths << displayWidth(title);
    for (const QStringList& row : rows) {
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(flat(row[i])));
    }

    // Too wide for the terminal: columns on the right that cannot fit even narrowed are left out
    // (and said so), then the widest of the others narrow, a column at a time, to no less than
    // their heading or 10 columns. The first column (the id, which people copy) stays whole.
    qsizetype visible = widths.size();
    const int limit = tableWidthLimit();
    if (limit > 0 && !widths.isEmpty()) {
        for (int& width : widths) {
            if (cellLimit > 0)
                width = std::min(width, cellLimit);
        }
        const auto narrowest = [&](qsizetype i) {
            return i == 0 ? widths[0] : std::min(widths[i], std::max(displayWidth(header.value(i)), 10));
        };
        const auto total = [&](bool narrowed) {
            int sum = 2 * int(visible - 1);
            for (qsizetype i = 0; i < visible; ++i)
                sum += narrowed ? narrowest(i) : widths[i];
            return sum;
        };
        while (visible > 2 && total(true) > limit)
            --visible;
        while (total(false) > limit) {
            qsizetype widest = -1;
            for (qsizetype i = 1; i < visible; ++i) {
                if (widths[i] > narrowest(i) && (widest < 0 || widths[i] > widths[widest]))
                    widest = i;
            }
            if (widest < 0)
                break;
            --widths[widest];
        }
    }
    const auto line = [&](const QStringList& cells) {
        QString text;
        const qsizetype shown = std::min(cells.size(), visible);
        for (qsizetype i = 0; i < shown; ++i) {
            const int width = i < widths.size() ? widths[i] : displayWidth(cells[i]);
            const QString cell = cutToWidth(flat(cells[i]), width);
            text += cell;
            if (i + 1 < shown)
                text += QString(width - displayWidth(cell) + 2, QLatin1Char(' '));
        }
        out << text << "\n";
    };
    line(header);
    for (const QStringList& row : rows)
        line(row);
    if (visible < widths.size()) {
        // Wrapped to the table's width: the names of what was left out.
        QStringList words = QStringLiteral("(%1 more column(s) left out to fit %2 columns:")
                                .arg(widths.size() - visible)
                                .arg(limit)
                                .split(QLatin1Char(' '));
        const QStringList names = header.mid(visible);
        for (qsizetype i = 0; i < names.size(); ++i)
            words << names[i] + (i + 1 < names.size() ? QStringLiteral(",") : QStringLiteral(")"));
        out << wrapWords(words, limit) << "\n";
    }
}

} // namespace crucible::cli
