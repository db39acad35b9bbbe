# What windeployqt would put beside the programs, for the MinGW build cross-compiled on Linux
# (tools/build-windows.sh), where there is no windeployqt: the Qt DLLs the programs import, the
# plugins Qt loads at run time, Qt's own Chinese catalogue, libxlsxwriter, libpq (the PostgreSQL
# driver's) and the MinGW runtime. tools/windows/check-imports.sh compares the result with the
# DLLs each program and plugin imports (objdump -p), so a missing one fails the build of the
# installer.
#
# Layout as windeployqt makes it: plugins in folders beside the executables (bin\platforms,
# bin\sqldrivers, ...), where Qt looks in the application's folder; the catalogue in
# translations\, which is Qt's TranslationsPath for a Qt6Core.dll in bin\.

find_package(Qt6 REQUIRED COMPONENTS Core Gui Widgets Network Sql HttpServer WebSockets Svg)

foreach(module Core Gui Widgets Network Sql HttpServer WebSockets Svg)
    install(FILES $<TARGET_FILE:Qt6::${module}> DESTINATION ${CMAKE_INSTALL_BINDIR})
endforeach()

# Plugin target, folder: the platform and the native style, the SQLite driver and the PostgreSQL
# one (the team ledger), TLS with Schannel (and the certificate-only backend Qt falls back to),
# and the image formats and icon engine the icons and dialogs use.
set(orderdesk_qt_plugins
    QWindowsIntegrationPlugin platforms
    QWindowsVistaStylePlugin styles
    QSQLiteDriverPlugin sqldrivers
    QPSQLDriverPlugin sqldrivers
    QSchannelBackendPlugin tls
    QTlsBackendCertOnlyPlugin tls
    QSvgPlugin imageformats
    QICOPlugin imageformats
    QGifPlugin imageformats
    QSvgIconPlugin iconengines)
while(orderdesk_qt_plugins)
    list(POP_FRONT orderdesk_qt_plugins plugin folder)
    if(NOT TARGET Qt6::${plugin})
        message(FATAL_ERROR "The Qt for Windows has no ${plugin}; rebuild it with tools/build-windows.sh")
    endif()
    install(FILES $<TARGET_FILE:Qt6::${plugin}> DESTINATION ${CMAKE_INSTALL_BINDIR}/${folder})
endwhile()

# Qt's standard buttons and dialogs in Chinese (TranslationLoader loads qtbase_<language>). The
# catalogues are the same on every platform, so the host Qt's serve.
find_file(ORDERDESK_QTBASE_ZH_CN_QM qtbase_zh_CN.qm
    PATHS ${QT_HOST_PATH}/share/qt6/translations NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH)
if(NOT ORDERDESK_QTBASE_ZH_CN_QM)
    message(FATAL_ERROR "qtbase_zh_CN.qm not found in ${QT_HOST_PATH}/share/qt6/translations "
        "(Debian: qt6-translations-l10n)")
endif()
install(FILES ${ORDERDESK_QTBASE_ZH_CN_QM} DESTINATION translations)

# libxlsxwriter's DLL, from the prefix its pkg-config file names.
find_file(ORDERDESK_XLSXWRITER_DLL libxlsxwriter.dll PATHS ${XLSXWRITER_PREFIX}/bin
    NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH)
if(NOT ORDERDESK_XLSXWRITER_DLL)
    message(FATAL_ERROR "libxlsxwriter.dll not found in ${XLSXWRITER_PREFIX}/bin")
endif()
install(FILES ${ORDERDESK_XLSXWRITER_DLL} DESTINATION ${CMAKE_INSTALL_BINDIR})

# The PostgreSQL driver's libpq, which tools/build-windows.sh puts beside Qt's DLLs.
find_file(ORDERDESK_LIBPQ_DLL libpq.dll PATHS ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}
    NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH)
if(NOT ORDERDESK_LIBPQ_DLL)
    message(FATAL_ERROR "libpq.dll not found in ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}; "
        "rebuild the Windows dependencies with tools/build-windows.sh")
endif()
install(FILES ${ORDERDESK_LIBPQ_DLL} DESTINATION ${CMAKE_INSTALL_BINDIR})

# GCC's C++ runtime, its unwinder and winpthreads, which every program and Qt DLL import.
foreach(runtime libstdc++-6.dll libgcc_s_seh-1.dll libwinpthread-1.dll)
    execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=${runtime}
        OUTPUT_VARIABLE runtime_path OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(NOT IS_ABSOLUTE "${runtime_path}" OR NOT EXISTS "${runtime_path}")
        message(FATAL_ERROR "${CMAKE_CXX_COMPILER} does not know where ${runtime} is")
    endif()
    install(FILES ${runtime_path} DESTINATION ${CMAKE_INSTALL_BINDIR})
endforeach()
