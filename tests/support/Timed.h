#pragma once

// Timing helpers for the benchmarks (label bench) that run a peer as a process beside Crucible.
#include <QElapsedTimer>
#include <QProcess>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace crucible::test {

/// Runs a command to its end (at most `timeoutMs`); its wall time in seconds, or -1 when it fails
/// (its standard error printed). `output`, when given, receives its standard output.
inline double timed(const QString& program, const QStringList& arguments, QByteArray* output = nullptr,
                    int timeoutMs = 1200000)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        std::fprintf(stderr, "failed: %s %s\n%s\n", qPrintable(program), qPrintable(arguments.join(QLatin1Char(' '))),
                     process.readAllStandardError().constData());
        return -1;
    }
    if (output)
        *output = process.readAllStandardOutput();
    return double(timer.nsecsElapsed()) / 1e9;
}

/// The median of `values` (the upper one of an even count); `values` must not be empty.
inline double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace crucible::test
