#pragma once

#include "engine/core/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>
#include <vector>

namespace crucible {

/// The shape of a zip that Crucible writes and reads back from untrusted hands (a model bundle,
/// a run package): a fixed set of entries, each with a size limit, all listed with their SHA-256
/// in a checksums entry (sha256sum format) written last. Thread: a plain value type.
struct ZipLayout {
    QString kind; ///< "a model bundle", "a run package": said in refusals
    QString noun; ///< "bundle", "package": "the bundle is damaged or hostile"
    QStringList entries; ///< every entry allowed (and required), the checksums entry among them
    QString checksumsEntry;
    std::function<qint64(const QString&)> limitFor; ///< the most bytes entry `name` may hold
    /// Entries only hashed while verifying, not kept in memory (model.pt); empty: all are kept.
    QStringList hashedOnly;
    /// Entries checked in the zip directory (name, declared size, listed in the checksums) but
    /// neither read nor hashed now: the caller knows the whole file is good (its SHA-256 matches one
    /// recorded when it was verified in full) and reads them with rereadSafeZipEntry(), which checks
    /// their checksum then.
    QStringList deferred;
    /// The whole file's SHA-256 (hex) when the caller computed it while writing the file and no one
    /// else can have written to it since (a download checked against its digest); empty: hashed here.
    QString knownSha256;
};

/// A verified zip: the bytes of its kept entries, the checksums it lists, the file's SHA-256.
struct SafeZipContents {
    QString path; ///< absolute
    QString sha256; ///< of the whole file (hex)
    QMap<QString, QByteArray> entries; ///< every entry but those hashed only, the checksums entry included
    QMap<QString, QByteArray> checksums; ///< entry -> SHA-256 (hex)
};

/// Opens and verifies the zip at `path` against `layout` before anything is used: refuses a file
/// that is not a zip, entries with absolute paths, ".." components, symbolic links, encryption,
/// duplicate or unknown names, declared sizes above the limits (counted again while reading, as
/// a zip bomb lies), missing entries, checksum mismatches and entries the checksums do not list.
/// Every refusal names the entry and the reason, with `where` = the path. Reading never writes.
/// Thread: any. Blocking.
Result<SafeZipContents> readSafeZip(const QString& path, const ZipLayout& layout);

/// Reads entry `name` of a zip that readSafeZip() verified again, checked against `checksum`
/// (a hashed-only entry such as model.pt). Thread: any. Blocking.
Result<QByteArray> rereadSafeZipEntry(const QString& path, const ZipLayout& layout, const QString& name,
                                      const QByteArray& checksum);

/// Writes `entries` (name, bytes) and then the checksums entry listing them into a new zip at
/// `path`, through a temporary file renamed into place: never over an existing file, and a
/// failure (a full disk) leaves nothing behind. Entries named in `stored` are not compressed.
/// Thread: any. Blocking.
Status writeSafeZip(const QString& path, const std::vector<std::pair<QString, QByteArray>>& entries,
                    const QString& checksumsEntry, const QDateTime& time, const QStringList& stored,
                    const QString& noun);

} // namespace crucible
