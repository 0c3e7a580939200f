#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace crucible {

/// Limits on sizes that files declare before their data is read (IDX headers, image headers),
/// checked before anything is allocated, so that a few bytes cannot ask for gigabytes.
namespace limits {
/// The pixel data of one image dataset in memory (uint8 samples), and of one IDX file.
constexpr qint64 kMaxDatasetBytes = qint64(8) << 30;
/// One image: width x height as its header declares it.
constexpr qint64 kMaxImagePixels = qint64(8192) * 8192;
} // namespace limits

/// The inferred type of a column.
enum class ColumnType {
    Integer, ///< whole numbers
    Numeric, ///< real numbers
    Boolean, ///< true/false, yes/no (stored as 1/0)
    Categorical, ///< a limited set of labels
    Text, ///< free text (too many distinct values to be a category)
    Date, ///< calendar dates (2024-03-01)
    Timestamp, ///< dates with a time of day, as written, in no zone (2024-03-01 12:30:00)
    TimestampUtc, ///< dates with a time of day in UTC, from times written with a zone (...Z, ...+01:00)
};

/// Date, Timestamp or TimestampUtc: a column of times (Column::times).
inline bool isTimeType(ColumnType type)
{
    return type == ColumnType::Date || type == ColumnType::Timestamp || type == ColumnType::TimestampUtc;
}

/// "integer", "numeric", "boolean", "categorical", "text", "date", "timestamp", "timestamp_utc":
/// stable names used in files and JSON.
QString columnTypeName(ColumnType type);
ColumnType columnTypeFromName(const QString& name, bool* ok = nullptr);

enum class DatasetKind { Tabular, Images };
QString datasetKindName(DatasetKind kind);

/// What a model learns from the target: classes or a number.
enum class Task { Classification, Regression };
QString taskName(Task task);

/// Which part of the data a row belongs to.
enum class SplitPart : std::uint8_t { Train = 0, Validation = 1, Test = 2, Unassigned = 255 };

/// One column, stored column-wise. Numbers (integer, numeric, boolean) live in `values` with NaN
/// for a missing value; labels (categorical, text) live in `codes`, indices into `categories`
/// with -1 for a missing value; dates and times live in `times`, exact microseconds since
/// 1970-01-01 (see engine/data/Timestamp.h) with INT64_MIN for a missing value.
/// Thread: a plain value type.
struct Column {
    QString name;
    ColumnType type = ColumnType::Numeric;
    std::vector<float> values;
    std::vector<std::int32_t> codes;
    QStringList categories;
    std::vector<std::int64_t> times;

    bool hasNumbers() const
    {
        return type == ColumnType::Integer || type == ColumnType::Numeric || type == ColumnType::Boolean;
    }
    bool hasTimes() const { return isTimeType(type); }
    /// Numbers or times: a column whose values have a magnitude (see quantity()).
    bool hasQuantities() const { return hasNumbers() || hasTimes(); }
    std::int64_t size() const
    {
        return hasNumbers() ? std::int64_t(values.size())
            : hasTimes()    ? std::int64_t(times.size())
                            : std::int64_t(codes.size());
    }
    /// A number's value, a time's days since 1970-01-01 (what a model takes), NaN when missing or
    /// a label.
    double quantity(std::int64_t row) const;
    bool isMissing(std::int64_t row) const;
    std::int64_t missingCount() const;
    /// The value as a user reads it: "3.5", "true", "setosa", "" when missing.
    QString displayValue(std::int64_t row) const;
};

/// Pixels of an image dataset: `count` images of channels x height x width bytes, in that order.
struct ImageBlock {
    int channels = 0;
    int height = 0;
    int width = 0;
    std::vector<std::uint8_t> pixels;

    std::int64_t imageBytes() const { return std::int64_t(channels) * height * width; }
    const std::uint8_t* image(std::int64_t index) const { return pixels.data() + index * imageBytes(); }
};

/// A dataset's content, parsed and typed. A tabular dataset holds its columns (features and the
/// target); an image dataset holds the images and one categorical column, "label".
/// Thread: a plain value type; share it read-only between threads.
struct Dataset {
    DatasetKind kind = DatasetKind::Tabular;
    std::vector<Column> columns;
    ImageBlock images;
    /// Empty, or one SplitPart per row fixed by the source (an IDX test file is the test split).
    std::vector<SplitPart> predefinedSplit;
    /// What the reader read otherwise than it might be meant, one sentence each (a column of
    /// dates whose day and month order the rows do not show, read as text). Not content: neither
    /// stored nor hashed.
    QStringList notes;

    std::int64_t rowCount() const { return columns.empty() ? 0 : columns.front().size(); }
    int columnIndex(const QString& name) const;

    /// SHA-256 (hex) of the canonical parsed content: column names, types and values, image
    /// pixels and fixed splits. Line endings, quoting or number formatting of a source file do
    /// not change it. Thread: any; hashes columns in parallel.
    QString contentHash() const;
};

/// The target of a dataset, ready for training: a class index per row (classification) or a
/// value per row (regression).
struct TargetView {
    Task task = Task::Classification;
    QStringList classNames; ///< classification only
    std::vector<std::int32_t> classes; ///< classification: class index per row, -1 when missing
    std::vector<float> values; ///< regression: value per row, NaN when missing
};

/// Interprets column `target` as a target: categorical, text and boolean columns, and integer
/// columns with at most 50 distinct values, are classes; other numbers are a regression target.
TargetView targetView(const Dataset& dataset, int target);

} // namespace crucible
