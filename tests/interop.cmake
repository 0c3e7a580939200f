# Other tools' formats and protocols: MLflow's search syntax translated (unit), the MLflow-compatible
# tracking server driven by the real mlflow client from .venv (e2e), TensorBoard event files written
# by the real SummaryWriter imported (e2e).
crucible_add_test(tst_mlflowsearch SOURCES engine/tst_mlflowsearch.cpp LIBS crucible_engine LABELS unit)
crucible_add_test(tst_mlflow SOURCES e2e/tst_mlflow.cpp LIBS crucible_engine LABELS e2e)
add_dependencies(tst_mlflow crucible-cli)
crucible_add_test(tst_tensorboard SOURCES e2e/tst_tensorboard.cpp LIBS crucible_engine LABELS e2e)
add_dependencies(tst_tensorboard crucible-cli)
