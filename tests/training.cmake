# Training: recipe and model specs, the training loop, TrainingJob, the train CLI, benchmarks.
crucible_add_test(tst_runconfig SOURCES engine/tst_runconfig.cpp LIBS crucible_engine LABELS unit)
crucible_add_test(tst_trainer SOURCES engine/tst_trainer.cpp LIBS crucible_torch LABELS torch)
crucible_add_test(tst_trainingjob SOURCES engine/tst_trainingjob.cpp LIBS crucible_engine LABELS torch)
crucible_add_test(tst_train_cli SOURCES e2e/tst_train_cli.cpp LIBS crucible_engine LABELS "e2e;torch")
add_dependencies(tst_train_cli crucible-cli)

# Benchmarks against PyTorch (Debian's python3-torch), side by side; label bench (not run by default).
crucible_add_test(bench_training SOURCES bench/training/bench_training.cpp LIBS crucible_torch LABELS bench)
set_tests_properties(bench_training PROPERTIES TIMEOUT 3600)

# Data-parallel training: the shared-memory exchange of one host's workers (no LibTorch), then
# c10d, Gloo: --nproc, torchrun and Slurm variables, network namespaces.
crucible_add_test(tst_hostexchange SOURCES engine/tst_hostexchange.cpp LIBS crucible_engine LABELS unit)
crucible_add_test(tst_distributed SOURCES e2e/tst_distributed.cpp LIBS crucible_engine LABELS "e2e;torch")
add_dependencies(tst_distributed crucible-cli)
set_tests_properties(tst_distributed PROPERTIES TIMEOUT 900)
crucible_add_test(bench_distributed SOURCES bench/training/bench_distributed.cpp LIBS crucible_engine LABELS bench)
add_dependencies(bench_distributed crucible-cli)
set_tests_properties(bench_distributed PROPERTIES TIMEOUT 3600)
