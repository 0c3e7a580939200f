#pragma once

#include "engine/core/Error.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace crucible {

/// One step of a pipeline file, as written: its kind's body is kept as JSON whose strings may
/// hold references (${params.x}, ${steps.train.run_id}, ${trigger.file}) resolved when it runs.
/// Thread: a plain value type.
struct StepSpec {
    QString id;
    QString kind; ///< data, train, evaluate, gate, register, promote, drift, shell, notify
    QJsonObject body; ///< the kind's settings (a gate's list of conditions is {"conditions": [...]})
    QString condition; ///< "if": the step runs only when it holds; empty: always
    int retries = 0; ///< extra attempts after a failure
    double backoffSeconds = 2.0; ///< wait before the first retry, doubled for each further one
    double timeoutSeconds = 0; ///< 0: none
    bool cache = true; ///< reuse the outputs of an earlier success with the same inputs
    int line = 0; ///< where the step starts in the file
};

/// What starts a pipeline without a person: a schedule, a new file in a folder, a drift verdict.
struct TriggerSpec {
    QString schedule; ///< cron syntax (five fields or @daily ...); empty: none
    QString watchFolder; ///< absolute; empty: none
    QString watchPattern = QStringLiteral("*.csv");
    QString driftModel; ///< NAME@ALIAS whose serving log is checked; empty: none
    QString driftLog; ///< the served model's name in the log folder (default: the model's name)
    QString driftWindow = QStringLiteral("1000"); ///< rows or a time span, as `drift --window`
    double driftEverySeconds = 3600; ///< how often the daemon checks
    bool isEmpty() const { return schedule.isEmpty() && watchFolder.isEmpty() && driftModel.isEmpty(); }
};

/// A pipeline file (YAML) read and checked: every key known, every value of the right kind,
/// every reference pointing at a parameter or an earlier step. Thread: a plain value type.
struct PipelineSpec {
    QString name;
    QString file; ///< absolute path it was read from; empty when parsed from text
    QByteArray text; ///< the file's bytes, kept with every run so that `resume` runs the same steps
    QMap<QString, QString> params; ///< defaults; `--param k=v` overrides
    TriggerSpec triggers;
    QList<StepSpec> steps;

    /// Parses and checks `yaml`; `file` names it in messages. An error lists every problem as
    /// "FILE:LINE: KEY: what is wrong", the first one's place in Error::where.
    static Result<PipelineSpec> parse(const QByteArray& yaml, const QString& file);
    /// Reads and parses the file at `path`.
    static Result<PipelineSpec> load(const QString& path);

    int indexOf(const QString& stepId) const;
    /// The kinds a step may have, in the documented order.
    static QStringList stepKinds();
    /// The documented example (docs/examples/iris-retrain.yaml): what `pipeline new` and the
    /// workbench's New Pipeline start from.
    static QByteArray exampleText();
};

/// Values a step's references can see: params.*, steps.ID.*, trigger.*, pipeline.*.
using Scope = QHash<QString, QString>;

/// Replaces every ${name} in `text` from `scope`; an unknown name is an error naming it.
Result<QString> interpolate(const QString& text, const Scope& scope);
/// interpolate() on every string of `value` (objects and arrays walked).
Result<QJsonObject> interpolate(const QJsonObject& value, const Scope& scope);

/// Evaluates a condition: "A OP B" with OP one of >= > <= < == !=, each side a number, a name
/// from `scope` (challenger.accuracy, steps.drift.drifted) or either with "+ X" / "- X"; or a
/// single name or value, true unless it is empty, "false", "no" or "0". `missing` receives names
/// that had no value (a first model has no champion): a comparison with one holds, as there is
/// nothing to beat. Thread: any.
Result<bool> evaluateCondition(const QString& condition, const Scope& scope, QStringList* missing = nullptr);

/// "90", "90s", "5m", "2h", "1d" as seconds; negative when it is none of them.
double parseSeconds(const QString& text);

} // namespace crucible
