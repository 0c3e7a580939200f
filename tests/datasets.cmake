# Datasets: readers, versioning, profiles, splits, samples, the data CLI and the Datasets page.
crucible_add_test(tst_csvreader SOURCES engine/tst_csvreader.cpp LIBS crucible_engine LABELS unit)
crucible_add_test(tst_idxreader SOURCES engine/tst_idxreader.cpp LIBS crucible_engine ZLIB::ZLIB LABELS unit)
crucible_add_test(tst_imagefolderreader SOURCES engine/tst_imagefolderreader.cpp LIBS crucible_engine LABELS unit)
crucible_add_test(tst_profile SOURCES engine/tst_profile.cpp LIBS crucible_engine LABELS unit)
crucible_add_test(tst_split SOURCES engine/tst_split.cpp LIBS crucible_engine LABELS unit)
crucible_add_test(tst_datasetstore SOURCES engine/tst_datasetstore.cpp LIBS crucible_engine LABELS unit)
