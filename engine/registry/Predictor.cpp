#include "Predictor.h"

#include "engine/core/CsvText.h"
#include "engine/core/Message.h"
#include "engine/core/OutputFile.h"

#include "engine/core/Parallel.h"
#include "engine/data/ColumnCheck.h"
#include "engine/data/CsvReader.h"
#include "engine/data/ImagePixels.h"
#include "engine/data/Timestamp.h"
#include "engine/registry/BundleFormat.h"
#include "engine/registry/BundleReader.h"
#include "engine/torch/ScriptModel.h"

#include <QDir>
#include <QDirIterator>
#include <QHash>
#include <QImage>
#include <QJsonArray>
#include <QSaveFile>

#include <charconv>
#include <cmath>
#include <limits>

namespace crucible {

namespace {

constexpr std::int64_t kBatchRows = 16384;
constexpr float kMissing = std::numeric_limits<float>::quiet_NaN();

QString listed(const QStringList& names)
{
    return QLatin1Char('\'') + names.join(QStringLiteral("', '")) + QLatin1Char('\'');
}

Error inputError(const QString& message, const QString& where)
{
    return Error {ErrorCode::InvalidInput, message, where};
}

/// Writes a time feature (days since 1970-01-01) for every row at stride `width`; `time` is the
/// type the model was trained on ("date", "timestamp", "timestamp_utc"), empty when it takes a
/// number. Dates in a form whose day and month order the rows do not show are refused, saying so.
Status encodeTimes(const Column& column, const QString& time, float* out, std::int64_t width, const QString& path)
{
    const std::int64_t rows = column.size();
    if (time.isEmpty())
        return inputError(CRUCIBLE_MESSAGE("column '%1' holds dates or times (such as %2); the model takes numbers "
                                           "in this column")
                              .arg(column.name, column.displayValue(0)),
                          path);
    if (column.hasTimes()) {
        for (std::int64_t row = 0; row < rows; ++row)
            out[row * width] = float(column.quantity(row));
        return Ok {};
    }
    const QString example =
        QStringLiteral("2024-03-01%1").arg(time == QLatin1String("date") ? QString() : QStringLiteral(" 12:30:00"));
    if (column.hasNumbers() || column.categories.isEmpty()) {
        for (std::int64_t row = 0; row < rows; ++row) {
            if (!column.isMissing(row))
                return inputError(CRUCIBLE_MESSAGE("column '%1', data row %2: '%3' is not a date; the model takes "
                                                   "dates in this column (as %4)")
                                      .arg(column.name)
                                      .arg(row + 1)
                                      .arg(column.displayValue(row), example),
                                  path);
            out[row * width] = kMissing;
        }
        return Ok {};
    }
    const timestamps::Detection read = timestamps::detect(column.categories, timestamps::DateOrder::Auto);
    if (!read.times) {
        if (!read.ambiguity.isEmpty())
            return inputError(CRUCIBLE_MESSAGE("column '%1': %2; write them year first (%3)")
                                  .arg(column.name, read.ambiguity.section(QLatin1Char(';'), 0, 0), example),
                              path);
        return inputError(CRUCIBLE_MESSAGE("column '%1' is not dates in one form such as %2 (\"%3\" among its "
                                           "values); the model takes dates in this column")
                              .arg(column.name, example, column.categories.value(0)),
                          path);
    }
    for (std::int64_t row = 0; row < rows; ++row) {
        const std::int32_t code = column.codes[size_t(row)];
        out[row * width] = code < 0 ? kMissing : float(timestamps::days(read.times->times[size_t(code)]));
    }
    return Ok {};
}

/// Writes one feature's values for every row at stride `width`.
Status encodeFeature(const Column& column, const QJsonObject& feature, float* out, std::int64_t width,
                     const QString& path)
{
    const std::int64_t rows = column.size();
    const bool isCategory = feature.value(QStringLiteral("encoding")).toString() == QLatin1String("one_hot");
    const QString time = feature.value(QStringLiteral("time")).toString();
    if (!isCategory && (!time.isEmpty() || column.hasTimes()))
        return encodeTimes(column, time, out, width, path);
    if (!isCategory) {
        for (std::int64_t row = 0; row < rows; ++row) {
            if (column.hasNumbers()) {
                out[row * width] = column.values[size_t(row)];
                continue;
            }
            bool ok = column.isMissing(row);
            const QString text = column.displayValue(row);
            const double value = ok ? double(kMissing) : text.toDouble(&ok);
            if (!ok)
                return inputError(CRUCIBLE_MESSAGE("column '%1', data row %2: '%3' is not a number; the model takes "
                                                   "numbers in this column")
                                      .arg(column.name)
                                      .arg(row + 1)
                                      .arg(text),
                                  path);
            out[row * width] = float(value);
        }
        return Ok {};
    }
    const QJsonArray categories = feature.value(QStringLiteral("categories")).toArray();
    QHash<QString, int> index;
    for (qsizetype i = 0; i < categories.size(); ++i)
        index.insert(categories[i].toString(), int(i));
    for (std::int64_t row = 0; row < rows; ++row) {
        if (column.isMissing(row)) {
            out[row * width] = kMissing;
            continue;
        }
        const QString text = column.displayValue(row);
        const auto found = index.constFind(text);
        if (found == index.constEnd()) {
            QStringList known;
            for (const QJsonValue& c : categories)
                known << c.toString();
            return inputError(CRUCIBLE_MESSAGE("column '%1', data row %2: '%3' is not a category the model knows "
                                               "(it knows %4)")
                                  .arg(column.name)
                                  .arg(row + 1)
                                  .arg(text, listed(known)),
                              path);
        }
        out[row * width] = float(found.value());
    }
    return Ok {};
}

/// The images under `folder`, relative to it. The folder is made absolute first: QDir gives a
/// path under a relative folder back unchanged, and joining it again doubled it ("a/b/a/b/0.png").
QStringList imageFiles(const QString& relativeOrAbsolute)
{
    const QString folder = QFileInfo(relativeOrAbsolute).absoluteFilePath();
    QStringList files;
    QDirIterator it(
        folder, {QStringLiteral("*.png"), QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"), QStringLiteral("*.bmp")},
        QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(folder).relativeFilePath(it.next());
    files.sort();
    return files;
}

/// One image as float pixel values 0..255 in [C, H, W] order, or why it cannot be.
struct DecodedImage {
    std::vector<float> pixels;
    QString problem;
};

DecodedImage decodeImage(const QString& path, int channels, int height, int width)
{
    DecodedImage result;
    const QImage image(path);
    if (image.isNull()) {
        result.problem = CRUCIBLE_MESSAGE("cannot be read as an image");
        return result;
    }
    auto pixels = imagePixels(image, channels, height, width);
    if (!pixels)
        result.problem = pixels.error().message;
    else
        result.pixels = std::move(pixels.value());
    return result;
}

void appendNumber(QByteArray& out, float value)
{
    if (std::isnan(value)) {
        out += "nan";
        return;
    }
    char buffer[32];
    const auto written = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, qsizetype(written.ptr - buffer));
}

/// Keys (file names, row keys) and class names come from the user's data or a bundle.
QByteArray csvField(const QString& text)
{
    return csvtext::untrustedField(text).toUtf8();
}

} // namespace

QString Predictions::predictionText(std::int64_t row) const
{
    const float* v = values.data() + row * outputs;
    if (classes.isEmpty())
        return QString::number(double(v[0]), 'g', 9);
    int best = 0;
    for (int k = 1; k < outputs; ++k) {
        if (v[k] > v[best])
            best = k;
    }
    return classes.value(best);
}

namespace {
/// One input of a model (features, or channels x height x width): 16.7 million values, 64 MB.
constexpr std::int64_t kMaxExampleValues = std::int64_t(1) << 24;
} // namespace

Result<std::vector<float>> Predictor::forward(const float* input, std::int64_t rows, int* outputs)
{
    return m_model->forward(input, rows, m_shape, outputs);
}

Predictor::Predictor() = default;
Predictor::~Predictor() = default;

Result<std::unique_ptr<Predictor>> Predictor::open(const BundleReader& bundle)
{
    auto bytes = bundle.entry(bundle::kModelEntry);
    if (!bytes)
        return bytes.error();
    auto model = ScriptModel::load(bytes.value(), bundle.path());
    if (!model)
        return model.error();
    std::unique_ptr<Predictor> predictor(new Predictor);
    predictor->m_manifest = bundle.manifest();
    predictor->m_model = std::move(model.value());
    predictor->m_shape = predictor->exampleShape();
    if (Status fits = predictor->probe(); !fits)
        return Error {
            ErrorCode::InvalidInput,
            CRUCIBLE_MESSAGE("entry \"model.pt\" does not match the bundle's signature: %1").arg(fits.error().message),
            bundle.path()};
    return predictor;
}

Status Predictor::probe()
{
    const std::vector<std::int64_t> shape = exampleShape();
    std::int64_t size = 1;
    for (const std::int64_t dim : shape) {
        if (dim < 1 || dim > kMaxExampleValues || size > kMaxExampleValues / dim) {
            QStringList dims;
            for (const std::int64_t d : shape)
                dims << QString::number(d);
            return Error {ErrorCode::InvalidInput,
                          CRUCIBLE_MESSAGE("the input shape [%1] is not usable: every dimension must be at least 1 "
                                           "and one input at most %2 values")
                              .arg(dims.join(QStringLiteral(", ")))
                              .arg(kMaxExampleValues),
                          {}};
        }
        size *= dim;
    }
    if (shape.empty())
        return Error {ErrorCode::InvalidInput, CRUCIBLE_MESSAGE("the input signature has no features"), {}};
    const std::vector<float> zeros(size_t(size), 0.0f);
    int outputs = 0;
    auto answer = m_model->forward(zeros.data(), 1, shape, &outputs);
    if (!answer)
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("one input of the signature's shape fails: %1").arg(answer.error().message),
                      {}};
    const qsizetype classes = m_manifest.outputSignature.value(QStringLiteral("classes")).toArray().size();
    if (classes > 0 && outputs != classes)
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("the model returns %1 values per input but its signature names %2 classes")
                          .arg(outputs)
                          .arg(classes),
                      {}};
    return Ok {};
}

bool Predictor::isImageModel() const
{
    return m_manifest.inputSignature.value(QStringLiteral("kind")).toString() == QLatin1String("images");
}

std::vector<std::int64_t> Predictor::exampleShape() const
{
    const QJsonObject& signature = m_manifest.inputSignature;
    if (isImageModel()) {
        std::vector<std::int64_t> shape;
        for (const QJsonValue& dim : signature.value(QStringLiteral("shape")).toArray())
            shape.push_back(dim.toInteger());
        return shape;
    }
    return {std::int64_t(signature.value(QStringLiteral("features")).toArray().size())};
}

Result<Predictions> Predictor::predict(const QString& input, const ProgressCallback& progress)
{
    const QFileInfo info(input);
    if (!info.exists())
        return Error {ErrorCode::NotFound, CRUCIBLE_MESSAGE("no such file or folder"), input};
    if (isImageModel()) {
        if (!info.isDir())
            return inputError(CRUCIBLE_MESSAGE("this model takes images: give a folder of images, not a file"), input);
        return predictImages(input, progress);
    }
    if (info.isDir())
        return inputError(CRUCIBLE_MESSAGE("this model takes a table: give a CSV or TSV file, not a folder"), input);
    return predictTable(input, progress);
}

Result<Predictions> Predictor::predictTable(const QString& path, const ProgressCallback& progress)
{
    // Columns are read as they come; encodeFeature() checks each against the model's signature,
    // so a few words among numbers are not refused here as an import would.
    CsvOptions options;
    options.notNumbers = CsvOptions::NotNumbers::Text;
    auto data = readCsv(path, options, [&](double fraction, const QString& stage) {
        return reportProgress(progress, 0.4 * fraction, stage);
    });
    if (!data)
        return data.error();
    return predictDataset(std::move(data.value()), path, [&](double fraction, const QString& stage) {
        return reportProgress(progress, 0.4 + 0.6 * fraction, stage);
    });
}

Result<Predictions> Predictor::predictDataset(Dataset data, const QString& path, const ProgressCallback& progress)
{
    const QJsonArray features = m_manifest.inputSignature.value(QStringLiteral("features")).toArray();
    QStringList names;
    for (const QJsonValue& feature : features)
        names << feature.toObject().value(QStringLiteral("name")).toString();
    const QString target = m_manifest.outputSignature.value(QStringLiteral("target")).toString();
    if (Status columns = checkInputColumns(data, names, target, path); !columns)
        return columns.error();
    const std::int64_t rows = data.rowCount();
    if (rows == 0)
        return inputError(CRUCIBLE_MESSAGE("the file has no data rows"), path);
    const std::int64_t width = std::int64_t(features.size());
    std::vector<float> input(size_t(rows * width));
    for (std::int64_t f = 0; f < width; ++f) {
        const Column& column = data.columns[size_t(data.columnIndex(names[f]))];
        if (Status encoded = encodeFeature(column, features[f].toObject(), input.data() + f, width, path); !encoded)
            return encoded.error();
    }
    data = Dataset {}; // free the parsed table before the model runs
    auto predictions = predictArray(input, rows, progress);
    if (predictions)
        predictions->keyName = QStringLiteral("row");
    return predictions;
}

Result<Predictions> Predictor::predictImages(const QString& folder, const ProgressCallback& progress)
{
    const std::vector<std::int64_t> shape = exampleShape();
    if (shape.size() != 3)
        return inputError(CRUCIBLE_MESSAGE("the model's input signature has no image shape"), folder);
    const QStringList files = imageFiles(folder);
    if (files.isEmpty())
        return inputError(CRUCIBLE_MESSAGE("the folder holds no .png, .jpg, .jpeg or .bmp images"), folder);
    const std::int64_t size = shape[0] * shape[1] * shape[2];
    if (qint64(files.size()) * size * qint64(sizeof(float)) > limits::kMaxDatasetBytes)
        return inputError(CRUCIBLE_MESSAGE("%1 images of %2 values each would take more than the limit of %3 GB; "
                                           "predict them in smaller folders")
                              .arg(files.size())
                              .arg(size)
                              .arg(double(limits::kMaxDatasetBytes) / 1e9, 0, 'f', 1),
                          folder);
    std::vector<float> input(size_t(files.size() * size));
    const QDir root(QFileInfo(folder).absoluteFilePath());
    for (qsizetype start = 0; start < files.size(); start += kBatchRows) {
        const QStringList batch = files.mid(start, kBatchRows);
        const QList<DecodedImage> decoded = parallel::mapped(batch, [&](const QString& file) {
            return decodeImage(root.filePath(file), int(shape[0]), int(shape[1]), int(shape[2]));
        });
        for (qsizetype i = 0; i < decoded.size(); ++i) {
            if (!decoded[i].problem.isEmpty())
                return inputError(QStringLiteral("%1 %2").arg(batch[i], decoded[i].problem), root.filePath(batch[i]));
            std::copy(decoded[i].pixels.begin(), decoded[i].pixels.end(), input.begin() + (start + i) * size);
        }
        if (!reportProgress(progress, 0.5 * double(start + batch.size()) / double(files.size()),
                            CRUCIBLE_MESSAGE("Reading images")))
            return Error {ErrorCode::Cancelled, QStringLiteral("cancelled"), folder};
    }
    auto predictions = predictArray(input, files.size(), [&](double fraction, const QString& stage) {
        return reportProgress(progress, 0.5 + 0.5 * fraction, stage);
    });
    if (predictions) {
        predictions->keyName = QStringLiteral("file");
        predictions->keys = files;
    }
    return predictions;
}

Result<Predictions> Predictor::predictImageBlock(const ImageBlock& images, std::int64_t count,
                                                 const ProgressCallback& progress)
{
    const std::vector<std::int64_t> shape = exampleShape();
    if (shape.size() != 3)
        return inputError(CRUCIBLE_MESSAGE("the model's input signature has no image shape"), QStringLiteral("images"));
    if (images.channels != shape[0] || images.height != shape[1] || images.width != shape[2])
        return inputError(CRUCIBLE_MESSAGE("the images are %1x%2 pixels with %3 channel(s); the model takes %4x%5 "
                                           "with %6")
                              .arg(images.width)
                              .arg(images.height)
                              .arg(images.channels)
                              .arg(shape[2])
                              .arg(shape[1])
                              .arg(shape[0]),
                          QStringLiteral("images"));
    if (count < 0 || std::int64_t(images.pixels.size()) < count * images.imageBytes())
        return inputError(CRUCIBLE_MESSAGE("%1 images do not fit the pixels given").arg(count),
                          QStringLiteral("images"));
    // Both are planar (channel, row, column) pixel values 0..255: the model's preprocessing does the rest.
    const std::vector<float> input(images.pixels.begin(), images.pixels.begin() + count * images.imageBytes());
    return predictArray(input, count, progress);
}

Result<Predictions> Predictor::predictArray(const std::vector<float>& input, std::int64_t rows,
                                            const ProgressCallback& progress)
{
    const std::vector<std::int64_t> shape = exampleShape();
    std::int64_t size = 1;
    for (std::int64_t dim : shape)
        size *= dim;
    if (std::int64_t(input.size()) != rows * size)
        return inputError(CRUCIBLE_MESSAGE("%1 values for %2 rows of %3").arg(input.size()).arg(rows).arg(size),
                          QStringLiteral("input"));
    Predictions predictions;
    predictions.keyName = QStringLiteral("row");
    for (const QJsonValue& name : m_manifest.outputSignature.value(QStringLiteral("classes")).toArray())
        predictions.classes << name.toString();
    predictions.keys.reserve(rows);
    for (std::int64_t row = 0; row < rows; ++row)
        predictions.keys << QString::number(row + 1);
    for (std::int64_t start = 0; start < rows; start += kBatchRows) {
        const std::int64_t count = std::min(kBatchRows, rows - start);
        int outputs = 1;
        auto batch = m_model->forward(input.data() + start * size, count, shape, &outputs);
        if (!batch)
            return batch.error();
        predictions.outputs = outputs;
        predictions.values.insert(predictions.values.end(), batch->begin(), batch->end());
        if (!reportProgress(progress, double(start + count) / double(rows), QStringLiteral("Predicting")))
            return Error {ErrorCode::Cancelled, QStringLiteral("cancelled"), QStringLiteral("predict")};
    }
    if (!predictions.classes.isEmpty() && predictions.outputs != predictions.classes.size())
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("the model returns %1 values per input but its signature names %2 classes")
                          .arg(predictions.outputs)
                          .arg(predictions.classes.size()),
                      QStringLiteral("model.pt")};
    return predictions;
}

Status Predictor::writeCsv(const Predictions& predictions, const QString& path, const QStringList& inputs)
{
    OutputFile file;
    if (Status opened = file.open(path, inputs); !opened)
        return opened;
    QByteArray out = csvField(predictions.keyName) + ",prediction";
    for (const QString& name : predictions.classes)
        out += ',' + csvtext::field(QStringLiteral("p_") + name).toUtf8(); // "p_=x" is no formula
    out += '\n';
    for (std::int64_t row = 0; row < predictions.rows(); ++row) {
        out += csvField(predictions.keys[row]);
        out += ',';
        out += csvField(predictions.predictionText(row));
        if (!predictions.classes.isEmpty()) {
            for (int k = 0; k < predictions.outputs; ++k) {
                out += ',';
                appendNumber(out, predictions.values[size_t(row * predictions.outputs + k)]);
            }
        }
        out += '\n';
        if (out.size() > (1 << 20)) {
            if (Status written = file.write(out); !written)
                return written;
            out.clear();
        }
    }
    if (Status written = file.write(out); !written)
        return written;
    return file.commit();
}

} // namespace crucible
