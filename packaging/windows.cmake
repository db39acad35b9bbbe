# Windows: orderdesk.exe, orderdesk-cli.exe and orderdesk-sim.exe in bin\ with the Qt
# libraries and plugins, QtKeychain and the compiler runtime beside them, packed by CPack's
# NSIS generator (cpack -G NSIS) into a per-user installer (windows/nsis.cmake).
#
# The install folder holds program files only. The ledger and settings.ini live in the user's
# application data folder (%APPDATA%\OrderDesk\OrderDesk, QStandardPaths::AppDataLocation,
# see src/core/settings/DataLocation.cpp) and the secrets in Windows Credential Manager, so an
# upgrade, which uninstalls the old version first, and an uninstall both keep them.

set(windows_dir ${CMAKE_CURRENT_SOURCE_DIR}/windows)

# The icon and the version resource, on the GUI only: the console tools keep the default.
set(ORDERDESK_WINDOWS_ICON ${windows_dir}/orderdesk.ico)
configure_file(${windows_dir}/orderdesk.rc.in ${CMAKE_CURRENT_BINARY_DIR}/orderdesk.rc @ONLY)
target_sources(orderdesk PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/orderdesk.rc)

# Built with MSVC on Windows, Qt's windeployqt picks the Qt DLLs and plugins, and the MSVC
# runtime goes beside them. Cross-compiled with MinGW-w64 on Linux (tools/build-windows.sh)
# there is no windeployqt: windows/deploy-mingw.cmake installs the same set and the MinGW
# runtime.
if(CMAKE_CROSSCOMPILING)
    include(${windows_dir}/deploy-mingw.cmake)
else()
    # Qt's deploy script runs windeployqt on the installed orderdesk.exe: it copies the Qt DLLs
    # the GUI links (Core, Gui, Widgets, Network, Sql, HttpServer, WebSockets), the platform,
    # style, image format, icon engine, TLS and SQL driver plugins, and writes qt.conf. The CLI
    # and the simulator link a subset of those modules, so the same DLLs serve them from the
    # same folder. Qt 6.5 renamed FILENAME_VARIABLE to OUTPUT_SCRIPT.
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        qt_generate_deploy_app_script(TARGET orderdesk OUTPUT_SCRIPT deploy_script
            NO_UNSUPPORTED_PLATFORM_ERROR)
    else()
        qt_generate_deploy_app_script(TARGET orderdesk FILENAME_VARIABLE deploy_script
            NO_UNSUPPORTED_PLATFORM_ERROR)
    endif()
    install(SCRIPT ${deploy_script})

    # The MSVC runtime DLLs go beside the programs as well (app-local), because a per-user
    # install cannot run the system-wide Visual C++ redistributable. The Universal CRT is part
    # of Windows 10 and later.
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
    set(CMAKE_INSTALL_UCRT_LIBRARIES OFF)
    include(InstallRequiredSystemLibraries)
endif()

# windeployqt copies Qt's own libraries only. QtKeychain is a separate library, so its DLL
# (the imported target's location; TARGET_FILE of an imported shared library is the .dll,
# not the import .lib) is installed next to the executables, where Windows looks first.
get_target_property(keychain_type Qt6Keychain::Qt6Keychain TYPE)
if(keychain_type STREQUAL "SHARED_LIBRARY")
    install(FILES $<TARGET_FILE:Qt6Keychain::Qt6Keychain> DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

# The licenses of what the installer ships; Qt's LGPL wants a copy with the program.
install(DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}/licenses/ DESTINATION licenses)

include(${windows_dir}/nsis.cmake)
