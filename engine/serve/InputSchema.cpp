#include "InputSchema.h"

#include "engine/data/ImagePixels.h"
#include "engine/data/Timestamp.h"

#include <QImage>
#include <QJsonDocument>
#include <QLocale>

#include <charconv>
#include <cmath>
#include <limits>
#include <optional>

namespace crucible {

namespace {

constexpr float kMissing = std::numeric_limits<float>::quiet_NaN();
/// Known categories named in a message, at most.
constexpr qsizetype kListedCategories = 20;

Error badRequest(const QString& message)
{
    return Error {ErrorCode::InvalidInput, message, {}};
}

/// A request of `rows` rows of `width` values each, or why it is too large to take at once.
std::optional<Error> tooLarge(std::int64_t rows, std::int64_t width)
{
    if (width <= 0 || rows <= InputSchema::kMaxRequestValues / width)
        return std::nullopt;
    return Error {ErrorCode::Incompatible,
                  QStringLiteral("the request holds %1 rows of %2 values; one request takes at most %3 rows of this "
                                 "model: send them in several")
                      .arg(rows)
                      .arg(width)
                      .arg(InputSchema::kMaxRequestValues / width),
                  {}};
}

QString quoted(const QStringList& names)
{
    QStringList shown = names.mid(0, kListedCategories);
    QString text = QLatin1Char('\'') + shown.join(QStringLiteral("', '")) + QLatin1Char('\'');
    if (names.size() > kListedCategories)
        text += QStringLiteral(" and %1 more").arg(names.size() - kListedCategories);
    return text;
}

/// A JSON value as the text a CSV cell would hold ("3" for 3.0, "2.5").
QString cellText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    const double number = value.toDouble();
    if (std::isfinite(number) && number == std::floor(number) && std::abs(number) < 1e15)
        return QString::number(qint64(number));
    return QString::number(number, 'g', QLocale::FloatingPointShortest);
}

QString typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return QStringLiteral("true/false");
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::String:
        return QStringLiteral("text");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    default:
        return QStringLiteral("null");
    }
}

/// `value` for `feature`, or a problem (without the "where" part).
bool encodeValue(const InputSchema::Feature& feature, const QJsonValue& value, float* out, QString* problem)
{
    if (value.isNull() || value.isUndefined()) {
        *out = kMissing;
        return true;
    }
    if (feature.isCategory) {
        if (!value.isString() && !value.isDouble()) {
            *problem = QStringLiteral("%1 is not a category (give its name as text; known: %2)")
                           .arg(typeName(value), quoted(feature.categories));
            return false;
        }
        const QString text = cellText(value);
        const auto found = feature.index.constFind(text);
        if (found == feature.index.constEnd()) {
            *problem = QStringLiteral("'%1' is not a category the model knows (it knows %2)")
                           .arg(text.left(200), quoted(feature.categories));
            return false;
        }
        *out = float(found.value());
        return true;
    }
    if (!feature.time.isEmpty() && value.isString() && !value.toString().trimmed().isEmpty()) {
        // A date or time as text; a number is its days since 1970-01-01, as the model takes it.
        const QString text = value.toString().trimmed();
        const timestamps::Detection read = timestamps::detect({text}, timestamps::DateOrder::Auto);
        if (!read.times) {
            *problem = QStringLiteral("'%1' is not a date or time the model can read; write it year first, as "
                                      "2024-03-01 or 2024-03-01 12:30:00")
                           .arg(text.left(200));
            return false;
        }
        *out = float(timestamps::days(read.times->times.front()));
        return true;
    }
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (!std::isfinite(number) || std::abs(number) > double(std::numeric_limits<float>::max())) {
            *problem = QStringLiteral("%1 is outside the range of a 32-bit float").arg(number);
            return false;
        }
        *out = float(number);
        return true;
    }
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (text.isEmpty()) {
            *out = kMissing;
            return true;
        }
        bool ok = false;
        const double number = text.toDouble(&ok);
        if (ok && (std::isnan(number) || std::abs(number) <= double(std::numeric_limits<float>::max()))) {
            *out = std::isnan(number) ? kMissing : float(number);
            return true;
        }
        *problem = QStringLiteral("'%1' is not a number; the model takes numbers in this column").arg(text.left(200));
        return false;
    }
    *problem = QStringLiteral("%1 is not a number; the model takes numbers in this column").arg(typeName(value));
    return false;
}

/// Appends every number of a (possibly nested) JSON array to `out`; false when something else is in it.
bool flatten(const QJsonArray& array, QList<QJsonValue>& out, int depth = 0)
{
    if (depth > 8)
        return false;
    for (const QJsonValue& value : array) {
        if (value.isArray()) {
            if (!flatten(value.toArray(), out, depth + 1))
                return false;
        } else {
            out << value;
        }
    }
    return true;
}

/// Every number of a (possibly nested) JSON array appended to `out` as floats, without the
/// intermediate list flatten() builds (an image is hundreds of numbers); false at anything that is
/// not a finite number.
bool flattenNumbers(const QJsonArray& array, std::vector<float>& out, int depth = 0)
{
    if (depth > 8)
        return false;
    for (const QJsonValue& value : array) {
        if (value.isArray()) {
            if (!flattenNumbers(value.toArray(), out, depth + 1))
                return false;
            continue;
        }
        if (!value.isDouble())
            return false;
        const double number = value.toDouble();
        if (!std::isfinite(number) || std::abs(number) > double(std::numeric_limits<float>::max()))
            return false;
        out.push_back(float(number));
    }
    return true;
}

bool isNumericType(const QString& datatype)
{
    static const QStringList kinds {QStringLiteral("FP16"),   QStringLiteral("FP32"),   QStringLiteral("FP64"),
                                    QStringLiteral("BF16"),   QStringLiteral("INT8"),   QStringLiteral("INT16"),
                                    QStringLiteral("INT32"),  QStringLiteral("INT64"),  QStringLiteral("UINT8"),
                                    QStringLiteral("UINT16"), QStringLiteral("UINT32"), QStringLiteral("UINT64")};
    return kinds.contains(datatype);
}

} // namespace

InputSchema InputSchema::fromManifest(const BundleManifest& manifest)
{
    InputSchema schema;
    const QJsonObject& signature = manifest.inputSignature;
    schema.m_isImage = signature.value(QStringLiteral("kind")).toString() == QLatin1String("images");
    if (schema.m_isImage) {
        schema.m_inputSize = 1;
        for (const QJsonValue& dim : signature.value(QStringLiteral("shape")).toArray()) {
            schema.m_imageShape.push_back(dim.toInteger());
            schema.m_inputSize *= dim.toInteger();
        }
    } else {
        for (const QJsonValue& value : signature.value(QStringLiteral("features")).toArray()) {
            const QJsonObject object = value.toObject();
            Feature feature;
            feature.name = object.value(QStringLiteral("name")).toString();
            feature.isCategory = object.value(QStringLiteral("encoding")).toString() == QLatin1String("one_hot");
            feature.mean = object.value(QStringLiteral("mean")).toDouble();
            feature.time = object.value(QStringLiteral("time")).toString();
            for (const QJsonValue& category : object.value(QStringLiteral("categories")).toArray()) {
                feature.index.insert(category.toString(), int(feature.categories.size()));
                feature.categories << category.toString();
            }
            schema.m_features.push_back(feature);
        }
        schema.m_inputSize = std::int64_t(schema.m_features.size());
    }
    for (const QJsonValue& name : manifest.outputSignature.value(QStringLiteral("classes")).toArray())
        schema.m_classes << name.toString();
    schema.m_target = manifest.outputSignature.value(QStringLiteral("target")).toString();
    return schema;
}

Result<DecodedInput> InputSchema::decodeInstances(const QJsonObject& body) const
{
    const QJsonValue instancesValue = body.value(QStringLiteral("instances"));
    if (!instancesValue.isArray())
        return badRequest(QStringLiteral("the body needs \"instances\": a list of rows, for example "
                                         "{\"instances\": [{\"%1\": ...}]}")
                              .arg(m_isImage                ? QStringLiteral("image")
                                       : m_features.empty() ? QString()
                                                            : m_features[0].name));
    const QJsonArray instances = instancesValue.toArray();
    if (instances.isEmpty())
        return badRequest(QStringLiteral("\"instances\" is empty: give at least one row"));
    DecodedInput decoded;
    if (body.contains(QStringLiteral("id"))) { // optional: logged, so that labels can join on it later
        if (!body.value(QStringLiteral("id")).isString())
            return badRequest(QStringLiteral("\"id\" must be text"));
        decoded.id = body.value(QStringLiteral("id")).toString();
    }
    decoded.rows = instances.size();
    if (auto large = tooLarge(decoded.rows, m_inputSize))
        return *large;
    decoded.values.resize(size_t(decoded.rows * m_inputSize));
    if (m_isImage) {
        const int channels = int(m_imageShape.size() == 3 ? m_imageShape[0] : 0);
        const int height = int(m_imageShape.size() == 3 ? m_imageShape[1] : 0);
        const int width = int(m_imageShape.size() == 3 ? m_imageShape[2] : 0);
        for (qsizetype i = 0; i < instances.size(); ++i) {
            QJsonValue value = instances[i];
            if (value.isObject()) {
                const QJsonObject object = value.toObject();
                value = object.contains(QStringLiteral("image")) ? object.value(QStringLiteral("image"))
                                                                 : object.value(QStringLiteral("b64"));
                if (object.size() != 1)
                    value = QJsonValue();
            }
            if (!value.isString())
                return badRequest(QStringLiteral("instance %1: give the image as {\"image\": \"<base64 PNG or "
                                                 "JPEG>\"} or as the base64 text alone")
                                      .arg(i + 1));
            const auto bytes =
                QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!bytes)
                return badRequest(QStringLiteral("instance %1: the image is not valid base64").arg(i + 1));
            const QImage image = QImage::fromData(*bytes);
            if (image.isNull())
                return badRequest(
                    QStringLiteral("instance %1: the data is not an image (PNG, JPEG or BMP)").arg(i + 1));
            auto pixels = imagePixels(image, channels, height, width);
            if (!pixels)
                return badRequest(QStringLiteral("instance %1: the image %2").arg(i + 1).arg(pixels.error().message));
            std::copy(pixels->begin(), pixels->end(), decoded.values.begin() + i * m_inputSize);
        }
        return decoded;
    }
    for (qsizetype i = 0; i < instances.size(); ++i) {
        if (!instances[i].isObject())
            return badRequest(QStringLiteral("instance %1 is %2; each instance is an object of column: value")
                                  .arg(i + 1)
                                  .arg(typeName(instances[i])));
        const QJsonObject row = instances[i].toObject();
        QStringList missing;
        float* out = decoded.values.data() + i * m_inputSize;
        for (size_t f = 0; f < m_features.size(); ++f) {
            const Feature& feature = m_features[f];
            const auto found = row.constFind(feature.name);
            if (found == row.constEnd()) {
                missing << feature.name;
                continue;
            }
            QString problem;
            if (!encodeValue(feature, found.value(), out + f, &problem))
                return badRequest(QStringLiteral("instance %1, column '%2': %3").arg(i + 1).arg(feature.name, problem));
        }
        QStringList extra;
        if (row.size() + missing.size() != qsizetype(m_features.size())) {
            for (auto it = row.begin(); it != row.end(); ++it) {
                if (it.key() == m_target)
                    continue;
                const bool known = std::any_of(m_features.begin(), m_features.end(),
                                               [&](const Feature& f) { return f.name == it.key(); });
                if (!known)
                    extra << it.key().left(200);
            }
        }
        QStringList names;
        for (const Feature& f : m_features)
            names << f.name;
        if (!missing.isEmpty() && !extra.isEmpty())
            return badRequest(QStringLiteral("instance %1: the model takes column(s) %2, which it lacks, and does not "
                                             "know %3: renamed?")
                                  .arg(i + 1)
                                  .arg(quoted(missing), quoted(extra)));
        if (!missing.isEmpty())
            return badRequest(QStringLiteral("instance %1 lacks column(s) %2 that the model takes (it takes %3; "
                                             "give null for a missing value)")
                                  .arg(i + 1)
                                  .arg(quoted(missing), quoted(names)));
        if (!extra.isEmpty())
            return badRequest(QStringLiteral("instance %1 has column(s) %2 that the model does not take (it takes %3)")
                                  .arg(i + 1)
                                  .arg(quoted(extra), quoted(names)));
    }
    return decoded;
}

Result<DecodedInput> InputSchema::decodeV2(const QJsonObject& body) const
{
    DecodedInput decoded;
    if (body.contains(QStringLiteral("id"))) {
        if (!body.value(QStringLiteral("id")).isString())
            return badRequest(QStringLiteral("\"id\" must be text"));
        decoded.id = body.value(QStringLiteral("id")).toString();
    }
    const QJsonValue inputsValue = body.value(QStringLiteral("inputs"));
    if (!inputsValue.isArray() || inputsValue.toArray().isEmpty())
        return badRequest(QStringLiteral("the body needs \"inputs\": a list of tensors {\"name\", \"shape\", "
                                         "\"datatype\", \"data\"} (GET the model's metadata for them)"));
    const QJsonArray inputs = inputsValue.toArray();
    QStringList expected;
    if (m_isImage)
        expected << QStringLiteral("image");
    for (const Feature& f : m_features)
        expected << f.name;
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue& value : inputs) {
        const QJsonObject input = value.toObject();
        const QString name = input.value(QStringLiteral("name")).toString();
        if (!value.isObject() || name.isEmpty())
            return badRequest(QStringLiteral("every input needs a \"name\""));
        if (!expected.contains(name))
            return badRequest(QStringLiteral("input '%1' is not one the model takes (it takes %2)")
                                  .arg(name.left(200), quoted(expected)));
        if (byName.contains(name))
            return badRequest(QStringLiteral("input '%1' is given twice").arg(name));
        if (input.contains(QStringLiteral("parameters"))
            && input.value(QStringLiteral("parameters")).toObject().contains(QStringLiteral("binary_data_size")))
            return badRequest(
                QStringLiteral("input '%1': binary tensor data is not accepted; give \"data\" as JSON").arg(name));
        byName.insert(name, input);
    }
    QStringList missing;
    for (const QString& name : expected) {
        if (!byName.contains(name))
            missing << name;
    }
    if (!missing.isEmpty())
        return badRequest(
            QStringLiteral("input(s) %1 are missing (the model takes %2)").arg(quoted(missing), quoted(expected)));

    auto shapeOf = [](const QJsonObject& input, std::vector<std::int64_t>* shape) {
        const QJsonValue value = input.value(QStringLiteral("shape"));
        if (!value.isArray())
            return false;
        for (const QJsonValue& dim : value.toArray()) {
            if (!dim.isDouble() || dim.toDouble() < 0 || dim.toDouble() != std::floor(dim.toDouble())
                || dim.toDouble() > 1e12)
                return false;
            shape->push_back(std::int64_t(dim.toDouble()));
        }
        return true;
    };
    auto shapeText = [](const std::vector<std::int64_t>& shape) -> QString {
        QStringList dims;
        for (std::int64_t d : shape)
            dims << QString::number(d);
        return QLatin1Char('[') + dims.join(QStringLiteral(", ")) + QLatin1Char(']');
    };

    if (m_isImage) {
        const QJsonObject input = byName.value(QStringLiteral("image"));
        std::vector<std::int64_t> shape;
        if (!shapeOf(input, &shape))
            return badRequest(QStringLiteral("input 'image' needs \"shape\": a list of whole numbers"));
        std::vector<std::int64_t> wanted {-1};
        wanted.insert(wanted.end(), m_imageShape.begin(), m_imageShape.end());
        if (shape.size() != 4 || !std::equal(shape.begin() + 1, shape.end(), m_imageShape.begin()) || shape[0] < 1)
            return badRequest(QStringLiteral("input 'image' has shape %1; the model takes %2 (N images)")
                                  .arg(shapeText(shape), shapeText(wanted)));
        const QString datatype = input.value(QStringLiteral("datatype")).toString();
        if (datatype != QLatin1String("FP32") && datatype != QLatin1String("UINT8"))
            return badRequest(QStringLiteral("input 'image' has datatype '%1'; the model takes FP32 or UINT8 pixel "
                                             "values 0..255")
                                  .arg(datatype.left(40)));
        decoded.rows = shape[0];
        if (auto large = tooLarge(decoded.rows, m_inputSize))
            return *large;
        decoded.values.reserve(size_t(std::min<std::int64_t>(decoded.rows, 1 << 10) * m_inputSize));
        if (!flattenNumbers(input.value(QStringLiteral("data")).toArray(), decoded.values))
            return badRequest(QStringLiteral("input 'image': \"data\" must be a list of numbers within the range "
                                             "of a 32-bit float"));
        const std::int64_t count = std::int64_t(decoded.values.size());
        if (count % m_inputSize != 0 || count / m_inputSize != decoded.rows)
            return badRequest(
                QStringLiteral("input 'image' has %1 values; shape %2 needs %3")
                    .arg(count)
                    .arg(shapeText(shape))
                    .arg(QString::number(decoded.rows) + QStringLiteral(" x ") + QString::number(m_inputSize)));
        return decoded;
    }

    decoded.rows = -1;
    for (size_t f = 0; f < m_features.size(); ++f) {
        const Feature& feature = m_features[f];
        const QJsonObject input = byName.value(feature.name);
        std::vector<std::int64_t> shape;
        if (!shapeOf(input, &shape))
            return badRequest(QStringLiteral("input '%1' needs \"shape\": a list of whole numbers").arg(feature.name));
        if (shape.empty() || shape.size() > 2 || (shape.size() == 2 && shape[1] != 1) || shape[0] < 1)
            return badRequest(
                QStringLiteral("input '%1' has shape %2; the model takes [N] or [N, 1], one value per row")
                    .arg(feature.name, shapeText(shape)));
        if (decoded.rows < 0) {
            decoded.rows = shape[0];
        } else if (shape[0] != decoded.rows) {
            return badRequest(QStringLiteral("input '%1' has %2 rows but input '%3' has %4; every input needs the "
                                             "same number of rows")
                                  .arg(feature.name)
                                  .arg(shape[0])
                                  .arg(m_features[0].name)
                                  .arg(decoded.rows));
        }
        const QString datatype = input.value(QStringLiteral("datatype")).toString();
        if (feature.isCategory ? datatype != QLatin1String("BYTES") : !isNumericType(datatype))
            return badRequest(QStringLiteral("input '%1' has datatype '%2'; the model takes %3")
                                  .arg(feature.name, datatype.left(40),
                                       feature.isCategory ? QStringLiteral("BYTES (category names)")
                                                          : QStringLiteral("a number type such as FP32")));
        QList<QJsonValue> data;
        if (!flatten(input.value(QStringLiteral("data")).toArray(), data))
            return badRequest(QStringLiteral("input '%1': \"data\" must be a list").arg(feature.name));
        if (data.size() != decoded.rows)
            return badRequest(QStringLiteral("input '%1' has %2 values; shape %3 needs %4")
                                  .arg(feature.name)
                                  .arg(data.size())
                                  .arg(shapeText(shape))
                                  .arg(decoded.rows));
        if (auto large = tooLarge(decoded.rows, m_inputSize))
            return *large;
        if (decoded.values.empty())
            decoded.values.resize(size_t(decoded.rows * m_inputSize));
        for (qsizetype row = 0; row < data.size(); ++row) {
            if (!feature.isCategory && data[row].isString())
                return badRequest(QStringLiteral("input '%1', row %2: text in a %3 tensor")
                                      .arg(feature.name)
                                      .arg(row + 1)
                                      .arg(datatype));
            QString problem;
            if (!encodeValue(feature, data[row], decoded.values.data() + row * m_inputSize + qsizetype(f), &problem))
                return badRequest(QStringLiteral("input '%1', row %2: %3").arg(feature.name).arg(row + 1).arg(problem));
        }
    }
    return decoded;
}

QString InputSchema::exampleInstance() const
{
    if (m_isImage)
        return QStringLiteral("{\"image\":\"<base64 PNG>\"}");
    // Written by hand: QJsonObject would sort the columns, and people read them in the signature's order.
    QStringList fields;
    for (const Feature& feature : m_features) {
        bool known = false;
        const ColumnType timeType = columnTypeFromName(feature.time, &known);
        const QJsonValue value = feature.isCategory ? QJsonValue(feature.categories.value(0))
            : !feature.time.isEmpty() && known      ? QJsonValue(
                       timestamps::format(std::int64_t(std::floor(feature.mean)) * timestamps::kMicrosPerDay, timeType))
                                               : QJsonValue(QString::number(feature.mean, 'g', 3).toDouble());
        auto json = [](const QJsonValue& v) { // one value as JSON text: [v] without its brackets
            const QByteArray array = QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact);
            return QString::fromUtf8(array.mid(1, array.size() - 2));
        };
        fields << json(feature.name) + QLatin1Char(':') + json(value);
    }
    return QLatin1Char('{') + fields.join(QLatin1Char(',')) + QLatin1Char('}');
}

QJsonArray InputSchema::inputsMetadata() const
{
    QJsonArray inputs;
    if (m_isImage) {
        QJsonArray shape {-1};
        for (std::int64_t dim : m_imageShape)
            shape.append(qint64(dim));
        inputs.append(QJsonObject {{QStringLiteral("name"), QStringLiteral("image")},
                                   {QStringLiteral("datatype"), QStringLiteral("FP32")},
                                   {QStringLiteral("shape"), shape}});
        return inputs;
    }
    for (const Feature& feature : m_features) {
        QJsonObject input {
            {QStringLiteral("name"), feature.name},
            {QStringLiteral("datatype"), feature.isCategory ? QStringLiteral("BYTES") : QStringLiteral("FP32")},
            {QStringLiteral("shape"), QJsonArray {-1}}};
        if (feature.isCategory)
            input.insert(QStringLiteral("parameters"),
                         QJsonObject {{QStringLiteral("categories"), QJsonArray::fromStringList(feature.categories)}});
        inputs.append(input);
    }
    return inputs;
}

QJsonArray InputSchema::outputsMetadata() const
{
    if (m_classes.isEmpty())
        return {QJsonObject {{QStringLiteral("name"), QStringLiteral("prediction")},
                             {QStringLiteral("datatype"), QStringLiteral("FP32")},
                             {QStringLiteral("shape"), QJsonArray {-1}}}};
    return {QJsonObject {{QStringLiteral("name"), QStringLiteral("probabilities")},
                         {QStringLiteral("datatype"), QStringLiteral("FP32")},
                         {QStringLiteral("shape"), QJsonArray {-1, m_classes.size()}},
                         {QStringLiteral("parameters"),
                          QJsonObject {{QStringLiteral("classes"), QJsonArray::fromStringList(m_classes)}}}},
            QJsonObject {{QStringLiteral("name"), QStringLiteral("class")},
                         {QStringLiteral("datatype"), QStringLiteral("BYTES")},
                         {QStringLiteral("shape"), QJsonArray {-1}}}};
}

double InputSchema::shortest(float value)
{
    char buffer[32];
    const auto written = std::to_chars(buffer, buffer + sizeof buffer, value);
    double parsed = 0;
    std::from_chars(buffer, written.ptr, parsed);
    return parsed;
}

QStringList InputSchema::loggedColumns() const
{
    QStringList columns;
    if (m_isImage) {
        const std::int64_t channels = m_imageShape.empty() ? 1 : m_imageShape[0];
        for (std::int64_t c = 0; c < channels; ++c)
            columns << QStringLiteral("mean_c%1").arg(c);
        return columns;
    }
    for (const Feature& feature : m_features)
        columns << feature.name;
    return columns;
}

QJsonArray InputSchema::loggedRow(const std::vector<float>& values, std::int64_t row) const
{
    QJsonArray logged;
    const float* in = values.data() + row * m_inputSize;
    if (m_isImage) {
        const std::int64_t channels = m_imageShape.empty() ? 1 : m_imageShape[0];
        const std::int64_t plane = channels > 0 ? m_inputSize / channels : 0;
        for (std::int64_t c = 0; c < channels; ++c) {
            double sum = 0;
            for (std::int64_t i = 0; i < plane; ++i)
                sum += double(in[c * plane + i]);
            logged.append(plane > 0 ? shortest(float(sum / double(plane))) : 0.0);
        }
        return logged;
    }
    for (size_t f = 0; f < m_features.size(); ++f) {
        const float value = in[f];
        const Feature& feature = m_features[f];
        if (std::isnan(value))
            logged.append(QJsonValue::Null);
        else if (feature.isCategory)
            logged.append(feature.categories.value(qsizetype(value)));
        else
            logged.append(shortest(value));
    }
    return logged;
}

} // namespace crucible
