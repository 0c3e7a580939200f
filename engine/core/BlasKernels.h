#pragma once

#include <QString>

namespace crucible {

/// OpenBLAS 0.3.21 (Debian 12) chooses its kernels by CPU model and falls back to Prescott
/// (SSE3) on processors newer than it knows, Sapphire Rapids among them: matrix products then run
/// at a quarter of the speed the CPU has (16 against 61 GFLOP/s on one core here). This chooses
/// by CPU features instead (AVX-512 -> SkylakeX, AVX2 and FMA -> Haswell) through OpenBLAS's
/// own initialisation. It changes nothing when OPENBLAS_CORETYPE is set, when OpenBLAS is not
/// the BLAS in use, or when OpenBLAS recognised the CPU. Returns the kernels in use afterwards
/// ("SkylakeX"), or an empty string without OpenBLAS.
/// Thread: call once, first thing in main(), before any BLAS or LibTorch work.
QString chooseBlasKernels();

/// Keeps OpenBLAS's own thread pool to one thread and leaves parallel work to LibTorch's
/// intra-op threads: with both pools busy on the same cores they spin against each other, and
/// on this 2-core machine training ran 1.1-3x slower (MLP at 2 threads: 21,400 against 65,600
/// samples/s). Changes nothing when OPENBLAS_NUM_THREADS or OMP_NUM_THREADS is set, or without
/// OpenBLAS. Thread: call once, first thing in main(), before any BLAS or LibTorch work.
void useSingleThreadedBlas();

/// The kernels OpenBLAS uses ("SkylakeX", "Prescott"), or an empty string without OpenBLAS. Thread: any.
QString blasKernels();

} // namespace crucible
