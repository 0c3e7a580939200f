#include "Cli.h"

#include "TextTable.h"

#include "engine/core/OutputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

#include <unistd.h>

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

/// The words of `command` in order, with at most `columns` per line, later lines indented by `indent`.
QString wrap(const QString& text, int indent, int columns)
{
    return wrapWords(text.split(QLatin1Char(' '), Qt::SkipEmptyParts), std::max(20, columns - indent), indent);
}

/// "  -o, --out FILE      help", wrapped to `columns`.
QString optionLines(const std::vector<Option>& options, int columns)
{
    QStringList heads;
    int widest = 0;
    for (const Option& option : options) {
        QString head = option.letter.isNull() ? QStringLiteral("    ") : QStringLiteral("-%1, ").arg(option.letter);
        head += QStringLiteral("--") + option.name;
        if (!option.isFlag())
            head += QLatin1Char(' ') + option.value;
        heads << head;
        widest = std::max(widest, int(head.size()));
    }
    widest = std::min(widest, 30);
    QString text;
    for (size_t i = 0; i < options.size(); ++i) {
        const QString& head = heads[qsizetype(i)];
        const int indent = 2 + widest + 2;
        text += QStringLiteral("  ") + head;
        if (head.size() > widest)
            text += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
        else
            text += QString(widest - head.size() + 2, QLatin1Char(' '));
        text += wrap(options[i].help, indent, columns) + QLatin1Char('\n');
    }
    return text;
}

void printHelp(QTextStream& out, const CommandTable& table, int columns)
{
    out << "Usage: crucible-cli [GLOBAL OPTIONS] COMMAND [ARGS]\n\n"
           "Global options:\n"
        << optionLines(globalOptions(), columns) << "\nCommands:\n";
    const int column = 34;
    for (const Command& command : table) {
        const QString head = QStringLiteral("  ") + command.name()
            + (command.usage.isEmpty() ? QString() : QLatin1Char(' ') + command.usage);
        out << head;
        if (head.size() + 1 > column)
            out << "\n" << QString(column, QLatin1Char(' '));
        else
            out << QString(column - head.size(), QLatin1Char(' '));
        out << wrap(command.summary, column, columns) << "\n";
    }
    out << "\nGlobal options may come before or after the command; -- ends the options. 'crucible-cli help COMMAND'\n"
           "or 'crucible-cli COMMAND --help' says more about one command.\n"
           "\nExit codes: 0 success, 1 bad input or data, 2 usage, 3 internal error, 4 drift (drift),\n"
           "            5 rejected by a gate (pipeline run, models gate), 6 not reproduced (runs rerun --check).\n";
}

} // namespace

int Context::fail(const Error& reported)
{
    Error error = reported;
    if (!standardInputCopy.isEmpty()) { // the copy is gone when the user reads this
        error.where.replace(standardInputCopy, QStringLiteral("standard input"));
        error.message.replace(standardInputCopy, QStringLiteral("standard input"));
    }
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
    err << "crucible-cli: " << message << "\n";
    if (command && command->name() != QLatin1String("help"))
        err << "Run 'crucible-cli help " << command->name() << "' for its options.\n";
    else
        err << "Run 'crucible-cli --help' for the commands.\n";
    err.flush();
    // With --json a script reads standard output: a usage error is a document there too.
    if (json)
        printJson(QJsonObject {{QStringLiteral("error"),
                                QJsonObject {{QStringLiteral("code"), QStringLiteral("usage")},
                                             {QStringLiteral("message"), message},
                                             // the command whose usage was wrong, when there is one
                                             {QStringLiteral("where"), command ? command->name() : QString()}}}});
    return Usage;
}

QString Context::synopsis() const
{
    if (!command)
        return QStringLiteral("usage: crucible-cli COMMAND [ARGS]");
    return QStringLiteral("usage: crucible-cli %1%2 %3")
        .arg(command->name(), command->options.empty() ? QString() : QStringLiteral(" [OPTIONS]"), command->usage)
        .trimmed();
}

void Context::printJson(const QJsonObject& document)
{
    // Every document says which version of these documents it is (docs/json/README.md).
    QJsonObject versioned = document;
    versioned.insert(QStringLiteral("json_version"), kJsonVersion);
    out << QJsonDocument(versioned).toJson(QJsonDocument::Indented);
    out.flush();
}

Result<QString> readablePath(Context& context, const QString& path, const QString& folder, const QString& fileName)
{
    if (path != QLatin1String("-"))
        return path;
    if (::isatty(STDIN_FILENO) == 1)
        return Error {ErrorCode::InvalidInput,
                      QStringLiteral("standard input is a terminal; pipe the file in (... < FILE) or name it"),
                      QStringLiteral("-")};
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return Error {ErrorCode::Io, input.errorString(), QStringLiteral("standard input")};
    const QString target = QDir(folder).filePath(fileName);
    QFile copy(target);
    if (!copy.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error {ErrorCode::Io, copy.errorString(), target};
    QByteArray chunk;
    while (!(chunk = input.read(1 << 20)).isEmpty()) {
        if (copy.write(chunk) != chunk.size())
            return Error {ErrorCode::Io, copy.errorString(), target};
    }
    if (!copy.flush())
        return Error {ErrorCode::Io, copy.errorString(), target};
    if (copy.size() == 0)
        return Error {ErrorCode::InvalidInput, QStringLiteral("standard input is empty: nothing was piped in"),
                      QStringLiteral("standard input")};
    context.standardInputCopy = target;
    return target;
}

bool standardOutputIsTerminal()
{
    return ::isatty(standardOutputDescriptor()) == 1;
}

const std::vector<Option>& globalOptions()
{
    static const std::vector<Option> options {
        {QStringLiteral("workspace"), QStringLiteral("DIR"),
         QStringLiteral("the workspace folder, or a shared one on PostgreSQL: "
                        "postgresql://USER@HOST/DATABASE?objects=/SHARED/FOLDER (default: $CRUCIBLE_WORKSPACE, else "
                        "$XDG_DATA_HOME/crucible); it must exist unless --create is given"),
         QLatin1Char('w')},
        {QStringLiteral("create"), {}, QStringLiteral("make the --workspace folder and its workspace when missing")},
        {QStringLiteral("registry"), QStringLiteral("DIR"),
         QStringLiteral("the model registry folder (default: $CRUCIBLE_REGISTRY, else the workspace's registry/)")},
        {QStringLiteral("json"), {}, QStringLiteral("print exactly one JSON document on standard output")},
        {QStringLiteral("version"), {}, QStringLiteral("print the versions of Crucible, Qt, LibTorch and the BLAS")},
        {QStringLiteral("help"),
         {},
         QStringLiteral("print the help (of the command, when one is given)"),
         QLatin1Char('h')},
    };
    return options;
}

int terminalColumns()
{
    const int width = tableWidthLimit(); // the terminal's, else $COLUMNS, else 0
    return width > 0 ? std::clamp(width, 40, 200) : 80;
}

QString commandHelp(const Command& command, int columns)
{
    QString usage = QStringLiteral("Usage: crucible-cli ") + command.name();
    if (!command.options.empty())
        usage += QStringLiteral(" [OPTIONS]");
    if (!command.usage.isEmpty())
        usage += QLatin1Char(' ') + command.usage;
    QString text = wrap(usage, 4, columns); // a long synopsis goes on below, indented
    text += QStringLiteral("\n\n")
        + wrap(command.summary.left(1).toUpper() + command.summary.mid(1) + QLatin1Char('.'), 0, columns)
        + QLatin1Char('\n');
    if (!command.details.isEmpty()) {
        for (const QString& paragraph : command.details.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            text += QLatin1Char('\n') + wrap(paragraph, 0, columns) + QLatin1Char('\n');
    }
    if (!command.options.empty())
        text += QStringLiteral("\nOptions:\n") + optionLines(command.options, columns);
    text += QLatin1Char('\n')
        + wrap(QStringLiteral("Global options: -w/--workspace DIR, --create, --registry DIR, --json (crucible-cli "
                              "--help). -- ends the options; - names standard input or output where a file is named."),
               0, columns)
        + QLatin1Char('\n');
    if (!command.example.isEmpty())
        text += QStringLiteral("\nExample:\n  crucible-cli ") + command.example + QLatin1Char('\n');
    return text;
}

QJsonObject datasetReferenceJson(const QString& reference)
{
    const qsizetype at = reference.lastIndexOf(QLatin1Char('@'));
    return {{QStringLiteral("name"), at < 0 ? reference : reference.left(at)},
            {QStringLiteral("hash"), at < 0 ? QJsonValue() : QJsonValue(reference.mid(at + 1))},
            {QStringLiteral("reference"), reference}};
}

QJsonObject commandJson(const Command& command)
{
    QJsonArray options;
    for (const Option& option : command.options)
        options.append(
            QJsonObject {{QStringLiteral("name"), option.name},
                         {QStringLiteral("short"), option.letter.isNull() ? QJsonValue() : QString(option.letter)},
                         {QStringLiteral("value"), option.isFlag() ? QJsonValue() : option.value},
                         {QStringLiteral("help"), option.help}});
    return {{QStringLiteral("command"), command.name()},
            {QStringLiteral("usage"), command.usage},
            {QStringLiteral("summary"), command.summary},
            {QStringLiteral("details"), command.details},
            {QStringLiteral("options"), options},
            {QStringLiteral("example"),
             command.example.isEmpty() ? QString() : QStringLiteral("crucible-cli ") + command.example}};
}

QJsonObject commandsJson(const CommandTable& table)
{
    QJsonArray commands;
    for (const Command& command : table)
        commands.append(commandJson(command));
    return {{QStringLiteral("commands"), commands}};
}

namespace {

/// The command whose words begin `words`, the longest such; or nullptr.
const Command* findCommand(const CommandTable& table, const QStringList& words)
{
    const Command* best = nullptr;
    for (const Command& command : table) {
        if (words.size() >= command.words.size() && words.mid(0, command.words.size()) == command.words
            && (!best || command.words.size() > best->words.size()))
            best = &command;
    }
    return best;
}

/// The usage error for words that name no command: a group without its subcommand, or a typo.
int unknownCommand(Context& context, const CommandTable& table, const QStringList& words)
{
    QStringList inGroup;
    QStringList firsts;
    QStringList names;
    for (const Command& command : table) {
        if (command.words.first() == words.first())
            inGroup << QStringLiteral("%1 %2").arg(command.name(), command.usage).trimmed();
        if (!firsts.contains(command.words.first()))
            firsts << command.words.first();
        names << command.name();
    }
    if (!inGroup.isEmpty()) {
        if (words.size() > 1) {
            const QString guess = nearest(words.mid(0, 2).join(QLatin1Char(' ')), names);
            if (!guess.isEmpty())
                return context.usage(QStringLiteral("unknown command '%1' (did you mean '%2'?)")
                                         .arg(words.mid(0, 2).join(QLatin1Char(' ')), guess));
        }
        return context.usage(
            QStringLiteral("'%1' needs a subcommand:\n  %2").arg(words.first(), inGroup.join(QStringLiteral("\n  "))));
    }
    const QString guess = nearest(words.first(), firsts);
    if (!guess.isEmpty())
        return context.usage(QStringLiteral("unknown command '%1' (did you mean '%2'?)").arg(words.first(), guess));
    return context.usage(QStringLiteral("unknown command '%1'").arg(words.first()));
}

} // namespace

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
    addHelpCommands(table);

    // The global options may come before or after the command, up to a "--".
    Context context {false, QString(), out, err};
    QStringList rest;
    bool wantsHelp = false;
    bool wantsVersion = false;
    bool optionsEnded = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        if (optionsEnded) {
            rest << argument;
            continue;
        }
        if (argument == QLatin1String("--")) {
            optionsEnded = true;
            if (!rest.isEmpty()) // before the command's words it ends only the global options
                rest << argument;
            continue;
        }
        // --workspace DIR, --workspace=DIR, -w DIR, -wDIR, -w=DIR; --registry likewise without -w.
        QString* folder = nullptr;
        QString spelled;
        qsizetype valueAt = -1;
        for (const auto& [longName, target] : {std::pair {QStringLiteral("--workspace"), &context.workspaceOption},
                                               std::pair {QStringLiteral("--registry"), &context.registryOption}}) {
            if (argument == longName || argument.startsWith(longName + QLatin1Char('='))) {
                folder = target;
                spelled = longName;
                valueAt = argument.size() > longName.size() ? longName.size() + 1 : -1;
            }
        }
        if (!folder && argument.startsWith(QLatin1String("-w"))) {
            folder = &context.workspaceOption;
            spelled = QStringLiteral("-w");
            valueAt = argument.size() > 2 ? (argument[2] == QLatin1Char('=') ? 3 : 2) : -1;
        }
        if (folder) {
            if (valueAt < 0 && i + 1 >= arguments.size())
                return context.usage(spelled + QStringLiteral(" needs a folder"));
            const QString value = valueAt >= 0 ? argument.mid(valueAt) : arguments[++i];
            if (value.isEmpty())
                return context.usage(spelled + QStringLiteral(" needs a folder, not an empty name"));
            if (value.startsWith(QLatin1String("--")))
                return context.usage(QStringLiteral("%1 needs a folder, not the option %2 (write ./%2 for a folder "
                                                    "of that name)")
                                         .arg(spelled, value));
            *folder = value;
            continue;
        }
        const bool isFlag = argument == QLatin1String("--json") || argument == QLatin1String("--create")
            || argument == QLatin1String("--help") || argument == QLatin1String("-h")
            || argument == QLatin1String("--version");
        for (const char* name : {"--json", "--create", "--help", "--version"}) {
            if (argument.startsWith(QLatin1String(name) + QLatin1Char('=')))
                return context.usage(QStringLiteral("%1 takes no value").arg(QLatin1String(name)));
        }
        if (!isFlag)
            rest << argument;
        else if (argument == QLatin1String("--json"))
            context.json = true;
        else if (argument == QLatin1String("--create"))
            context.create = true;
        else if (argument == QLatin1String("--version"))
            wantsVersion = true;
        else
            wantsHelp = true;
    }
    QStringList globalNames;
    for (const Option& option : globalOptions())
        globalNames << option.name;
    // An option before the command that is none of the global ones.
    if (!rest.isEmpty() && rest.first().startsWith(QLatin1Char('-')) && rest.first() != QLatin1String("-")) {
        const QString name = rest.first().section(QLatin1Char('='), 0, 0);
        const QString guess = nearest(QString(name).remove(QRegularExpression(QStringLiteral("^-+"))), globalNames);
        return context.usage(
            guess.isEmpty() ? QStringLiteral("unknown option %1 (a command's options come after the command)").arg(name)
                            : QStringLiteral("unknown option %1 (did you mean --%2?)").arg(name, guess));
    }
    if (wantsVersion) {
        if (!rest.isEmpty())
            return context.usage(QStringLiteral("--version is an option of crucible-cli itself; for a command's "
                                                "help, --help"));
        rest << QStringLiteral("version");
    }
    const int columns = terminalColumns();
    if (wantsHelp && rest.isEmpty()) {
        if (context.json)
            context.printJson(commandsJson(table));
        else
            printHelp(out, table, columns);
        return Success;
    }
    if (rest.isEmpty()) {
        printHelp(err, table, columns);
        return context.usage(QStringLiteral("no command given"));
    }
    const Command* command = findCommand(table, rest);
    if (wantsHelp) {
        if (command) {
            if (context.json)
                context.printJson(commandJson(*command));
            else
                out << commandHelp(*command, columns);
            return Success;
        }
        // "crucible-cli runs --help": the group's commands (its words, not options given with them)
        QStringList words {QStringLiteral("help")};
        for (const QString& word : rest) {
            if (!word.startsWith(QLatin1Char('-')))
                words << word;
        }
        rest = words;
        command = findCommand(table, rest);
    }
    if (!command)
        return unknownCommand(context, table, rest);
    context.command = command;

    // Like --workspace, a --registry that names no registry is a typo until --create says otherwise.
    if (!context.registryOption.isEmpty() && !context.create
        && !QFileInfo::exists(QDir(context.registryOption).filePath(QStringLiteral("registry.db"))))
        return context.fail({ErrorCode::NotFound,
                             QStringLiteral("no model registry here (no registry.db); add --create to make one"),
                             context.registryOption});

    Arguments parsed;
    if (const QString problem = parsed.parse(command->options, rest.mid(command->words.size()), globalNames);
        !problem.isEmpty())
        return context.usage(command->name() + QStringLiteral(": ") + problem);
    try {
        return command->run(context, parsed);
    } catch (const std::exception& exception) {
        return context.fail({ErrorCode::Internal, QString::fromLocal8Bit(exception.what()), command->name()});
    }
}

} // namespace crucible::cli
