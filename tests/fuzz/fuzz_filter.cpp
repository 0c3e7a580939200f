// The run filter parser on arbitrary text, and matching a run with what it parsed.
#include "FuzzSupport.h"
#include "engine/store/FilterExpression.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const crucible::FilterExpression filter = crucible::FilterExpression::parse(text);
    if (!filter.isValid()) {
        (void)filter.error();
        return 0;
    }
    static const crucible::RunRecord run = [] {
        crucible::RunRecord record;
        record.id = QStringLiteral("0190a1b2c3d4e5f6");
        record.name = QStringLiteral("run-e5f6");
        record.tags = {QStringLiteral("baseline")};
        return record;
    }();
    (void)filter.matches(run);
    return 0;
}
