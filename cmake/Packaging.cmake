# Desktop integration and a .deb through CPack: cmake --build build --target package
set(crucible_id io.github.crucible_ml.crucible)
install(FILES packaging/${crucible_id}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES packaging/${crucible_id}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
# The model bundle's file type (*.crucible), which the .desktop file says Crucible opens.
install(FILES packaging/${crucible_id}.mime.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
    RENAME ${crucible_id}.xml)
install(FILES resources/icons/crucible.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
    RENAME ${crucible_id}.svg)
# Prometheus alert rules and the Grafana dashboard for `crucible-cli serve` (docs/serving.md).
install(FILES packaging/monitoring/crucible-alerts.yml packaging/monitoring/crucible-dashboard.json
    DESTINATION ${CMAKE_INSTALL_DATADIR}/crucible/monitoring)

# Built here: the hicolor PNG icons (from the SVG), the manual pages (from what the programs'
# --help prints, so they say the same), the changelog, all compressed as Debian wants them.
set(crucible_generated ${CMAKE_BINARY_DIR}/packaging)
set(crucible_generated_files)
find_program(CRUCIBLE_RSVG_CONVERT rsvg-convert)
if(CRUCIBLE_RSVG_CONVERT)
    foreach(size 16 22 24 32 48 64 128 256)
        set(png ${crucible_generated}/icons/${size}/${crucible_id}.png)
        add_custom_command(OUTPUT ${png}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${crucible_generated}/icons/${size}
            COMMAND ${CRUCIBLE_RSVG_CONVERT} -w ${size} -h ${size} -o ${png} ${PROJECT_SOURCE_DIR}/resources/icons/crucible.svg
            DEPENDS ${PROJECT_SOURCE_DIR}/resources/icons/crucible.svg VERBATIM)
        install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
        list(APPEND crucible_generated_files ${png})
    endforeach()
else()
    message(WARNING "rsvg-convert not found (Debian: librsvg2-bin): the package gets only the SVG icon")
endif()

find_package(Python3 REQUIRED COMPONENTS Interpreter)
set(crucible_man_crucible_summary "desktop workbench for machine learning experiments")
set(crucible_man_crucible_description "Crucible loads datasets, trains LibTorch models with live curves, compares runs, registers models as verified bundles, serves them, and watches them for drift. Files given on the command line are offered for import: model bundles (.crucible) into the registry, data files into the workspace.")
set(crucible_man_crucible-cli_summary "the Crucible workbench from the command line")
set(crucible_man_crucible-cli_description "crucible-cli runs Crucible's engine headless, on servers, in cron and in CI: import data, train, track and compare runs, register, serve and monitor models, run pipelines and sweeps. It works on the same workspace as the crucible window. Each command has a page of its own, crucible-cli-COMMAND (for example crucible-cli-data-import), and crucible-cli help COMMAND prints the same.")
foreach(program crucible crucible-cli)
    set(page ${crucible_generated}/man/${program}.1.gz)
    if(program STREQUAL "crucible")
        set(other crucible-cli)
    else()
        set(other crucible)
    endif()
    add_custom_command(OUTPUT ${page}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${crucible_generated}/man
        COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/scripts/make-man.py $<TARGET_FILE:${program}> ${program}
            "${crucible_man_${program}_summary}" ${page} --version ${PROJECT_VERSION}
            --description "${crucible_man_${program}_description}" --see-also ${other}
        DEPENDS ${program} ${PROJECT_SOURCE_DIR}/scripts/make-man.py VERBATIM)
    install(FILES ${page} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    list(APPEND crucible_generated_files ${page})
endforeach()

# A manual page per crucible-cli command and the bash, zsh and fish completions, written by
# crucible-cli from the same command table its parser reads.
set(cli_docs ${crucible_generated}/cli)
add_custom_command(OUTPUT ${cli_docs}/stamp
    COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/scripts/make-cli-docs.py $<TARGET_FILE:crucible-cli> ${cli_docs}
    DEPENDS crucible-cli ${PROJECT_SOURCE_DIR}/scripts/make-cli-docs.py VERBATIM)
list(APPEND crucible_generated_files ${cli_docs}/stamp)
install(DIRECTORY ${cli_docs}/man/ DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${cli_docs}/completions/crucible-cli DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
install(FILES ${cli_docs}/completions/_crucible-cli DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(FILES ${cli_docs}/completions/crucible-cli.fish DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)

# Debian's changelog and copyright (/usr/share/doc/crucible): a native package's changelog.gz.
set(changelog ${crucible_generated}/changelog.gz)
add_custom_command(OUTPUT ${changelog}
    COMMAND ${Python3_EXECUTABLE} -c "import gzip,sys; gzip.GzipFile(sys.argv[2], 'wb', 9, mtime=0).write(open(sys.argv[1], 'rb').read())"
        ${PROJECT_SOURCE_DIR}/packaging/changelog ${changelog}
    DEPENDS ${PROJECT_SOURCE_DIR}/packaging/changelog VERBATIM)
list(APPEND crucible_generated_files ${changelog})
install(FILES ${changelog} packaging/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/crucible)
add_custom_target(crucible_package_files ALL DEPENDS ${crucible_generated_files})

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "crucible")
set(CPACK_PACKAGE_VENDOR "Crucible developers")
set(CPACK_PACKAGE_CONTACT "Crucible developers <crucible@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop workbench for machine-learning experiments")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "crucible")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# Shared-library dependencies come from dpkg-shlibdeps; the rest are plugins and runtime
# choices it cannot see: the SQLite driver, the platform plugins, SVG icons and a fast BLAS.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6, libopenblas0-pthread")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "dataset-fashion-mnist, qt6-translations-l10n, libqt6sql6-psql")
# The extended description (lines of at most 80 characters); the synopsis is the summary above.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Crucible loads datasets (CSV, image folders, the MNIST family), trains
LibTorch models on the CPU or GPU while their curves draw live, compares
runs, registers verified, versioned model bundles, serves them with
Prometheus metrics and watches them for drift. crucible-cli runs the same
engine headless.")
# Stripped programs and libraries; their debug information goes into crucible-dbgsym (.ddeb).
set(CPACK_DEBIAN_DEBUGINFO_PACKAGE ON)
include(CPack)
