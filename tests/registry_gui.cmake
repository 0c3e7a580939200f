# The Registry page, its dialogs (register, alias, predict) and the Runs page's register action.
crucible_add_test(tst_registrypage SOURCES widgets/tst_registrypage.cpp LIBS crucible_widgets LABELS "gui;torch")
