#include "engine/pipeline/Triggers.h"
#include "engine/core/Message.h"

#include "engine/pipeline/DriftCheck.h"
#include "engine/store/PipelineStore.h"

#include <QDir>
#include <QFileInfo>

namespace crucible {

QJsonObject DueTrigger::toJson() const
{
    QJsonObject json {{QStringLiteral("kind"), kind},
                      {QStringLiteral("time"), time.toUTC().toString(Qt::ISODate)},
                      {QStringLiteral("detail"), detail}};
    if (!file.isEmpty())
        json.insert(QStringLiteral("file"), file);
    return json;
}

TriggerWatcher::TriggerWatcher(const Workspace& workspace, PipelineSpec spec, QString registryFolder)
    : m_workspace(workspace), m_spec(std::move(spec)), m_registryFolder(std::move(registryFolder))
{
    if (!m_spec.triggers.schedule.isEmpty())
        m_schedule = Schedule::parse(m_spec.triggers.schedule);
}

QDateTime TriggerWatcher::nextScheduled(const QDateTime& now) const
{
    return m_schedule ? m_schedule->next(now) : QDateTime();
}

Result<QList<DueTrigger>> TriggerWatcher::poll(const QDateTime& now)
{
    QList<DueTrigger> due;
    const TriggerSpec& triggers = m_spec.triggers;
    const PipelineStore store(m_workspace);
    if (m_schedule) {
        const QString key = QStringLiteral("@schedule ") + m_schedule->text();
        if (!m_lastPoll.isValid()) { // when the schedule was last looked at, by any process
            auto seen = store.seenFiles(m_spec.name);
            if (!seen)
                return seen.error();
            m_lastPoll = QDateTime::fromString(seen->value(key).section(QLatin1Char(':'), 1), Qt::ISODateWithMs);
        }
        if (m_lastPoll.isValid()) {
            const QDateTime next = m_schedule->next(m_lastPoll);
            if (next.isValid() && next <= now)
                due << DueTrigger {QStringLiteral("schedule"),
                                   now,
                                   {},
                                   CRUCIBLE_MESSAGE("schedule \"%1\" at %2")
                                       .arg(m_schedule->text(), next.toString(QStringLiteral("yyyy-MM-dd HH:mm")))};
        }
        if (Status marked = store.markSeen(m_spec.name, key, 0, now); !marked)
            return marked.error();
    }
    if (!triggers.watchFolder.isEmpty()) {
        if (!QFileInfo(triggers.watchFolder).isDir())
            return Error {ErrorCode::NotFound,
                          QFileInfo::exists(triggers.watchFolder)
                              ? CRUCIBLE_MESSAGE("the watched folder is a file")
                              : CRUCIBLE_MESSAGE("the watched folder does not exist; create it, or fix triggers.watch"),
                          triggers.watchFolder};
        auto seen = store.seenFiles(m_spec.name);
        if (!seen)
            return seen.error();
        const QFileInfoList files =
            QDir(triggers.watchFolder).entryInfoList({triggers.watchPattern}, QDir::Files, QDir::Time | QDir::Reversed);
        QHash<QString, QString> sizes;
        for (const QFileInfo& file : files) {
            const QString path = file.absoluteFilePath();
            const QString stamp =
                QStringLiteral("%1:%2").arg(file.size()).arg(file.lastModified().toUTC().toString(Qt::ISODateWithMs));
            sizes.insert(path, stamp);
            if (seen->value(path) == stamp || m_pending.value(path) == stamp)
                continue;
            // Settled: unchanged since the previous poll and old enough, so not being written.
            const bool settled =
                m_sizes.value(path) == stamp || file.lastModified().secsTo(now) >= qint64(settleSeconds);
            if (!settled || file.size() == 0)
                continue;
            m_pending.insert(path, stamp);
            due << DueTrigger {QStringLiteral("watch"), now, path,
                               CRUCIBLE_MESSAGE("new file %1").arg(file.fileName())};
        }
        m_sizes = sizes;
    }
    if (!triggers.driftModel.isEmpty()
        && (!m_lastDriftCheck.isValid() || m_lastDriftCheck.secsTo(now) >= qint64(triggers.driftEverySeconds))) {
        m_lastDriftCheck = now;
        DriftRequest request;
        request.registryFolder = m_registryFolder;
        request.model = triggers.driftModel;
        request.source = DriftRequest::Source::Log;
        request.location = triggers.driftLog;
        QString problem;
        request.window = WindowSpec::parse(triggers.driftWindow, &problem);
        auto checked = runDriftCheck(m_workspace, request);
        // No log yet (nothing served) is no drift; other problems are reported.
        if (!checked && checked.error().code != ErrorCode::NotFound)
            return checked.error();
        if (checked && checked->latest().drift)
            due << DueTrigger {QStringLiteral("drift"), now, {}, checked->latest().summary()};
    }
    m_lastPoll = now;
    return due;
}

Status TriggerWatcher::acknowledge(const DueTrigger& trigger)
{
    if (trigger.kind != QLatin1String("watch") || trigger.file.isEmpty())
        return Ok {};
    m_pending.remove(trigger.file);
    const QFileInfo file(trigger.file);
    return PipelineStore(m_workspace).markSeen(m_spec.name, trigger.file, file.size(), file.lastModified());
}

void TriggerWatcher::release(const DueTrigger& trigger)
{
    m_pending.remove(trigger.file);
}

} // namespace crucible
