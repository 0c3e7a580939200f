#pragma once

#include <QObject>
#include <QString>

namespace crucible {

/// Announces what changed in the stores of this process, so that views apply the change to
/// their rows instead of reading everything again: the run store says a run was added or
/// changed (status, name, notes, tags, trash, artifacts) and a metric writer that points were
/// committed; the dataset store that a dataset was imported; a registry that its models,
/// versions or aliases changed. `database` is Workspace::databasePath() of the store that
/// changed, `folder` the registry folder; a view ignores what is not its own. A store shared
/// with other processes (PostgreSQL) will feed the same signals from its notifications.
///
/// Thread: emit from any thread (the training thread, a task); a receiver on the GUI thread gets
/// the signal queued, in order.
class ChangeHub : public QObject {
    Q_OBJECT
public:
    /// The process's hub, made on first use.
    static ChangeHub& instance();

Q_SIGNALS:
    void runAdded(const QString& database, const QString& runId);
    void runChanged(const QString& database, const QString& runId);
    /// Points of `runId` were committed (at most once per metric writer flush).
    void metricsAppended(const QString& database, const QString& runId);
    void datasetsChanged(const QString& database);
    void registryChanged(const QString& folder);

private:
    ChangeHub() = default;
};

} // namespace crucible
