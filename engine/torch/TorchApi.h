#pragma once

// The boundary between the engine and its LibTorch module. LibTorch costs about 0.8 s to load
// (its operator registry initialises at load time), so the engine does not link it: the code of
// this folder is built into libcrucible_torch.so, which the engine loads with dlopen the first
// time a torch-free front (TorchRuntime.h, ScriptModel.h, Trainer.h) is called. Commands that
// never train or predict (data, runs, pipeline steps that are cached, drift on a CSV without
// predictions) start without it. Torch-free.
#include "engine/core/Environment.h"
#include "engine/core/Error.h"
#include "engine/torch/TorchRuntime.h"
#include "engine/train/ModelSpec.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace crucible {

class TrainingBackend;
struct ScriptModelState;

/// Raised by a change of this struct: the engine refuses a module built for another.
inline constexpr int kTorchApiVersion = 2;

/// What libcrucible_torch.so offers, as function pointers (filled by crucible_torch_api()).
struct TorchApi {
    int version = kTorchApiVersion;
    QString (*libtorchVersion)();
    bool (*isCudaAvailable)();
    int (*cudaDeviceCount)();
    QString (*cudaDeviceName)(int);
    QString (*cudaVersion)();
    QString (*cudnnVersion)();
    qint64 (*cudaMemoryTotal)(int);
    qint64 (*cudaMemoryReserved)(int);
    QString (*cudaDeviceLabel)(int);
    bool (*hasMkl)();
    QStringList (*deviceChoices)();
    int (*threadCount)();
    void (*setThreadCount)(int);
    torchruntime::BlasInfo (*detectBlas)();
    Environment (*captureEnvironment)();
    Result<ScriptModelState*> (*scriptLoad)(const QByteArray&, const QString&);
    void (*scriptDestroy)(ScriptModelState*);
    QByteArray (*scriptManifest)(const ScriptModelState*);
    Result<std::vector<float>> (*scriptForward)(ScriptModelState*, const float*, std::int64_t,
                                                const std::vector<std::int64_t>&, int*);
    Result<QByteArray> (*embedManifest)(const QByteArray&, const QByteArray&, const QString&);
    Result<QByteArray> (*exportInitialModel)(const ModelSpec&, const QJsonObject&, std::uint64_t);
    Result<QString> (*resolveDevice)(const QString&);
    Result<qint64> (*countParameters)(const ModelSpec&, const std::vector<std::int64_t>&, int);
    const TrainingBackend& (*torchBackend)();
};

/// The implementations inside the module (the fronts of the same names call them).
namespace torchimpl {
QString version();
bool isCudaAvailable();
int cudaDeviceCount();
QString cudaDeviceName(int index);
QString cudaVersion();
QString cudnnVersion();
qint64 cudaMemoryTotal(int index);
qint64 cudaMemoryReserved(int index);
QString cudaDeviceLabel(int index);
bool hasMkl();
QStringList deviceChoices();
int threadCount();
void setThreadCount(int threads);
torchruntime::BlasInfo detectBlas();
Environment captureEnvironment();
Result<ScriptModelState*> scriptLoad(const QByteArray& archive, const QString& where);
void scriptDestroy(ScriptModelState* state);
QByteArray scriptManifest(const ScriptModelState* state);
Result<std::vector<float>> scriptForward(ScriptModelState* state, const float* input, std::int64_t rows,
                                         const std::vector<std::int64_t>& exampleShape, int* outputs);
Result<QByteArray> embedManifest(const QByteArray& archive, const QByteArray& manifest, const QString& where);
Result<QByteArray> exportInitialModel(const ModelSpec& spec, const QJsonObject& inputSignature, std::uint64_t seed);
Result<QString> resolveDevice(const QString& device);
Result<qint64> countParameters(const ModelSpec& spec, const std::vector<std::int64_t>& inputShape, int outputs);
const TrainingBackend& torchBackend();
} // namespace torchimpl

/// The engine's handle on the module: loads it on first use (CRUCIBLE_TORCH_MODULE names another
/// file; by default libcrucible_torch.so beside libcrucible_engine.so). Null when it cannot be
/// loaded; `problem` then says why (the file, dlerror()). Thread: any.
const TorchApi* torchApi(QString* problem = nullptr);

} // namespace crucible

/// Exported by libcrucible_torch.so.
extern "C" const crucible::TorchApi* crucible_torch_api();
