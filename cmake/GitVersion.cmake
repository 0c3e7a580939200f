# Generates ${CMAKE_BINARY_DIR}/generated/crucible_git.h with the commit the build comes from.
# It runs at every build but rewrites the header only when the commit changes, so it
# triggers no rebuild otherwise.
set(CRUCIBLE_GENERATED_DIR "${CMAKE_BINARY_DIR}/generated")
file(MAKE_DIRECTORY "${CRUCIBLE_GENERATED_DIR}")
add_custom_target(crucible_git_commit
    COMMAND ${CMAKE_COMMAND}
        -DSOURCE_DIR=${CMAKE_SOURCE_DIR}
        -DOUTPUT=${CRUCIBLE_GENERATED_DIR}/crucible_git.h
        -P ${CMAKE_SOURCE_DIR}/cmake/WriteGitHeader.cmake
    BYPRODUCTS ${CRUCIBLE_GENERATED_DIR}/crucible_git.h
    COMMENT "Recording the git commit"
    VERBATIM)
