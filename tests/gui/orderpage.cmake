# The order pages against the in-process simulator, and the confirmation dialog on its own.
orderdesk_add_test(tst_orderpage SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_orderpage.cpp LABELS gui)
target_link_libraries(tst_orderpage PRIVATE orderdesk_gui OrderDesk::sim)
orderdesk_add_test(tst_confirmorderdialog SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_confirmorderdialog.cpp LABELS gui)
target_link_libraries(tst_confirmorderdialog PRIVATE orderdesk_gui)
# Every provider of the registry has a Designer form that covers its schema.
orderdesk_add_test(tst_providerforms SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_providerforms.cpp LABELS gui)
target_link_libraries(tst_providerforms PRIVATE orderdesk_gui)
# The forms in the user's words: required marks, why Order is off, labels in messages,
# corrected slips, documented prefixes, messages that move nothing.
orderdesk_add_test(tst_formwords SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_formwords.cpp LABELS gui)
target_link_libraries(tst_formwords PRIVATE orderdesk_gui OrderDesk::sim)
