# Sweeps: the sweep file, samplers and pruners on synthetic objectives; the runner on a real
# workspace with cheap objectives: parallelism, budgets, pruning and failures recorded, stop and claim (unit).
crucible_add_test(tst_sweepstudy SOURCES engine/tst_sweepstudy.cpp LIBS crucible_engine LABELS unit)
crucible_add_test(tst_sweeprunner SOURCES engine/tst_sweeprunner.cpp LIBS crucible_engine LABELS unit)

# Sweeps from crucible-cli with real training on the shipped iris sample: parallel trials, the
# median pruner, the best registered; stopped, killed with SIGKILL and resumed (e2e).
crucible_add_test(tst_sweep_cli SOURCES e2e/tst_sweep_cli.cpp LIBS crucible_engine LABELS "e2e;torch")
add_dependencies(tst_sweep_cli crucible-cli)
set_tests_properties(tst_sweep_cli PROPERTIES TIMEOUT 900)

# Benchmark (label bench): sweep quality and speed against Optuna from .venv (requirements.txt).
crucible_add_test(bench_sweep SOURCES bench/bench_sweep.cpp LIBS crucible_engine LABELS bench)
add_dependencies(bench_sweep crucible-cli)
set_tests_properties(bench_sweep PROPERTIES TIMEOUT 3600)

# The Sweeps page in the real main window: New Sweep checked as typed, a sweep run live with real
# training, Compare Top 5, Register Best, stop and resume, a sweep run by crucible-cli followed;
# screenshots in English, German and dark.
crucible_add_test(tst_sweepspage SOURCES widgets/tst_sweepspage.cpp LIBS crucible_gui LABELS "gui;torch")
add_dependencies(tst_sweepspage crucible-cli)
set_tests_properties(tst_sweepspage PROPERTIES TIMEOUT 900)
