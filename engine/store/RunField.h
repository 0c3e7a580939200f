#pragma once

#include "engine/store/RunTypes.h"

#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace crucible {

/// The value of a run's field as filters, sorting and table columns see it. Thread: value type.
struct FieldValue {
    enum class Kind { Missing, Number, Text, Bool, TextList };
    Kind kind = Kind::Missing;
    double number = 0;
    bool boolean = false;
    QString text; ///< Text
    QStringList list; ///< TextList (tags)

    static FieldValue fromJson(const QJsonValue& value);
    /// A short display form: numbers with up to 6 significant digits, "nan", "inf", lists joined by ", ".
    QString display() const;
    /// The same with numbers written as `locale` writes them (1.234,5 in German), for screens.
    QString display(const QLocale& locale) const;
    /// As display(), with numbers in the shortest form that reads back as the same double
    /// (0.001234561, 0.8): for files, comparisons and machines.
    QString exact() const;
    /// Orders for sorting: missing values last, numbers before text; NaN after every number.
    static int compare(const FieldValue& a, const FieldValue& b);
};

/// A named field of a run: id, name, experiment, status, tag (or tags), notes, dataset,
/// dataset_hash, seed, device, created, started, ended, duration, error, parent (the parent
/// run's id: a sweep's, or an MLflow nested run's), params.KEY, tags.KEY (the value of a tag
/// "KEY=value", empty for a plain tag KEY, missing without either), or
/// metrics.KEY with an optional .last (the default), .min, .max, .best, .best_step or .count.
/// Keys with unusual characters can be back-quoted: metrics.`train/loss`. Thread: value type.
class RunField {
public:
    /// Parses a field name; nullopt with `error` set when it names no field.
    static std::optional<RunField> parse(const QString& name, QString* error = nullptr);
    /// The built-in field names (without params. and metrics.).
    static QStringList builtInNames();

    QString name() const { return m_name; }
    bool isStatus() const { return m_kind == Kind::RunState; }
    bool isParam() const { return m_kind == Kind::Param; }
    bool isMetric() const { return m_kind == Kind::Metric; }
    /// created, started, ended: a moment, compared as one (valueOf() gives it as ISO text in UTC).
    bool isTime() const { return m_kind == Kind::Created || m_kind == Kind::Started || m_kind == Kind::Ended; }
    /// status and device: a few known words, compared without regard to case.
    bool isEnumeration() const { return m_kind == Kind::RunState || m_kind == Kind::Device; }
    /// The param or metric key, empty for built-in fields.
    QString key() const { return m_key; }

    FieldValue valueOf(const RunRecord& run) const;

private:
    enum class Kind {
        Id,
        Name,
        Experiment,
        RunState, ///< the status field (not named Status: that is the engine's Result type)
        Tags,
        Notes,
        Dataset,
        DatasetHash,
        Seed,
        Device,
        Created,
        Started,
        Ended,
        Duration,
        ErrorText,
        Parent,
        Param,
        Metric,
        TagValue
    };
    Kind m_kind = Kind::Id;
    QString m_name;
    QString m_key;
    QString m_fullKey; ///< for metrics with an aspect: the whole path, tried first (a key may contain dots)
    QString m_aspect; ///< for metrics: "last", "min", "max", "best", "best_step", "count"; may be ambiguous
};

} // namespace crucible
