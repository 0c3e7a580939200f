// crucible-cli runs ...: the command groups, in the order `help` lists them.
#include "RunsShared.h"

namespace crucible::cli {

void addRunsCommands(CommandTable& table)
{
    addRunsListCommands(table);
    addRunsExportCommands(table);
    addRunsReproCommands(table);
    addRunsEditCommands(table);
}

} // namespace crucible::cli
