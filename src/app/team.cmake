# The team ledger's pages (approvals, the team's orders) and the checker's decision dialog.
target_sources(orderdesk_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/TeamDecisionDialog.h ${CMAKE_CURRENT_LIST_DIR}/TeamDecisionDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TeamNavigation.h ${CMAKE_CURRENT_LIST_DIR}/TeamNavigation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TeamOrderHtml.h ${CMAKE_CURRENT_LIST_DIR}/TeamOrderHtml.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TeamOrdersPage.h ${CMAKE_CURRENT_LIST_DIR}/TeamOrdersPage.cpp
    ${PROJECT_SOURCE_DIR}/ui/TeamDecisionDialog.ui
    ${PROJECT_SOURCE_DIR}/ui/TeamOrdersPage.ui)
