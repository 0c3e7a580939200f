#pragma once

#include <QString>

namespace crucible {

/// Writing CSV fields (RFC 4180). Thread: any; pure functions.
namespace csvtext {

/// `text` as one CSV field: quoted, with quotes doubled, when it holds a comma, a quote, a line
/// feed or a carriage return; as it is otherwise.
QString field(const QString& text);

/// field() for text that came from outside (class names, keys from a bundle): text that a
/// spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) is
/// prefixed with an apostrophe, unless it reads as a number ("-1.5" stays a number).
QString untrustedField(const QString& text);

} // namespace csvtext
} // namespace crucible
