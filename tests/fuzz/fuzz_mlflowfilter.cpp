// MLflow's search syntax on arbitrary text: a filter or order_by the translator accepts must be
// one that Crucible's filter language and field names accept in turn (the server never passes
// on text it made invalid), and matching a run with it must be safe.
#include "FuzzSupport.h"
#include "engine/interop/MlflowSearch.h"
#include "engine/store/FilterExpression.h"
#include "engine/store/RunField.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto translated = crucible::mlflow::translateFilter(text);
    if (translated) {
        const crucible::FilterExpression filter = crucible::FilterExpression::parse(translated.value());
        if (!filter.isValid())
            __builtin_trap();
        static const crucible::RunRecord run = [] {
            crucible::RunRecord record;
            record.id = QStringLiteral("0190a1b2c3d4e5f6");
            record.name = QStringLiteral("run-e5f6");
            record.tags = {QStringLiteral("team=vision")};
            record.params.insert(QStringLiteral("lr"), QStringLiteral("0.01"));
            return record;
        }();
        (void)filter.matches(run);
    }
    const auto order = crucible::mlflow::translateOrderBy({text});
    if (order && !order->isEmpty()) {
        const QString field = order->startsWith(QLatin1Char('-')) ? order->mid(1) : order.value();
        if (!crucible::RunField::parse(field))
            __builtin_trap();
    }
    return 0;
}
