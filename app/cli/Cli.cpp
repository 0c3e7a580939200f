#include "Cli.h"

#include <QJsonDocument>

namespace crucible::cli {

namespace {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return QStringLiteral("invalid_input");
    case ErrorCode::NotFound:
        return QStringLiteral("not_found");
    case ErrorCode::Busy:
        return QStringLiteral("busy");
    case ErrorCode::Incompatible:
        return QStringLiteral("incompatible");
    case ErrorCode::Io:
        return QStringLiteral("io");
    case ErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorCode::Internal:
        break;
    }
    return QStringLiteral("internal");
}

void printHelp(QTextStream& out, const CommandTable& table)
{
    out << "Usage: crucible-cli [--workspace DIR] [--registry DIR] [--json] COMMAND [ARGS]\n\n"
           "Global options:\n"
           "  --workspace DIR  workspace folder (default: $CRUCIBLE_WORKSPACE, else $XDG_DATA_HOME/crucible)\n"
           "  --registry DIR   model registry folder (default: $CRUCIBLE_REGISTRY, else the workspace's registry/)\n"
           "  --json           print one JSON document on stdout\n"
           "  --version        print versions of Crucible, Qt, LibTorch and the BLAS in use\n"
           "  -h, --help       print this help\n\n"
           "Commands:\n";
    for (const Command& command : table)
        out << "  " << command.synopsis << "\n";
    out << "\nExit codes: 0 success, 1 bad input or data, 2 usage, 3 internal error, 4 drift (drift),\n"
           "            5 rejected by a gate (pipeline run, models gate).\n";
}

} // namespace

int Context::fail(const Error& error)
{
    err << "crucible-cli: error: " << error.text() << "\n";
    err.flush();
    if (json) {
        printJson(QJsonObject {{QStringLiteral("error"),
                                QJsonObject {{QStringLiteral("code"), errorCodeName(error.code)},
                                             {QStringLiteral("message"), error.message},
                                             {QStringLiteral("where"), error.where}}}});
    }
    return error.code == ErrorCode::Internal ? InternalError : BadInput;
}

int Context::usage(const QString& message)
{
    err << "crucible-cli: " << message << "\nRun 'crucible-cli --help' for the commands.\n";
    err.flush();
    // With --json a script reads standard output: a usage error is a document there too.
    if (json)
        printJson(QJsonObject {{QStringLiteral("error"),
                                QJsonObject {{QStringLiteral("code"), QStringLiteral("usage")},
                                             {QStringLiteral("message"), message},
                                             {QStringLiteral("where"), QString()}}}});
    return Usage;
}

void Context::printJson(const QJsonObject& document)
{
    out << QJsonDocument(document).toJson(QJsonDocument::Indented);
    out.flush();
}

int run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    CommandTable table;
    addVersionCommands(table);
    addWorkspaceCommands(table);
    addDataCommands(table);
    addRunsCommands(table);
    addTrainCommands(table);
    addModelsCommands(table);
    addServeCommands(table);
    addMonitorCommands(table);
    addPipelineCommands(table);
    addSweepCommands(table);
    addImportCommands(table);

    Context context {false, QString(), out, err};
    QStringList rest;
    bool wantsHelp = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        if (argument == QLatin1String("--json")) {
            context.json = true;
        } else if (argument == QLatin1String("--workspace")) {
            if (i + 1 >= arguments.size())
                return context.usage(QStringLiteral("--workspace needs a folder"));
            context.workspaceOption = arguments[++i];
        } else if (argument.startsWith(QLatin1String("--workspace="))) {
            context.workspaceOption = argument.mid(12);
        } else if (argument == QLatin1String("--registry")) {
            if (i + 1 >= arguments.size())
                return context.usage(QStringLiteral("--registry needs a folder"));
            context.registryOption = arguments[++i];
        } else if (argument.startsWith(QLatin1String("--registry="))) {
            context.registryOption = argument.mid(11);
        } else if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            wantsHelp = true;
        } else if (argument == QLatin1String("--version")) {
            rest.prepend(QStringLiteral("version"));
        } else {
            rest << argument;
        }
    }
    if (wantsHelp || rest.isEmpty()) {
        printHelp(wantsHelp ? out : err, table);
        return wantsHelp ? Success : Usage;
    }

    const Command* best = nullptr;
    for (const Command& command : table) {
        if (rest.size() >= command.words.size() && rest.mid(0, command.words.size()) == command.words
            && (!best || command.words.size() > best->words.size()))
            best = &command;
    }
    if (!best) {
        QStringList candidates;
        for (const Command& command : table) {
            if (command.words.first() == rest.first())
                candidates << command.synopsis;
        }
        if (!candidates.isEmpty())
            return context.usage(QStringLiteral("'%1' needs a subcommand:\n  %2")
                                     .arg(rest.join(QLatin1Char(' ')), candidates.join(QStringLiteral("\n  "))));
        return context.usage(QStringLiteral("unknown command '%1'").arg(rest.first()));
    }
    try {
        return best->run(context, rest.mid(best->words.size()));
    } catch (const std::exception& exception) {
        return context.fail(
            {ErrorCode::Internal, QString::fromLocal8Bit(exception.what()), best->words.join(QLatin1Char(' '))});
    }
}

} // namespace crucible::cli
