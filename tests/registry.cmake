# Model registry: bundles (writer, verifying reader) and the registry over a folder.
crucible_add_test(tst_bundle SOURCES engine/tst_bundle.cpp LIBS crucible_engine LABELS unit)
crucible_add_test(tst_modelregistry SOURCES engine/tst_modelregistry.cpp LIBS crucible_engine LABELS "unit;torch")
crucible_add_test(tst_modelpackage SOURCES engine/tst_modelpackage.cpp LIBS crucible_engine LABELS torch)
crucible_add_test(tst_models_cli SOURCES e2e/tst_models_cli.cpp LIBS crucible_engine LABELS "e2e;torch")
add_dependencies(tst_models_cli crucible-cli)

# Benchmark against plain PyTorch (label bench): register a 10 MB model, predict 100,000 rows.
crucible_add_test(bench_registry SOURCES bench/bench_registry.cpp LIBS crucible_engine LABELS bench)
add_dependencies(bench_registry crucible-cli)
set_tests_properties(bench_registry PROPERTIES TIMEOUT 1800)
# models push/pull against Debian's docker-registry on loopback, with skopeo as the other client.
crucible_add_test(tst_oci SOURCES e2e/tst_oci.cpp LIBS crucible_engine LABELS "e2e;torch")
add_dependencies(tst_oci crucible-cli)

# Benchmark against skopeo (label bench): push and pull a 100 MB bundle through docker-registry on loopback.
crucible_add_test(bench_oci SOURCES bench/bench_oci.cpp LIBS crucible_engine LABELS bench)
add_dependencies(bench_oci crucible-cli)
set_tests_properties(bench_oci PROPERTIES TIMEOUT 1800)
