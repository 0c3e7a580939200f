# Desktop integration and a .deb through CPack: cmake --build build --target package
install(FILES packaging/io.github.crucible.Crucible.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES packaging/io.github.crucible.Crucible.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES resources/icons/crucible.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
    RENAME io.github.crucible.Crucible.svg)

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
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "dataset-fashion-mnist, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Desktop workbench for machine-learning experiments
 Crucible loads datasets (CSV, image folders, the MNIST family), trains LibTorch
 models on the CPU or GPU while their curves draw live, compares runs, and exports
 versioned model bundles to a registry. crucible-cli runs the same engine headless.")
include(CPack)
