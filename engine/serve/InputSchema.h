#pragma once

#include "engine/core/Error.h"
#include "engine/registry/BundleManifest.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace crucible {

/// Inputs of a request, decoded into the model's layout (see ScriptModel.h).
struct DecodedInput {
    std::vector<float> values; ///< rows x InputSchema::inputSize()
    std::int64_t rows = 0;
    QString id; ///< the request's "id": echoed in an Open Inference Protocol answer, logged in both forms
};

/// How a served model takes its inputs and names its outputs, read from a bundle's signature;
/// decodes the two request forms the server speaks and checks them as `predict` checks a CSV
/// (missing, extra or unknown columns, values of the wrong type, unknown categories, image
/// sizes), with messages that say which instance, column or input is wrong.
/// Thread: a value type; const methods from any thread.
class InputSchema {
public:
    struct Feature {
        QString name;
        bool isCategory = false;
        QStringList categories;
        QHash<QString, int> index; ///< category -> its index
        double mean = 0; ///< the training mean of a number
        QString time; ///< a time's column type ("date", "timestamp", "timestamp_utc"); empty for a number
    };

    /// Values one request may bring (rows x values per row): 16.7 million floats, 64 MB. A larger
    /// request is refused with ErrorCode::Incompatible (the server answers 413), before anything
    /// of its size is allocated.
    static constexpr std::int64_t kMaxRequestValues = std::int64_t(1) << 24;

    static InputSchema fromManifest(const BundleManifest& manifest);

    bool isImage() const { return m_isImage; }
    std::int64_t inputSize() const { return m_inputSize; }
    const std::vector<Feature>& features() const { return m_features; }
    const QStringList& classes() const { return m_classes; }
    const std::vector<std::int64_t>& imageShape() const { return m_imageShape; }

    /// {"instances": [{"column": value, ...}, ...]} (images: [{"image": "<base64 PNG/JPEG>"}] or
    /// ["<base64>"]); a category by its name, a missing value as null.
    Result<DecodedInput> decodeInstances(const QJsonObject& body) const;
    /// The Open Inference Protocol v2 request: {"id"?, "inputs": [{"name", "shape", "datatype",
    /// "data"}]}, one input per feature of a table (FP32/FP64/INT* numbers, BYTES categories;
    /// shape [N] or [N, 1]), or "image" [N, C, H, W] (FP32 or UINT8, 0..255) for images.
    Result<DecodedInput> decodeV2(const QJsonObject& body) const;

    /// One row of the row form the model accepts (see ServedModel::exampleInstance).
    QString exampleInstance() const;

    /// The v2 metadata's "inputs" and "outputs".
    QJsonArray inputsMetadata() const;
    QJsonArray outputsMetadata() const;

    /// The names of loggedRow()'s values: the features of a table; "mean_c0".. for images.
    QStringList loggedColumns() const;
    /// Row `row` of `values` as the prediction log keeps it, in loggedColumns() order: numbers
    /// (as short as the float allows), categories by name, missing values as null; for images
    /// the mean intensity of each channel.
    QJsonArray loggedRow(const std::vector<float>& values, std::int64_t row) const;

    /// `value` as a JSON number that prints as the float's shortest text (0.2, not 0.200000003).
    static double shortest(float value);

private:
    bool m_isImage = false;
    std::vector<Feature> m_features;
    std::vector<std::int64_t> m_imageShape;
    std::int64_t m_inputSize = 0;
    QStringList m_classes;
    QString m_target;
};

} // namespace crucible
