# CMake tool chain for x86_64 Windows with Debian's MinGW-w64 (g++-mingw-w64-x86-64-posix).
# The -posix compilers, because Qt and std::thread want winpthreads; the -win32 ones have no
# std::thread in GCC 12.
#
# tools/build-windows.sh copies this file into the dependency prefix (share/cmake/), so the
# prefix is the folder two levels up and Qt, which records the tool chain it was built with,
# keeps working however the work tree moves.

set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(ORDERDESK_MINGW_HOST x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${ORDERDESK_MINGW_HOST}-gcc-posix)
set(CMAKE_CXX_COMPILER ${ORDERDESK_MINGW_HOST}-g++-posix)
set(CMAKE_RC_COMPILER ${ORDERDESK_MINGW_HOST}-windres)
set(CMAKE_AR ${ORDERDESK_MINGW_HOST}-gcc-ar-posix CACHE FILEPATH "")
set(CMAKE_RANLIB ${ORDERDESK_MINGW_HOST}-gcc-ranlib-posix CACHE FILEPATH "")

get_filename_component(ORDERDESK_WINDOWS_PREFIX "${CMAKE_CURRENT_LIST_DIR}/../.." ABSOLUTE)

# Libraries and headers come from the MinGW sysroot and the dependency prefix only, never from
# the Linux system; programs (moc, pkg-config) from the host.
set(CMAKE_FIND_ROOT_PATH /usr/${ORDERDESK_MINGW_HOST} ${ORDERDESK_WINDOWS_PREFIX})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# pkg-config (libxlsxwriter) reads the prefix's .pc files and nothing of the host's.
set(ENV{PKG_CONFIG_LIBDIR} "${ORDERDESK_WINDOWS_PREFIX}/lib/pkgconfig")
set(ENV{PKG_CONFIG_PATH} "")
set(ENV{PKG_CONFIG_SYSROOT_DIR} "")
