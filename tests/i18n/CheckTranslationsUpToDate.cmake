# Runs lupdate over every source into a scratch copy of the Chinese catalogue and fails
# when it finds a string the committed catalogue does not have yet.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(COPY "${SOURCE_DIR}/translations/orderdesk_zh_CN.ts" DESTINATION "${WORK_DIR}")
file(GLOB_RECURSE sources "${SOURCE_DIR}/src/*.cpp" "${SOURCE_DIR}/src/*.h" "${SOURCE_DIR}/ui/*.ui")
list(JOIN sources "\n" source_list)
file(WRITE "${WORK_DIR}/sources.lst" "${source_list}\n")
execute_process(
    COMMAND "${LUPDATE}" -no-obsolete -locations none "@${WORK_DIR}/sources.lst"
            -ts "${WORK_DIR}/orderdesk_zh_CN.ts"
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
message("${out}${err}")
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc})")
endif()
if(NOT out MATCHES "\\(0 new and ")
    message(FATAL_ERROR "translations/orderdesk_zh_CN.ts is out of date: run "
        "'cmake --build --preset default --target update_translations' and translate the new strings")
endif()
file(READ "${SOURCE_DIR}/translations/orderdesk_zh_CN.ts" before)
file(READ "${WORK_DIR}/orderdesk_zh_CN.ts" after)
if(NOT before STREQUAL after)
    message(FATAL_ERROR "translations/orderdesk_zh_CN.ts differs from what lupdate makes of the sources "
        "(strings removed or moved): run the update_translations target and commit the result")
endif()
