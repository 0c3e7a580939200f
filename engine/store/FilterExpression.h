#pragma once

#include "engine/core/Error.h"
#include "engine/store/RunTypes.h"

#include <QString>

#include <memory>

namespace crucible {

/// A filter over runs, for example `metrics.val_accuracy > 0.9 and params.optimizer = "adam"`.
///
/// Grammar: conditions `FIELD OP VALUE` joined by `and`, `or`, `not` and parentheses (and binds
/// tighter than or). FIELD is a RunField name; OP is one of = (or ==), != (or <>), <, <=, >, >=,
/// contains, like / ilike (SQL patterns: % any text, _ one character; ilike ignores case), glob
/// (* ? [..]), or in with a list (`params.optimizer in ("adam", "sgd")`); `not` may come before
/// in, like, ilike, glob and contains. VALUE is a number (1e-3, -2), a quoted string ("adam" or
/// 'adam'), true or false. Keywords are case-insensitive, and so are status and device values.
/// `tag = "x"` holds when the run has tag x; tags.KEY is the value of its tag "KEY=value".
/// created, started and ended compare as moments with a date in local time: 2026-12-01 is the
/// whole day (so `created = "2026-12-01"` is any time that day and `> "2026-12-01"` from the next),
/// 2026-12-01 14:30 the minute, 2026-12-01 14:30:15 the second; ISO 8601 with a zone is read as
/// written, and a number is milliseconds since 1970 (MLflow's start_time). Comparisons with a
/// field the run lacks are false, except != which is true; NaN compares false.
///
/// Like QRegularExpression, parsing never fails loudly: check isValid(), then errorPosition()
/// and errorMessage(). Thread: value type; matches() is const and reentrant.
class FilterExpression {
public:
    /// The empty filter: valid, matches every run.
    FilterExpression();
    ~FilterExpression();
    FilterExpression(const FilterExpression&);
    FilterExpression& operator=(const FilterExpression&);

    static FilterExpression parse(const QString& text);

    QString text() const { return m_text; }
    bool isEmpty() const;
    bool isValid() const { return m_errorPosition < 0; }
    /// 0-based index into text() where the problem is, or -1 when valid.
    int errorPosition() const { return m_errorPosition; }
    /// What is wrong and what would be right, in English; empty when valid.
    QString errorMessage() const { return m_errorMessage; }
    /// The problem as an engine error (InvalidInput, where "filter, column N").
    Error error() const;

    /// True when `run` satisfies the filter (always true for the empty or an invalid filter).
    bool matches(const RunRecord& run) const;

    struct Node;

private:
    std::shared_ptr<const Node> m_root;
    QString m_text;
    int m_errorPosition = -1;
    QString m_errorMessage;
};

} // namespace crucible
