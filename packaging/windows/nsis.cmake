# CPack's NSIS settings for the Windows installer; the script itself is NSIS.template.in in this
# folder, which CPack picks up from CPACK_MODULE_PATH instead of its own template.
#
# Why a template of our own: CMake 3.25's default template asks for administrator rights and
# installs for all users (HKLM, Program Files), and CPACK_WIX_INSTALL_SCOPE, which would make
# the WiX generator install per user, only arrived in CMake 3.29. This one installs for the
# current user without elevation (RequestExecutionLevel user) into
# %LOCALAPPDATA%\Programs\OrderDesk, with the uninstall entry under HKCU.

list(APPEND CMAKE_MODULE_PATH ${CMAKE_CURRENT_LIST_DIR})
set(CPACK_MODULE_PATH ${CMAKE_MODULE_PATH})

set(CPACK_GENERATOR NSIS)
set(CPACK_PACKAGE_INSTALL_DIRECTORY OrderDesk)
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY OrderDesk)
set(CPACK_NSIS_INSTALL_ROOT "$LOCALAPPDATA\\\\Programs")
set(CPACK_NSIS_PACKAGE_NAME OrderDesk)
set(CPACK_NSIS_DISPLAY_NAME OrderDesk)
set(CPACK_PACKAGE_FILE_NAME OrderDesk-${PROJECT_VERSION}-win64)
set(CPACK_NSIS_MUI_ICON ${CMAKE_CURRENT_LIST_DIR}/orderdesk.ico)
set(CPACK_NSIS_MUI_UNIICON ${CMAKE_CURRENT_LIST_DIR}/orderdesk.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\orderdesk.exe")
set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
set(CPACK_NSIS_HELP_LINK ${PROJECT_HOMEPAGE_URL})
set(CPACK_NSIS_CONTACT "maintainers@orderdesk.invalid")
set(CPACK_NSIS_COMPRESSOR "/SOLID lzma")
# An upgrade removes the older version's program files first (its own uninstaller, run in
# place), so no DLL of an older Qt stays behind. The data folder is not among them.
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# Start menu entry: bin\orderdesk.exe as "OrderDesk". The desktop shortcut is an optional
# section of the template, off unless the user ticks it.
set(CPACK_PACKAGE_EXECUTABLES orderdesk OrderDesk)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN orderdesk.exe)
