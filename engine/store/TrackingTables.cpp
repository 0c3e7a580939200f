#include "engine/core/Message.h"
#include "engine/store/Schema.h"

namespace crucible::schema {

// Experiment tracking (version 3): params, tags, artifacts and metric series of runs.
//
// Metrics are chunked: one metric_chunks row holds up to MetricChunk::capacity points of one
// series as four packed little-endian blobs (steps int64, values float64, epochs float32, wall
// times float64), with the chunk's step range and its NaN-aware aggregates in plain columns, so
// a bucketed read uses the aggregates where a bucket spans a whole chunk and decodes blobs only
// at the edges. The blobs come last in the row so reading the aggregates never touches them.
// metric_series holds one row per run and key with the series' summary (count, last, min, max
// and their steps), kept current by the writer in the transaction that writes the points.
// REAL columns turn NaN into NULL: a NULL aggregate means "NaN" (or "no finite value").
void appendTrackingMigrations(std::vector<Migration>& list)
{
    list.push_back({3,
                    CRUCIBLE_MESSAGE("experiment tracking: params, tags, artifacts and metric series"),
                    {
                        QStringLiteral("ALTER TABLE runs ADD COLUMN dataset_name TEXT NOT NULL DEFAULT ''"),
                        QStringLiteral("ALTER TABLE runs ADD COLUMN dataset_hash TEXT NOT NULL DEFAULT ''"),
                        QStringLiteral("CREATE INDEX runs_by_status ON runs (status)"),
                        QStringLiteral("CREATE TABLE run_params ("
                                       " run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                                       " key TEXT NOT NULL,"
                                       " value_json TEXT NOT NULL,"
                                       " PRIMARY KEY (run_id, key)) WITHOUT ROWID"),
                        QStringLiteral("CREATE TABLE run_tags ("
                                       " run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                                       " tag TEXT NOT NULL,"
                                       " PRIMARY KEY (run_id, tag)) WITHOUT ROWID"),
                        QStringLiteral("CREATE INDEX run_tags_by_tag ON run_tags (tag)"),
                        QStringLiteral("CREATE TABLE run_artifacts ("
                                       " id INTEGER PRIMARY KEY,"
                                       " run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                                       " path TEXT NOT NULL,"
                                       " kind TEXT NOT NULL,"
                                       " size INTEGER NOT NULL,"
                                       " sha256 TEXT NOT NULL,"
                                       " created_at TEXT NOT NULL,"
                                       " UNIQUE (run_id, path))"),
                        QStringLiteral("CREATE TABLE metric_series ("
                                       " id INTEGER PRIMARY KEY,"
                                       " run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                                       " key TEXT NOT NULL,"
                                       " point_count INTEGER NOT NULL DEFAULT 0,"
                                       " nan_count INTEGER NOT NULL DEFAULT 0,"
                                       " last_step INTEGER,"
                                       " last_value REAL,"
                                       " last_wall_time REAL,"
                                       " min_step INTEGER,"
                                       " min_value REAL,"
                                       " max_step INTEGER,"
                                       " max_value REAL,"
                                       " UNIQUE (run_id, key))"),
                        QStringLiteral("CREATE TABLE metric_chunks ("
                                       " series_id INTEGER NOT NULL REFERENCES metric_series(id) ON DELETE CASCADE,"
                                       " chunk INTEGER NOT NULL,"
                                       " point_count INTEGER NOT NULL,"
                                       " min_step INTEGER NOT NULL,"
                                       " max_step INTEGER NOT NULL,"
                                       " value_count INTEGER NOT NULL,"
                                       " min_value REAL,"
                                       " max_value REAL,"
                                       " sum_value REAL,"
                                       " steps BLOB NOT NULL,"
                                       " vals BLOB NOT NULL,"
                                       " epochs BLOB NOT NULL,"
                                       " wall_times BLOB NOT NULL,"
                                       " PRIMARY KEY (series_id, chunk))"),
                    }});
    // Version 4: liveness by lease. The process training a run renews heartbeat_at (UTC, ISO
    // 8601) every few seconds; a run whose lease has run out is interrupted, whichever host
    // looks, while one on another host with a fresh lease is alive.
    list.push_back({4,
                    CRUCIBLE_MESSAGE("run liveness: a heartbeat renewed while a run trains"),
                    {
                        QStringLiteral("ALTER TABLE runs ADD COLUMN heartbeat_at TEXT NOT NULL DEFAULT ''"),
                    }});
}

} // namespace crucible::schema
