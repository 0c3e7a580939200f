#include "engine/store/Schema.h"

namespace crucible::schema {

void appendTrackingMigrations(std::vector<Migration>& list)
{
    Q_UNUSED(list);
}

} // namespace crucible::schema
