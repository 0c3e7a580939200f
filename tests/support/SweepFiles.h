#pragma once

// A sweep file the test itself wrote, parsed; a test's own file that does not parse is a bug in the
// test, so it stops there with the message.
#include "engine/sweep/SweepSpec.h"

#include <QtGlobal>

namespace crucible::test {

inline SweepSpec parsedSweep(const QByteArray& yaml)
{
    Result<SweepSpec> spec = SweepSpec::parse(yaml, QStringLiteral("sweep.yaml"));
    if (!spec)
        qFatal("%s", qPrintable(spec.error().text()));
    return spec.value();
}

} // namespace crucible::test
