// crucible-cli: the headless twin of the workbench. Links no Qt Widgets.
#include "Cli.h"
#include "engine/core/BlasKernels.h"

#include "engine/core/BuildInfo.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    crucible::chooseBlasKernels();
    crucible::useSingleThreadedBlas();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Crucible"));
    QCoreApplication::setApplicationName(QStringLiteral("crucible-cli"));
    QCoreApplication::setApplicationVersion(crucible::BuildInfo::versionWithCommit());

    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = crucible::cli::run(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
