# Volcengine and Alibaba Cloud provider units: schema, validation, request building,
# reply parsing, error catalogue and signing.
orderdesk_add_test(tst_volcengineprovider
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_volcengineprovider.cpp ${provider_test_support}
    LABELS unit providers)
orderdesk_add_test(tst_aliyunprovider
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_aliyunprovider.cpp ${provider_test_support}
    LABELS unit providers)
