// Benchmark (label bench): importing a generated CSV of 1,000,000 rows x 20 numeric columns,
// side by side with pandas.read_csv (Debian python3-pandas) on the same file, in one run.
// Prints both medians, the ratio, and the peak memory of each above its process's baseline
// against the data's size as float32 (1,000,000 x 20 x 4 bytes = 80 MB).
#include "../support/Timed.h"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

using crucible::test::median;
using crucible::test::timed;

constexpr int kRows = 1000000;
constexpr int kColumns = 20;

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("numbers.csv"));
    {
        QFile file(csv);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        QRandomGenerator random(12345);
        QByteArray line;
        QByteArray header;
        for (int c = 0; c < kColumns; ++c)
            header += (c ? ",f" : "f") + QByteArray::number(c);
        file.write(header + "\n");
        for (int r = 0; r < kRows; ++r) {
            line.clear();
            for (int c = 0; c < kColumns; ++c) {
                if (c)
                    line += ',';
                line += QByteArray::number(random.generateDouble() * 200.0 - 100.0, 'f', 6);
            }
            line += '\n';
            file.write(line);
        }
    }
    const double megabytes = double(QFile(csv).size()) / 1e6;
    std::printf("file: %d rows x %d numeric columns, %.0f MB of CSV\n", kRows, kColumns, megabytes);

    const QString cli = QStringLiteral(CRUCIBLE_CLI);
    const QString python = QStringLiteral(CRUCIBLE_PYTHON);
    const QString pandasScript = QStringLiteral("import sys, time, pandas\n"
                                                "t = time.perf_counter()\n"
                                                "frame = pandas.read_csv(sys.argv[1])\n"
                                                "print(time.perf_counter() - t, frame.shape[0])\n");
    const QString pandasBaselineScript = QStringLiteral("import pandas\n");

    // Warm the page cache and take baselines of memory for each process kind.
    timed(python, {QStringLiteral("-c"), pandasScript, csv});
    timed(python, {QStringLiteral("-c"), pandasBaselineScript});
    timed(cli, {QStringLiteral("--version")});

    std::vector<double> ours;
    std::vector<double> peer;
    std::vector<double> peerWhole;
    for (int round = 0; round < 3; ++round) {
        const QString workspace = dir.filePath(QStringLiteral("ws%1").arg(round));
        const double seconds =
            timed(cli,
                  {QStringLiteral("--create"), QStringLiteral("--workspace"), workspace, QStringLiteral("data"),
                   QStringLiteral("import"), csv, QStringLiteral("--target"), QStringLiteral("f19")});
        QByteArray output;
        const double peerProcess = timed(python, {QStringLiteral("-c"), pandasScript, csv}, &output);
        if (seconds < 0 || output.isEmpty())
            return 1;
        ours.push_back(seconds);
        peer.push_back(output.split(' ').first().toDouble());
        peerWhole.push_back(peerProcess);
    }
    const double oursMedian = median(ours);
    const double peerMedian = median(peer);
    std::printf("pandas.read_csv (parse only, in-process time):          %.2f s  (%.0f MB/s)\n", peerMedian,
                megabytes / peerMedian);
    std::printf("crucible-cli data import (parse, hash, store, profile,\n"
                "  whole process incl. start-up):                        %.2f s  (%.0f MB/s)\n",
                oursMedian, megabytes / oursMedian);
    std::printf("python3 -c 'import pandas; pandas.read_csv(...)' (whole process):       %.2f s\n", median(peerWhole));
    std::printf(
        "ratio, pandas.read_csv alone / Crucible whole import: %.2fx  (>= 1.0 means Crucible is at least as fast)\n",
        peerMedian / oursMedian);
    std::printf("ratio, whole process against whole process:          %.2fx\n", median(peerWhole) / oursMedian);

    // Peak memory above each process's own baseline, measured by GNU time (max resident KB).
    auto peakOf = [](const QString& program, const QStringList& arguments) -> long {
        QProcess process;
        process.start(QStringLiteral("/usr/bin/time"),
                      QStringList {QStringLiteral("-f"), QStringLiteral("%M"), program} + arguments);
        if (!process.waitForFinished(600000))
            return -1;
        const QList<QByteArray> lines = process.readAllStandardError().trimmed().split('\n');
        return lines.isEmpty() ? -1 : lines.last().trimmed().toLong();
    };
    const long cliBase = peakOf(cli, {QStringLiteral("--version")});
    const long cliPeak =
        peakOf(cli,
               {QStringLiteral("--create"), QStringLiteral("--workspace"), dir.filePath(QStringLiteral("wsmem")),
                QStringLiteral("data"), QStringLiteral("import"), csv});
    const long pyBase = peakOf(python, {QStringLiteral("-c"), QStringLiteral("import pandas")});
    const long pyPeak =
        peakOf(python, {QStringLiteral("-c"), QStringLiteral("import sys, pandas; pandas.read_csv(sys.argv[1])"), csv});
    const double floatBytes = double(kRows) * kColumns * 4 / 1e6;
    if (cliBase > 0 && cliPeak > 0) {
        std::printf("peak memory above baseline: Crucible %.0f MB (%.2fx the data as float32, %.0f MB); pandas %.0f MB "
                    "(%.2fx)\n",
                    double(cliPeak - cliBase) / 1024.0, double(cliPeak - cliBase) / 1024.0 / floatBytes, floatBytes,
                    double(pyPeak - pyBase) / 1024.0, double(pyPeak - pyBase) / 1024.0 / floatBytes);
    } else {
        std::printf("peak memory: install GNU time (/usr/bin/time, Debian package 'time') to measure it\n");
    }
    return 0;
}
