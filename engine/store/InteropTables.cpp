#include "engine/core/Message.h"
#include "engine/store/Schema.h"

namespace crucible::schema {

// Interop (version 7): what MLflow's tracking API and imports from other tools need beyond
// Crucible's own records. Experiments can be deleted and restored (MLflow's lifecycle stage);
// runs carry key-value tags that have no Crucible field (MLflow's system tags such as
// mlflow.user or mlflow.source.name); and each run carried in from another tool remembers where
// it came from, so that importing the same history again adds nothing.
void appendInteropMigrations(std::vector<Migration>& list)
{
    list.push_back({7,
                    CRUCIBLE_MESSAGE("interop: deleted experiments, key-value run tags, imported runs"),
                    {
                        QStringLiteral("ALTER TABLE experiments ADD COLUMN deleted_at TEXT"),
                        QStringLiteral("CREATE TABLE run_key_tags ("
                                       " run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                                       " key TEXT NOT NULL,"
                                       " value TEXT NOT NULL,"
                                       " PRIMARY KEY (run_id, key)) WITHOUT ROWID"),
                        QStringLiteral("CREATE TABLE run_sources ("
                                       " source TEXT NOT NULL,"
                                       " source_key TEXT NOT NULL,"
                                       " run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                                       " imported_at TEXT NOT NULL,"
                                       " PRIMARY KEY (source, source_key))"),
                        QStringLiteral("CREATE INDEX run_sources_by_run ON run_sources (run_id)"),
                    }});
}

} // namespace crucible::schema
