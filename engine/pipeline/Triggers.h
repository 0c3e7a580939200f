#pragma once

#include "engine/core/Error.h"
#include "engine/pipeline/PipelineSpec.h"
#include "engine/pipeline/Schedule.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace crucible {

class Workspace;

/// A reason to run a pipeline now. Thread: a plain value type.
struct DueTrigger {
    QString kind; ///< "schedule", "watch", "drift"
    QDateTime time; ///< when it fired (the poll's time)
    QString file; ///< watch: the new file
    QString detail; ///< "0 3 * * * at 03:00", "new file a.csv", the drift summary

    /// {"kind", "time", "file", "detail"}: what a run records as its trigger.
    QJsonObject toJson() const;
};

/// Watches one pipeline's triggers. poll(now) says what fired since the last poll: the schedule
/// when a matching minute passed (missed minutes count once), each file of the watched folder
/// not acted on before (once its size and time have stayed unchanged for `settleSeconds`, so a
/// file being copied is not read half-written), and a drift verdict on the served model's log
/// when a check is due. Files acted on, and the time of the last poll (so that a schedule checked
/// by `daemon --once` from cron fires, and missed times count once), are kept in the workspace.
/// Time is passed in, so tests need not sleep. Thread: create and use on one.
class TriggerWatcher {
public:
    TriggerWatcher(const Workspace& workspace, PipelineSpec spec, QString registryFolder);

    Result<QList<DueTrigger>> poll(const QDateTime& now);
    /// Records that a run for `trigger` exists (a watched file is then never acted on again, even by
    /// a restarted daemon). Until then poll() does not return it again, but a new watcher would:
    /// a trigger whose run never started (a crash, a busy pipeline) is not lost.
    Status acknowledge(const DueTrigger& trigger);
    /// Forgets a trigger whose run could not start, so that the next poll returns it again.
    void release(const DueTrigger& trigger);
    /// When the schedule fires next after `now` (invalid when there is no schedule).
    QDateTime nextScheduled(const QDateTime& now) const;
    const PipelineSpec& spec() const { return m_spec; }

    double settleSeconds = 2.0;

private:
    const Workspace& m_workspace;
    PipelineSpec m_spec;
    QString m_registryFolder;
    std::optional<Schedule> m_schedule;
    QDateTime m_lastPoll;
    QDateTime m_lastDriftCheck;
    QHash<QString, QString> m_sizes; ///< path -> "SIZE:MTIME" at the previous poll, to see it settle
    QHash<QString, QString> m_pending; ///< path -> "SIZE:MTIME" returned by poll, not acknowledged yet
};

} // namespace crucible
