#pragma once

#include <QString>

namespace crucible {

/// Characters that reorder or hide text without being controls: the zero-width ones, the
/// bidirectional marks, embeddings, overrides and isolates (U+202E among them), line and
/// paragraph separators, invisible operators and the BOM. Thread: any.
bool isHidingFormat(char32_t code);

/// `text` for a one-line place in a view (a table cell, a list row): control characters (C0, DEL,
/// C1; line feeds included) and hiding format characters are shown as \uXXXX, so that a name
/// cannot reverse or hide what follows it or spill onto other lines. Thread: any.
QString visibleText(const QString& text);

} // namespace crucible
