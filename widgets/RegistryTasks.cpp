#include "RegistryTasks.h"

#include "engine/registry/ModelRegistry.h"

#include <QFile>

namespace crucible {

RegistryTaskOutcome RegistryTasks::importBundle(const QString& registryFolder, const QString& path)
{
    RegistryTaskOutcome outcome;
    auto registry = ModelRegistry::open(registryFolder);
    auto imported = registry ? registry.value()->importBundle(path) : Result<RegisteredVersion>(registry.error());
    if (!imported) {
        outcome.message = tr("Cannot import this bundle: %1").arg(imported.error().text());
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
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    if (!QFile::copy(version.bundlePath, partial)) {
        QFile::remove(partial);
        outcome.message =
            tr("Cannot export %1 to %2: the file cannot be written (is the disk full?)").arg(version.reference(), path);
        return outcome;
    }
    QFile::remove(path); // the save dialog asked before replacing it
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        outcome.message = tr("Cannot export %1 to %2: the file cannot be replaced.").arg(version.reference(), path);
        return outcome;
    }
    outcome.isOk = true;
    outcome.message = tr("Exported %1 to %2.").arg(version.reference(), path);
    return outcome;
}

} // namespace crucible
