#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

#include <algorithm>

namespace crucible::cli {

/// Prints rows as aligned columns under `header`; a line break in a cell becomes a space and
/// cells longer than `cellLimit` characters (0: no limit) are cut with an ellipsis. The last
/// column is not padded.
inline void printTable(QTextStream& out, const QStringList& header, const QList<QStringList>& rows, int cellLimit = 40)
{
    auto cut = [cellLimit](const QString& text) {
        const QString flat = QString(text).replace(QLatin1Char('\n'), QLatin1Char(' '));
        return cellLimit > 0 && flat.size() > cellLimit ? flat.left(cellLimit - 1) + QChar(0x2026) : flat;
    };
    QList<int> widths;
    for (const QString& title : header)
        widths << int(title.size());
    for (const QStringList& row : rows) {
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], int(cut(row[i]).size()));
    }
    auto line = [&](const QStringList& cells) {
        QString text;
        for (int i = 0; i < cells.size(); ++i)
            text += i + 1 < cells.size() ? cut(cells[i]).leftJustified(widths[i] + 2) : cut(cells[i]);
        out << text << "\n";
    };
    line(header);
    for (const QStringList& row : rows)
        line(row);
}

} // namespace crucible::cli
