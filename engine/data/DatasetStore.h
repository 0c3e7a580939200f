#pragma once

#include "engine/core/Error.h"
#include "engine/data/CsvReader.h"
#include "engine/data/Dataset.h"
#include "engine/data/ImageFolderReader.h"
#include "engine/data/Profile.h"
#include "engine/data/Progress.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace crucible {

class Workspace;

/// One version of a dataset: its content hash under a name.
struct DatasetVersion {
    qint64 id = 0;
    QString name;
    QString hash; ///< SHA-256 of the canonical content (hex)
    DatasetKind kind = DatasetKind::Tabular;
    QString target;
    Task task = Task::Classification;
    QString source; ///< the imported path, or "sample:NAME"
    qint64 rows = 0;
    int columns = 0;
    qint64 byteSize = 0; ///< size of the stored copy in objects/
    QDateTime createdAt;

    QString shortHash() const { return hash.left(12); }
    /// "NAME@HASH12": the reference the CLI and runs use.
    QString reference() const { return name + QLatin1Char('@') + shortHash(); }
};

/// What to import and how.
struct ImportRequest {
    QString path;
    QString name; ///< empty: the file or folder name
    QString target; ///< empty: the last column (tabular) or "label" (images)
    QString kind; ///< "csv", "images", "idx", or empty to detect from the path
    CsvOptions csv;
    ImageFolderOptions images;
    QString source = {}; ///< where the data came from, for the record ("standard input"); empty: the path
};

/// The result of an import: the version, and whether it is new (an unchanged re-import is not).
struct ImportOutcome {
    DatasetVersion version;
    bool isNew = true;
    QStringList notes; ///< what the reader read otherwise than it might be meant (Dataset::notes)
};

/// Imports datasets into a workspace, versions them by content and reads them back.
/// Imports copy the parsed content into objects/<hash> (deduplicated), so a run stays
/// reproducible when the source changes or disappears. A refused import leaves the workspace
/// exactly as it was. Thread: any; each call uses the calling thread's connection. Blocking.
class DatasetStore {
public:
    explicit DatasetStore(const Workspace& workspace);

    /// "csv", "images" or "idx" for `path`, or an empty string when it is none of them.
    static QString detectKind(const QString& path);

    Result<ImportOutcome> importPath(const ImportRequest& request, const ProgressCallback& progress = {}) const;
    /// Imports a built-in sample (see Samples.h) under its key as name.
    Result<ImportOutcome> importSample(const QString& key, const ProgressCallback& progress = {}) const;
    /// Imports already parsed content. `source` says where it came from.
    Result<ImportOutcome> importDataset(Dataset dataset, const QString& name, const QString& target,
                                        const QString& source, const ProgressCallback& progress = {}) const;

    /// Every version, newest first.
    Result<QList<DatasetVersion>> versions() const;
    /// The versions of one name, newest first.
    Result<QList<DatasetVersion>> versions(const QString& name) const;
    /// Resolves "NAME" (its newest version) or "NAME@HASHPREFIX"; an empty name or prefix is refused.
    Result<DatasetVersion> find(const QString& reference) const;
    /// The content of a version, read from objects/.
    Result<Dataset> load(const DatasetVersion& version) const;
    /// The profile stored with a version.
    Result<DatasetProfile> profile(const DatasetVersion& version) const;
    /// Path of a version's stored copy.
    QString objectPath(const QString& hash) const;

    /// Removes objects/HASH under the write lock, unless a row references it. Best effort: what
    /// cannot be removed stays (an orphan object costs disk, never data).
    void removeObjectIfUnreferenced(const QString& hash) const;

private:
    /// The version of `name` with content `hash`, if one is recorded.
    Result<std::optional<DatasetVersion>> findVersion(const QString& name, const QString& hash) const;

    const Workspace& m_workspace;
};

} // namespace crucible
