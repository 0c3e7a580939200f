#include "BuildInfo.h"

#include "crucible_git.h"

#include <QtGlobal>

namespace crucible {

QString BuildInfo::version()
{
    return QStringLiteral(CRUCIBLE_VERSION);
}

QString BuildInfo::gitCommit()
{
    return QStringLiteral(CRUCIBLE_GIT_COMMIT);
}

QString BuildInfo::versionWithCommit()
{
    return QStringLiteral("%1 (%2)").arg(version(), gitCommit());
}

QString BuildInfo::qtVersion()
{
    return QString::fromLatin1(qVersion());
}

} // namespace crucible
