# Script mode: cmake -DSOURCE_DIR=... [-DCLI_BINARY=...] -P CheckLayers.cmake
# Fails when a layer of ../shared/ARCHITECTURE.md is crossed:
#  - LibTorch headers (torch/, ATen/, c10/) included outside engine/torch/;
#  - engine/ including Qt Widgets, Qt Charts or a display-bound Qt Gui class;
#  - tr() called in engine/ (the engine reports codes and English context);
#  - crucible-cli linking Qt Widgets.
get_filename_component(SOURCE_DIR "${SOURCE_DIR}" ABSOLUTE)
set(problems "")
set(count 0)
file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}"
    "${SOURCE_DIR}/engine/*.h" "${SOURCE_DIR}/engine/*.cpp"
    "${SOURCE_DIR}/widgets/*.h" "${SOURCE_DIR}/widgets/*.cpp"
    "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/app/*.cpp")
foreach(path IN LISTS sources)
    file(STRINGS "${SOURCE_DIR}/${path}" includes REGEX "^[ \t]*#[ \t]*include")
    foreach(line IN LISTS includes)
        if(line MATCHES "[<\"](torch|ATen|c10)/" AND NOT path MATCHES "^engine/torch/")
            string(APPEND problems "  ${path}: LibTorch header outside engine/torch/: ${line}\n")
            math(EXPR count "${count} + 1")
        endif()
        if(path MATCHES "^engine/" AND line MATCHES
           "[<\"](QtWidgets|QtCharts|QWidget|QApplication|QGuiApplication|QPixmap|QPainter|QChart|QMainWindow|QDialog|QLabel)[/>\"]")
            string(APPEND problems "  ${path}: GUI module in engine/: ${line}\n")
            math(EXPR count "${count} + 1")
        endif()
    endforeach()
    if(path MATCHES "^engine/.*\\.cpp$")
        file(STRINGS "${SOURCE_DIR}/${path}" calls REGEX "(^|[^A-Za-z0-9_])tr\\(")
        foreach(line IN LISTS calls)
            string(APPEND problems "  ${path}: tr() in engine/: ${line}\n")
            math(EXPR count "${count} + 1")
        endforeach()
    endif()
endforeach()

if(CLI_BINARY)
    execute_process(COMMAND readelf -d "${CLI_BINARY}" OUTPUT_VARIABLE dynamic RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        string(APPEND problems "  cannot read ${CLI_BINARY} with readelf\n")
    elseif(dynamic MATCHES "libQt6(Widgets|Charts)")
        string(APPEND problems "  crucible-cli links Qt Widgets or Qt Charts\n")
        math(EXPR count "${count} + 1")
    endif()
endif()

if(problems)
    message(FATAL_ERROR "Layering violations (${count}; see ../shared/ARCHITECTURE.md):\n${problems}")
endif()
list(LENGTH sources checked)
message(STATUS "Layering clean: ${checked} files checked")
