# The shell: the shared context, the main window, the message box seam, the profile,
# settings and About dialogs, and the icons.
target_sources(orderdesk_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AppContext.h ${CMAKE_CURRENT_LIST_DIR}/AppContext.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FirstPaintQuitter.h ${CMAKE_CURRENT_LIST_DIR}/FirstPaintQuitter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MessageBox.h ${CMAKE_CURRENT_LIST_DIR}/MessageBox.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Mnemonics.h ${CMAKE_CURRENT_LIST_DIR}/Mnemonics.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MainWindow.h ${CMAKE_CURRENT_LIST_DIR}/MainWindow.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ScreenFit.h ${CMAKE_CURRENT_LIST_DIR}/ScreenFit.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ProfilesDialog.h ${CMAKE_CURRENT_LIST_DIR}/ProfilesDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ProfileEditDialog.h ${CMAKE_CURRENT_LIST_DIR}/ProfileEditDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SettingsDialog.h ${CMAKE_CURRENT_LIST_DIR}/SettingsDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AboutDialog.h ${CMAKE_CURRENT_LIST_DIR}/AboutDialog.cpp
    ${PROJECT_SOURCE_DIR}/ui/MainWindow.ui
    ${PROJECT_SOURCE_DIR}/ui/ProfilesDialog.ui
    ${PROJECT_SOURCE_DIR}/ui/ProfileEditDialog.ui
    ${PROJECT_SOURCE_DIR}/ui/SettingsDialog.ui
    ${PROJECT_SOURCE_DIR}/ui/AboutDialog.ui)

# The About dialog names the QtKeychain it was built with; the version comes from the
# package's version file, so it is missing only with a hand-made QtKeychain config.
if(Qt6Keychain_VERSION)
    target_compile_definitions(orderdesk_gui PRIVATE ORDERDESK_QTKEYCHAIN_VERSION="${Qt6Keychain_VERSION}")
endif()

# The icons. The library is static, so AppContext registers the resource itself
# (Q_INIT_RESOURCE) rather than relying on a static initialiser the linker may drop.
qt_add_resources(orderdesk_gui_resources ${PROJECT_SOURCE_DIR}/resources/orderdesk.qrc)
target_sources(orderdesk_gui PRIVATE ${orderdesk_gui_resources})
