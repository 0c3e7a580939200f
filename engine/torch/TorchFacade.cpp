// Part of the engine (torch-free): the fronts of TorchRuntime.h, ScriptModel.h and Trainer.h,
// which load libcrucible_torch.so on first use and call into it (see TorchApi.h).
#include "engine/core/BlasKernels.h"
#include "engine/core/Message.h"
#include "engine/torch/ScriptModel.h"
#include "engine/torch/TorchApi.h"
#include "engine/torch/TorchRuntime.h"
#include "engine/torch/Trainer.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>

#include <cstdio>
#include <cstdlib>
#include <dlfcn.h>
#include <mutex>
#include <system_error>
#include <thread>

namespace crucible {

namespace {

struct Loaded {
    const TorchApi* api = nullptr;
    QString problem;
};

/// Where the module is: $CRUCIBLE_TORCH_MODULE, else beside the library (or program) this code is in.
QString modulePath()
{
    const QString chosen = qEnvironmentVariable("CRUCIBLE_TORCH_MODULE");
    if (!chosen.isEmpty())
        return chosen;
    Dl_info info {};
    if (dladdr(reinterpret_cast<void*>(&modulePath), &info) != 0 && info.dli_fname)
        return QFileInfo(QString::fromLocal8Bit(info.dli_fname))
            .absoluteDir()
            .filePath(QStringLiteral("libcrucible_torch.so"));
    return QStringLiteral("libcrucible_torch.so");
}

Loaded load()
{
    Loaded loaded;
    const QString path = modulePath();
    // Global, so that the BLAS LibTorch brings (OpenBLAS) is found by name, as it was when linked.
    void* handle = dlopen(QFile::encodeName(path).constData(), RTLD_NOW | RTLD_GLOBAL);
    if (!handle) {
        loaded.problem = CRUCIBLE_MESSAGE("cannot load Crucible's LibTorch module %1: %2")
                             .arg(path, QString::fromLocal8Bit(dlerror()));
        return loaded;
    }
    using Entry = const TorchApi* (*)();
    auto entry = reinterpret_cast<Entry>(dlsym(handle, "crucible_torch_api"));
    if (!entry) {
        loaded.problem = CRUCIBLE_MESSAGE("%1 is not Crucible's LibTorch module (no crucible_torch_api)").arg(path);
        return loaded;
    }
    const TorchApi* api = entry();
    if (!api || api->version != kTorchApiVersion) {
        loaded.problem = CRUCIBLE_MESSAGE("%1 was built for another version of Crucible (interface %2, this one %3)")
                             .arg(path)
                             .arg(api ? api->version : 0)
                             .arg(kTorchApiVersion);
        return loaded;
    }
    // OpenBLAS is loaded now, before any BLAS call: pick its kernels and leave threads to LibTorch
    // (BlasKernels.h), as the programs did at start-up when LibTorch was linked.
    chooseBlasKernels();
    useSingleThreadedBlas();
    loaded.api = api;
    return loaded;
}

const Loaded& loaded()
{
    static const Loaded once = load();
    return once;
}

/// The module's table, or a clear end of the process where there is no way to report an error:
/// Crucible cannot work without LibTorch, and a missing module is a broken installation.
const TorchApi& api()
{
    const Loaded& module = loaded();
    if (!module.api) {
        std::fprintf(stderr, "crucible: fatal: %s\n", qPrintable(module.problem));
        std::exit(3);
    }
    return *module.api;
}

Error moduleError()
{
    return {ErrorCode::Internal, loaded().problem, QStringLiteral("LibTorch")};
}

} // namespace

const TorchApi* torchApi(QString* problem)
{
    if (problem)
        *problem = loaded().problem;
    return loaded().api;
}

namespace torchruntime {

QString version()
{
    return api().libtorchVersion();
}
BackgroundLoad::BackgroundLoad()
{
    // Only mapping (relocations, LibTorch's operator registration: the slow part); loaded() on the thread
    // that uses it first does the rest (the BLAS set-up, which may set variables of the environment).
    try {
        m_thread = std::thread([path = QFile::encodeName(modulePath())] {
            (void)dlopen(path.constData(), RTLD_NOW | RTLD_GLOBAL); // kept, as loaded() keeps it
        });
    } catch (const std::system_error&) { // no thread to be had: loaded at the first use instead
    }
}
BackgroundLoad::~BackgroundLoad()
{
    if (m_thread.joinable())
        m_thread.join();
}
bool isCudaAvailable()
{
    return api().isCudaAvailable();
}
int cudaDeviceCount()
{
    return api().cudaDeviceCount();
}
QString cudaDeviceName(int index)
{
    return api().cudaDeviceName(index);
}
QString cudaVersion()
{
    return api().cudaVersion();
}
QString cudnnVersion()
{
    return api().cudnnVersion();
}
qint64 cudaMemoryTotal(int index)
{
    return api().cudaMemoryTotal(index);
}
qint64 cudaMemoryReserved(int index)
{
    return api().cudaMemoryReserved(index);
}
QString cudaDeviceLabel(int index)
{
    return api().cudaDeviceLabel(index);
}
bool hasMkl()
{
    return api().hasMkl();
}
QStringList deviceChoices()
{
    return api().deviceChoices();
}
int threadCount()
{
    return api().threadCount();
}
void setThreadCount(int threads)
{
    api().setThreadCount(threads);
}
BlasInfo detectBlas()
{
    return api().detectBlas();
}
Environment captureEnvironment()
{
    return api().captureEnvironment();
}

} // namespace torchruntime

ScriptModel::~ScriptModel()
{
    if (m_state)
        api().scriptDestroy(m_state);
}

Result<std::unique_ptr<ScriptModel>> ScriptModel::load(const QByteArray& archive, const QString& where)
{
    const TorchApi* module = torchApi();
    if (!module)
        return moduleError();
    auto state = module->scriptLoad(archive, where);
    if (!state)
        return state.error();
    std::unique_ptr<ScriptModel> model(new ScriptModel);
    model->m_state = state.value();
    return model;
}

QByteArray ScriptModel::embeddedManifest() const
{
    return api().scriptManifest(m_state);
}

Result<std::vector<float>> ScriptModel::forward(const float* input, std::int64_t rows,
                                                const std::vector<std::int64_t>& exampleShape, int* outputs)
{
    return api().scriptForward(m_state, input, rows, exampleShape, outputs);
}

Result<QByteArray> embedManifest(const QByteArray& archive, const QByteArray& manifest, const QString& where)
{
    const TorchApi* module = torchApi();
    return module ? module->embedManifest(archive, manifest, where) : Result<QByteArray>(moduleError());
}

Result<QByteArray> exportInitialModel(const ModelSpec& spec, const QJsonObject& inputSignature, std::uint64_t seed)
{
    const TorchApi* module = torchApi();
    return module ? module->exportInitialModel(spec, inputSignature, seed) : Result<QByteArray>(moduleError());
}

Result<QString> resolveDevice(const QString& device)
{
    const TorchApi* module = torchApi();
    return module ? module->resolveDevice(device) : Result<QString>(moduleError());
}

Result<qint64> countParameters(const ModelSpec& spec, const std::vector<std::int64_t>& inputShape, int outputs)
{
    const TorchApi* module = torchApi();
    return module ? module->countParameters(spec, inputShape, outputs) : Result<qint64>(moduleError());
}

const TrainingBackend& torchBackend()
{
    return api().torchBackend();
}

} // namespace crucible
