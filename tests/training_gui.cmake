# The Train page and its live chart.
crucible_add_test(tst_metricchart SOURCES widgets/tst_metricchart.cpp LIBS crucible_widgets LABELS gui)
crucible_add_test(tst_trainpage SOURCES widgets/tst_trainpage.cpp LIBS crucible_widgets LABELS "gui;torch")
crucible_add_test(bench_gui_training SOURCES bench/bench_gui_training.cpp LIBS crucible_widgets LABELS bench)
add_dependencies(bench_gui_training crucible-cli)
set_tests_properties(bench_gui_training PROPERTIES TIMEOUT 1800)
