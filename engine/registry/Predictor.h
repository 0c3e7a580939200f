#pragma once

#include "engine/core/Error.h"
#include "engine/data/Progress.h"
#include "engine/registry/BundleManifest.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <vector>

namespace crucible {

class BundleReader;
class ScriptModel;
struct Dataset;
struct ImageBlock;

/// What a model predicted for a table or a folder of images. Thread: a plain value type.
struct Predictions {
    QString keyName; ///< "row" (1-based data row of the CSV) or "file" (path relative to the folder)
    QStringList keys; ///< one per input, in input order
    QStringList classes; ///< classification: the class names; empty for regression
    int outputs = 1; ///< values per input: class count, or 1
    std::vector<float> values; ///< keys.size() x outputs: probabilities, or predictions

    std::int64_t rows() const { return std::int64_t(keys.size()); }
    /// Classification: the class with the highest probability; regression: the prediction.
    QString predictionText(std::int64_t row) const;
};

/// Predicts with a bundle's model.pt: reads a CSV or an image folder, checks it against the
/// input signature (missing, extra, renamed columns, values of the wrong type, unknown
/// categories, image sizes) with errors that say which column or file and what to do, runs the
/// model in batches and writes the predictions and class probabilities as CSV.
/// Thread: create and use on one thread at a time. Blocking; reports progress and can be cancelled.
class Predictor {
public:
    ~Predictor();
    Predictor(const Predictor&) = delete;
    Predictor& operator=(const Predictor&) = delete;

    /// Loads the model of a verified bundle.
    static Result<std::unique_ptr<Predictor>> open(const BundleReader& bundle);

    const BundleManifest& manifest() const { return m_manifest; }
    bool isImageModel() const;

    /// Predicts for `input`: a CSV/TSV file for a table model, a folder of images for an image model.
    Result<Predictions> predict(const QString& input, const ProgressCallback& progress = {});
    /// Predicts for a table already read (`path` names it in errors); checks it as predict() does.
    Result<Predictions> predictDataset(Dataset data, const QString& path, const ProgressCallback& progress = {});
    /// Predicts for the first `count` images of a dataset (an image dataset version); refuses
    /// images of another shape than the model takes, naming both.
    Result<Predictions> predictImageBlock(const ImageBlock& images, std::int64_t count,
                                          const ProgressCallback& progress = {});
    /// Predicts for rows already in the model's input layout (see ScriptModel.h), `rows` x the
    /// signature's width (tables) or C x H x W (images).
    Result<Predictions> predictArray(const std::vector<float>& input, std::int64_t rows,
                                     const ProgressCallback& progress = {});

    /// Runs the model on `rows` inputs already in its layout (rows x the values of one input);
    /// returns rows x `*outputs` values (probabilities, or one prediction). No checks, no copies
    /// beyond the answer: the fast path of the server.
    Result<std::vector<float>> forward(const float* input, std::int64_t rows, int* outputs);

    /// Writes `predictions` as CSV: key, prediction, then p_<class> per class (classification), to
    /// `path` as OutputFile writes ("-" is standard output; never over one of `inputs`). A regular
    /// file is atomic: a failed write leaves no partial file and keeps an existing one. Thread: any.
    static Status writeCsv(const Predictions& predictions, const QString& path, const QStringList& inputs = {});

private:
    Predictor();
    Result<Predictions> predictTable(const QString& path, const ProgressCallback& progress);
    Result<Predictions> predictImages(const QString& folder, const ProgressCallback& progress);
    std::vector<std::int64_t> exampleShape() const;
    /// Runs one input of the signature's shape (zeros): the model takes it and answers as many
    /// values as the signature has classes. Catches a model.pt that does not fit its manifest.
    Status probe();

    BundleManifest m_manifest;
    std::unique_ptr<ScriptModel> m_model;
    std::vector<std::int64_t> m_shape; ///< exampleShape(), for forward()
};

} // namespace crucible
