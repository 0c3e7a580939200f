# The inference server: HTTP over loopback sockets, then serving registered models end to end
# (real training, real Prometheus; Debian's prometheus package gives prometheus and promtool).
crucible_add_test(tst_httpserver SOURCES engine/tst_httpserver.cpp LIBS crucible_engine LABELS unit)
crucible_add_test(tst_predictionlog SOURCES engine/tst_predictionlog.cpp LIBS crucible_engine LABELS unit)
crucible_add_test(tst_inputschema SOURCES engine/tst_inputschema.cpp LIBS crucible_engine LABELS unit)
crucible_add_test(tst_serve SOURCES e2e/tst_serve.cpp LIBS crucible_engine LABELS "e2e;torch")
add_dependencies(tst_serve crucible-cli)

# Benchmark (label bench): against FastAPI + uvicorn + the current PyTorch (.venv), wrk on loopback.
crucible_add_test(bench_serve SOURCES bench/bench_serve.cpp LIBS crucible_engine LABELS bench)
add_dependencies(bench_serve crucible-cli)
set_tests_properties(bench_serve PROPERTIES TIMEOUT 900)

# Serving from the GUI: Serve on the Registry page, the Serving page's endpoints, charts and Stop.
crucible_add_test(tst_servingpage SOURCES widgets/tst_servingpage.cpp LIBS crucible_gui LABELS "gui;torch")
add_dependencies(tst_servingpage crucible-cli)
