#pragma once

#include "engine/core/Error.h"
#include "engine/store/RunTypes.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace crucible {

class Workspace;

namespace repro {

/// One line of a diff of two runs: a section ("run", "recipe", "data", "environment"), a key and
/// the two values as text ("(none)" where a run lacks it). Thread: a plain value type.
struct DiffRow {
    QString section;
    QString key;
    QString a;
    QString b;

    bool differs() const { return a != b; }
};

/// Everything that decides two runs' numbers side by side: the run (dataset version, seed,
/// device, threads, split sizes), every recipe key (the model spec among them), the dataset
/// versions (rows, columns, and per column its type and statistics, so a changed column shows),
/// and the environment records (Crucible's version and commit, LibTorch, BLAS and its kernels,
/// CPU and flags, CUDA). Thread: the calling thread's workspace connection.
Result<QList<DiffRow>> diffRuns(const Workspace& workspace, const RunRecord& a, const RunRecord& b);

/// The rows as JSON: {"a": id, "b": id, "differences": n, "rows": [{section, key, a, b, differs}]}.
QJsonObject diffJson(const RunRecord& a, const RunRecord& b, const QList<DiffRow>& rows, bool onlyDiffering);

} // namespace repro
} // namespace crucible
