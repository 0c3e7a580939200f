#pragma once

#include "engine/registry/RegistryTypes.h"

#include <QCoreApplication>
#include <QString>

namespace crucible {

/// How an import or export ended, as the Registry page shows it. Thread: a plain value type.
struct RegistryTaskOutcome {
    bool isOk = false;
    QString message; ///< translated, with the engine's message on failure
    QString model; ///< the model to select afterwards (import); empty: keep the selection
    int version = 0;
};

/// The bundle work the Registry page runs off the GUI thread. Each call opens its own
/// ModelRegistry, since a registry belongs to the thread that opened it.
/// Thread: any (meant for a worker); blocking.
class RegistryTasks {
    Q_DECLARE_TR_FUNCTIONS(RegistryTasks)
public:
    /// Verifies the bundle at `path` and imports it into the registry in `registryFolder`.
    static RegistryTaskOutcome importBundle(const QString& registryFolder, const QString& path);
    /// Copies the bundle of `version` to `path` (replacing a file there) through a partial
    /// file, so a failed copy never leaves a truncated bundle.
    static RegistryTaskOutcome exportBundle(const RegisteredVersion& version, const QString& path);
};

} // namespace crucible
