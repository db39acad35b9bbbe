# The order pages: one Designer form per provider (registered in ProviderForms) bound to its
# schema, the confirmation, and the Huawei product list editor.
target_sources(orderdesk_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/OrderPage.h ${CMAKE_CURRENT_LIST_DIR}/OrderPage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ProviderForms.h ${CMAKE_CURRENT_LIST_DIR}/ProviderForms.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FormBinder.h ${CMAKE_CURRENT_LIST_DIR}/FormBinder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ConfirmOrderDialog.h ${CMAKE_CURRENT_LIST_DIR}/ConfirmOrderDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ProductInfosEditor.h ${CMAKE_CURRENT_LIST_DIR}/ProductInfosEditor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ProductCellDelegate.h ${CMAKE_CURRENT_LIST_DIR}/ProductCellDelegate.cpp
    ${PROJECT_SOURCE_DIR}/ui/OrderPage.ui
    ${PROJECT_SOURCE_DIR}/ui/ConfirmOrderDialog.ui
    ${PROJECT_SOURCE_DIR}/ui/VolcengineForm.ui
    ${PROJECT_SOURCE_DIR}/ui/AliyunForm.ui
    ${PROJECT_SOURCE_DIR}/ui/UniCloudForm.ui
    ${PROJECT_SOURCE_DIR}/ui/HuaweiCloudForm.ui)
