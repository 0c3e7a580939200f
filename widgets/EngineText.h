#pragma once

#include "engine/core/Error.h"

#include <QString>

namespace crucible {

/// `english`, a finished message from the engine (its %1, %2 already filled), in the
/// interface's language: it is matched against the engine's message templates
/// (engineMessages()), the most specific first; the matching template is translated in the
/// context "Engine" and filled with the parts the English had in its places, each of them
/// translated the same way when it is itself an engine message. A text before ": " that no
/// template covers (a file, a run) is kept and the rest translated. A message that matches no
/// template, or has no translation, is returned as it is. Thread: the GUI thread (it reads the
/// installed translators).
QString engineText(const QString& english);

/// error.text() in the interface's language: where, then the translated message.
QString errorText(const Error& error);

} // namespace crucible
