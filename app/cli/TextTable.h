#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

namespace crucible::cli {

/// The columns `text` takes on a terminal: East Asian wide and full-width characters and most
/// emoji take two, combining marks and zero-width characters none, others one.
int displayWidth(const QString& text);

/// `words` joined by spaces, at most `width` columns (display width) to a line unless one word is
/// wider; later lines start with `indent` spaces.
QString wrapWords(const QStringList& words, int width, int indent = 0);

/// `text` cut to at most `width` columns, with an ellipsis when something was cut.
QString cutToWidth(const QString& text, int width);

/// The width tables must fit: the terminal's when standard output is one, else $COLUMNS when it
/// is set, else 0 (no limit: a file or a pipe gets every character).
int tableWidthLimit();

/// Prints rows as aligned columns under `header`; a line break in a cell becomes a space. On a
/// terminal (tableWidthLimit() > 0) cells wider than `cellLimit` columns (0: no limit) are cut
/// with an ellipsis, and a table wider than the terminal is narrowed until it fits; a pipe or a
/// file gets every character. Columns are
/// aligned by display width, so wide characters line up. The last column is not padded.
void printTable(QTextStream& out, const QStringList& header, const QList<QStringList>& rows, int cellLimit = 40);

} // namespace crucible::cli
