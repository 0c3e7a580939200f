# The inference server: HTTP over loopback sockets, then serving registered models end to end
# (real training, real Prometheus; Debian's prometheus package gives prometheus and promtool).
crucible_add_test(tst_httpserver SOURCES engine/tst_httpserver.cpp LIBS crucible_engine LABELS unit)
crucible_add_test(tst_serve SOURCES e2e/tst_serve.cpp LIBS crucible_engine LABELS "e2e;torch")
add_dependencies(tst_serve crucible-cli)
