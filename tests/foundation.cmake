# Tests of the foundation: layering, workspace, environment, shell, CLI basics.
add_test(NAME layering
    COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -DCLI_BINARY=$<TARGET_FILE:crucible-cli>
            -P ${PROJECT_SOURCE_DIR}/cmake/CheckLayers.cmake)
set_tests_properties(layering PROPERTIES LABELS unit)
# The same check run on a tree that breaks every rule must name each break.
add_test(NAME layering_detects_violations
    COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${CMAKE_CURRENT_SOURCE_DIR}/data/layering-violation
            -P ${PROJECT_SOURCE_DIR}/cmake/CheckLayers.cmake)
set_tests_properties(layering_detects_violations PROPERTIES LABELS unit
    PASS_REGULAR_EXPRESSION "Layering violations \\(6;")

crucible_add_test(tst_workspace SOURCES engine/tst_workspace.cpp LIBS crucible_engine LABELS unit)
crucible_add_test(tst_csvtext SOURCES engine/tst_csvtext.cpp LIBS crucible_engine LABELS unit)
crucible_add_test(tst_names SOURCES engine/tst_names.cpp LIBS crucible_engine LABELS unit)
crucible_add_test(tst_environment SOURCES engine/tst_environment.cpp LIBS crucible_engine LABELS torch)
crucible_add_test(tst_mainwindow SOURCES widgets/tst_mainwindow.cpp LIBS crucible_gui LABELS gui)
crucible_add_test(tst_cli SOURCES e2e/tst_cli.cpp LIBS crucible_engine LABELS e2e)
crucible_add_test(tst_screenshot SOURCES e2e/tst_screenshot.cpp LIBS crucible_engine LABELS "e2e;gui")
add_dependencies(tst_cli crucible-cli)
# Every command's --json document against its schema in docs/json (the .venv's jsonschema).
crucible_add_test(tst_json_schemas SOURCES e2e/tst_json_schemas.cpp LIBS crucible_engine LABELS e2e)
add_dependencies(tst_json_schemas crucible-cli)
add_dependencies(tst_screenshot crucible)
crucible_add_test(tst_backgroundtask SOURCES engine/tst_backgroundtask.cpp LIBS crucible_engine LABELS unit)
crucible_add_test(tst_taskstatus SOURCES widgets/tst_taskstatus.cpp LIBS crucible_widgets LABELS gui)

# Every page and dialog rendered with realistic data at two sizes, in two languages and two themes,
# checked for clipped and overlapping text, widgets outside the window and English in German.
crucible_add_test(tst_gallery SOURCES widgets/tst_gallery.cpp LIBS crucible_gui LABELS "gui;torch")
add_dependencies(tst_gallery crucible-cli)

# Engine messages in German: the templates the engine marks, all translated and matched.
crucible_add_test(tst_enginetext SOURCES widgets/tst_enginetext.cpp LIBS crucible_gui LABELS gui)
# widgets/EngineMessages.cpp holds exactly the texts the engine marks with CRUCIBLE_MESSAGE.
add_test(NAME engine_messages COMMAND ${CRUCIBLE_PYTHON} ${PROJECT_SOURCE_DIR}/scripts/engine-messages.py
    --check ${PROJECT_SOURCE_DIR})
set_tests_properties(engine_messages PROPERTIES LABELS unit)
# Workspaces on PostgreSQL: a private PostgreSQL 15 server that the test starts on loopback.
crucible_add_test(tst_postgres SOURCES e2e/tst_postgres.cpp LIBS crucible_engine LABELS "e2e;torch")
add_dependencies(tst_postgres crucible-cli)
