# Tests of experiment tracking: runs, params, metrics, queries, the runs CLI and the Runs page.
# tracking_child is a helper process the tests start (and kill); it is not a test itself.
add_executable(tracking_child engine/tracking_child.cpp)
target_link_libraries(tracking_child PRIVATE crucible_engine crucible_warnings)

function(crucible_add_tracking_test name)
    crucible_add_test(${name} ${ARGN})
    target_compile_definitions(${name} PRIVATE TRACKING_CHILD="$<TARGET_FILE:tracking_child>")
    add_dependencies(${name} tracking_child)
endfunction()

crucible_add_tracking_test(tst_runstore SOURCES engine/tst_runstore.cpp LIBS crucible_engine LABELS unit)
crucible_add_tracking_test(tst_metricwriter SOURCES engine/tst_metricwriter.cpp LIBS crucible_engine LABELS unit)
crucible_add_tracking_test(tst_metricreader SOURCES engine/tst_metricreader.cpp LIBS crucible_engine LABELS unit)
crucible_add_tracking_test(tst_filterexpression SOURCES engine/tst_filterexpression.cpp LIBS crucible_engine LABELS unit)
crucible_add_test(tst_valuetypes SOURCES engine/tst_valuetypes.cpp LIBS crucible_engine LABELS unit)

crucible_add_tracking_test(tst_runscli SOURCES e2e/tst_runscli.cpp LIBS crucible_engine LABELS e2e)
add_dependencies(tst_runscli crucible-cli)

# Benchmarks (label bench, excluded from the default test run): ctest --preset bench -R bench_metrics
crucible_add_test(bench_metrics SOURCES bench/bench_metrics.cpp LIBS crucible_engine LABELS bench)
set_tests_properties(bench_metrics PROPERTIES TIMEOUT 1200)

crucible_add_test(tst_runspage SOURCES widgets/tst_runspage.cpp LIBS crucible_gui LABELS gui)

# ctest --preset bench -R bench_runspage (the first run writes a workspace of 10,000 runs)
crucible_add_test(bench_runspage SOURCES bench/bench_runspage.cpp LIBS crucible_widgets LABELS bench)
set_tests_properties(bench_runspage PROPERTIES TIMEOUT 1800)

# ctest --preset bench -R bench_postgres: metric writing into a workspace on PostgreSQL (a private
# server on loopback), 1 writer and 4 writer processes at once, beside a local SQLite workspace.
crucible_add_test(bench_postgres SOURCES bench/bench_postgres.cpp LIBS crucible_engine LABELS bench)
set_tests_properties(bench_postgres PROPERTIES TIMEOUT 1200)
