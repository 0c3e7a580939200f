# Drift and monitoring: the statistics against scipy (Debian's python3-scipy), the verdicts
# calibrated on synthetic data, then drift checks from the CLI on a real model, CSV and serving log.
crucible_add_test(tst_drift SOURCES engine/tst_drift.cpp LIBS crucible_engine LABELS unit)
crucible_add_test(tst_drift_cli SOURCES e2e/tst_drift_cli.cpp LIBS crucible_engine LABELS "e2e;torch")
add_dependencies(tst_drift_cli crucible-cli)

# Drift from the GUI: the Monitor page on a real model, CSVs and a real server's log.
crucible_add_test(tst_monitorpage SOURCES widgets/tst_monitorpage.cpp LIBS crucible_gui LABELS "gui;torch")
add_dependencies(tst_monitorpage crucible-cli)

# Benchmark (label bench): 1,000,000 rows x 20 features, crucible-cli drift against pandas.read_csv +
# scipy.stats from .venv, and the Monitor page showing the report.
crucible_add_test(bench_drift SOURCES bench/bench_drift.cpp LIBS crucible_gui LABELS bench)
add_dependencies(bench_drift crucible-cli)
set_tests_properties(bench_drift PROPERTIES TIMEOUT 1200)

# Reproducibility: runs rerun --check of every model kind, runs diff, runs pack/unpack into another
# workspace, hostile packages.
crucible_add_test(tst_repro_cli SOURCES e2e/tst_repro_cli.cpp LIBS crucible_engine LABELS "e2e;torch")
add_dependencies(tst_repro_cli crucible-cli)
# ... and from the Runs page: Rerun and Check, Compare Both, Diff.
crucible_add_test(tst_reproducegui SOURCES widgets/tst_reproducegui.cpp LIBS crucible_gui LABELS "gui;torch")
add_dependencies(tst_reproducegui crucible-cli)

# The Overview page: production models with drift, training now, recent runs, alerts, each opening its page.
crucible_add_test(tst_overviewpage SOURCES widgets/tst_overviewpage.cpp LIBS crucible_gui LABELS "gui;torch")
add_dependencies(tst_overviewpage crucible-cli)
