# Pipelines: pipeline files checked with line and key, conditions, cron, triggers with an injected
# clock and run records (unit); then automated retraining from the CLI with real training on the
# shipped iris sample, a real registry, killed and resumed processes and a real web hook (e2e).
crucible_add_test(tst_pipelinespec SOURCES engine/tst_pipelinespec.cpp LIBS crucible_engine LABELS unit)
crucible_add_test(tst_pipeline_cli SOURCES e2e/tst_pipeline_cli.cpp LIBS crucible_engine LABELS "e2e;torch")
add_dependencies(tst_pipeline_cli crucible-cli)

# The Pipelines page in the real main window: run, lineage both ways, check, stop and resume,
# a watched folder while open; screenshots in English, German and dark.
crucible_add_test(tst_pipelinespage SOURCES widgets/tst_pipelinespage.cpp LIBS crucible_gui LABELS "gui;torch")
set_tests_properties(tst_pipelinespage PROPERTIES TIMEOUT 600)

# Benchmark (label bench): the engine's share of a training step's time, and a pipeline whose steps
# are all cached beside crucible-cli's start-up and DVC's `dvc repro` (from .venv-dvc when made).
crucible_add_test(bench_pipeline SOURCES bench/bench_pipeline.cpp LIBS Qt6::Core LABELS bench)
add_dependencies(bench_pipeline crucible-cli)
set_tests_properties(bench_pipeline PROPERTIES TIMEOUT 1800)
