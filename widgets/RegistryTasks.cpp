#include "RegistryTasks.h"

#include "EngineText.h"
#include "engine/registry/ModelRegistry.h"

#include <QFile>

namespace crucible {

RegistryTaskOutcome RegistryTasks::importBundle(const QString& registryFolder, const QString& path)
{
    RegistryTaskOutcome outcome;
    auto registry = ModelRegistry::open(registryFolder);
    auto imported = registry ? registry.value()->importBundle(path) : Result<RegisteredVersion>(registry.error());
    if (!imported) {
        outcome.message = tr("Cannot import this bundle: %1").arg(errorText(imported.error()));
        return outcome;
    }
    outcome.isOk = true;
    outcome.model = imported->name;
    outcome.version = imported->version;
    outcome.message = imported->isNew
        ? tr("Imported %1 from %2.").arg(imported->reference(), path)
        : tr("This bundle is in the registry already, as %1; nothing was added.").arg(imported->reference());
    return outcome;
}

RegistryTaskOutcome RegistryTasks::exportBundle(const RegisteredVersion& version, const QString& path)
{
    RegistryTaskOutcome outcome;
    // The save dialog asked before replacing `path`; the file is replaced only once the whole
    // bundle is written and checked.
    if (const Status exported = ModelRegistry::exportVersion(version, path); !exported) {
        outcome.message = tr("Cannot export %1 to %2: %3").arg(version.reference(), path, errorText(exported.error()));
        return outcome;
    }
    outcome.isOk = true;
    outcome.message = tr("Exported %1 to %2.").arg(version.reference(), path);
    return outcome;
}

} // namespace crucible
