#include "TrainingTypes.h"

namespace crucible {

QString trainingStateName(TrainingState state)
{
    switch (state) {
    case TrainingState::Idle:
        return QStringLiteral("idle");
    case TrainingState::Preparing:
        return QStringLiteral("preparing");
    case TrainingState::Running:
        return QStringLiteral("running");
    case TrainingState::Paused:
        return QStringLiteral("paused");
    case TrainingState::Stopping:
        return QStringLiteral("stopping");
    case TrainingState::Finished:
        return QStringLiteral("finished");
    case TrainingState::Failed:
        return QStringLiteral("failed");
    case TrainingState::Stopped:
        break;
    }
    return QStringLiteral("stopped");
}

bool isTrainingOver(TrainingState state)
{
    return state == TrainingState::Finished || state == TrainingState::Failed || state == TrainingState::Stopped;
}

} // namespace crucible
