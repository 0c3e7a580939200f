# The Train page and its live chart.
crucible_add_test(tst_metricchart SOURCES widgets/tst_metricchart.cpp LIBS crucible_widgets LABELS gui)
crucible_add_test(tst_trainpage SOURCES widgets/tst_trainpage.cpp LIBS crucible_widgets LABELS "gui;torch")
