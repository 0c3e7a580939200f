// Writes a trained nn::Sequential as TorchScript source plus its tensors, so that model.pt is
// plain TorchScript that torch::jit::load and Python's torch.jit.load run without Crucible.
#include "ModelBuilder.h"
#include "ScriptModel.h"

#include <QJsonArray>

#include <torch/nn.h>
#include <torch/version.h>

#include <sstream>
#include <variant>

namespace crucible::detail {

namespace {

QString number(double value)
{
    return QString::number(value, 'g', 17);
}

template <size_t D> QString list(const torch::ExpandingArray<D>& values)
{
    QStringList parts;
    for (std::int64_t v : *values)
        parts << QString::number(v);
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

/// Emits forward()'s body line by line and registers the tensors it reads.
class ScriptWriter {
public:
    ScriptWriter() : m_module("__torch__.crucible.Model") { }

    /// Registers `tensor` (copied to the CPU) and returns how the code reads it.
    QString tensor(const torch::Tensor& tensor, const QString& stem, bool isParameter = true)
    {
        if (!tensor.defined())
            return QStringLiteral("None");
        const QString name = QStringLiteral("%1_%2").arg(stem).arg(m_count++);
        const torch::Tensor copy = tensor.detach().to(torch::kCPU).contiguous().clone();
        if (isParameter)
            m_module.register_parameter(name.toStdString(), copy, false);
        else
            m_module.register_buffer(name.toStdString(), copy);
        return QStringLiteral("self.") + name;
    }

    void line(const QString& text) { m_lines << QStringLiteral("    ") + text; }
    QString temporary() { return QStringLiteral("t%1").arg(m_count++); }

    void layers(torch::nn::Sequential& sequential, const QString& var)
    {
        for (const auto& child : sequential->children())
            layer(*child, var);
    }

    torch::jit::Module finish()
    {
        const QString source = QStringLiteral("def forward(self, x: Tensor) -> Tensor:\n")
            + m_lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
        m_module.define(source.toStdString());
        m_module.eval();
        return m_module;
    }

private:
    void layer(torch::nn::Module& module, const QString& v)
    {
        using namespace torch::nn;
        if (auto* linear = module.as<Linear>()) {
            line(QStringLiteral("%1 = torch.linear(%1, %2, %3)")
                     .arg(v, tensor(linear->weight, QStringLiteral("linear_weight")),
                          tensor(linear->bias, QStringLiteral("linear_bias"))));
        } else if (auto* conv = module.as<Conv2d>()) {
            const auto& o = conv->options;
#if TORCH_VERSION_MAJOR >= 2
            const auto* padding = std::get_if<torch::ExpandingArray<2>>(&o.padding()); // std::variant since 2.0
#else
            const auto* padding = c10::get_if<torch::ExpandingArray<2>>(&o.padding());
#endif
            TORCH_CHECK(padding, "a convolution with 'same' or 'valid' padding cannot be exported");
            line(QStringLiteral("%1 = torch.conv2d(%1, %2, %3, %4, %5, %6, %7)")
                     .arg(v, tensor(conv->weight, QStringLiteral("conv_weight")),
                          tensor(conv->bias, QStringLiteral("conv_bias")), list(o.stride()), list(*padding),
                          list(o.dilation()), QString::number(o.groups())));
        } else if (auto* norm = module.as<BatchNorm1d>()) {
            batchNorm(v, norm->weight, norm->bias, norm->running_mean, norm->running_var, norm->options.eps());
        } else if (auto* norm2 = module.as<BatchNorm2d>()) {
            batchNorm(v, norm2->weight, norm2->bias, norm2->running_mean, norm2->running_var, norm2->options.eps());
        } else if (auto* pool = module.as<MaxPool2d>()) {
            const auto& o = pool->options;
            line(QStringLiteral("%1 = torch.max_pool2d(%1, %2, %3, %4, %5, %6)")
                     .arg(v, list(o.kernel_size()), list(o.stride()), list(o.padding()), list(o.dilation()),
                          o.ceil_mode() ? QStringLiteral("True") : QStringLiteral("False")));
        } else if (auto* average = module.as<AdaptiveAvgPool2d>()) {
            QStringList size;
            for (const auto& d : *average->options.output_size())
                size << QString::number(d.value_or(1));
            line(QStringLiteral("%1 = torch.adaptive_avg_pool2d(%1, [%2])").arg(v, size.join(QStringLiteral(", "))));
        } else if (module.as<ReLU>()) {
            line(QStringLiteral("%1 = torch.relu(%1)").arg(v));
        } else if (module.as<GELU>()) {
            line(QStringLiteral("%1 = torch.gelu(%1)").arg(v));
        } else if (module.as<Tanh>()) {
            line(QStringLiteral("%1 = torch.tanh(%1)").arg(v));
        } else if (module.as<Flatten>()) {
            line(QStringLiteral("%1 = torch.flatten(%1, 1)").arg(v));
        } else if (module.as<Dropout>()) {
            // Identity at inference.
        } else if (auto* block = module.as<BasicBlockImpl>()) {
            residual(*block, v);
        } else if (auto* nested = module.as<SequentialImpl>()) {
            for (const auto& child : nested->children())
                layer(*child, v);
        } else {
            TORCH_CHECK(false, "the layer ", module.name(), " cannot be exported to TorchScript");
        }
    }

    void batchNorm(const QString& v, const torch::Tensor& weight, const torch::Tensor& bias, const torch::Tensor& mean,
                   const torch::Tensor& variance, double eps)
    {
        line(QStringLiteral("%1 = torch.batch_norm(%1, %2, %3, %4, %5, False, 0.0, %6, False)")
                 .arg(v, tensor(weight, QStringLiteral("norm_weight")), tensor(bias, QStringLiteral("norm_bias")),
                      tensor(mean, QStringLiteral("norm_mean"), false),
                      tensor(variance, QStringLiteral("norm_var"), false), number(eps)));
    }

    void residual(BasicBlockImpl& block, const QString& v)
    {
        const QString shortcut = temporary();
        line(QStringLiteral("%1 = %2").arg(shortcut, v));
        layer(*block.conv1, v);
        layer(*block.bn1, v);
        line(QStringLiteral("%1 = torch.relu(%1)").arg(v));
        layer(*block.conv2, v);
        layer(*block.bn2, v);
        if (block.projection)
            layer(*block.projection, shortcut);
        line(QStringLiteral("%1 = torch.relu(%1 + %2)").arg(v, shortcut));
    }

    torch::jit::Module m_module;
    QStringList m_lines;
    int m_count = 0;
};

torch::Tensor doubles(const QJsonArray& values)
{
    std::vector<float> out;
    for (const QJsonValue& value : values)
        out.push_back(float(value.toDouble()));
    return torch::tensor(out, torch::kFloat32);
}

/// Tables: x [N, F] raw values -> standardised numbers and one-hot categories, in the order the
/// model was trained on. NaN (missing) and infinities become the training mean (0 after
/// standardising), as in training; a category index outside the list becomes all zeros.
void tablePreprocessing(ScriptWriter& w, const QJsonObject& encoding)
{
    const QJsonArray features = encoding.value(QStringLiteral("features")).toArray();
    const qint64 count = features.size();
    std::vector<float> mean(size_t(count), 0.0f);
    std::vector<float> std(size_t(count), 1.0f);
    for (qint64 i = 0; i < count; ++i) {
        const QJsonObject f = features[i].toObject();
        if (f.value(QStringLiteral("encoding")).toString() == QLatin1String("standardised")) {
            mean[size_t(i)] = float(f.value(QStringLiteral("mean")).toDouble());
            std[size_t(i)] = float(f.value(QStringLiteral("std")).toDouble(1.0));
        }
    }
    w.line(QStringLiteral("assert x.dim() == 2 and x.size(1) == %1, \"expects inputs of shape [N, %1]: one value per "
                          "feature of the input signature, in its order\"")
               .arg(count));
    w.line(QStringLiteral("x = x.float()"));
    w.line(QStringLiteral("z = torch.nan_to_num((x - %1) / %2, 0.0, 0.0, 0.0)")
               .arg(w.tensor(torch::tensor(mean), QStringLiteral("input_mean"), false),
                    w.tensor(torch::tensor(std), QStringLiteral("input_std"), false)));
    QStringList pieces;
    qint64 runStart = -1;
    auto closeRun = [&](qint64 end) {
        if (runStart >= 0)
            pieces << QStringLiteral("z[:, %1:%2]").arg(runStart).arg(end);
        runStart = -1;
    };
    for (qint64 i = 0; i < count; ++i) {
        const QJsonObject f = features[i].toObject();
        if (f.value(QStringLiteral("encoding")).toString() != QLatin1String("one_hot")) {
            if (runStart < 0)
                runStart = i;
            continue;
        }
        closeRun(i);
        const std::int64_t levels = f.value(QStringLiteral("categories")).toArray().size();
        pieces << QStringLiteral("(x[:, %1:%2] == %3).float()")
                      .arg(i)
                      .arg(i + 1)
                      .arg(w.tensor(torch::arange(levels).to(torch::kFloat32), QStringLiteral("levels"), false));
    }
    closeRun(count);
    if (pieces.size() == 1 && pieces.front() == QStringLiteral("z[:, 0:%1]").arg(count))
        w.line(QStringLiteral("h = z"));
    else
        w.line(QStringLiteral("h = torch.cat([%1], 1)").arg(pieces.join(QStringLiteral(", "))));
}

/// Images: x [N, C, H, W] with pixel values 0..255 -> scaled and standardised per channel with
/// the same float32 arithmetic as training (pixel * 1/(255 std) - mean/std).
void imagePreprocessing(ScriptWriter& w, const QJsonObject& encoding)
{
    const QJsonArray shape = encoding.value(QStringLiteral("shape")).toArray();
    const torch::Tensor mean = doubles(encoding.value(QStringLiteral("mean")).toArray()).to(torch::kFloat64);
    const torch::Tensor std = doubles(encoding.value(QStringLiteral("std")).toArray()).to(torch::kFloat64);
    const double scale = encoding.value(QStringLiteral("scale")).toDouble(1.0 / 255.0);
    const torch::Tensor multiply = (scale / std).to(torch::kFloat32).view({1, -1, 1, 1});
    const torch::Tensor shift = (mean / std).to(torch::kFloat32).view({1, -1, 1, 1});
    const int c = shape.at(0).toInt();
    const int h = shape.at(1).toInt();
    const int wd = shape.at(2).toInt();
    w.line(QStringLiteral("assert x.dim() == 4 and x.size(1) == %1 and x.size(2) == %2 and x.size(3) == %3, "
                          "\"expects images of shape [N, %1, %2, %3] with pixel values 0..255\"")
               .arg(c)
               .arg(h)
               .arg(wd));
    w.line(QStringLiteral("h = x.float() * %1 - %2")
               .arg(w.tensor(multiply, QStringLiteral("input_scale"), false),
                    w.tensor(shift, QStringLiteral("input_shift"), false)));
}

} // namespace

torch::jit::Module scriptModule(torch::nn::Sequential& model, const QJsonObject& encoding)
{
    ScriptWriter w;
    if (encoding.value(QStringLiteral("kind")).toString() == QLatin1String("images"))
        imagePreprocessing(w, encoding);
    else
        tablePreprocessing(w, encoding);
    w.layers(model, QStringLiteral("h"));
    if (encoding.value(QStringLiteral("task")).toString() == QLatin1String("regression")) {
        w.line(QStringLiteral("return h[:, 0] * %1 + %2")
                   .arg(number(encoding.value(QStringLiteral("target_std")).toDouble(1.0)),
                        number(encoding.value(QStringLiteral("target_mean")).toDouble(0.0))));
    } else {
        w.line(QStringLiteral("return torch.softmax(h, 1)"));
    }
    return w.finish();
}

QByteArray scriptArchive(torch::nn::Sequential& model, const QJsonObject& encoding)
{
    torch::jit::Module module = scriptModule(model, encoding);
    std::ostringstream out;
    module.save(out);
    const std::string bytes = out.str();
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

} // namespace crucible::detail
