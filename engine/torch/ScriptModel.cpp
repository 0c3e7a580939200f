#include "ScriptModel.h"
#include "engine/core/Message.h"
#include "engine/torch/TorchApi.h"

#include "ModelBuilder.h"

#include <QJsonArray>

#include <caffe2/serialize/read_adapter_interface.h>
#include <torch/script.h>
#include <torch/torch.h>

#include <algorithm>
#include <cstring>
#include <sstream>

namespace crucible {

namespace {

QString reason(const std::exception& error)
{
    if (const auto* c10 = dynamic_cast<const c10::Error*>(&error))
        return QString::fromStdString(c10->what_without_backtrace()).trimmed();
    // TorchScript's interpreter errors carry a traceback; the last line says what failed.
    const QStringList lines = QString::fromLocal8Bit(error.what()).trimmed().split(QLatin1Char('\n'));
    return lines.isEmpty() ? QString() : lines.back().trimmed();
}

std::istringstream streamOf(const QByteArray& bytes)
{
    return std::istringstream(std::string(bytes.constData(), size_t(bytes.size())));
}

/// A model.pt read in place from the bytes the bundle gave (no copy into a stream first); reads past
/// the end give fewer bytes, which the loader reports as a damaged archive.
class BytesReader final : public caffe2::serialize::ReadAdapterInterface {
public:
    explicit BytesReader(const QByteArray& bytes) : m_bytes(bytes) { }
    size_t size() const override { return size_t(m_bytes.size()); }
    size_t read(uint64_t position, void* buffer, size_t count, const char* = "") const override
    {
        if (position >= uint64_t(m_bytes.size()))
            return 0;
        const size_t available = std::min(count, size_t(uint64_t(m_bytes.size()) - position));
        std::memcpy(buffer, m_bytes.constData() + position, available);
        return available;
    }

private:
    const QByteArray m_bytes; ///< shared with the caller's, not copied
};

QByteArray bytesOf(const std::ostringstream& out)
{
    const std::string text = out.str();
    return QByteArray(text.data(), qsizetype(text.size()));
}

/// Why `tensor` reaches outside its storage (empty when it does not). A model.pt names each
/// tensor's storage, offset, sizes and strides separately, and LibTorch's loader trusts them:
/// a hostile file can point a parameter anywhere in memory.
QString outOfBounds(const at::Tensor& tensor)
{
    if (!tensor.defined())
        return {};
    if (tensor.is_sparse() || tensor.is_quantized())
        return CRUCIBLE_MESSAGE("is of a layout Crucible does not load");
    if (!tensor.has_storage())
        return {};
    const std::int64_t offset = tensor.storage_offset();
    if (offset < 0)
        return CRUCIBLE_MESSAGE("has a negative storage offset");
    std::int64_t extent = 1; // elements from the first to the last one it reads, inclusive
    for (std::int64_t d = 0; d < tensor.dim(); ++d) {
        const std::int64_t size = tensor.size(d);
        const std::int64_t stride = tensor.stride(d);
        if (size < 0 || stride < 0)
            return CRUCIBLE_MESSAGE("has a negative size or stride");
        if (size == 0)
            return {}; // empty: reads nothing
        std::int64_t span = 0;
        if (__builtin_mul_overflow(size - 1, stride, &span) || __builtin_add_overflow(extent, span, &extent))
            return CRUCIBLE_MESSAGE("has sizes and strides that overflow");
    }
    const std::int64_t itemSize = std::int64_t(tensor.element_size());
    const std::int64_t storageBytes = std::int64_t(tensor.storage().nbytes());
    std::int64_t end = 0;
    if (__builtin_add_overflow(offset, extent, &end) || __builtin_mul_overflow(end, itemSize, &end)
        || end > storageBytes)
        return CRUCIBLE_MESSAGE("reaches byte %1 of a storage of %2 bytes (offset %3, shape %4)")
            .arg(QString::number(offset + extent) + QStringLiteral(" elements x ") + QString::number(itemSize))
            .arg(storageBytes)
            .arg(offset)
            .arg(QString::fromStdString(c10::str(tensor.sizes())));
    return {};
}

/// Every tensor the module holds (parameters, buffers, other attributes) within its storage.
void checkTensorBounds(const torch::jit::Module& module)
{
    for (const auto& attribute : module.named_attributes(/*recurse=*/true)) {
        if (!attribute.value.isTensor())
            continue;
        const QString problem = outOfBounds(attribute.value.toTensor());
        TORCH_CHECK(problem.isEmpty(), "tensor \"", attribute.name, "\" ", problem.toStdString(),
                    ": the file is damaged or was made to read memory it does not own");
    }
}

} // namespace

} // namespace crucible

namespace crucible {

struct ScriptModelState {
    torch::jit::Module module;
    QByteArray manifest;
};

namespace torchimpl {

Result<ScriptModelState*> scriptLoad(const QByteArray& archive, const QString& where)
{
    auto state = std::make_unique<ScriptModelState>();
    try {
        torch::jit::ExtraFilesMap extra {{kScriptManifestFile, std::string()}};
        state->module = torch::jit::load(std::make_shared<BytesReader>(archive), torch::kCPU, extra);
        checkTensorBounds(state->module);
        state->module.eval();
        const std::string& manifest = extra[kScriptManifestFile];
        state->manifest = QByteArray(manifest.data(), qsizetype(manifest.size()));
        if (!state->module.find_method("forward"))
            return Error {ErrorCode::InvalidInput, CRUCIBLE_MESSAGE("the TorchScript module has no forward method"),
                          where};
    } catch (const std::exception& error) {
        return Error {ErrorCode::InvalidInput, CRUCIBLE_MESSAGE("TorchScript cannot load it: %1").arg(reason(error)),
                      where};
    }
    return state.release();
}

void scriptDestroy(ScriptModelState* state)
{
    delete state;
}

QByteArray scriptManifest(const ScriptModelState* state)
{
    return state->manifest;
}

Result<std::vector<float>> scriptForward(ScriptModelState* state, const float* input, std::int64_t rows,
                                         const std::vector<std::int64_t>& exampleShape, int* outputs)
{
    try {
        c10::InferenceMode inference;
        std::vector<std::int64_t> shape {rows};
        shape.insert(shape.end(), exampleShape.begin(), exampleShape.end());
        const torch::Tensor x = torch::from_blob(const_cast<float*>(input), shape, torch::kFloat32);
        torch::Tensor y = state->module.forward({x}).toTensor().to(torch::kCPU, torch::kFloat32).contiguous();
        if (y.dim() == 1)
            y = y.unsqueeze(1);
        TORCH_CHECK(y.dim() == 2 && y.size(0) == rows, "the model returned a tensor of shape ", y.sizes(), " for ",
                    rows, " inputs");
        *outputs = int(y.size(1));
        return std::vector<float>(y.data_ptr<float>(), y.data_ptr<float>() + y.numel());
    } catch (const std::exception& error) {
        return Error {ErrorCode::InvalidInput, CRUCIBLE_MESSAGE("the model failed: %1").arg(reason(error)),
                      QStringLiteral("model.pt")};
    }
}

Result<QByteArray> embedManifest(const QByteArray& archive, const QByteArray& manifest, const QString& where)
{
    try {
        std::istringstream in = streamOf(archive);
        torch::jit::Module module = torch::jit::load(in, torch::kCPU);
        std::ostringstream out;
        module.save(out, {{kScriptManifestFile, manifest.toStdString()}});
        return bytesOf(out);
    } catch (const std::exception& error) {
        return Error {ErrorCode::InvalidInput, CRUCIBLE_MESSAGE("TorchScript cannot load it: %1").arg(reason(error)),
                      where};
    }
}

Result<QByteArray> exportInitialModel(const ModelSpec& spec, const QJsonObject& inputSignature, std::uint64_t seed)
{
    try {
        torch::manual_seed(seed);
        std::vector<std::int64_t> shape;
        if (inputSignature.value(QStringLiteral("kind")).toString() == QLatin1String("images")) {
            for (const QJsonValue& dim : inputSignature.value(QStringLiteral("shape")).toArray())
                shape.push_back(dim.toInteger());
        } else {
            shape.push_back(inputSignature.value(QStringLiteral("width")).toInteger());
        }
        const bool isRegression =
            inputSignature.value(QStringLiteral("task")).toString() == QLatin1String("regression");
        const int outputs = isRegression ? 1 : int(inputSignature.value(QStringLiteral("classes")).toArray().size());
        torch::nn::Sequential model = detail::buildModel(spec, shape, outputs);
        return detail::scriptArchive(model, inputSignature);
    } catch (const std::exception& error) {
        return Error {ErrorCode::InvalidInput, reason(error), QStringLiteral("model")};
    }
}

} // namespace torchimpl
} // namespace crucible
