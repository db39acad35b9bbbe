# Tool chain of the `windows` preset: x86_64 Windows, cross-compiled on Debian with MinGW-w64
# against the Qt, QtKeychain and libxlsxwriter that tools/build-windows.sh builds into its cache
# (ORDERDESK_WINDOWS_CACHE, by default ~/.cache/orderdesk-windows). Qt's own tool chain file
# takes it from there: it loads the MinGW one Qt was built with and points QT_HOST_PATH at the
# host's Qt of the same version for moc, rcc, uic, lupdate and lrelease.
if(DEFINED ENV{ORDERDESK_WINDOWS_CACHE} AND NOT "$ENV{ORDERDESK_WINDOWS_CACHE}" STREQUAL "")
    set(orderdesk_windows_cache "$ENV{ORDERDESK_WINDOWS_CACHE}")
else()
    set(orderdesk_windows_cache "$ENV{HOME}/.cache/orderdesk-windows")
endif()
set(orderdesk_windows_qt_toolchain
    "${orderdesk_windows_cache}/x86_64-w64-mingw32/lib/cmake/Qt6/qt.toolchain.cmake")
if(NOT EXISTS "${orderdesk_windows_qt_toolchain}")
    message(FATAL_ERROR "No Qt for Windows in ${orderdesk_windows_cache}: "
        "run tools/build-windows.sh deps depends first")
endif()
include("${orderdesk_windows_qt_toolchain}")

# CTest runs each Windows test program with Wine, through a wrapper that finds the DLLs.
set(CMAKE_CROSSCOMPILING_EMULATOR "${CMAKE_CURRENT_LIST_DIR}/../tools/windows/wine-run.sh")
