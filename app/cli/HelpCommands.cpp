// crucible-cli help and completion: the help of a command, its manual page and the shell
// completions, all written from the command table, so that they say what the parser accepts.
#include "Cli.h"
#include "ShellQuote.h"

#include "engine/core/BuildInfo.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace crucible::cli {

namespace {

/// Whether a placeholder names a file or folder, whose values the shells complete from the disk.
bool namesFile(const QString& placeholder)
{
    static const QRegularExpression pattern(QStringLiteral("FILE|PATH|DIR|FOLDER|BUNDLE|YAML|CSV|SPEC"));
    return pattern.match(placeholder).hasMatch();
}

bool namesFolderOnly(const QString& placeholder)
{
    return placeholder == QLatin1String("DIR") || placeholder == QLatin1String("FOLDER");
}

/// The values of a placeholder that lists them ("csv|images|idx"), or none.
QStringList choicesOf(const QString& placeholder)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]*(\\|[a-z0-9][a-z0-9._-]*)+$"));
    return pattern.match(placeholder).hasMatch() ? placeholder.split(QLatin1Char('|')) : QStringList();
}

/// The positional part of a command's usage: what comes before its first option.
QString positionalUsage(const Command& command)
{
    QStringList words;
    for (const QString& word : command.usage.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.startsWith(QLatin1Char('-')) || word.startsWith(QLatin1String("[-")))
            break;
        words << word;
    }
    return words.join(QLatin1Char(' '));
}

/// Whether a command's arguments are files (data import PATH, sweep create SPEC).
bool takesFiles(const Command& command)
{
    return namesFile(positionalUsage(command));
}

/// The words a command's arguments may be: the shells of completion, the commands for help.
QStringList positionalChoices(const Command& command, const CommandTable& table)
{
    if (command.name() == QLatin1String("help")) {
        QStringList firsts;
        for (const Command& each : table) {
            if (!firsts.contains(each.words.first()))
                firsts << each.words.first();
        }
        return firsts;
    }
    return choicesOf(positionalUsage(command));
}

/// The commands' first words in table order, each with its commands.
std::vector<std::pair<QString, std::vector<const Command*>>> groups(const CommandTable& table)
{
    std::vector<std::pair<QString, std::vector<const Command*>>> result;
    for (const Command& command : table) {
        auto it = std::find_if(result.begin(), result.end(),
                               [&](const auto& group) { return group.first == command.words.first(); });
        if (it == result.end()) {
            result.push_back({command.words.first(), {}});
            it = result.end() - 1;
        }
        it->second.push_back(&command);
    }
    return result;
}

/// What a first word does, for the completion menus: the command's summary, or its subcommands.
QString groupSummary(const std::vector<const Command*>& commands)
{
    if (commands.size() == 1 && commands.front()->words.size() == 1)
        return commands.front()->summary;
    QStringList subcommands;
    for (const Command* command : commands)
        subcommands << command->words.mid(1).join(QLatin1Char(' '));
    return subcommands.join(QStringLiteral(", "));
}

/// The spellings of every option that takes a value (--out, -o), which the completion's word
/// scan skips together with the value.
QStringList valuedSpellings(const CommandTable& table)
{
    QStringList spellings;
    const auto add = [&](const std::vector<Option>& options) {
        for (const Option& option : options) {
            if (option.isFlag())
                continue;
            if (!spellings.contains(QStringLiteral("--") + option.name))
                spellings << QStringLiteral("--") + option.name;
            if (!option.letter.isNull() && !spellings.contains(QStringLiteral("-") + option.letter))
                spellings << QStringLiteral("-") + option.letter;
        }
    };
    add(globalOptions());
    for (const Command& command : table)
        add(command.options);
    return spellings;
}

std::vector<Option> withGlobals(const Command& command)
{
    std::vector<Option> options = command.options;
    for (const Option& option : globalOptions()) {
        if (option.name != QLatin1String("version"))
            options.push_back(option);
    }
    return options;
}

std::vector<const Command*> longestFirst(const CommandTable& table)
{
    std::vector<const Command*> commands;
    for (const Command& command : table)
        commands.push_back(&command);
    std::stable_sort(commands.begin(), commands.end(),
                     [](const Command* a, const Command* b) { return a->words.size() > b->words.size(); });
    return commands;
}

QString spellings(const Option& option)
{
    return option.letter.isNull() ? QStringLiteral("--") + option.name
                                  : QStringLiteral("--%1|-%2").arg(option.name).arg(option.letter);
}

QString bashCompletion(const CommandTable& table)
{
    QString s;
    s += QStringLiteral("# bash completion for crucible-cli %1, written by 'crucible-cli completion bash'\n")
             .arg(BuildInfo::version());
    s += QStringLiteral("_crucible_cli()\n{\n"
                        "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"
                        "    local -a path=()\n"
                        "    local i word skip=0 ended=0\n"
                        "    for ((i = 1; i < COMP_CWORD; i++)); do\n"
                        "        word=${COMP_WORDS[i]}\n"
                        "        if ((skip)); then [[ $word == = ]] || skip=0; continue; fi\n"
                        "        if ((ended)); then path+=(\"$word\"); continue; fi\n"
                        "        case $word in\n"
                        "            --) ended=1 ;;\n"
                        "            %1) skip=1 ;;\n"
                        "            -*) ;;\n"
                        "            *) path+=(\"$word\") ;;\n"
                        "        esac\n"
                        "    done\n"
                        "    [[ $prev == = ]] && prev=${COMP_WORDS[COMP_CWORD-2]}\n"
                        "    [[ $cur == = ]] && cur=\n"
                        "    local key=\"${path[*]}\"\n"
                        "    COMPREPLY=()\n"
                        "    case $key in\n")
             .arg(valuedSpellings(table).join(QLatin1Char('|')));
    const auto words = [](const QStringList& list) {
        return QStringLiteral("mapfile -t COMPREPLY < <(compgen -W %1 -- \"$cur\")")
            .arg(shellQuoted(list.join(QLatin1Char(' '))));
    };
    for (const Command* command : longestFirst(table)) {
        const QString name = command->name();
        s += QStringLiteral("        %1|%2)\n")
                 .arg(shellQuoted(name), shellQuoted(name + QLatin1Char(' ')) + QLatin1Char('*'));
        s += QStringLiteral("            case $prev in\n");
        QStringList optionWords;
        for (const Option& option : withGlobals(*command)) {
            optionWords << QStringLiteral("--") + option.name;
            if (!option.letter.isNull())
                optionWords << QStringLiteral("-") + option.letter;
            if (option.isFlag())
                continue;
            QString action;
            if (const QStringList choices = choicesOf(option.value); !choices.isEmpty())
                action = words(choices);
            else if (namesFile(option.value))
                action = QStringLiteral("mapfile -t COMPREPLY < <(compgen %1 -- \"$cur\")")
                             .arg(namesFolderOnly(option.value) ? QStringLiteral("-d") : QStringLiteral("-f"));
            else
                action = QStringLiteral(":");
            s += QStringLiteral("                %1) %2; return ;;\n").arg(spellings(option), action);
        }
        s += QStringLiteral("            esac\n");
        s += QStringLiteral("            if [[ $cur == -* ]]; then %1; return; fi\n").arg(words(optionWords));
        if (const QStringList choices = positionalChoices(*command, table); !choices.isEmpty())
            s += QStringLiteral("            %1\n").arg(words(choices));
        else if (takesFiles(*command))
            s += QStringLiteral("            mapfile -t COMPREPLY < <(compgen -f -- \"$cur\")\n");
        s += QStringLiteral("            ;;\n");
    }
    QStringList firsts;
    for (const auto& [first, commands] : groups(table)) {
        firsts << first;
        QStringList subcommands;
        for (const Command* command : commands) {
            if (command->words.size() > 1 && !subcommands.contains(command->words[1]))
                subcommands << command->words[1];
        }
        if (!subcommands.isEmpty())
            s += QStringLiteral("        %1) %2 ;;\n").arg(shellQuoted(first), words(subcommands));
    }
    QStringList globals;
    for (const Option& option : globalOptions()) {
        globals << QStringLiteral("--") + option.name;
        if (!option.letter.isNull())
            globals << QStringLiteral("-") + option.letter;
    }
    s += QStringLiteral("        '')\n"
                        "            case $prev in\n"
                        "                --workspace|-w|--registry) mapfile -t COMPREPLY < <(compgen -d -- \"$cur\"); "
                        "return ;;\n"
                        "            esac\n"
                        "            if [[ $cur == -* ]]; then %1; else %2; fi ;;\n")
             .arg(words(globals), words(firsts));
    s += QStringLiteral("    esac\n}\ncomplete -o filenames -o bashdefault -F _crucible_cli crucible-cli\n");
    return s;
}

QString fishQuoted(const QString& text)
{
    return QLatin1Char('\'')
        + QString(text)
              .replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
              .replace(QLatin1Char('\''), QStringLiteral("\\'"))
        + QLatin1Char('\'');
}

QString fishOption(const Option& option, const QString& condition)
{
    QString line = QStringLiteral("complete -c crucible-cli");
    if (!condition.isEmpty())
        line += QStringLiteral(" -n ") + fishQuoted(condition);
    line += QStringLiteral(" -l ") + option.name;
    if (!option.letter.isNull())
        line += QStringLiteral(" -s ") + option.letter;
    if (!option.isFlag()) {
        if (const QStringList choices = choicesOf(option.value); !choices.isEmpty())
            line += QStringLiteral(" -x -a ") + fishQuoted(choices.join(QLatin1Char(' ')));
        else if (namesFolderOnly(option.value))
            line += QStringLiteral(" -x -a '(__fish_complete_directories)'");
        else if (namesFile(option.value))
            line += QStringLiteral(" -r -F");
        else
            line += QStringLiteral(" -x");
    }
    return line + QStringLiteral(" -d ") + fishQuoted(option.help) + QLatin1Char('\n');
}

QString fishCompletion(const CommandTable& table)
{
    QStringList valued;
    for (const QString& spelling : valuedSpellings(table))
        valued << fishQuoted(spelling);
    QString s = QStringLiteral("# fish completion for crucible-cli %1, written by 'crucible-cli completion fish'\n")
                    .arg(BuildInfo::version());
    s += QStringLiteral("function __crucible_cli_path\n"
                        "    set -l tokens (commandline -opc)\n"
                        "    set -e tokens[1]\n"
                        "    set -l words\n"
                        "    set -l skip 0\n"
                        "    set -l ended 0\n"
                        "    for token in $tokens\n"
                        "        if test $skip = 1\n"
                        "            set skip 0\n"
                        "            continue\n"
                        "        end\n"
                        "        if test $ended = 1\n"
                        "            set -a words $token\n"
                        "            continue\n"
                        "        end\n"
                        "        switch $token\n"
                        "            case --\n"
                        "                set ended 1\n"
                        "            case %1\n"
                        "                set skip 1\n"
                        "            case '-*'\n"
                        "            case '*'\n"
                        "                set -a words $token\n"
                        "        end\n"
                        "    end\n"
                        "    string join ' ' -- $words\n"
                        "end\n"
                        "# exactly these words so far (a group waiting for its subcommand)\n"
                        "function __crucible_cli_at\n"
                        "    set -l words (__crucible_cli_path)\n"
                        "    test \"$words\" = \"$argv\"\n"
                        "end\n"
                        "# this command, with or without arguments after it\n"
                        "function __crucible_cli_in\n"
                        "    set -l words (__crucible_cli_path)\n"
                        "    test \"$words\" = \"$argv\"; or string match -q -- \"$argv *\" \"$words\"\n"
                        "end\n"
                        "complete -c crucible-cli -f\n")
             .arg(valued.join(QLatin1Char(' ')));
    for (const Option& option : globalOptions())
        s += fishOption(option, {});
    for (const auto& [first, commands] : groups(table)) {
        s += QStringLiteral("complete -c crucible-cli -n '__crucible_cli_at' -a %1 -d %2\n")
                 .arg(fishQuoted(first), fishQuoted(groupSummary(commands)));
        for (const Command* command : commands) {
            if (command->words.size() > 1)
                s += QStringLiteral("complete -c crucible-cli -n %1 -a %2 -d %3\n")
                         .arg(fishQuoted(QStringLiteral("__crucible_cli_at ") + first),
                              fishQuoted(command->words.mid(1).join(QLatin1Char(' '))), fishQuoted(command->summary));
            const QString condition = QStringLiteral("__crucible_cli_in ") + command->name();
            for (const Option& option : command->options)
                s += fishOption(option, condition);
            if (const QStringList choices = positionalChoices(*command, table); !choices.isEmpty())
                s += QStringLiteral("complete -c crucible-cli -n %1 -a %2\n")
                         .arg(fishQuoted(condition), fishQuoted(choices.join(QLatin1Char(' '))));
            else if (takesFiles(*command))
                s += QStringLiteral("complete -c crucible-cli -n %1 -F\n").arg(fishQuoted(condition));
        }
    }
    return s;
}

QString zshDescribed(const QString& word, const QString& description)
{
    return shellQuoted(QString(word).replace(QLatin1Char(':'), QStringLiteral("\\:")) + QLatin1Char(':') + description);
}

QString zshCompletion(const CommandTable& table)
{
    QString s = QStringLiteral("#compdef crucible-cli\n"
                               "# zsh completion for crucible-cli %1, written by 'crucible-cli completion zsh'\n")
                    .arg(BuildInfo::version());
    s += QStringLiteral("_crucible_cli() {\n"
                        "    local -a path_words choices\n"
                        "    local i word skip=0 ended=0\n"
                        "    for ((i = 2; i < CURRENT; i++)); do\n"
                        "        word=${words[i]}\n"
                        "        if ((skip)); then skip=0; continue; fi\n"
                        "        if ((ended)); then path_words+=(\"$word\"); continue; fi\n"
                        "        case $word in\n"
                        "            (--) ended=1 ;;\n"
                        "            (%1) skip=1 ;;\n"
                        "            (-*) ;;\n"
                        "            (*) path_words+=(\"$word\") ;;\n"
                        "        esac\n"
                        "    done\n"
                        "    local key=\"${(j: :)path_words}\" prev=${words[CURRENT-1]} cur=${words[CURRENT]}\n"
                        "    # --option=VALUE: complete the value after the =\n"
                        "    if [[ $cur == --*=* ]]; then prev=${cur%%=*}; compset -P '*='; fi\n"
                        "    case $key in\n")
             .arg(valuedSpellings(table).join(QLatin1Char('|')));
    const auto described = [](const std::vector<std::pair<QString, QString>>& items, const QString& tag,
                              const QString& title) {
        QStringList quoted;
        for (const auto& [word, description] : items)
            quoted << zshDescribed(word, description);
        return QStringLiteral("choices=(%1); _describe -t %2 %3 choices")
            .arg(quoted.join(QLatin1Char(' ')), tag, shellQuoted(title));
    };
    for (const Command* command : longestFirst(table)) {
        const QString name = command->name();
        s += QStringLiteral("        (%1|%2)\n")
                 .arg(shellQuoted(name), shellQuoted(name + QLatin1Char(' ')) + QLatin1Char('*'));
        s += QStringLiteral("            case $prev in\n");
        std::vector<std::pair<QString, QString>> optionItems;
        for (const Option& option : withGlobals(*command)) {
            optionItems.push_back({QStringLiteral("--") + option.name, option.help});
            if (!option.letter.isNull())
                optionItems.push_back({QStringLiteral("-") + option.letter, option.help});
            if (option.isFlag())
                continue;
            QString action;
            if (const QStringList choices = choicesOf(option.value); !choices.isEmpty())
                action = QStringLiteral("compadd -- ") + choices.join(QLatin1Char(' '));
            else if (namesFolderOnly(option.value))
                action = QStringLiteral("_files -/");
            else if (namesFile(option.value))
                action = QStringLiteral("_files");
            else
                action = QStringLiteral("_message ") + shellQuoted(option.value);
            s += QStringLiteral("                (%1) %2; return ;;\n").arg(spellings(option), action);
        }
        s += QStringLiteral("            esac\n");
        s += QStringLiteral("            if [[ $cur == -* ]]; then %1; return; fi\n")
                 .arg(described(optionItems, QStringLiteral("options"), QStringLiteral("option")));
        if (const QStringList choices = positionalChoices(*command, table); !choices.isEmpty())
            s += QStringLiteral("            compadd -- %1\n").arg(choices.join(QLatin1Char(' ')));
        else if (takesFiles(*command))
            s += QStringLiteral("            _files\n");
        s += QStringLiteral("            ;;\n");
    }
    std::vector<std::pair<QString, QString>> firsts;
    for (const auto& [first, commands] : groups(table)) {
        firsts.push_back({first, groupSummary(commands)});
        std::vector<std::pair<QString, QString>> subcommands;
        for (const Command* command : commands) {
            if (command->words.size() > 1)
                subcommands.push_back({command->words.mid(1).join(QLatin1Char(' ')), command->summary});
        }
        if (!subcommands.empty())
            s += QStringLiteral("        (%1) %2 ;;\n")
                     .arg(shellQuoted(first),
                          described(subcommands, QStringLiteral("commands"), first + QStringLiteral(" command")));
    }
    std::vector<std::pair<QString, QString>> globals;
    for (const Option& option : globalOptions()) {
        globals.push_back({QStringLiteral("--") + option.name, option.help});
        if (!option.letter.isNull())
            globals.push_back({QStringLiteral("-") + option.letter, option.help});
    }
    s += QStringLiteral("        ('')\n"
                        "            case $prev in\n"
                        "                (--workspace|-w|--registry) _files -/; return ;;\n"
                        "            esac\n"
                        "            if [[ $cur == -* ]]; then %1; else %2; fi ;;\n")
             .arg(described(globals, QStringLiteral("options"), QStringLiteral("option")),
                  described(firsts, QStringLiteral("commands"), QStringLiteral("command")));
    s += QStringLiteral("    esac\n}\n"
                        "if [[ $funcstack[1] == _crucible_cli ]]; then\n"
                        "    _crucible_cli \"$@\"\n"
                        "else\n"
                        "    compdef _crucible_cli crucible-cli\n"
                        "fi\n");
    return s;
}

/// Text for roff: backslashes, hyphens as minus signs, and a line that starts with a dot or quote.
QString roff(const QString& text)
{
    QString escaped = QString(text)
                          .replace(QLatin1Char('\\'), QStringLiteral("\\e"))
                          .replace(QLatin1Char('-'), QStringLiteral("\\-"));
    if (escaped.startsWith(QLatin1Char('.')) || escaped.startsWith(QLatin1Char('\'')))
        escaped.prepend(QStringLiteral("\\&"));
    return escaped;
}

QString optionRoff(const Option& option)
{
    QString head;
    if (!option.letter.isNull())
        head += QStringLiteral("\\fB\\-%1\\fR, ").arg(option.letter);
    head += QStringLiteral("\\fB\\-\\-%1\\fR").arg(roff(option.name));
    if (!option.isFlag())
        head += QStringLiteral(" \\fI%1\\fR").arg(roff(option.value));
    return QStringLiteral(".TP\n") + head + QLatin1Char('\n') + roff(option.help) + QLatin1Char('\n');
}

QString manPageName(const Command& command)
{
    return QStringLiteral("crucible-cli-") + command.words.join(QLatin1Char('-'));
}

QString manPage(const Command& command)
{
    QString page = QStringLiteral(".TH %1 1 \"\" \"crucible %2\" \"User Commands\"\n")
                       .arg(roff(manPageName(command).toUpper()), roff(BuildInfo::version()));
    page += QStringLiteral(".SH NAME\n%1 \\- %2\n").arg(roff(manPageName(command)), roff(command.summary));
    page += QStringLiteral(".SH SYNOPSIS\n.B crucible\\-cli %1\n").arg(roff(command.name()));
    if (!command.options.empty())
        page += QStringLiteral("[\\fIOPTIONS\\fR]\n");
    if (!command.usage.isEmpty())
        page += roff(command.usage) + QLatin1Char('\n');
    page += QStringLiteral(".SH DESCRIPTION\n") + roff(command.summary.left(1).toUpper() + command.summary.mid(1))
        + QStringLiteral(".\n");
    for (const QString& paragraph : command.details.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        page += QStringLiteral(".PP\n") + roff(paragraph) + QLatin1Char('\n');
    if (!command.options.empty()) {
        page += QStringLiteral(".SH OPTIONS\n");
        for (const Option& option : command.options)
            page += optionRoff(option);
    }
    page += QStringLiteral(".SH GLOBAL OPTIONS\n");
    for (const Option& option : globalOptions()) {
        if (option.name != QLatin1String("version"))
            page += optionRoff(option);
    }
    page += QStringLiteral(".TP\n\\fB\\-\\-\\fR\nends the options: what follows is an argument, even when it begins "
                           "with a hyphen.\n");
    if (!command.example.isEmpty())
        page += QStringLiteral(".SH EXAMPLE\n.nf\ncrucible\\-cli %1\n.fi\n").arg(roff(command.example));
    page += QStringLiteral(".SH SEE ALSO\n.BR crucible\\-cli (1)\n");
    return page;
}

int help(Context& context, const Arguments& arguments, const CommandTable& table)
{
    const int columns = terminalColumns();
    if (arguments.has(QStringLiteral("man"))) {
        const QString folder = arguments.value(QStringLiteral("man"));
        if (!QDir().mkpath(folder))
            return context.fail({ErrorCode::Io, QStringLiteral("cannot make the folder"), folder});
        for (const Command& command : table) {
            const QString path = QDir(folder).filePath(manPageName(command) + QStringLiteral(".1"));
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(manPage(command).toUtf8()) < 0)
                return context.fail({ErrorCode::Io, file.errorString(), path});
        }
        if (context.json)
            context.printJson({{QStringLiteral("folder"), QDir(folder).absolutePath()},
                               {QStringLiteral("pages"), qint64(table.size())}});
        else
            context.out << "Wrote " << table.size() << " manual pages to " << folder << "\n";
        return Success;
    }
    const QStringList& words = arguments.positionals();
    if (words.isEmpty()) {
        if (context.json)
            context.printJson(commandsJson(table));
        else
            context.out << "Run 'crucible-cli --help' for all commands, 'crucible-cli help COMMAND' for one.\n";
        return Success;
    }
    for (const Command& command : table) {
        if (command.words == words) {
            if (context.json)
                context.printJson(commandJson(command));
            else
                context.out << commandHelp(command, columns);
            return Success;
        }
    }
    // A group: its commands.
    QString listing;
    QJsonArray group;
    for (const Command& command : table) {
        if (command.words.size() > words.size() && command.words.mid(0, words.size()) == words) {
            listing += QStringLiteral("  %1 %2\n      %3\n").arg(command.name(), command.usage, command.summary);
            group.append(commandJson(command));
        }
    }
    if (!listing.isEmpty() && context.json) {
        context.printJson({{QStringLiteral("commands"), group}});
        return Success;
    }
    if (!listing.isEmpty()) {
        context.out << "Commands of '" << words.join(QLatin1Char(' ')) << "':\n"
                    << listing << "\n'crucible-cli help " << words.join(QLatin1Char(' '))
                    << " SUBCOMMAND' says more about one.\n";
        return Success;
    }
    QStringList names;
    for (const Command& command : table)
        names << command.name();
    const QString guess = nearest(words.join(QLatin1Char(' ')), names);
    return context.usage(
        guess.isEmpty()
            ? QStringLiteral("help: no command '%1'").arg(words.join(QLatin1Char(' ')))
            : QStringLiteral("help: no command '%1' (did you mean '%2'?)").arg(words.join(QLatin1Char(' ')), guess));
}

} // namespace

void addHelpCommands(CommandTable& table)
{
    table.push_back(
        {{QStringLiteral("help")},
         QStringLiteral("[COMMAND...]"),
         QStringLiteral("the options of a command, with an example"),
         {{QStringLiteral("man"), QStringLiteral("DIR"),
           QStringLiteral("write a manual page per command into DIR (crucible-cli-data-export.1, ...) instead")}},
         [&table](Context& context, const Arguments& arguments) { return help(context, arguments, table); },
         QStringLiteral("help data import")});
    table.push_back(
        {{QStringLiteral("completion")},
         QStringLiteral("bash|zsh|fish"),
         QStringLiteral("print the shell completion script for bash, zsh or fish"),
         {},
         [&table](Context& context, const Arguments& arguments) {
             const QStringList& shell = arguments.positionals();
             if (context.json)
                 return context.usage(QStringLiteral("completion prints a shell script; leave out --json"));
             if (shell.size() != 1)
                 return context.usage(QStringLiteral("completion takes one shell: bash, zsh or fish"));
             if (shell.first() == QLatin1String("bash"))
                 context.out << bashCompletion(table);
             else if (shell.first() == QLatin1String("zsh"))
                 context.out << zshCompletion(table);
             else if (shell.first() == QLatin1String("fish"))
                 context.out << fishCompletion(table);
             else
                 return context.usage(
                     QStringLiteral("completion: no shell '%1'; bash, zsh or fish").arg(shell.first()));
             return int(Success);
         },
         QStringLiteral("completion bash > ~/.local/share/bash-completion/completions/crucible-cli"),
         QStringLiteral(
             "The package installs these for every user; for a build of your own, write the script "
             "where your shell looks: bash ~/.local/share/bash-completion/completions/crucible-cli, "
             "zsh a folder on $fpath as _crucible-cli, fish ~/.config/fish/completions/crucible-cli.fish.")});
}

} // namespace crucible::cli
