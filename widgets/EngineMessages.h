#pragma once

#include <span>

namespace crucible {

/// Every text the engine marks with CRUCIBLE_MESSAGE, in English, as templates with %1, %2
/// (translation context "Engine"). Generated into EngineMessages.cpp by
/// scripts/engine-messages.py; a test fails when it is out of date. Thread: any.
std::span<const char* const> engineMessages();

} // namespace crucible
