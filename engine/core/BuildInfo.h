#pragma once

#include <QString>

namespace crucible {

/// Facts fixed when this build was made. Thread: any.
struct BuildInfo {
    /// Crucible's version, for example "0.1.0".
    static QString version();
    /// The git commit the build comes from ("unknown" outside a git checkout).
    static QString gitCommit();
    /// "0.1.0 (abc123def456)".
    static QString versionWithCommit();
    /// The Qt version this process runs with.
    static QString qtVersion();
};

} // namespace crucible
