#include "Cli.h"

namespace crucible::cli {

void addRunsCommands(CommandTable& table)
{
    Q_UNUSED(table);
}

} // namespace crucible::cli
