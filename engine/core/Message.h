#pragma once

#include <QString>

/// Marks an English message that a person reads: an error, a state, a note, a description. The
/// engine never translates (docs/architecture.md); scripts/engine-messages.py collects every
/// marked text into widgets/EngineMessages.cpp for the widgets' translation catalogue, and
/// widgets/EngineText.h translates a finished message, its %1 arguments filled, by matching it
/// against these templates. So: a whole sentence or phrase with %1, %2 for what varies, filled
/// with .arg() as usual; never a key, SQL, a file name or data. The compiled result is the same
/// QString as QStringLiteral gives. Wire answers (the servers' JSON errors) stay unmarked.
#define CRUCIBLE_MESSAGE(text) QStringLiteral(text)
