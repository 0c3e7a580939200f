#include "engine/core/Message.h"
#include "engine/store/Schema.h"

namespace crucible::schema {

// Pipelines (version 5): every run of a pipeline file with its steps, and the files a watched
// folder has shown. A step's input_hash is what its cache looks up: the newest succeeded step of
// the same pipeline and id with the same hash gives its outputs_json instead of running again.
// A run keeps the pipeline's YAML as it ran (spec_yaml), so that resume runs the same steps.
void appendPipelineMigrations(std::vector<Migration>& list)
{
    list.push_back(
        {5,
         CRUCIBLE_MESSAGE("pipelines: runs, steps with cached outputs, watched files"),
         {
             QStringLiteral("CREATE TABLE pipeline_runs ("
                            " id TEXT PRIMARY KEY,"
                            " pipeline TEXT NOT NULL,"
                            " file TEXT NOT NULL DEFAULT '',"
                            " spec_yaml TEXT NOT NULL,"
                            " params_json TEXT NOT NULL DEFAULT '{}',"
                            " trigger_json TEXT NOT NULL DEFAULT '{}',"
                            " status TEXT NOT NULL,"
                            " message TEXT NOT NULL DEFAULT '',"
                            " created_at TEXT NOT NULL,"
                            " ended_at TEXT,"
                            " owner_host TEXT NOT NULL DEFAULT '',"
                            " owner_pid INTEGER NOT NULL DEFAULT 0,"
                            " heartbeat_at TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX pipeline_runs_by_pipeline ON pipeline_runs (pipeline, created_at)"),
             QStringLiteral("CREATE TABLE pipeline_steps ("
                            " run_id TEXT NOT NULL REFERENCES pipeline_runs(id) ON DELETE CASCADE,"
                            " step TEXT NOT NULL,"
                            " position INTEGER NOT NULL,"
                            " kind TEXT NOT NULL,"
                            " status TEXT NOT NULL,"
                            " attempts INTEGER NOT NULL DEFAULT 0,"
                            " input_hash TEXT NOT NULL DEFAULT '',"
                            " outputs_json TEXT NOT NULL DEFAULT '{}',"
                            " message TEXT NOT NULL DEFAULT '',"
                            " log TEXT NOT NULL DEFAULT '',"
                            " started_at TEXT,"
                            " ended_at TEXT,"
                            " PRIMARY KEY (run_id, step))"),
             QStringLiteral("CREATE INDEX pipeline_steps_by_hash ON pipeline_steps (step, input_hash)"),
             QStringLiteral("CREATE TABLE pipeline_seen_files ("
                            " pipeline TEXT NOT NULL,"
                            " path TEXT NOT NULL,"
                            " size INTEGER NOT NULL,"
                            " modified_at TEXT NOT NULL,"
                            " seen_at TEXT NOT NULL,"
                            " PRIMARY KEY (pipeline, path)) WITHOUT ROWID"),
         }});
}

} // namespace crucible::schema
