#include "engine/core/BlasKernels.h"
#include "engine/core/Environment.h"
#include "engine/torch/TorchRuntime.h"

#include <QFile>
#include <QRegularExpression>

#include <QTest>
#include <dlfcn.h>

using namespace crucible;

class TestEnvironment : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void capturesVersionsAndMachine()
    {
        const Environment env = torchruntime::captureEnvironment();
        QVERIFY(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+")).match(env.crucibleVersion).hasMatch());
        QVERIFY(QRegularExpression(QStringLiteral("^\\d+\\.\\d+")).match(env.torchVersion).hasMatch());
        QCOMPARE(env.qtVersion, QString::fromLatin1(qVersion()));
        QVERIFY(!env.cpuModel.isEmpty());
        QVERIFY(env.cpuCores >= 1);
        QVERIFY(env.threads >= 1);
        QVERIFY(!env.os.isEmpty());
        QCOMPARE(env.deviceSummary(), env.isCudaAvailable ? env.gpuName : env.cpuModel);
    }

    void namesTheBlasThatIsLoaded()
    {
        // What detectBlas() reports must be the library this process really computes with, as the
        // loader mapped it: OpenBLAS with its threading flavour, the reference BLAS as slow, or
        // MKL (linked into the official LibTorch, where no shared BLAS is mapped).
        QFile mapsFile(QStringLiteral("/proc/self/maps"));
        QVERIFY(mapsFile.open(QIODevice::ReadOnly));
        const QString maps = QString::fromLocal8Bit(mapsFile.readAll());
        const torchruntime::BlasInfo blas = torchruntime::detectBlas();
        if (maps.contains(QStringLiteral("libopenblas"))) {
            QVERIFY2(blas.name.startsWith(QStringLiteral("OpenBLAS 0.")), qPrintable(blas.name));
            QVERIFY(blas.isFast);
            if (maps.contains(QStringLiteral("openblas-pthread")))
                QVERIFY2(blas.name.contains(QStringLiteral("(pthread)")), qPrintable(blas.name));
        } else if (maps.contains(QStringLiteral("/blas/libblas.so"))) {
            QVERIFY2(blas.name.contains(QStringLiteral("reference BLAS")), qPrintable(blas.name));
            QVERIFY(!blas.isFast);
        } else {
            QVERIFY2(blas.name.contains(QStringLiteral("MKL")) || blas.name == QStringLiteral("LibTorch built-in"),
                     qPrintable(blas.name));
        }
        // The build's own expectation (OpenBLAS for Debian's LibTorch, MKL for the wheel's) holds.
        QVERIFY2(blas.name.contains(QStringLiteral(CRUCIBLE_EXPECTED_BLAS)), qPrintable(blas.name));
        QCOMPARE(torchruntime::captureEnvironment().blas, blas.name);
    }

    void blasUsesTheKernelsTheCpuAllows()
    {
        if (QStringLiteral(CRUCIBLE_EXPECTED_BLAS) != QLatin1String("OpenBLAS"))
            QSKIP("this build's LibTorch computes with MKL, which picks its kernels itself");
        // OpenBLAS 0.3.21 falls back to SSE3 (Prescott) kernels on CPUs it does not know; with
        // AVX2 or AVX-512 at hand that is a 2.4-3.7x slower matrix product.
        const QString kernels = chooseBlasKernels();
        QVERIFY2(!kernels.isEmpty(), "OpenBLAS is not the BLAS in use");
        __builtin_cpu_init();
        const bool hasAvx512 = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw")
            && __builtin_cpu_supports("avx512dq") && __builtin_cpu_supports("avx512vl");
        const bool hasAvx2 = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
        if (hasAvx512 || hasAvx2)
            QVERIFY2(kernels.compare(QStringLiteral("Prescott"), Qt::CaseInsensitive) != 0, qPrintable(kernels));
        QVERIFY2(torchruntime::captureEnvironment().blas.contains(kernels),
                 qPrintable(torchruntime::captureEnvironment().blas));
        QCOMPARE(blasKernels(), kernels);
    }

    void blasLeavesThreadsToLibTorch()
    {
        if (QStringLiteral(CRUCIBLE_EXPECTED_BLAS) != QLatin1String("OpenBLAS"))
            QSKIP("this build's LibTorch computes with MKL, whose threads are LibTorch's own");
        // Two thread pools spinning on the same cores made 2-thread training up to 3x slower.
        if (qEnvironmentVariableIsSet("OPENBLAS_NUM_THREADS") || qEnvironmentVariableIsSet("OMP_NUM_THREADS"))
            QSKIP("the environment sets the BLAS threads itself");
        useSingleThreadedBlas();
        const auto threads = reinterpret_cast<int (*)()>(dlsym(RTLD_DEFAULT, "openblas_get_num_threads"));
        QVERIFY2(threads, "OpenBLAS is not the BLAS in use");
        QCOMPARE(threads(), 1);
    }

    void jsonHasTheRecordedFields()
    {
        const QJsonObject json = torchruntime::captureEnvironment().toJson();
        for (const char* key : {"crucible_version", "git_commit", "qt_version", "libtorch_version", "blas",
                                "cuda_available", "cpu", "cpu_cores", "threads", "os", "host"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
    }

    void offersDevicesAndSetsThreads()
    {
        const QStringList devices = torchruntime::deviceChoices();
        QVERIFY(devices.size() >= 2);
        QCOMPARE(devices[0], QStringLiteral("auto"));
        QCOMPARE(devices[1], QStringLiteral("cpu"));
        QCOMPARE(devices.size() - 2, torchruntime::cudaDeviceCount());
        torchruntime::setThreadCount(1);
        QCOMPARE(torchruntime::threadCount(), 1);
        torchruntime::setThreadCount(2);
        QCOMPARE(torchruntime::threadCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestEnvironment)
#include "tst_environment.moc"
