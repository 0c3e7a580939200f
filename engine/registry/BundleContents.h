#pragma once

#include "engine/registry/BundleManifest.h"

#include <QByteArray>
#include <QJsonObject>

namespace crucible {

/// Everything a bundle holds but its checksums, which the writer computes.
/// Thread: a plain value type.
struct BundleContents {
    BundleManifest manifest;
    QByteArray model; ///< model.pt as given (a TorchScript archive); stored uncompressed
    QByteArray modelCard; ///< model_card.md, UTF-8 Markdown
    QJsonObject referenceProfile; ///< reference_profile.json: the training data's column profiles
};

} // namespace crucible
