#pragma once

#include "engine/core/Error.h"
#include "engine/data/Split.h"
#include "engine/train/ModelSpec.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace crucible {

/// The whole recipe of a run: model, optimiser, schedule, batching, stopping, seed and device.
/// Recorded with every run (toJson(), hash()); the GUI and `--set key=value` change it by the
/// recipe keys of ARCHITECTURE.md ("Recipe keys"), see keys(). Thread: a plain value type.
struct RunConfig {
    ModelSpec model; ///< key "model": a ModelSpec text form or JSON object
    int epochs = 10;
    int batchSize = 128; ///< key "batch_size"
    double lr = 1e-3;
    QString optimizer = QStringLiteral("adam"); ///< sgd, adam, adamw
    double momentum = 0.9; ///< SGD only
    bool nesterov = false; ///< SGD only
    double weightDecay = 0.0; ///< key "weight_decay"
    QString schedule = QStringLiteral("constant"); ///< constant, step, cosine
    int stepSize = 10; ///< key "step_size": epochs between two decays of the step schedule
    double stepGamma = 0.1; ///< key "step_gamma": factor of each step decay
    double warmupEpochs = 0.0; ///< key "warmup_epochs": linear warm-up from 0 to lr first
    int earlyStoppingPatience = 0; ///< epochs without improvement before stopping; 0 = never
    QString earlyStoppingMetric = QStringLiteral("val_loss"); ///< a per-epoch validation metric
    double gradClip = 0.0; ///< key "grad_clip": max gradient norm; 0 = no clipping
    std::uint64_t seed = 42;
    bool deterministic = false; ///< deterministic algorithms: bit-identical reruns on the CPU
    QString device = QStringLiteral("auto"); ///< auto, cpu, cuda, cuda:N
    /// Key "amp": mixed precision on a GPU: off, bf16, or fp16 (with a loss scaler). Ignored on the
    /// CPU, where the run records it as asked but trains in float32.
    QString amp = QStringLiteral("off");
    bool cudnnBenchmark = false; ///< key "cudnn_benchmark": let cuDNN time its algorithms (GPU only)
    int threads = 0; ///< LibTorch intra-op threads; 0 = the front end's default
    int checkpointEvery = 1; ///< key "checkpoint_every": epochs between checkpoints; 0 = only on stop
    /// Key "keep_checkpoints": how many of the newest checkpoints a run keeps, besides the one at
    /// the best validation value of early_stopping_metric; 0 keeps every one.
    int keepCheckpoints = 3;
    /// Key "dist_timeout": seconds a data-parallel worker waits for the others (rendezvous, each
    /// exchange) before the run fails; a worker that died or hangs stops the rest within it.
    int distTimeout = 60;
    double splitTrain = 0.8; ///< key "split": "train,validation,test" fractions
    double splitValidation = 0.1;
    double splitTest = 0.1;
    std::uint64_t splitSeed = 42; ///< key "split_seed"

    /// Every recipe key, in the documented order.
    static QStringList keys();
    /// Sets `key` from text as typed on a command line ("lr" "3e-4", "split" "0.7,0.15,0.15").
    /// An error names the key and the allowed values.
    Status set(const QString& key, const QString& value);
    /// Applies "key=value" texts in order; stops at the first error.
    Status apply(const QStringList& assignments);
    /// The value of `key` as text, the way set() reads it.
    QString value(const QString& key) const;

    /// Checks ranges and combinations (positive epochs and batch size, known names, ...).
    Status validate() const;

    /// Every key, with the model as its JSON object and "split" as {train, validation, test}.
    QJsonObject toJson() const;
    /// Reads a recorded recipe; missing keys keep their defaults, unknown ones are an error.
    static Result<RunConfig> fromJson(const QJsonObject& json);
    /// The compact JSON of toJson() with sorted keys: two equal recipes give equal bytes.
    QByteArray canonicalJson() const;
    /// SHA-256 (hex) of canonicalJson(); equals RunStore::configHash(toJson()).
    QString hash() const;

    /// The split recipe this config asks for (stratification on for classes).
    SplitRecipe splitRecipe() const;
};

} // namespace crucible
