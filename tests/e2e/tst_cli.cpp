// crucible-cli as a user runs it: a real process, real workspace folders, real exit codes.
#include "../support/CliRunner.h"
#include "../support/TestUtil.h"
#include "engine/store/Schema.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace crucible;

using Outcome = test::CliOutcome;
using test::runCli;

class TestCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void printsVersions()
    {
        const Outcome result = runCli({QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(QStringLiteral("crucible-cli 0.")), qPrintable(result.out));
        for (const char* word : {"commit", "Qt", "LibTorch", "BLAS", "CUDA"})
            QVERIFY2(result.out.contains(QLatin1String(word)), word);
    }

    void printsVersionsAsJson()
    {
        const Outcome result = runCli({QStringLiteral("--json"), QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject json = result.json();
        QVERIFY2(!json.isEmpty(), qPrintable(result.out));
        QVERIFY(json.value(QStringLiteral("crucible")).toString().startsWith(QStringLiteral("0.")));
        QCOMPARE(json.value(QStringLiteral("qt_version")).toString(), QString::fromLatin1(qVersion()));
        QVERIFY(!json.value(QStringLiteral("libtorch_version")).toString().isEmpty());
        QVERIFY(json.value(QStringLiteral("blas")).toString().contains(QStringLiteral(CRUCIBLE_EXPECTED_BLAS)));
        QVERIFY(json.value(QStringLiteral("cuda_available")).isBool());
    }

    void describesAWorkspace()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("ws"));
        // A --workspace that does not exist (a typo, most often) is refused, and nothing is made.
        const Outcome refused = runCli({QStringLiteral("--workspace"), folder, QStringLiteral("--json"),
                                        QStringLiteral("workspace"), QStringLiteral("info")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(folder) && refused.err.contains(QStringLiteral("--create"))
                     && refused.err.contains(QStringLiteral("workspace init")),
                 qPrintable(refused.err));
        QCOMPARE(refused.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("not_found"));
        QVERIFY(!QFileInfo::exists(folder));
        // A folder of other things is not made a workspace without being asked either.
        const Outcome other =
            runCli({QStringLiteral("-w"), dir.path(), QStringLiteral("workspace"), QStringLiteral("info")});
        QCOMPARE(other.exitCode, 1);
        QVERIFY2(other.err.contains(QStringLiteral("no crucible.db")), qPrintable(other.err));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("crucible.db"))));

        const Outcome result = runCli({QStringLiteral("--workspace"), folder, QStringLiteral("--create"),
                                       QStringLiteral("--json"), QStringLiteral("workspace"), QStringLiteral("info")});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject json = result.json();
        QCOMPARE(json.value(QStringLiteral("path")).toString(), folder);
        QCOMPARE(json.value(QStringLiteral("schema_version")).toInt(), schema::currentVersion());
        const QJsonObject counts = json.value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("experiments")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("runs")).toInt(), 0);
        QCOMPARE(counts.value(QStringLiteral("datasets")).toInt(), 0);

        const Outcome human =
            runCli({QStringLiteral("--workspace=") + folder, QStringLiteral("workspace"), QStringLiteral("info")});
        QCOMPARE(human.exitCode, 0);
        QVERIFY(human.out.contains(folder));
        QVERIFY(human.out.contains(QStringLiteral("Schema version  %1").arg(schema::currentVersion())));
    }

    void workspaceInitMakesOneAndLeavesAnExistingOneAlone()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("projects/churn"));
        Outcome made = runCli({QStringLiteral("--json"), QStringLiteral("workspace"), QStringLiteral("init"), folder});
        QCOMPARE(made.exitCode, 0);
        QCOMPARE(made.json().value(QStringLiteral("is_new")).toBool(), true);
        QVERIFY(QFileInfo::exists(folder + QStringLiteral("/crucible.db")));
        // Now it exists, --workspace takes it without --create.
        QCOMPARE(runCli({QStringLiteral("-w"), folder, QStringLiteral("workspace"), QStringLiteral("info")}).exitCode,
                 0);
        const Outcome again = runCli({QStringLiteral("workspace"), QStringLiteral("init"), folder});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QStringLiteral("already")), qPrintable(again.out));
    }

    void everyCommandHasHelpWithItsOptionsAndAnExample()
    {
        const Outcome viaHelp = runCli({QStringLiteral("help"), QStringLiteral("data"), QStringLiteral("import")});
        QCOMPARE(viaHelp.exitCode, 0);
        for (const char* text : {"Usage: crucible-cli data import", "-t, --target COLUMN", "--kind csv|images|idx",
                                 "Example:", "crucible-cli data import iris.csv"})
            QVERIFY2(viaHelp.out.contains(QLatin1String(text)), text);
        // "CMD --help" prints the same, and so does -h after the command's options.
        QCOMPARE(runCli({QStringLiteral("data"), QStringLiteral("import"), QStringLiteral("--help")}).out, viaHelp.out);
        QCOMPARE(
            runCli({QStringLiteral("data"), QStringLiteral("import"), QStringLiteral("x.csv"), QStringLiteral("-h")})
                .out,
            viaHelp.out);
        // A group lists its commands.
        const Outcome group = runCli({QStringLiteral("runs"), QStringLiteral("--help")});
        QCOMPARE(group.exitCode, 0);
        QVERIFY(group.out.contains(QStringLiteral("runs list")) && group.out.contains(QStringLiteral("runs rerun")));

        // Every command of the list has a page of help with an example, and a manual page that man
        // renders without a warning.
        QTemporaryDir dir;
        const QString pages = dir.filePath(QStringLiteral("man"));
        QCOMPARE(runCli({QStringLiteral("help"), QStringLiteral("--man"), pages}).exitCode, 0);
        const QStringList files = QDir(pages).entryList({QStringLiteral("*.1")}, QDir::Files);
        QVERIFY2(files.size() >= 50, qPrintable(files.join(QLatin1Char(' '))));
        for (const QString& file : files) {
            const QStringList words =
                file.chopped(2).mid(QStringLiteral("crucible-cli-").size()).split(QLatin1Char('-'));
            // serve-log and tracking-server are one word each
            QStringList command;
            for (int i = 0; i < words.size(); ++i) {
                if (i + 1 < words.size()
                    && (words[i + 1] == QLatin1String("log") || words[i + 1] == QLatin1String("server"))) {
                    command << words[i] + QLatin1Char('-') + words[i + 1];
                    ++i;
                } else {
                    command << words[i];
                }
            }
            const Outcome help = runCli(QStringList {QStringLiteral("help")} + command);
            QVERIFY2(help.exitCode == 0, qPrintable(file + QLatin1Char(' ') + help.err));
            QVERIFY2(help.out.contains(QStringLiteral("Example:\n  crucible-cli ") + command.join(QLatin1Char(' '))),
                     qPrintable(file));
            QProcess man;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("MANWIDTH"), QStringLiteral("80"));
            environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
            man.setProcessEnvironment(environment);
            man.start(QStringLiteral("man"),
                      {QStringLiteral("--warnings"), QStringLiteral("-E"), QStringLiteral("UTF-8"),
                       QStringLiteral("-l"), QDir(pages).filePath(file)});
            QVERIFY(man.waitForFinished(30000));
            const QString rendered = QString::fromUtf8(man.readAllStandardOutput());
            QCOMPARE(man.exitCode(), 0);
            QVERIFY2(man.readAllStandardError().trimmed().isEmpty(), qPrintable(file));
            QVERIFY2(rendered.contains(QStringLiteral("OPTIONS")) && rendered.contains(QStringLiteral("EXAMPLE")),
                     qPrintable(file));
        }
    }

    void mistakesAreAnsweredWithTheNearestSpelling()
    {
        const Outcome option = runCli({QStringLiteral("train"), QStringLiteral("--epoch"), QStringLiteral("3")});
        QCOMPARE(option.exitCode, 2);
        QVERIFY2(option.err.contains(QStringLiteral("unknown option --epoch (did you mean --epochs?)")),
                 qPrintable(option.err));
        QVERIFY(option.err.contains(QStringLiteral("crucible-cli help train")));
        const Outcome command = runCli({QStringLiteral("trian")});
        QCOMPARE(command.exitCode, 2);
        QVERIFY2(command.err.contains(QStringLiteral("did you mean 'train'?")), qPrintable(command.err));
        const Outcome sub = runCli({QStringLiteral("data"), QStringLiteral("imprt"), QStringLiteral("x.csv")});
        QCOMPARE(sub.exitCode, 2);
        QVERIFY2(sub.err.contains(QStringLiteral("did you mean 'data import'?")), qPrintable(sub.err));
        // A flag given a value, and a value left out.
        QCOMPARE(runCli({QStringLiteral("workspace"), QStringLiteral("gc"), QStringLiteral("--dry-run=yes")}).exitCode,
                 2);
        const Outcome missing =
            runCli({QStringLiteral("data"), QStringLiteral("export"), QStringLiteral("iris"), QStringLiteral("-o")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("-o needs a value")), qPrintable(missing.err));
        // Global options, misspelt before or after the command, or given what they do not take.
        const auto usageSays = [](const QStringList& arguments, const QString& text) {
            const Outcome outcome = runCli(arguments);
            return outcome.exitCode == 2 && outcome.err.contains(text) ? QString() : outcome.err;
        };
        QCOMPARE(usageSays({QStringLiteral("--jsn"), QStringLiteral("data"), QStringLiteral("list")},
                           QStringLiteral("unknown option --jsn (did you mean --json?)")),
                 QString());
        QCOMPARE(usageSays({QStringLiteral("data"), QStringLiteral("list"), QStringLiteral("--workspac"),
                            QStringLiteral("x")},
                           QStringLiteral("did you mean --workspace?")),
                 QString());
        QCOMPARE(usageSays({QStringLiteral("--json=1"), QStringLiteral("data"), QStringLiteral("list")},
                           QStringLiteral("--json takes no value")),
                 QString());
        QCOMPARE(usageSays({QStringLiteral("-w"), QString(), QStringLiteral("data"), QStringLiteral("list")},
                           QStringLiteral("-w needs a folder, not an empty name")),
                 QString());
        QCOMPARE(
            usageSays({QStringLiteral("-w"), QStringLiteral("--json"), QStringLiteral("data"), QStringLiteral("list")},
                      QStringLiteral("not the option --json")),
            QString());
        QCOMPARE(usageSays({QStringLiteral("data"), QStringLiteral("list"), QStringLiteral("--version")},
                           QStringLiteral("--version is an option of crucible-cli itself")),
                 QString());
        QCOMPARE(usageSays({QStringLiteral("data"), QStringLiteral("import"), QStringLiteral("x.csv"),
                            QStringLiteral("--name="), QStringLiteral("x")},
                           QStringLiteral("--name needs a value (NAME), not an empty one")),
                 QString());
    }

    void helpAsJsonAndWhatStandardStreamsSay()
    {
        // --json help: the command's description as data, for tools that build on the CLI.
        const Outcome help = runCli(
            {QStringLiteral("--json"), QStringLiteral("help"), QStringLiteral("data"), QStringLiteral("import")});
        QCOMPARE(help.exitCode, 0);
        const QJsonObject described = help.json();
        QCOMPARE(described.value(QStringLiteral("command")).toString(), QStringLiteral("data import"));
        bool sawTarget = false;
        for (const QJsonValue& option : described.value(QStringLiteral("options")).toArray()) {
            if (option.toObject().value(QStringLiteral("name")).toString() == QLatin1String("target")) {
                sawTarget = true;
                QCOMPARE(option.toObject().value(QStringLiteral("short")).toString(), QStringLiteral("t"));
                QCOMPARE(option.toObject().value(QStringLiteral("value")).toString(), QStringLiteral("COLUMN"));
            }
        }
        QVERIFY(sawTarget);
        const Outcome all = runCli({QStringLiteral("--json"), QStringLiteral("--help")});
        QVERIFY(all.json().value(QStringLiteral("commands")).toArray().size() >= 50);
        QCOMPARE(runCli({QStringLiteral("--json"), QStringLiteral("completion"), QStringLiteral("bash")}).exitCode, 2);

        // A full disk under standard output is a failure, not a silent success.
        QProcess full;
        full.setStandardOutputFile(QStringLiteral("/dev/full"));
        full.start(QStringLiteral(CRUCIBLE_CLI), {QStringLiteral("completion"), QStringLiteral("bash")});
        QVERIFY(full.waitForFinished(30000));
        QCOMPARE(full.exitCode(), 1);
        QVERIFY(
            QString::fromUtf8(full.readAllStandardError()).contains(QStringLiteral("could not write standard output")));

        // Standard input that holds nothing is said to be that, not a temporary file's name.
        QTemporaryDir dir;
        QProcess empty;
        empty.setStandardInputFile(QProcess::nullDevice());
        empty.start(QStringLiteral(CRUCIBLE_CLI),
                    {QStringLiteral("--create"), QStringLiteral("-w"), dir.filePath(QStringLiteral("ws")),
                     QStringLiteral("--json"), QStringLiteral("data"), QStringLiteral("import"), QStringLiteral("-"),
                     QStringLiteral("-n"), QStringLiteral("nothing")});
        QVERIFY(empty.waitForFinished(30000));
        QCOMPARE(empty.exitCode(), 1);
        const QJsonObject error =
            QJsonDocument::fromJson(empty.readAllStandardOutput()).object().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("where")).toString(), QStringLiteral("standard input"));
        QVERIFY(error.value(QStringLiteral("message")).toString().contains(QStringLiteral("empty")));

        // A --registry that names no registry is refused like a --workspace, unless --create.
        const QString registry = dir.filePath(QStringLiteral("registry-typo"));
        const Outcome noRegistry =
            runCli({QStringLiteral("-w"), dir.filePath(QStringLiteral("ws")), QStringLiteral("--create"),
                    QStringLiteral("models"), QStringLiteral("list")});
        QCOMPARE(noRegistry.exitCode, 0);
        const Outcome typo =
            runCli({QStringLiteral("-w"), dir.filePath(QStringLiteral("ws")), QStringLiteral("--registry"), registry,
                    QStringLiteral("models"), QStringLiteral("list")});
        QCOMPARE(typo.exitCode, 1);
        QVERIFY2(typo.err.contains(QStringLiteral("no model registry here")), qPrintable(typo.err));
        QVERIFY(!QFileInfo::exists(registry));
    }

    void shortOptionsDoubleDashAndStandardInput()
    {
        QTemporaryDir dir;
        // A file whose name begins with a hyphen is an argument after "--".
        QFile csv(dir.filePath(QStringLiteral("-flowers.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("petal,sepal,kind\n1.0,2.0,a\n1.5,2.5,b\n1.1,2.1,a\n1.6,2.4,b\n");
        csv.close();
        QProcess process;
        process.setWorkingDirectory(dir.path());
        process.start(QStringLiteral(CRUCIBLE_CLI),
                      {QStringLiteral("--create"), QStringLiteral("-w"), QStringLiteral("ws"), QStringLiteral("--json"),
                       QStringLiteral("data"), QStringLiteral("import"), QStringLiteral("-n"),
                       QStringLiteral("flowers"), QStringLiteral("-tkind"), QStringLiteral("--"),
                       QStringLiteral("-flowers.csv")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QJsonObject imported = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QCOMPARE(imported.value(QStringLiteral("name")).toString(), QStringLiteral("flowers"));
        QCOMPARE(imported.value(QStringLiteral("target")).toString(), QStringLiteral("kind"));

        // "-" reads the CSV from standard input; the same content is the same version.
        QProcess piped;
        piped.setWorkingDirectory(dir.path());
        piped.setStandardInputFile(dir.filePath(QStringLiteral("-flowers.csv")));
        piped.start(QStringLiteral(CRUCIBLE_CLI),
                    {QStringLiteral("-wws"), QStringLiteral("--json"), QStringLiteral("data"), QStringLiteral("import"),
                     QStringLiteral("-"), QStringLiteral("--name"), QStringLiteral("flowers"),
                     QStringLiteral("--target"), QStringLiteral("kind")});
        QVERIFY(piped.waitForFinished(60000));
        QCOMPARE(piped.exitCode(), 0);
        const QJsonObject again = QJsonDocument::fromJson(piped.readAllStandardOutput()).object();
        QCOMPARE(again.value(QStringLiteral("hash")).toString(), imported.value(QStringLiteral("hash")).toString());
        // Without a name there is nothing to call it.
        const Outcome nameless = runCli({QStringLiteral("-w"), dir.filePath(QStringLiteral("ws")),
                                         QStringLiteral("data"), QStringLiteral("import"), QStringLiteral("-")});
        QCOMPARE(nameless.exitCode, 2);
        QVERIFY2(nameless.err.contains(QStringLiteral("--name")), qPrintable(nameless.err));
    }

    void completesInBashZshAndFish()
    {
        QTemporaryDir dir;
        const auto script = [&](const QString& shell) {
            const Outcome written = runCli({QStringLiteral("completion"), shell});
            const QString path = dir.filePath(QStringLiteral("completion.") + shell);
            QFile file(path);
            if (written.exitCode != 0 || !file.open(QIODevice::WriteOnly))
                return QString();
            file.write(written.out.toUtf8());
            return path;
        };
        const auto shellOutput = [](const QString& shell, const QString& code) {
            QProcess process;
            process.start(shell, {QStringLiteral("-c"), code});
            if (!process.waitForFinished(30000) || process.exitCode() != 0)
                return QStringLiteral("FAILED: ") + QString::fromUtf8(process.readAllStandardError());
            return QString::fromUtf8(process.readAllStandardOutput());
        };
        for (const char* shell : {"bash", "zsh", "fish"})
            QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(shell)).isEmpty(),
                     "the shells come with scripts/setup-debian.sh");

        // bash: the function the script registers fills COMPREPLY for the words typed so far.
        const QString bash = script(QStringLiteral("bash"));
        QVERIFY(!bash.isEmpty());
        const QString bashCalls =
            QStringLiteral("source '%1'; t() { COMP_WORDS=(\"$@\"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); "
                           "_crucible_cli; echo \"${COMPREPLY[*]}\"; }; "
                           "t crucible-cli da; t crucible-cli data ex; t crucible-cli train --opt; "
                           "t crucible-cli train --optimizer ''; t crucible-cli -w /tmp runs li; "
                           "t crucible-cli runs list --fo; t crucible-cli completion ''; "
                           "t crucible-cli data import --kind = ''; t crucible-cli help mod")
                .arg(bash);
        QCOMPARE(shellOutput(QStringLiteral("bash"), bashCalls),
                 QStringLiteral("data\nexport\n--optimizer\nadam adamw sgd\nlist\n--format\nbash zsh fish\n"
                                "csv images idx\nmodels\n"));

        // fish: its own completion engine, asked as the shell asks it.
        const QString fish = script(QStringLiteral("fish"));
        const QString fishCalls = QStringLiteral("source '%1'; complete -C 'crucible-cli data ex'; "
                                                 "complete -C 'crucible-cli train --optimizer '; "
                                                 "complete -C 'crucible-cli -w /tmp runs li'")
                                      .arg(fish);
        const QString fishOut = shellOutput(QStringLiteral("fish"), fishCalls);
        QVERIFY2(fishOut.startsWith(QStringLiteral("export\ta version as CSV")), qPrintable(fishOut));
        QVERIFY2(fishOut.contains(QStringLiteral("\nadamw\t")) && fishOut.contains(QStringLiteral("\nlist\truns,")),
                 qPrintable(fishOut));

        // zsh: the completion function, with the completion system's builtins standing in to print
        // what they were offered.
        const QString zsh = script(QStringLiteral("zsh"));
        const QString zshCalls =
            QStringLiteral(
                "source '%1'; _describe() { local n=${@[-1]}; print -l -- ${(P)n}; }; "
                "compadd() { shift; print -l -- \"$@\"; }; _files() { print FILES \"$@\"; }; compset() { :; }; "
                "t() { words=(\"$@\"); CURRENT=${#words}; _crucible_cli; }; "
                "t crucible-cli data ex; t crucible-cli train --optimizer ''; "
                "t crucible-cli predict --input ''; t crucible-cli --workspace ''")
                .arg(zsh);
        const QString zshOut = shellOutput(QStringLiteral("zsh"), zshCalls);
        QVERIFY2(zshOut.contains(QStringLiteral("export:a version as CSV")), qPrintable(zshOut));
        QVERIFY2(zshOut.contains(QStringLiteral("\nadam\nadamw\nsgd\n")), qPrintable(zshOut));
        QVERIFY2(zshOut.endsWith(QStringLiteral("FILES\nFILES -/\n")), qPrintable(zshOut));

        QCOMPARE(runCli({QStringLiteral("completion"), QStringLiteral("tcsh")}).exitCode, 2);
    }

    void findsTheWorkspaceFromTheEnvironmentAndTheDefault()
    {
        QTemporaryDir dir;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        environment.remove(QStringLiteral("CRUCIBLE_WORKSPACE"));
        Outcome result =
            runCli({QStringLiteral("--json"), QStringLiteral("workspace"), QStringLiteral("info")}, environment);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.json().value(QStringLiteral("path")).toString(), dir.filePath(QStringLiteral("data/crucible")));

        environment.insert(QStringLiteral("CRUCIBLE_WORKSPACE"), dir.filePath(QStringLiteral("chosen")));
        result = runCli({QStringLiteral("--json"), QStringLiteral("workspace"), QStringLiteral("info")}, environment);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.json().value(QStringLiteral("path")).toString(), dir.filePath(QStringLiteral("chosen")));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("chosen/crucible.db"))));
        // Never scattered into a folder of other things that the variable names by mistake.
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("photos")));
        QFile photo(dir.filePath(QStringLiteral("photos/holiday.jpg")));
        QVERIFY(photo.open(QIODevice::WriteOnly) && photo.write("jpg") == 3);
        photo.close();
        environment.insert(QStringLiteral("CRUCIBLE_WORKSPACE"), dir.filePath(QStringLiteral("photos")));
        result = runCli({QStringLiteral("runs"), QStringLiteral("list")}, environment);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("holds other things")), qPrintable(result.err));
        QCOMPARE(QDir(dir.filePath(QStringLiteral("photos"))).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
                 QStringList {QStringLiteral("holiday.jpg")});
    }

    void aReaderThatGoesAwayDoesNotKillTheCommand()
    {
        // train ... 2>&1 | head: the pipe closes early; the command still does its work and ends well.
        QTemporaryDir dir;
        QProcess shell;
        shell.start(QStringLiteral("bash"),
                    {QStringLiteral("-c"),
                     QStringLiteral("'%1' --workspace '%2' --create data samples iris 2>&1 | true; "
                                    "exit ${PIPESTATUS[0]}")
                         .arg(QStringLiteral(CRUCIBLE_CLI), dir.filePath(QStringLiteral("ws")))});
        QVERIFY(shell.waitForFinished(120000));
        QCOMPARE(shell.exitCode(), 0); // not 141, killed by SIGPIPE
        const Outcome listed = runCli({QStringLiteral("--workspace"), dir.filePath(QStringLiteral("ws")),
                                       QStringLiteral("data"), QStringLiteral("show"), QStringLiteral("iris")});
        QCOMPARE(listed.exitCode, 0);
    }

    void usageErrorsExitWithTwo()
    {
        QCOMPARE(runCli({}).exitCode, 2);
        const Outcome unknown = runCli({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("unknown command 'frobnicate'")));
        QCOMPARE(runCli({QStringLiteral("workspace")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("--workspace")}).exitCode, 2);
        // "-" is no folder: never a workspace made in one named so.
        const Outcome dash = runCli({QStringLiteral("--workspace"), QStringLiteral("-"), QStringLiteral("--create"),
                                     QStringLiteral("runs"), QStringLiteral("list")});
        QCOMPARE(dash.exitCode, 1);
        QVERIFY2(dash.err.contains(QStringLiteral("cannot be one")), qPrintable(dash.err));
        QVERIFY(!QFileInfo::exists(QStringLiteral("-/crucible.db")));
        // An option and a --set for the same recipe key: neither silently wins.
        const Outcome twice =
            runCli({QStringLiteral("train"), QStringLiteral("--data"), QStringLiteral("iris"), QStringLiteral("-e"),
                    QStringLiteral("1"), QStringLiteral("--set"), QStringLiteral("epochs=2")});
        QCOMPARE(twice.exitCode, 2);
        QVERIFY2(twice.err.contains(QStringLiteral("--epochs 1 and --set epochs=2 both set epochs")),
                 qPrintable(twice.err));
        // With --json, standard output carries the usage error as the one document.
        const Outcome asJson = runCli({QStringLiteral("--json"), QStringLiteral("runs"), QStringLiteral("rerun")});
        QCOMPARE(asJson.exitCode, 2);
        QJsonParseError parsed {};
        const QJsonObject document = QJsonDocument::fromJson(asJson.out.toUtf8(), &parsed).object();
        QCOMPARE(parsed.error, QJsonParseError::NoError);
        QCOMPARE(document.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("usage"));
        QVERIFY(document.value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("runs rerun takes one RUN")));
        QCOMPARE(document.value(QStringLiteral("error")).toObject().value(QStringLiteral("where")).toString(),
                 QStringLiteral("runs rerun")); // the command used wrongly
        const Outcome help = runCli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("workspace info")));
    }

    void refusesANewerWorkspaceWithExitOne()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crucible.db"));
        QVERIFY(test::writeSqliteFile(path, schema::currentVersion() + 1));
        const QByteArray before = test::sha256OfFile(path);
        const Outcome result = runCli({QStringLiteral("--workspace"), dir.path(), QStringLiteral("--json"),
                                       QStringLiteral("workspace"), QStringLiteral("info")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("newer Crucible")), qPrintable(result.err));
        QVERIFY(result.err.contains(path));
        QCOMPARE(result.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("incompatible"));
        QCOMPARE(test::sha256OfFile(path), before);
    }

    void refusesAFileThatIsNotSqliteWithExitOne()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("crucible.db")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, '\x7f'));
        file.close();
        const Outcome result =
            runCli({QStringLiteral("--workspace"), dir.path(), QStringLiteral("workspace"), QStringLiteral("info")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QStringLiteral("not a SQLite database")));
    }

    void aSecondProcessWaitsForTheLockThenWorks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crucible.db"));
        QVERIFY(test::writeSqliteFile(path, 0)); // opening must migrate, so it needs the write lock
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        holder.setDatabaseName(path);
        QVERIFY(holder.open());
        QSqlQuery lock(holder);
        QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));

        // Past its busy timeout the second process says plainly that the workspace is busy.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CRUCIBLE_BUSY_TIMEOUT_MS"), QStringLiteral("300"));
        const Outcome refused =
            runCli({QStringLiteral("--workspace"), dir.path(), QStringLiteral("workspace"), QStringLiteral("info")},
                   environment);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("workspace is busy")), qPrintable(refused.err));

        // Within its timeout it waits for the lock and then succeeds.
        environment.insert(QStringLiteral("CRUCIBLE_BUSY_TIMEOUT_MS"), QStringLiteral("20000"));
        QProcess waiting;
        waiting.setProcessEnvironment(environment);
        waiting.start(QStringLiteral(CRUCIBLE_CLI),
                      {QStringLiteral("--workspace"), dir.path(), QStringLiteral("--json"), QStringLiteral("workspace"),
                       QStringLiteral("info")});
        QVERIFY(waiting.waitForStarted());
        // It has reached the database when the file is among its open descriptors; still running
        // a while after that, it is waiting for the lock (not merely slow to start).
        const QString fdFolder = QStringLiteral("/proc/%1/fd").arg(waiting.processId());
        auto hasDatabaseOpen = [&] {
            const QStringList fds = QDir(fdFolder).entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot);
            for (const QString& fd : fds)
                if (QFileInfo(QDir(fdFolder).filePath(fd)).symLinkTarget() == QFileInfo(path).canonicalFilePath())
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(hasDatabaseOpen(), 15000);
        QVERIFY(!waiting.waitForFinished(500));
        QCOMPARE(waiting.state(), QProcess::Running);
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        QVERIFY(waiting.waitForFinished(30000));
        QCOMPARE(waiting.exitCode(), 0);
        const QJsonObject json = QJsonDocument::fromJson(waiting.readAllStandardOutput()).object();
        QCOMPARE(json.value(QStringLiteral("schema_version")).toInt(), schema::currentVersion());
        lock.finish();
        holder.close();
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
