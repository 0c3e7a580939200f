#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QtGlobal>

#include <array>

namespace crucible {

/// The layout of a model bundle (NAME-vVERSION.crucible, a zip): its entry names and the
/// manifest format this build writes and reads. Thread: constants, any thread.
namespace bundle {

/// The manifest format this build writes; a bundle with a newer one is refused.
inline constexpr int kFormatVersion = 1;
/// The file name suffix of a bundle.
inline constexpr QLatin1StringView kSuffix {".crucible"};

inline constexpr QLatin1StringView kManifestEntry {"crucible-model.json"};
inline constexpr QLatin1StringView kModelEntry {"model.pt"};
inline constexpr QLatin1StringView kModelCardEntry {"model_card.md"};
inline constexpr QLatin1StringView kReferenceProfileEntry {"reference_profile.json"};
inline constexpr QLatin1StringView kChecksumsEntry {"checksums.sha256"};

/// Every entry a bundle holds, checksums.sha256 last; no other entry is allowed.
inline constexpr std::array<QLatin1StringView, 5> kEntries {kManifestEntry, kModelEntry, kModelCardEntry,
                                                            kReferenceProfileEntry, kChecksumsEntry};

} // namespace bundle

/// The most bytes a bundle entry may hold, checked against the sizes the zip declares before
/// anything is extracted and again while reading. Thread: a plain value type.
struct BundleLimits {
    qint64 modelBytes = qint64(2) << 30; ///< model.pt: 2 GiB
    qint64 otherBytes = qint64(16) << 20; ///< every other entry: 16 MiB

    /// The bound for the entry called `name`.
    qint64 forEntry(const QString& name) const { return name == bundle::kModelEntry ? modelBytes : otherBytes; }
};

} // namespace crucible
