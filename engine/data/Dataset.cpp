#include "Dataset.h"

#include "engine/core/Parallel.h"
#include "engine/core/Sha256.h"
#include "engine/data/Timestamp.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <map>

namespace crucible {

namespace {

struct NamedType {
    ColumnType type;
    const char* name;
};

constexpr NamedType kTypeNames[] = {
    {ColumnType::Integer, "integer"},     {ColumnType::Numeric, "numeric"},
    {ColumnType::Boolean, "boolean"},     {ColumnType::Categorical, "categorical"},
    {ColumnType::Text, "text"},           {ColumnType::Date, "date"},
    {ColumnType::Timestamp, "timestamp"}, {ColumnType::TimestampUtc, "timestamp_utc"},
};

void addInt64(Sha256& hash, std::int64_t value)
{
    unsigned char bytes[8];
    for (int i = 0; i < 8; ++i)
        bytes[i] = static_cast<unsigned char>((std::uint64_t(value) >> (8 * i)) & 0xff);
    hash.addData(QByteArrayView(reinterpret_cast<const char*>(bytes), 8));
}

void addString(Sha256& hash, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    addInt64(hash, utf8.size());
    hash.addData(utf8);
}

QByteArray columnDigest(const Column& column)
{
    Sha256 hash;
    addString(hash, column.name);
    addString(hash, columnTypeName(column.type));
    addInt64(hash, column.size());
    if (column.hasNumbers()) {
        // One bit pattern for every NaN, little-endian floats (the machines we run on).
        std::vector<float> canonical(column.values);
        const float nan = std::numeric_limits<float>::quiet_NaN();
        for (float& value : canonical) {
            if (std::isnan(value))
                value = nan;
            else if (value == 0.0f)
                value = 0.0f; // -0 and +0 are the same content
        }
        hash.addData(QByteArrayView(reinterpret_cast<const char*>(canonical.data()),
                                    qsizetype(canonical.size() * sizeof(float))));
    } else if (column.hasTimes()) {
        for (std::int64_t time : column.times)
            addInt64(hash, time);
    } else {
        addInt64(hash, column.categories.size());
        for (const QString& category : column.categories)
            addString(hash, category);
        hash.addData(QByteArrayView(reinterpret_cast<const char*>(column.codes.data()),
                                    qsizetype(column.codes.size() * sizeof(std::int32_t))));
    }
    return hash.result();
}

} // namespace

QString columnTypeName(ColumnType type)
{
    for (const NamedType& entry : kTypeNames) {
        if (entry.type == type)
            return QString::fromLatin1(entry.name);
    }
    return QStringLiteral("numeric");
}

ColumnType columnTypeFromName(const QString& name, bool* ok)
{
    for (const NamedType& entry : kTypeNames) {
        if (name == QLatin1String(entry.name)) {
            if (ok)
                *ok = true;
            return entry.type;
        }
    }
    if (ok)
        *ok = false;
    return ColumnType::Numeric;
}

QString datasetKindName(DatasetKind kind)
{
    return kind == DatasetKind::Images ? QStringLiteral("images") : QStringLiteral("tabular");
}

QString taskName(Task task)
{
    return task == Task::Regression ? QStringLiteral("regression") : QStringLiteral("classification");
}

bool Column::isMissing(std::int64_t row) const
{
    if (hasTimes())
        return times[size_t(row)] == timestamps::kMissingTime;
    return hasNumbers() ? std::isnan(values[size_t(row)]) : codes[size_t(row)] < 0;
}

double Column::quantity(std::int64_t row) const
{
    if (hasNumbers())
        return double(values[size_t(row)]);
    if (hasTimes() && times[size_t(row)] != timestamps::kMissingTime)
        return timestamps::days(times[size_t(row)]);
    return std::numeric_limits<double>::quiet_NaN();
}

std::int64_t Column::missingCount() const
{
    if (hasNumbers())
        return std::count_if(values.begin(), values.end(), [](float v) { return std::isnan(v); });
    if (hasTimes())
        return std::count(times.begin(), times.end(), timestamps::kMissingTime);
    return std::count_if(codes.begin(), codes.end(), [](std::int32_t c) { return c < 0; });
}

QString Column::displayValue(std::int64_t row) const
{
    if (isMissing(row))
        return {};
    switch (type) {
    case ColumnType::Integer:
        return QString::number(static_cast<qint64>(values[size_t(row)]));
    case ColumnType::Numeric:
        return QString::number(double(values[size_t(row)]), 'g', 7);
    case ColumnType::Boolean:
        return values[size_t(row)] != 0.0f ? QStringLiteral("true") : QStringLiteral("false");
    case ColumnType::Date:
    case ColumnType::Timestamp:
    case ColumnType::TimestampUtc:
        return timestamps::format(times[size_t(row)], type);
    case ColumnType::Categorical:
    case ColumnType::Text:
        break;
    }
    return categories.value(codes[size_t(row)]);
}

int Dataset::columnIndex(const QString& name) const
{
    for (size_t i = 0; i < columns.size(); ++i) {
        if (columns[i].name == name)
            return int(i);
    }
    return -1;
}

QString Dataset::contentHash() const
{
    // Each part is hashed on its own (in parallel), then the digests are hashed in order.
    const QList<QByteArray> digests = parallel::mapped(QList<const Column*>([this] {
                                                           QList<const Column*> list;
                                                           for (const Column& column : columns)
                                                               list << &column;
                                                           return list;
                                                       }()),
                                                       [](const Column* column) { return columnDigest(*column); });

    Sha256 hash;
    hash.addData(QByteArrayView("crucible-dataset-v1"));
    addString(hash, datasetKindName(kind));
    addInt64(hash, qint64(columns.size()));
    for (const QByteArray& digest : digests)
        hash.addData(digest);
    if (kind == DatasetKind::Images) {
        addInt64(hash, images.channels);
        addInt64(hash, images.height);
        addInt64(hash, images.width);
        hash.addData(
            QByteArrayView(reinterpret_cast<const char*>(images.pixels.data()), qsizetype(images.pixels.size())));
    }
    addInt64(hash, qint64(predefinedSplit.size()));
    hash.addData(
        QByteArrayView(reinterpret_cast<const char*>(predefinedSplit.data()), qsizetype(predefinedSplit.size())));
    return QString::fromLatin1(hash.result().toHex());
}

TargetView targetView(const Dataset& dataset, int target)
{
    TargetView view;
    if (target < 0 || target >= int(dataset.columns.size()))
        return view;
    const Column& column = dataset.columns[size_t(target)];
    if (column.hasTimes()) {
        // A time to predict: a regression on its days since 1970-01-01.
        view.task = Task::Regression;
        view.values.reserve(column.times.size());
        for (std::int64_t row = 0; row < column.size(); ++row)
            view.values.push_back(float(column.quantity(row)));
        return view;
    }
    if (!column.hasNumbers()) {
        view.task = Task::Classification;
        view.classNames = column.categories;
        view.classes = column.codes;
        return view;
    }
    if (column.type == ColumnType::Boolean) {
        view.classNames = {QStringLiteral("false"), QStringLiteral("true")};
        view.classes.reserve(column.values.size());
        for (float v : column.values)
            view.classes.push_back(std::isnan(v) ? -1 : (v != 0.0f ? 1 : 0));
        return view;
    }
    if (column.type == ColumnType::Integer) {
        std::map<std::int64_t, int> distinct;
        for (float v : column.values) {
            if (!std::isnan(v))
                distinct.emplace(std::int64_t(v), 0);
            if (distinct.size() > 50)
                break;
        }
        if (distinct.size() <= 50) {
            int index = 0;
            for (auto& [value, code] : distinct) {
                code = index++;
                view.classNames << QString::number(value);
            }
            view.classes.reserve(column.values.size());
            for (float v : column.values)
                view.classes.push_back(std::isnan(v) ? -1 : distinct.at(std::int64_t(v)));
            return view;
        }
    }
    view.task = Task::Regression;
    view.values = column.values;
    return view;
}

} // namespace crucible
