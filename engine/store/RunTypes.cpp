#include "RunTypes.h"

#include <QRegularExpression>

namespace crucible {

namespace {

struct StatusName {
    RunStatus status;
    const char* key;
};

const StatusName kStatusNames[] = {
    {RunStatus::Queued, "queued"},           {RunStatus::Running, "running"}, {RunStatus::Paused, "paused"},
    {RunStatus::Finished, "finished"},       {RunStatus::Failed, "failed"},   {RunStatus::Stopped, "stopped"},
    {RunStatus::Interrupted, "interrupted"},
};

} // namespace

QString runStatusKey(RunStatus status)
{
    for (const StatusName& name : kStatusNames) {
        if (name.status == status)
            return QString::fromLatin1(name.key);
    }
    return QStringLiteral("queued");
}

std::optional<RunStatus> runStatusFromKey(const QString& key)
{
    for (const StatusName& name : kStatusNames) {
        if (key == QLatin1String(name.key))
            return name.status;
    }
    return std::nullopt;
}

QStringList runStatusKeys()
{
    QStringList keys;
    for (const StatusName& name : kStatusNames)
        keys << QString::fromLatin1(name.key);
    return keys;
}

bool isTerminal(RunStatus status)
{
    return status == RunStatus::Finished || status == RunStatus::Failed || status == RunStatus::Stopped
        || status == RunStatus::Interrupted;
}

bool isLowerBetter(const QString& key)
{
    static const QRegularExpression lower(QStringLiteral("(loss|error|mse|mae|rmse|perplexity|time|latency)"),
                                          QRegularExpression::CaseInsensitiveOption);
    return lower.match(key).hasMatch();
}

void MetricSummary::add(const MetricPoint& point)
{
    ++count;
    last = point.value;
    lastStep = point.step;
    lastWallTime = point.wallTime;
    if (std::isnan(point.value)) {
        ++nanCount;
        return;
    }
    if (std::isnan(min) || point.value < min) {
        min = point.value;
        minStep = point.step;
    }
    if (std::isnan(max) || point.value > max) {
        max = point.value;
        maxStep = point.step;
    }
}

double RunRecord::durationSeconds() const
{
    if (!startedAt.isValid())
        return -1;
    const QDateTime end = endedAt.isValid() ? endedAt : QDateTime::currentDateTimeUtc();
    return double(startedAt.msecsTo(end)) / 1000.0;
}

} // namespace crucible
