#pragma once

#include "engine/core/Error.h"

#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <vector>

namespace crucible {
class Workspace;
}

namespace crucible::cli {

/// Exit codes of crucible-cli, as documented in README.md.
enum ExitCode {
    Success = 0,
    BadInput = 1,
    Usage = 2,
    InternalError = 3,
    DriftDetected = 4,
    Rejected = 5,
    NotReproduced = 6
};

/// What every command gets: the global options and the output streams.
struct Context {
    bool json = false;
    QString workspaceOption; ///< --workspace, empty when not given
    QTextStream& out;
    QTextStream& err;
    QString registryOption = {}; ///< --registry, empty when not given

    /// Prints an engine error (stderr, and a JSON document on stdout with --json) and returns its exit code.
    int fail(const Error& error);
    /// Prints a usage error and returns ExitCode::Usage.
    int usage(const QString& message);
    /// Prints `document` as indented JSON on stdout.
    void printJson(const QJsonObject& document);
};

/// Opens the workspace the global options and the environment name (busy timeout from
/// CRUCIBLE_BUSY_TIMEOUT_MS when set). Defined in WorkspaceCommands.cpp.
Result<std::unique_ptr<Workspace>> openWorkspace(const Context& context);

/// One command: its words ("workspace", "info"), a one-line synopsis, and what it runs with the
/// arguments after its words.
struct Command {
    QStringList words;
    QString synopsis;
    std::function<int(Context&, const QStringList&)> run;
};

using CommandTable = std::vector<Command>;

void addVersionCommands(CommandTable& table);
void addWorkspaceCommands(CommandTable& table);
void addDataCommands(CommandTable& table); // DataCommands.cpp
void addRunsCommands(CommandTable& table); // RunsCommands.cpp
void addTrainCommands(CommandTable& table); // TrainCommands.cpp
void addModelsCommands(CommandTable& table); // ModelsCommands.cpp
void addServeCommands(CommandTable& table); // ServeCommands.cpp
void addMonitorCommands(CommandTable& table); // MonitorCommands.cpp
void addPipelineCommands(CommandTable& table); // PipelineCommands.cpp
void addSweepCommands(CommandTable& table); // SweepCommands.cpp
void addImportCommands(CommandTable& table); // ImportCommands.cpp

/// Parses `arguments` (without the program name) and runs the command; returns the exit code.
int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace crucible::cli
