#include "engine/data/DatasetExport.h"
#include "engine/core/Message.h"

#include "engine/core/CsvText.h"
#include "engine/core/Names.h"
#include "engine/core/OutputFile.h"
#include "engine/data/DatasetStore.h"
#include "engine/store/SqlUtil.h"
#include "engine/store/Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QSqlQuery>

#include <cmath>

namespace crucible {

namespace {

/// The shortest decimal text that reads back as the same float.
QByteArray floatText(float value)
{
    for (int precision = 6; precision < 10; ++precision) {
        const QByteArray text = QByteArray::number(double(value), 'g', precision);
        if (text.toFloat() == value)
            return text;
    }
    return QByteArray::number(double(value), 'g', 9);
}

QByteArray cellText(const Column& column, std::int64_t row)
{
    if (column.isMissing(row))
        return {};
    switch (column.type) {
    case ColumnType::Integer:
        return QByteArray::number(qint64(column.values[size_t(row)]));
    case ColumnType::Numeric:
        return floatText(column.values[size_t(row)]);
    case ColumnType::Boolean:
        return column.values[size_t(row)] != 0.0f ? "true" : "false";
    case ColumnType::Date:
    case ColumnType::Timestamp:
    case ColumnType::TimestampUtc:
        return column.displayValue(row).toUtf8();
    case ColumnType::Categorical:
    case ColumnType::Text:
        break;
    }
    return csvtext::field(column.categories.value(column.codes[size_t(row)])).toUtf8();
}

} // namespace

Status exportCsv(const Dataset& dataset, const QString& path, const QStringList& keepOut)
{
    if (dataset.kind != DatasetKind::Tabular)
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("an image dataset is exported as a folder of images, not CSV"), path};
    OutputFile out;
    if (Status opened = out.open(path, {}, keepOut); !opened)
        return opened;
    QByteArray chunk;
    for (size_t c = 0; c < dataset.columns.size(); ++c) {
        if (c > 0)
            chunk += ',';
        chunk += csvtext::field(dataset.columns[c].name).toUtf8();
    }
    chunk += '\n';
    const std::int64_t rows = dataset.rowCount();
    for (std::int64_t row = 0; row < rows; ++row) {
        for (size_t c = 0; c < dataset.columns.size(); ++c) {
            if (c > 0)
                chunk += ',';
            chunk += cellText(dataset.columns[c], row);
        }
        chunk += '\n';
        if (chunk.size() > (1 << 20)) {
            if (Status written = out.write(chunk); !written)
                return written;
            chunk.clear();
        }
    }
    if (Status written = out.write(chunk); !written)
        return written;
    return out.commit();
}

Result<qint64> exportImages(const Dataset& dataset, const QString& folder)
{
    if (dataset.kind != DatasetKind::Images)
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("a tabular dataset is exported as CSV, not as a folder"), folder};
    if (folder == QLatin1String("-"))
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("an image dataset is written as a folder of PNG files, not to standard output: "
                                       "name a folder"),
                      folder};
    const QFileInfo info(folder);
    if (info.exists()
        && (!info.isDir() || !QDir(folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)))
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("choose a folder that does not exist yet, or an empty one"), folder};
    const int labelColumn = dataset.columnIndex(QStringLiteral("label"));
    if (labelColumn < 0)
        return Error {ErrorCode::Internal, CRUCIBLE_MESSAGE("the image dataset has no label column"), folder};
    const Column& labels = dataset.columns[size_t(labelColumn)];
    for (const QString& label : labels.categories) {
        if (Status safe =
                names::check(label, CRUCIBLE_MESSAGE("a label that becomes a folder"), names::Use::PathComponent);
            !safe)
            return safe.error();
    }
    const ImageBlock& images = dataset.images;
    const QImage::Format format = images.channels == 1 ? QImage::Format_Grayscale8 : QImage::Format_RGB888;
    if (images.channels != 1 && images.channels != 3)
        return Error {ErrorCode::InvalidInput, CRUCIBLE_MESSAGE("only 1 and 3 channel images can be written as PNG"),
                      folder};
    const std::int64_t count = dataset.rowCount();
    for (std::int64_t i = 0; i < count; ++i) {
        const QString label =
            labels.isMissing(i) ? QStringLiteral("unlabelled") : labels.categories.value(labels.codes[size_t(i)]);
        const QString sub = QDir(folder).filePath(label);
        if (!QDir().mkpath(sub))
            return Error {ErrorCode::Io, CRUCIBLE_MESSAGE("cannot create the folder"), sub};
        QImage image(images.width, images.height, format);
        const std::uint8_t* pixels = images.image(i);
        for (int y = 0; y < images.height; ++y) {
            uchar* line = image.scanLine(y);
            for (int x = 0; x < images.width; ++x) {
                for (int c = 0; c < images.channels; ++c) // channel planes -> interleaved
                    line[x * images.channels + c] =
                        pixels[std::size_t(c) * images.height * images.width + std::size_t(y) * images.width + x];
            }
        }
        const QString file = QDir(sub).filePath(QStringLiteral("%1.png").arg(i, 6, 10, QLatin1Char('0')));
        if (!image.save(file, "PNG"))
            return Error {ErrorCode::Io, CRUCIBLE_MESSAGE("cannot write the image"), file};
    }
    return count;
}

Result<int> deleteDatasetVersion(const Workspace& workspace, const DatasetVersion& version, bool force)
{
    QSqlDatabase db = workspace.database();
    Transaction transaction(db);
    if (Status begun = transaction.begin(workspace.databasePath()); !begun)
        return begun.error();
    QSqlQuery query(db);
    // Runs linked to the version, and runs that name it (a forced deletion unlinked them; a rerun
    // finds the data again by name and hash once the same data is imported again).
    query.prepare(QStringLiteral("SELECT r.id, r.name FROM runs r LEFT JOIN datasets d ON d.id = r.dataset_id"
                                 " WHERE (d.name = ? AND d.hash = ?) OR (r.dataset_name = ? AND r.dataset_hash = ?)"
                                 " ORDER BY r.created_at"));
    for (int i = 0; i < 2; ++i) {
        query.addBindValue(version.name);
        query.addBindValue(version.hash);
    }
    if (!query.exec())
        return sqlError(query.lastError(), version.reference(),
                        CRUCIBLE_MESSAGE("looking for runs that use the dataset"));
    QStringList users;
    while (query.next())
        users << QStringLiteral("%1 (%2)").arg(query.value(1).toString(), query.value(0).toString().left(8));
    if (!users.isEmpty() && !force)
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("%1 run(s) trained on it: %2%3. Delete those runs first, or delete the version "
                                       "anyway: they keep their records, without the link to their data")
                          .arg(users.size())
                          .arg(users.mid(0, 5).join(QStringLiteral(", ")),
                               users.size() > 5 ? QStringLiteral(", ...") : QString()),
                      version.reference()};
    for (const char* statement :
         {"UPDATE runs SET dataset_id = NULL WHERE dataset_id IN (SELECT id FROM datasets WHERE "
          "name = ? AND hash = ?)",
          "DELETE FROM datasets WHERE name = ? AND hash = ?"}) {
        query.prepare(QString::fromLatin1(statement));
        query.addBindValue(version.name);
        query.addBindValue(version.hash);
        if (!query.exec())
            return sqlError(query.lastError(), version.reference(), CRUCIBLE_MESSAGE("deleting the dataset version"));
    }
    if (Status committed = transaction.commit(workspace.databasePath()); !committed)
        return committed.error();
    DatasetStore(workspace).removeObjectIfUnreferenced(version.hash);
    return int(users.size());
}

} // namespace crucible
