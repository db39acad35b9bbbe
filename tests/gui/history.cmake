# The order history page on a prepared ledger, the resolve dialog, and live updates from the
# in-process simulator.
orderdesk_add_test(tst_historypage SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_historypage.cpp LABELS gui)
target_link_libraries(tst_historypage PRIVATE orderdesk_gui OrderDesk::sim)
