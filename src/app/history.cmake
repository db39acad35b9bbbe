# The order history page and the dialog that resolves orders whose outcome is unknown.
target_sources(orderdesk_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/HistoryDetailsHtml.h ${CMAKE_CURRENT_LIST_DIR}/HistoryDetailsHtml.cpp
    ${CMAKE_CURRENT_LIST_DIR}/HistoryPage.h ${CMAKE_CURRENT_LIST_DIR}/HistoryPage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/OrderHtml.h ${CMAKE_CURRENT_LIST_DIR}/OrderHtml.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ResolveOrderDialog.h ${CMAKE_CURRENT_LIST_DIR}/ResolveOrderDialog.cpp
    ${PROJECT_SOURCE_DIR}/ui/HistoryPage.ui
    ${PROJECT_SOURCE_DIR}/ui/ResolveOrderDialog.ui)
