#pragma once

#include "Arguments.h"

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

struct Command;

/// The version of the JSON documents --json prints (docs/json/): raised when a field changes
/// meaning or goes away, not when one is added.
inline constexpr int kJsonVersion = 1;

/// What every command gets: the global options and the output streams.
struct Context {
    bool json = false;
    QString workspaceOption; ///< --workspace, empty when not given
    QTextStream& out;
    QTextStream& err;
    QString registryOption = {}; ///< --registry, empty when not given
    bool create = false; ///< --create: a --workspace folder that does not exist is made
    const Command* command = nullptr; ///< the command running, for its usage errors
    QString standardInputCopy = {}; ///< where readablePath() put standard input, named so in errors

    /// Prints an engine error (stderr, and a JSON document on stdout with --json) and returns its exit code.
    int fail(const Error& error);
    /// Prints a usage error and returns ExitCode::Usage.
    int usage(const QString& message);
    /// "usage: crucible-cli data export NAME[@HASH] --out ...", of the command running.
    QString synopsis() const;
    /// Prints `document` as indented JSON on stdout.
    void printJson(const QJsonObject& document);
};

/// Opens the workspace the global options and the environment name (busy timeout from
/// CRUCIBLE_BUSY_TIMEOUT_MS when set). Defined in WorkspaceCommands.cpp.
Result<std::unique_ptr<Workspace>> openWorkspace(const Context& context);

/// One command, described once: the parser, `help CMD`, the man pages and the shell completions
/// all read this.
struct Command {
    QStringList words; ///< "data", "export"
    QString usage; ///< what follows the words: "NAME[@HASH] --out FILE|-|FOLDER"
    QString summary; ///< one line for the list of commands
    std::vector<Option> options;
    std::function<int(Context&, const Arguments&)> run;
    QString example = {}; ///< a command line after "crucible-cli ", for the help
    QString details = {}; ///< paragraphs for the help and the man page

    QString name() const { return words.join(QLatin1Char(' ')); }
};

using CommandTable = std::vector<Command>;

/// An option for a command table, from UTF-8 text: option("out", "FILE", "where to write", 'o').
inline Option option(const char* name, const char* value, const char* help, char letter = 0)
{
    return {QString::fromUtf8(name), QString::fromUtf8(value), QString::fromUtf8(help),
            letter != 0 ? QChar(QLatin1Char(letter)) : QChar()};
}

/// An option without a value.
inline Option flag(const char* name, const char* help, char letter = 0)
{
    return option(name, "", help, letter);
}

/// A command for a command table, from UTF-8 text; `words` as typed ("data export").
inline Command makeCommand(const char* words, const char* usage, const char* summary, std::vector<Option> options,
                           std::function<int(Context&, const Arguments&)> run, const char* example = "",
                           const char* details = "")
{
    return {QString::fromUtf8(words).split(QLatin1Char(' ')),
            QString::fromUtf8(usage),
            QString::fromUtf8(summary),
            std::move(options),
            std::move(run),
            QString::fromUtf8(example),
            QString::fromUtf8(details)};
}

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
void addHelpCommands(CommandTable& table); // HelpCommands.cpp: help, completion; needs the whole table

/// The options every command takes (--workspace, --json, ...), for help, man pages and completions.
const std::vector<Option>& globalOptions();

/// Whether the command's standard output is a terminal (where a bundle's bytes do not belong).
bool standardOutputIsTerminal();

/// The columns of the terminal on standard output (or $COLUMNS), 80 when it is not a terminal.
int terminalColumns();

/// A file to read named "-" means standard input: copied into `folder` as `fileName`, and that
/// path returned (and noted in `context`, whose errors then say "standard input" for it); any
/// other path comes back as it is. Refused when standard input is a terminal or empty.
Result<QString> readablePath(Context& context, const QString& path, const QString& folder, const QString& fileName);

/// A dataset version as JSON wherever a document names one: {"name", "hash", "reference"}, from
/// "NAME@HASH" (or a bare name).
QJsonObject datasetReferenceJson(const QString& reference);

/// A command's description as JSON (help --json): command, usage, summary, options, example.
QJsonObject commandJson(const Command& command);
/// Every command's description, for --json --help.
QJsonObject commandsJson(const CommandTable& table);

/// The help of one command: usage, what it does, its options and an example.
QString commandHelp(const Command& command, int columns);

/// Parses `arguments` (without the program name) and runs the command; returns the exit code.
int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace crucible::cli
