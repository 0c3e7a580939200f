#include "RunQuery.h"

#include "engine/store/RunField.h"

#include <algorithm>
#include <cmath>

namespace crucible {

Status RunQuery::sortRuns(std::vector<RunRecord>& runs, const QString& sortKey)
{
    QString key = sortKey.trimmed();
    bool descending = false;
    if (key.startsWith(QLatin1Char('-'))) {
        descending = true;
        key = key.mid(1).trimmed();
    } else if (key.endsWith(QLatin1String(" desc"), Qt::CaseInsensitive)) {
        descending = true;
        key.chop(5);
    } else if (key.endsWith(QLatin1String(" asc"), Qt::CaseInsensitive)) {
        key.chop(4);
    }
    if (key.isEmpty()) {
        key = QStringLiteral("created");
        descending = true;
    }
    QString problem;
    const std::optional<RunField> field = RunField::parse(key.trimmed(), &problem);
    if (!field)
        return Error {ErrorCode::InvalidInput, problem, QStringLiteral("sort")};

    std::vector<std::pair<FieldValue, size_t>> keyed;
    keyed.reserve(runs.size());
    for (size_t i = 0; i < runs.size(); ++i)
        keyed.emplace_back(field->valueOf(runs[i]), i);
    std::stable_sort(keyed.begin(), keyed.end(), [&](const auto& a, const auto& b) {
        // Missing values, then NaN (a diverged run), come last in either direction: "best first"
        // never starts with them.
        const auto last = [](const FieldValue& value) {
            return value.kind == FieldValue::Kind::Missing                           ? 2
                : value.kind == FieldValue::Kind::Number && std::isnan(value.number) ? 1
                                                                                     : 0;
        };
        if (last(a.first) != last(b.first))
            return last(a.first) < last(b.first);
        const int order = FieldValue::compare(a.first, b.first);
        if (order != 0)
            return descending ? order > 0 : order < 0;
        return runs[a.second].createdAt > runs[b.second].createdAt;
    });
    std::vector<RunRecord> sorted;
    sorted.reserve(runs.size());
    for (const auto& entry : keyed)
        sorted.push_back(std::move(runs[entry.second]));
    runs = std::move(sorted);
    return Ok {};
}

} // namespace crucible
