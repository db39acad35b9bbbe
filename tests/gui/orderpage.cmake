# The order pages against the in-process simulator, and the confirmation dialog on its own.
orderdesk_add_test(tst_orderpage SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_orderpage.cpp LABELS gui)
target_link_libraries(tst_orderpage PRIVATE orderdesk_gui OrderDesk::sim)
orderdesk_add_test(tst_confirmorderdialog SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_confirmorderdialog.cpp LABELS gui)
target_link_libraries(tst_confirmorderdialog PRIVATE orderdesk_gui)
# Every provider of the registry has a Designer form that covers its schema.
orderdesk_add_test(tst_providerforms SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_providerforms.cpp LABELS gui)
target_link_libraries(tst_providerforms PRIVATE orderdesk_gui)
# The confirmation's facts on 1024×600 and 1366×768 screens, in both languages.
orderdesk_add_test(tst_confirmlayout SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_confirmlayout.cpp LABELS gui)
target_link_libraries(tst_confirmlayout PRIVATE orderdesk_gui)
