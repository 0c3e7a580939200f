#include "BlasKernels.h"

#include <dlfcn.h>

#include <cstdlib>

namespace crucible {

namespace {

template <typename Function> Function openblasFunction(const char* name)
{
    return reinterpret_cast<Function>(dlsym(RTLD_DEFAULT, name));
}

/// The kernels this CPU's features allow, or nullptr when the SSE3 fallback is all it has.
const char* kernelsForFeatures()
{
#if defined(__x86_64__)
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512dq")
        && __builtin_cpu_supports("avx512vl"))
        return "SkylakeX";
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"))
        return "Haswell";
#endif
    return nullptr;
}

} // namespace

QString blasKernels()
{
    const auto corename = openblasFunction<char* (*)()>("openblas_get_corename");
    return corename ? QString::fromLatin1(corename()) : QString();
}

QString chooseBlasKernels()
{
    const QString current = blasKernels();
    const auto quit = openblasFunction<void (*)()>("gotoblas_dynamic_quit");
    const auto init = openblasFunction<void (*)()>("gotoblas_dynamic_init");
    const char* wanted = kernelsForFeatures();
    if (current.compare(QLatin1String("Prescott"), Qt::CaseInsensitive) != 0 || !quit || !init || !wanted
        || qEnvironmentVariableIsSet("OPENBLAS_CORETYPE"))
        return current;
    // OpenBLAS's own start-up path, run again with the core type a user would set by hand; no
    // BLAS call has happened yet, so no buffer or thread depends on the old choice.
    qputenv("OPENBLAS_CORETYPE", wanted);
    quit();
    init();
    qunsetenv("OPENBLAS_CORETYPE"); // child processes (the PyTorch peers of the benchmarks) choose for themselves
    return blasKernels();
}

void useSingleThreadedBlas()
{
    if (qEnvironmentVariableIsSet("OPENBLAS_NUM_THREADS") || qEnvironmentVariableIsSet("OMP_NUM_THREADS"))
        return;
    if (const auto setThreads = openblasFunction<void (*)(int)>("openblas_set_num_threads"))
        setThreads(1);
}

} // namespace crucible
