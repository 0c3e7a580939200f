# Other tools' formats and protocols: MLflow's search syntax translated (unit), the MLflow-compatible
# tracking server driven by the real mlflow client from .venv (e2e), TensorBoard event files written
# by the real SummaryWriter imported (e2e).
crucible_add_test(tst_mlflowsearch SOURCES engine/tst_mlflowsearch.cpp LIBS crucible_engine LABELS unit)
crucible_add_test(tst_mlflow SOURCES e2e/tst_mlflow.cpp LIBS crucible_engine LABELS "e2e;torch")
add_dependencies(tst_mlflow crucible-cli)
crucible_add_test(tst_tensorboard SOURCES e2e/tst_tensorboard.cpp LIBS crucible_engine LABELS e2e)
add_dependencies(tst_tensorboard crucible-cli)

# Benchmark (label bench): the mlflow client logging into Crucible's server and into `mlflow server`
# (SQLite backend) from .venv; a 1,000,000-point TensorBoard log imported, beside TensorBoard's reader.
crucible_add_test(bench_mlflow SOURCES bench/bench_mlflow.cpp LIBS crucible_engine LABELS bench)
add_dependencies(bench_mlflow crucible-cli)
set_tests_properties(bench_mlflow PROPERTIES TIMEOUT 1800)
