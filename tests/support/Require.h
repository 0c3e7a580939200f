#pragma once

#include "engine/core/Error.h"

#include <QtGlobal>

namespace crucible::test {

/// For set-up steps of tests, benchmarks and helper processes that cannot go on after a failure:
/// returns the value, or stops the process naming the call, where it is, and the error.
template <typename T> T requireOk(Result<T> result, const char* call, const char* file, int line)
{
    if (!result)
        qFatal("%s:%d: %s failed: %s", file, line, call, qPrintable(result.error().text()));
    return std::move(result.value());
}

} // namespace crucible::test

#define REQUIRE_OK(call) crucible::test::requireOk((call), #call, __FILE__, __LINE__)
