#pragma once

#include "engine/core/Error.h"
#include "engine/train/ModelSpec.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

namespace crucible {

/// The extra file of model.pt that holds the bundle manifest, so the .pt alone describes itself
/// (Python: torch.jit.load(path, _extra_files={"crucible-model.json": ""})).
inline constexpr char kScriptManifestFile[] = "crucible-model.json";

/// A model.pt as Crucible writes it: a TorchScript module whose forward(x) takes raw inputs in
/// the order of the input signature (tables: float32 [N, F], one value per feature, a category
/// as its index in the signature's list, NaN when missing; images: [N, C, H, W] with pixel
/// values 0..255) and returns class probabilities [N, K] or regression predictions [N]. The
/// preprocessing (standardisation, one-hot encoding, pixel scaling) is inside the module.
/// A torch-free front for engine/torch/. Thread: load and use on one thread at a time. Blocking.
class ScriptModel {
public:
    ~ScriptModel();
    ScriptModel(const ScriptModel&) = delete;
    ScriptModel& operator=(const ScriptModel&) = delete;

    /// Loads an archive on the CPU. An error carries TorchScript's reason; `where` names the file.
    static Result<std::unique_ptr<ScriptModel>> load(const QByteArray& archive, const QString& where);

    /// The manifest embedded as kScriptManifestFile; empty when the archive has none.
    QByteArray embeddedManifest() const;

    /// Runs forward on `rows` examples of `exampleShape` each ({F} or {C, H, W}; row-major
    /// floats at `input`) and returns rows x outputs floats, setting `outputs` (1 for regression).
    /// Errors carry TorchScript's message (for example a shape the model does not take).
    Result<std::vector<float>> forward(const float* input, std::int64_t rows,
                                       const std::vector<std::int64_t>& exampleShape, int* outputs);

private:
    ScriptModel() = default;
    struct ScriptModelState* m_state = nullptr; ///< owned; lives in the LibTorch module
};

/// `archive` written again with `manifest` embedded as kScriptManifestFile (replacing any
/// embedded before). Thread: any. An error names `where`.
Result<QByteArray> embedManifest(const QByteArray& archive, const QByteArray& manifest, const QString& where);

/// `spec`, freshly initialised from `seed`, exported as model.pt for `inputSignature` (the
/// input encoding a training run records as input_signature.json). Training exports through the
/// same path with its trained weights; this is the untrained model of that recipe (a baseline,
/// and a real model for tests and benchmarks). Thread: any (sets LibTorch's global seed).
Result<QByteArray> exportInitialModel(const ModelSpec& spec, const QJsonObject& inputSignature, std::uint64_t seed);

} // namespace crucible
