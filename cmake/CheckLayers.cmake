# Script mode: cmake -DSOURCE_DIR=... [-DCLI_BINARY=...] -P CheckLayers.cmake
# Fails when a layer of docs/architecture.md is crossed:
#  - an engine folder including a folder listed after it there, or a folder not listed;
#  - engine/ including widgets/ or app/;
#  - LibTorch headers (torch/, ATen/, c10/) included outside engine/torch/;
#  - engine/ including Qt Widgets, Qt Charts or a display-bound Qt Gui class;
#  - tr() called in engine/ (the engine reports codes and English context);
#  - crucible-cli linking Qt Widgets.
get_filename_component(SOURCE_DIR "${SOURCE_DIR}" ABSOLUTE)
set(problems "")
set(count 0)

# The order of engine folders: lines "N. `folder/` - ..." of docs/architecture.md, lowest first.
set(order_file "${SOURCE_DIR}/docs/architecture.md")
if(NOT EXISTS "${order_file}")
    message(FATAL_ERROR "Layering: ${order_file} is missing; it lists the engine folders in order")
endif()
file(STRINGS "${order_file}" order_lines REGEX "^[0-9]+\\. `[a-z_]+/`")
set(layers "")
foreach(line IN LISTS order_lines)
    string(REGEX REPLACE "^[0-9]+\\. `([a-z_]+)/`.*" "\\1" folder "${line}")
    list(APPEND layers "${folder}")
endforeach()
if(NOT layers)
    message(FATAL_ERROR "Layering: ${order_file} lists no engine folders (lines such as 1. `core/` - ...)")
endif()
file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}"
    "${SOURCE_DIR}/engine/*.h" "${SOURCE_DIR}/engine/*.cpp"
    "${SOURCE_DIR}/widgets/*.h" "${SOURCE_DIR}/widgets/*.cpp"
    "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/app/*.cpp")
foreach(path IN LISTS sources)
    set(rank -1)
    if(path MATCHES "^engine/([^/]+)/")
        set(folder "${CMAKE_MATCH_1}")
        list(FIND layers "${folder}" rank)
        if(rank EQUAL -1)
            string(APPEND problems "  ${path}: engine/${folder}/ is not in the order of docs/architecture.md\n")
            math(EXPR count "${count} + 1")
        endif()
    endif()
    file(STRINGS "${SOURCE_DIR}/${path}" includes REGEX "^[ \t]*#[ \t]*include")
    foreach(line IN LISTS includes)
        if(rank GREATER -1 AND line MATCHES "[<\"]engine/([^/]+)/")
            set(target "${CMAKE_MATCH_1}")
            list(FIND layers "${target}" target_rank)
            if(target_rank EQUAL -1)
                string(APPEND problems
                       "  ${path}: includes engine/${target}/, which is not in the order of docs/architecture.md\n")
                math(EXPR count "${count} + 1")
            elseif(target_rank GREATER rank)
                string(APPEND problems
                       "  ${path}: engine/${folder}/ includes engine/${target}/, which comes after it: ${line}\n")
                math(EXPR count "${count} + 1")
            endif()
        endif()
        if(path MATCHES "^engine/" AND line MATCHES "[<\"](widgets|app)/")
            string(APPEND problems "  ${path}: engine/ includes ${CMAKE_MATCH_1}/: ${line}\n")
            math(EXPR count "${count} + 1")
        endif()
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
    message(FATAL_ERROR "Layering violations (${count}; see docs/architecture.md):\n${problems}")
endif()
list(LENGTH sources checked)
list(JOIN layers " -> " chain)
message(STATUS "Layering clean: ${checked} files checked against ${chain}")
