#include "Cli.h"

namespace crucible::cli {

void addDataCommands(CommandTable& table)
{
    Q_UNUSED(table);
}

} // namespace crucible::cli
