#pragma once

#include "engine/core/Error.h"
#include "engine/data/Dataset.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace crucible {

/// The families of models Crucible builds. `Auto` is the preset for the dataset's kind (a CNN
/// for images, an MLP for tables), resolved when training starts.
enum class ModelKind { Auto, Mlp, Cnn, ResNet, Linear };

/// "auto", "mlp", "cnn", "resnet", "linear": the names used in specs and on the command line.
QString modelKindName(ModelKind kind);

/// One convolution block of a CNN: conv (same padding) -> [batch norm] -> activation -> max-pool.
struct ConvBlock {
    int channels = 32;
    int kernel = 3;
    int pool = 2; ///< max-pool window and stride; 1 for none

    bool operator==(const ConvBlock& other) const = default;
};

/// A model's architecture, independent of the data: the input and output sizes come from the
/// dataset when the model is built, and the head (classes or one value) from its target.
///
/// Text forms (parse()): a preset (`mlp`, `cnn`, `resnet`, `linear`, `logistic`, `auto`), a
/// compact form (`mlp:256,128`, `cnn:32,64`, `resnet:16,32,64`), inline JSON, or the path of a
/// JSON file. JSON form (toJson()):
///   {"kind":"mlp","hidden":[256,128],"activation":"relu","dropout":0.1,"batch_norm":false}
///   {"kind":"cnn","conv":[{"channels":32,"kernel":3,"pool":2}],"hidden":[128],...}
///   {"kind":"resnet","stages":[16,32,64],"blocks":1,"hidden":[]}
///   {"kind":"linear"}   (linear regression, or logistic regression for classes)
/// Thread: a plain value type.
struct ModelSpec {
    ModelKind kind = ModelKind::Auto;
    std::vector<int> hidden; ///< MLP hidden sizes; the head's hidden sizes for CNN and ResNet
    QString activation = QStringLiteral("relu"); ///< relu, gelu or tanh
    double dropout = 0.0; ///< after each hidden layer (and each conv block of a CNN)
    bool batchNorm = false; ///< after each hidden layer and conv (ResNet always has it)
    std::vector<ConvBlock> conv; ///< CNN blocks
    std::vector<int> stages; ///< ResNet channels per stage (each stage after the first halves H, W)
    int blocks = 1; ///< ResNet basic blocks per stage

    /// Parses any text form; errors name the problem and the accepted forms.
    static Result<ModelSpec> parse(const QString& text);
    static Result<ModelSpec> fromJson(const QJsonObject& json);
    QJsonObject toJson() const;

    /// The preset of a kind: mlp = 256-128 relu, cnn = conv32-pool-conv64-pool-fc128,
    /// resnet = stages 16,32,64 one block each, linear = no hidden layer.
    static ModelSpec preset(ModelKind kind);
    /// The preset that trains well with no tuning on a dataset of `kind`.
    static ModelSpec presetFor(DatasetKind kind);
    /// This spec with Auto replaced by presetFor(kind).
    ModelSpec resolvedFor(DatasetKind kind) const;
    /// Refuses image-only models (cnn, resnet) on tabular data.
    Status checkFor(DatasetKind kind) const;
    /// A short description: "mlp 256-128 relu", "cnn 32-64 | fc 128".
    QString summary() const;

    bool operator==(const ModelSpec& other) const = default;
};

/// The activations a spec accepts.
QStringList modelActivations();

} // namespace crucible
