#include "engine/core/Message.h"
#include "engine/store/Schema.h"

namespace crucible::schema {

// Sweeps (version 6): a hyperparameter search with its file as it was created, and its trials with
// the values drawn, the objective per epoch (what the pruners compare) and how each ended. The
// sweep's own run (parent_run_id) files the trials' runs under it.
void appendSweepMigrations(std::vector<Migration>& list)
{
    list.push_back({6,
                    CRUCIBLE_MESSAGE("sweeps: searches and their trials"),
                    {
                        QStringLiteral("CREATE TABLE sweeps ("
                                       " id TEXT PRIMARY KEY,"
                                       " name TEXT NOT NULL UNIQUE,"
                                       " spec_json TEXT NOT NULL,"
                                       " parent_run_id TEXT,"
                                       " status TEXT NOT NULL,"
                                       " stop_requested INTEGER NOT NULL DEFAULT 0,"
                                       " message TEXT NOT NULL DEFAULT '',"
                                       " created_at TEXT NOT NULL,"
                                       " ended_at TEXT,"
                                       " owner_host TEXT NOT NULL DEFAULT '',"
                                       " owner_pid INTEGER NOT NULL DEFAULT 0,"
                                       " heartbeat_at TEXT NOT NULL DEFAULT '')"),
                        QStringLiteral("CREATE TABLE sweep_trials ("
                                       " sweep_id TEXT NOT NULL REFERENCES sweeps(id) ON DELETE CASCADE,"
                                       " number INTEGER NOT NULL,"
                                       " run_id TEXT NOT NULL DEFAULT '',"
                                       " params_json TEXT NOT NULL,"
                                       " state TEXT NOT NULL,"
                                       " value REAL,"
                                       " intermediate_json TEXT NOT NULL DEFAULT '{}',"
                                       " pruned_epoch INTEGER NOT NULL DEFAULT 0,"
                                       " error TEXT NOT NULL DEFAULT '',"
                                       " started_at TEXT,"
                                       " ended_at TEXT,"
                                       " PRIMARY KEY (sweep_id, number))"),
                    }});
}

} // namespace crucible::schema
