#pragma once

#include "engine/core/Error.h"
#include "engine/registry/BundleContents.h"

#include <QString>

namespace crucible {

/// Writes model bundles: a zip of crucible-model.json, model.pt (stored uncompressed, so a
/// reader can map it), model_card.md, reference_profile.json and checksums.sha256 (sha256sum
/// format over every other entry). Writing is atomic: the zip is built in a temporary file in
/// the target folder and renamed into place; on failure nothing is left behind, and an
/// existing file is never replaced. Thread: any (no shared state). Blocking.
class BundleWriter {
public:
    /// "NAME-vVERSION.crucible". Thread: any.
    static QString fileName(const QString& name, int version);
    /// Writes the bundle to `path`, refusing when it exists. The manifest's format version is
    /// set to bundle::kFormatVersion. Thread: any.
    static Status write(const BundleContents& contents, const QString& path);
    /// Writes the bundle into `folder` under fileName() of its manifest; returns the path. Thread: any.
    static Result<QString> writeInto(const BundleContents& contents, const QString& folder);
};

} // namespace crucible
