# The main window's navigation, status bar and language switch, and the profile and settings
# dialogs. The dialog suite stores secrets, so it runs under the Secret Service like the
# other keychain suites.
orderdesk_add_test(tst_mainwindow SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_mainwindow.cpp LABELS gui)
target_link_libraries(tst_mainwindow PRIVATE orderdesk_gui OrderDesk::sim)

orderdesk_add_test(tst_dialogs SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_dialogs.cpp LABELS gui keychain)
target_link_libraries(tst_dialogs PRIVATE orderdesk_gui)
target_compile_definitions(tst_dialogs PRIVATE
    ORDERDESK_TEST_PEM="${PROJECT_SOURCE_DIR}/tests/unit/net/data/localhost-cert.pem")

# The About dialog: versions, the four licenses, the language switch and the keyboard.
orderdesk_add_test(tst_aboutdialog SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_aboutdialog.cpp LABELS gui)
target_link_libraries(tst_aboutdialog PRIVATE orderdesk_gui)
target_compile_definitions(tst_aboutdialog PRIVATE
    ORDERDESK_EXPECTED_QTKEYCHAIN_VERSION="${Qt6Keychain_VERSION}")

# Closing while an order is out, the conflict warning, and hand resolutions in both languages.
orderdesk_add_test(tst_windowlifecycle SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_windowlifecycle.cpp LABELS gui)
target_link_libraries(tst_windowlifecycle PRIVATE orderdesk_gui OrderDesk::sim)

# The main window on a 1024×600 screen: it fits on first start and after a larger screen.
orderdesk_add_test(tst_windowgeometry SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_windowgeometry.cpp LABELS gui)
target_link_libraries(tst_windowgeometry PRIVATE orderdesk_gui OrderDesk::sim)

# Alt+letter in every window and dialog, in both languages: no two visible controls share one.
orderdesk_add_test(tst_mnemonics SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_mnemonics.cpp LABELS gui i18n)
target_link_libraries(tst_mnemonics PRIVATE orderdesk_gui OrderDesk::sim)
