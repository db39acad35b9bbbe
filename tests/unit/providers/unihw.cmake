orderdesk_add_test(tst_unicloudprovider SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_unicloudprovider.cpp ${provider_test_support} LABELS unit providers)
orderdesk_add_test(tst_huaweicloudprovider SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_huaweicloudprovider.cpp ${provider_test_support} LABELS unit providers)
