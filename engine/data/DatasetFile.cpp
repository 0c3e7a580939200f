#include "DatasetFile.h"

#include "engine/core/Message.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <cstdint>

namespace crucible::datasetfile {

namespace {

const QByteArray kMagic("CRUCIBLE-DATASET");
/// 1: numbers and labels; 2: also dates and times (written only by datasets that have them, so
/// that Crucible versions before them still read every other dataset).
constexpr quint32 kFormatVersion = 2;

template <typename T> bool writeArray(QSaveFile& file, const std::vector<T>& values)
{
    const qint64 bytes = qint64(values.size() * sizeof(T));
    return bytes == 0 || file.write(reinterpret_cast<const char*>(values.data()), bytes) == bytes;
}

/// Reads `count` values; false when the count is negative or more than the file still holds
/// (checked before anything is allocated: a damaged or hostile header cannot ask for terabytes).
template <typename T> bool readArray(QFile& file, std::vector<T>& values, qint64 count)
{
    if (count < 0 || count > (file.size() - file.pos()) / qint64(sizeof(T)))
        return false;
    values.resize(size_t(count));
    const qint64 bytes = count * qint64(sizeof(T));
    return bytes == 0 || file.read(reinterpret_cast<char*>(values.data()), bytes) == bytes;
}

} // namespace

Status write(const Dataset& dataset, const QString& path)
{
    QJsonArray columns;
    for (const Column& column : dataset.columns) {
        QJsonObject entry {{QStringLiteral("name"), column.name},
                           {QStringLiteral("type"), columnTypeName(column.type)},
                           {QStringLiteral("rows"), qint64(column.size())}};
        if (!column.hasQuantities())
            entry.insert(QStringLiteral("categories"), QJsonArray::fromStringList(column.categories));
        columns.append(entry);
    }
    const QJsonObject header {
        {QStringLiteral("kind"), datasetKindName(dataset.kind)},
        {QStringLiteral("rows"), qint64(dataset.rowCount())},
        {QStringLiteral("columns"), columns},
        {QStringLiteral("image"),
         QJsonObject {{QStringLiteral("channels"), dataset.images.channels},
                      {QStringLiteral("height"), dataset.images.height},
                      {QStringLiteral("width"), dataset.images.width}}},
        {QStringLiteral("predefined_split"), qint64(dataset.predefinedSplit.size())},
    };
    const QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Compact);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {ErrorCode::Io, CRUCIBLE_MESSAGE("cannot write the dataset: %1").arg(file.errorString()), path};
    const bool anyTimes =
        std::any_of(dataset.columns.begin(), dataset.columns.end(), [](const Column& c) { return c.hasTimes(); });
    const quint32 version = anyTimes ? 2 : 1;
    const quint64 length = quint64(json.size());
    bool ok = file.write(kMagic) == kMagic.size()
        && file.write(reinterpret_cast<const char*>(&version), sizeof version) == sizeof version
        && file.write(reinterpret_cast<const char*>(&length), sizeof length) == sizeof length
        && file.write(json) == json.size();
    for (const Column& column : dataset.columns) {
        ok = ok
            && (column.hasNumbers()     ? writeArray(file, column.values)
                    : column.hasTimes() ? writeArray(file, column.times)
                                        : writeArray(file, column.codes));
    }
    ok = ok && writeArray(file, dataset.images.pixels) && writeArray(file, dataset.predefinedSplit);
    if (!ok || !file.commit()) {
        return Error {ErrorCode::Io,
                      QStringLiteral("cannot write the dataset (is the disk full?): %1").arg(file.errorString()), path};
    }
    return Ok {};
}

Result<Dataset> read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {ErrorCode::NotFound,
                      CRUCIBLE_MESSAGE("the stored dataset is missing: %1").arg(file.errorString()), path};
    auto damaged = [&](const QString& what) {
        return Error {ErrorCode::Incompatible, CRUCIBLE_MESSAGE("the stored dataset is damaged (%1)").arg(what), path};
    };
    if (file.read(kMagic.size()) != kMagic)
        return damaged(CRUCIBLE_MESSAGE("not a Crucible dataset file"));
    quint32 version = 0;
    quint64 length = 0;
    if (file.read(reinterpret_cast<char*>(&version), sizeof version) != sizeof version)
        return damaged(CRUCIBLE_MESSAGE("no format version"));
    if (version == 0)
        return damaged(CRUCIBLE_MESSAGE("format version 0"));
    if (version > kFormatVersion)
        return Error {ErrorCode::Incompatible,
                      CRUCIBLE_MESSAGE("dataset format %1 is newer than this Crucible knows").arg(version), path};
    if (file.read(reinterpret_cast<char*>(&length), sizeof length) != sizeof length || length > (1u << 30))
        return damaged(CRUCIBLE_MESSAGE("bad header length"));
    const QJsonObject header = QJsonDocument::fromJson(file.read(qint64(length))).object();
    if (header.isEmpty())
        return damaged(CRUCIBLE_MESSAGE("unreadable header"));

    Dataset dataset;
    dataset.kind = header.value(QStringLiteral("kind")).toString() == QLatin1String("images") ? DatasetKind::Images
                                                                                              : DatasetKind::Tabular;
    const qint64 rows = header.value(QStringLiteral("rows")).toInteger();
    for (const QJsonValue& value : header.value(QStringLiteral("columns")).toArray()) {
        const QJsonObject entry = value.toObject();
        Column column;
        column.name = entry.value(QStringLiteral("name")).toString();
        bool known = false;
        column.type = columnTypeFromName(entry.value(QStringLiteral("type")).toString(), &known);
        if (!known || (column.hasTimes() && version < 2))
            return damaged(CRUCIBLE_MESSAGE("unknown column type"));
        for (const QJsonValue& category : entry.value(QStringLiteral("categories")).toArray())
            column.categories << category.toString();
        const bool ok = column.hasNumbers() ? readArray(file, column.values, rows)
            : column.hasTimes()             ? readArray(file, column.times, rows)
                                            : readArray(file, column.codes, rows);
        if (!ok)
            return damaged(CRUCIBLE_MESSAGE("column %1 is truncated").arg(column.name));
        const auto categories = std::int32_t(column.categories.size());
        if (std::any_of(column.codes.begin(), column.codes.end(),
                        [&](std::int32_t code) { return code < -1 || code >= categories; }))
            return damaged(CRUCIBLE_MESSAGE("column %1 names a category it does not have").arg(column.name));
        dataset.columns.push_back(std::move(column));
    }
    const QJsonObject image = header.value(QStringLiteral("image")).toObject();
    dataset.images.channels = image.value(QStringLiteral("channels")).toInt();
    dataset.images.height = image.value(QStringLiteral("height")).toInt();
    dataset.images.width = image.value(QStringLiteral("width")).toInt();
    if (dataset.kind == DatasetKind::Images) {
        const ImageBlock& b = dataset.images;
        if (b.channels < 1 || b.channels > 4 || b.height < 1 || b.width < 1
            || qint64(b.height) * b.width > limits::kMaxImagePixels)
            return damaged(
                CRUCIBLE_MESSAGE("image shape %1x%2x%3 is not possible").arg(b.channels).arg(b.height).arg(b.width));
        if (rows < 0 || (rows > 0 && b.imageBytes() > (file.size() - file.pos()) / rows)
            || !readArray(file, dataset.images.pixels, dataset.images.imageBytes() * rows))
            return damaged(CRUCIBLE_MESSAGE("pixels are truncated"));
    }
    const qint64 split = header.value(QStringLiteral("predefined_split")).toInteger();
    if ((split != 0 && split != rows) || !readArray(file, dataset.predefinedSplit, split))
        return damaged(CRUCIBLE_MESSAGE("split is truncated"));
    if (std::any_of(dataset.predefinedSplit.begin(), dataset.predefinedSplit.end(), [](SplitPart part) {
            return part != SplitPart::Train && part != SplitPart::Validation && part != SplitPart::Test
                && part != SplitPart::Unassigned;
        }))
        return damaged(CRUCIBLE_MESSAGE("the split names a part that does not exist"));
    if (file.pos() != file.size())
        return damaged(CRUCIBLE_MESSAGE("%1 bytes after the end").arg(file.size() - file.pos()));
    return dataset;
}

} // namespace crucible::datasetfile
