#pragma once

#include "engine/core/Error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace crucible {

/// One dimension of a search space. Values are JSON: numbers for int and float, any scalar for
/// choice. A conditional parameter (`whenKey`) is only drawn while that parameter (a choice) has
/// one of `whenValues`; otherwise the trial does not have it. Thread: value type.
struct SweepParam {
    enum class Type { Choice, Int, Float };
    QString name; ///< a recipe key ("lr") or a model field ("model.width")
    Type type = Type::Float;
    QJsonArray choices; ///< Choice
    double low = 0; ///< Int, Float
    double high = 1;
    bool log = false; ///< draw uniformly in log space (low > 0)
    int gridPoints = 5; ///< Float (and wide Int) ranges under the grid strategy
    QString whenKey;
    QJsonArray whenValues;

    /// The values the grid strategy visits, in order.
    QJsonArray gridValues() const;
    /// "float 0.0001..0.1 log", "choice sgd|adam", with " if optimizer=sgd".
    QString summary() const;
};

/// A search space: parameters in an order where each condition's parameter comes first.
/// Thread: value type.
struct SearchSpace {
    QList<SweepParam> params;

    /// Whether `param` is active for the values drawn so far (its condition holds).
    static bool isActive(const SweepParam& param, const QJsonObject& values);
    /// Every combination of the grid values, conditional parameters only where active.
    QList<QJsonObject> grid() const;
    const SweepParam* find(const QString& name) const;
};

/// Model fields a space may search besides the recipe keys: model.width and model.depth (hidden
/// layers of equal width), model.hidden ("64,32"), model.dropout, model.activation,
/// model.batch_norm, model.kind.
QStringList sweepModelFields();

/// A sweep file (YAML or JSON), checked:
///
///   name: iris-search            # names the sweep (a label)
///   dataset: iris                # NAME or NAME@HASH, as `train` takes it
///   experiment: sweep iris-search  # optional; where the trials are filed
///   recipe: {epochs: 20, model: mlp}   # the base recipe (recipe keys)
///   objective: {metric: val_loss, goal: minimize}
///   strategy: tpe                # grid, random or tpe
///   seed: 1
///   budget: {trials: 30, minutes: 20}
///   pruner: {kind: median, warmup_epochs: 2, min_trials: 5}   # or asha: min_epochs, reduction_factor; none
///   space:
///     lr: {float: [1e-4, 1e-1], log: true}
///     optimizer: [sgd, adam]                     # a list is a choice
///     momentum: {float: [0.5, 0.99], when: {optimizer: sgd}}
///     model.width: {int: [8, 128], log: true}
///
/// Thread: value type.
struct SweepSpec {
    QString name;
    QString dataset;
    QString experiment; ///< empty: "sweep NAME"
    QJsonObject recipe; ///< key -> value (JSON scalars)
    QString metric = QStringLiteral("val_loss");
    bool minimize = true;
    QString strategy = QStringLiteral("tpe"); ///< grid, random, tpe
    quint64 seed = 0;
    int trials = 20; ///< budget; for grid at most the grid's size
    double minutes = 0; ///< wall-time budget; 0 = none
    QString pruner = QStringLiteral("none"); ///< none, median, asha
    int warmupEpochs = 1; ///< median: epochs before it prunes
    int minTrials = 5; ///< median: finished trials before it prunes
    int minEpochs = 1; ///< asha: the first rung
    int reductionFactor = 3; ///< asha: eta
    int startupTrials = 10; ///< tpe: random trials first
    SearchSpace space;

    /// Parses YAML or JSON text; `file` names it in errors (with the line for YAML).
    static Result<SweepSpec> parse(const QByteArray& text, const QString& file);
    static Result<SweepSpec> fromJson(const QJsonObject& json, const QString& where);
    QJsonObject toJson() const;
    QString experimentName() const;
    /// The recipe assignments ("key=value") of a trial: the base recipe with `values` applied,
    /// model fields folded into one "model=" assignment.
    QStringList assignments(const QJsonObject& values) const;
};

/// A value as a recipe reads it: integers without a decimal point, doubles exactly (17 digits).
QString sweepValueText(const QJsonValue& value);

} // namespace crucible
