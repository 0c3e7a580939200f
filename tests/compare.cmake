# Run comparison: the Compare page, its model, grouping, exports, parallel coordinates and
# the comparison benchmark.
crucible_add_test(tst_comparemodel SOURCES widgets/tst_comparemodel.cpp LIBS crucible_widgets LABELS gui)
crucible_add_test(tst_chartexport SOURCES widgets/tst_chartexport.cpp LIBS crucible_widgets LABELS gui)
crucible_add_test(tst_parallelcoordinates SOURCES widgets/tst_parallelcoordinates.cpp LIBS crucible_widgets LABELS gui)
crucible_add_test(tst_comparepage SOURCES widgets/tst_comparepage.cpp LIBS crucible_widgets LABELS gui)

# ctest --preset bench -R bench_compare (the first run writes a 200 x 100,000 x 3 workspace, ~1.5 GB)
crucible_add_test(bench_compare SOURCES bench/bench_compare.cpp LIBS crucible_widgets LABELS bench)
set_tests_properties(bench_compare PROPERTIES TIMEOUT 3600)
