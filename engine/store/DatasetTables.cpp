#include "engine/core/Message.h"
#include "engine/store/Schema.h"

namespace crucible::schema {

void appendDatasetMigrations(std::vector<Migration>& list)
{
    list.push_back({2,
                    CRUCIBLE_MESSAGE("dataset versions: target, task, profile, stored size"),
                    {
                        QStringLiteral("ALTER TABLE datasets ADD COLUMN target TEXT NOT NULL DEFAULT ''"),
                        QStringLiteral("ALTER TABLE datasets ADD COLUMN task TEXT NOT NULL DEFAULT ''"),
                        QStringLiteral("ALTER TABLE datasets ADD COLUMN profile_json TEXT NOT NULL DEFAULT '{}'"),
                        QStringLiteral("ALTER TABLE datasets ADD COLUMN byte_size INTEGER NOT NULL DEFAULT 0"),
                        QStringLiteral("CREATE INDEX datasets_by_name ON datasets (name, created_at)"),
                    }});
}

} // namespace crucible::schema
