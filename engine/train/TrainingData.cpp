#include "TrainingData.h"

#include "engine/core/Message.h"

#include <QJsonArray>

#include <cmath>

namespace crucible {

namespace {

/// One input feature group of a table: a standardised number or a one-hot category.
struct Feature {
    int column = -1;
    bool isOneHot = false;
    double mean = 0.0;
    double std = 1.0;
    int width = 1;
};

SplitArrays* partArrays(TrainingData& data, SplitPart part)
{
    switch (part) {
    case SplitPart::Train:
        return &data.train;
    case SplitPart::Validation:
        return &data.validation;
    case SplitPart::Test:
        return &data.test;
    case SplitPart::Unassigned:
        break;
    }
    return nullptr;
}

std::vector<Feature> tableFeatures(const Dataset& dataset, const NormalisationStatistics& stats, int target,
                                   QJsonArray& encoding)
{
    std::vector<Feature> features;
    for (size_t i = 0; i < dataset.columns.size(); ++i) {
        const Column& column = dataset.columns[i];
        if (int(i) == target)
            continue;
        Feature feature;
        feature.column = int(i);
        if (column.hasQuantities()) {
            for (size_t k = 0; k < stats.columns.size(); ++k) {
                if (stats.columns[k] == int(i)) {
                    feature.mean = stats.mean[k];
                    feature.std = stats.std[k];
                }
            }
            QJsonObject entry {{QStringLiteral("name"), column.name},
                               {QStringLiteral("encoding"), QStringLiteral("standardised")},
                               {QStringLiteral("mean"), feature.mean},
                               {QStringLiteral("std"), feature.std},
                               {QStringLiteral("missing"), QStringLiteral("mean")}};
            // A time enters the model as days since 1970-01-01 (float32: to about two minutes).
            if (column.hasTimes())
                entry.insert(QStringLiteral("time"), columnTypeName(column.type));
            encoding.append(entry);
        } else if (column.type == ColumnType::Categorical) {
            feature.isOneHot = true;
            feature.width = int(column.categories.size());
            encoding.append(QJsonObject {{QStringLiteral("name"), column.name},
                                         {QStringLiteral("encoding"), QStringLiteral("one_hot")},
                                         {QStringLiteral("categories"), QJsonArray::fromStringList(column.categories)},
                                         {QStringLiteral("missing"), QStringLiteral("zeros")}});
        } else {
            continue; // free text has no fixed encoding
        }
        features.push_back(feature);
    }
    return features;
}

void encodeTableRow(const Dataset& dataset, const std::vector<Feature>& features, std::int64_t row, float* out)
{
    for (const Feature& feature : features) {
        const Column& column = dataset.columns[size_t(feature.column)];
        if (feature.isOneHot) {
            std::fill(out, out + feature.width, 0.0f);
            const std::int32_t code = column.codes[size_t(row)];
            if (code >= 0 && code < feature.width)
                out[code] = 1.0f;
        } else {
            const double v = column.hasNumbers() ? double(column.values[size_t(row)]) : column.quantity(row);
            *out = std::isfinite(v) ? float((v - feature.mean) / feature.std) : 0.0f;
        }
        out += feature.width;
    }
}

void encodeImage(const ImageBlock& images, const NormalisationStatistics& stats, std::int64_t row, float* out)
{
    const std::int64_t plane = std::int64_t(images.height) * images.width;
    const std::uint8_t* pixels = images.image(row);
    for (int c = 0; c < images.channels; ++c) {
        const float scale = float(1.0 / (255.0 * stats.std[size_t(c)]));
        const float shift = float(stats.mean[size_t(c)] / stats.std[size_t(c)]);
        for (std::int64_t k = 0; k < plane; ++k)
            out[c * plane + k] = float(pixels[c * plane + k]) * scale - shift;
    }
}

} // namespace

std::int64_t TrainingData::inputSize() const
{
    std::int64_t size = 1;
    for (std::int64_t dim : inputShape)
        size *= dim;
    return size;
}

std::vector<SplitPart> assignSplit(const Dataset& dataset, const TargetView& view, const SplitRecipe& recipe)
{
    SplitRecipe split = recipe;
    split.stratified = recipe.stratified && view.task == Task::Classification;
    const std::int64_t rows = dataset.rowCount();
    std::vector<SplitPart> parts =
        makeSplit(rows, view.task == Task::Classification ? &view.classes : nullptr, split, dataset.predefinedSplit);
    // Rows without a target take part in nothing.
    for (std::int64_t row = 0; row < rows; ++row) {
        const bool missing = view.task == Task::Classification ? view.classes[size_t(row)] < 0
                                                               : !std::isfinite(view.values[size_t(row)]);
        if (missing)
            parts[size_t(row)] = SplitPart::Unassigned;
    }
    return parts;
}

Result<TrainingData> prepareTrainingData(const Dataset& dataset, const QString& targetName, const SplitRecipe& recipe)
{
    const int target = dataset.columnIndex(targetName);
    if (target < 0)
        return Error {ErrorCode::InvalidInput, CRUCIBLE_MESSAGE("the dataset has no column '%1'").arg(targetName),
                      QStringLiteral("target")};
    if (dataset.columns[size_t(target)].hasTimes())
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("column '%1' holds dates or times; a model predicts classes or numbers: choose "
                                       "another target (dates serve as features)")
                          .arg(targetName),
                      QStringLiteral("target")};
    const TargetView view = targetView(dataset, target);
    TrainingData data;
    data.kind = dataset.kind;
    data.task = view.task;
    data.split = recipe;
    data.split.stratified = recipe.stratified && view.task == Task::Classification;
    const std::int64_t rows = dataset.rowCount();
    const std::vector<SplitPart> parts = assignSplit(dataset, view, recipe);
    const NormalisationStatistics stats = normalisationStatistics(dataset, parts, target);

    QJsonObject encoding {{QStringLiteral("kind"), datasetKindName(dataset.kind)}};
    std::vector<Feature> features;
    if (dataset.kind == DatasetKind::Images) {
        const ImageBlock& images = dataset.images;
        data.inputShape = {images.channels, images.height, images.width};
        QJsonArray mean;
        QJsonArray std;
        for (size_t c = 0; c < stats.mean.size(); ++c) {
            mean.append(stats.mean[c]);
            std.append(stats.std[c]);
        }
        encoding.insert(QStringLiteral("shape"), QJsonArray {images.channels, images.height, images.width});
        encoding.insert(QStringLiteral("dtype"), QStringLiteral("uint8"));
        encoding.insert(QStringLiteral("scale"), 1.0 / 255.0);
        encoding.insert(QStringLiteral("mean"), mean);
        encoding.insert(QStringLiteral("std"), std);
    } else {
        QJsonArray columns;
        features = tableFeatures(dataset, stats, target, columns);
        std::int64_t width = 0;
        for (const Feature& feature : features)
            width += feature.width;
        if (width == 0)
            return Error {ErrorCode::InvalidInput,
                          CRUCIBLE_MESSAGE("no usable feature columns (numbers or categories) besides the target"),
                          targetName};
        data.inputShape = {width};
        encoding.insert(QStringLiteral("features"), columns);
        encoding.insert(QStringLiteral("width"), qint64(width));
    }
    encoding.insert(QStringLiteral("target"), targetName);
    encoding.insert(QStringLiteral("task"), taskName(view.task));

    if (view.task == Task::Classification) {
        data.classNames = view.classNames;
        data.outputs = int(view.classNames.size());
        if (data.outputs < 2)
            return Error {
                ErrorCode::InvalidInput,
                CRUCIBLE_MESSAGE("the target has %1 class(es); classification needs at least 2").arg(data.outputs),
                targetName};
        encoding.insert(QStringLiteral("classes"), QJsonArray::fromStringList(view.classNames));
    } else {
        double sum = 0;
        double squares = 0;
        std::int64_t n = 0;
        for (std::int64_t row = 0; row < rows; ++row) {
            if (parts[size_t(row)] == SplitPart::Train) {
                sum += view.values[size_t(row)];
                squares += double(view.values[size_t(row)]) * view.values[size_t(row)];
                ++n;
            }
        }
        data.targetMean = n > 0 ? sum / double(n) : 0.0;
        const double variance = n > 0 ? squares / double(n) - data.targetMean * data.targetMean : 0.0;
        data.targetStd = variance > 1e-24 ? std::sqrt(variance) : 1.0;
        encoding.insert(QStringLiteral("target_mean"), data.targetMean);
        encoding.insert(QStringLiteral("target_std"), data.targetStd);
    }
    data.inputEncoding = encoding;

    for (std::int64_t row = 0; row < rows; ++row) {
        if (SplitArrays* arrays = partArrays(data, parts[size_t(row)]))
            ++arrays->rows;
    }
    if (data.train.rows == 0)
        return Error {ErrorCode::InvalidInput, CRUCIBLE_MESSAGE("the split leaves no training rows"),
                      QStringLiteral("split")};
    const std::int64_t width = data.inputSize();
    for (SplitArrays* arrays : {&data.train, &data.validation, &data.test}) {
        arrays->features.resize(size_t(arrays->rows * width));
        (view.task == Task::Classification ? void(arrays->classes.reserve(size_t(arrays->rows)))
                                           : void(arrays->values.reserve(size_t(arrays->rows))));
    }
    std::int64_t filled[3] = {0, 0, 0};
    for (std::int64_t row = 0; row < rows; ++row) {
        const SplitPart part = parts[size_t(row)];
        SplitArrays* arrays = partArrays(data, part);
        if (!arrays)
            continue;
        float* out = arrays->features.data() + filled[int(part)]++ * width;
        if (dataset.kind == DatasetKind::Images)
            encodeImage(dataset.images, stats, row, out);
        else
            encodeTableRow(dataset, features, row, out);
        if (view.task == Task::Classification)
            arrays->classes.push_back(view.classes[size_t(row)]);
        else
            arrays->values.push_back(float((view.values[size_t(row)] - data.targetMean) / data.targetStd));
    }
    return data;
}

} // namespace crucible
