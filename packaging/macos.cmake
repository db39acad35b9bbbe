# macOS: OrderDesk.app with the command-line tool and the simulator inside it, the Qt
# frameworks and QtKeychain deployed into the bundle, packed by CPack's DragNDrop generator
# into a disk image with an Applications link (cpack -G DragNDrop). Signing: macos/SIGNING.md.
#
# The bundle holds program files only. The ledger and settings.ini live in
# ~/Library/Application Support/OrderDesk/OrderDesk (QStandardPaths::AppDataLocation, see
# src/core/settings/DataLocation.cpp) and the secrets in the login keychain, so replacing the
# app with a newer one, or dragging it to the Bin, keeps them.

set(macos_dir ${CMAKE_CURRENT_SOURCE_DIR}/macos)
set(bundle OrderDesk.app)

# The bundle: its name, the Info.plist and the icon. Every @VAR@ is resolved here, so CMake's
# own pass over MACOSX_BUNDLE_INFO_PLIST finds nothing left to replace.
set(ORDERDESK_BUNDLE_ID ${ORDERDESK_APP_ID})
set(ORDERDESK_BUNDLE_EXECUTABLE OrderDesk)
if(CMAKE_OSX_DEPLOYMENT_TARGET)
    set(ORDERDESK_MACOS_MINIMUM ${CMAKE_OSX_DEPLOYMENT_TARGET})
else()
    # The oldest macOS that Qt 6.5 to 6.8 support; Qt 6.4 itself runs from 10.14.
    set(ORDERDESK_MACOS_MINIMUM 11.0)
endif()
configure_file(${macos_dir}/Info.plist.in ${CMAKE_CURRENT_BINARY_DIR}/Info.plist @ONLY)
set_target_properties(orderdesk PROPERTIES
    OUTPUT_NAME ${ORDERDESK_BUNDLE_EXECUTABLE}
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_BINARY_DIR}/Info.plist)
target_sources(orderdesk PRIVATE ${macos_dir}/orderdesk.icns)
set_source_files_properties(${macos_dir}/orderdesk.icns TARGET_DIRECTORY orderdesk
    PROPERTIES MACOSX_PACKAGE_LOCATION Resources)

# All three programs find Qt and QtKeychain in the bundle's Frameworks folder.
set_target_properties(orderdesk orderdesk-cli orderdesk-sim PROPERTIES
    INSTALL_RPATH "@executable_path/../Frameworks")

install(DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}/licenses/ DESTINATION ${bundle}/Contents/Resources/licenses)

# The deploy step, after every install() above and in src/. Qt 6.4's qt_generate_deploy_app_script
# deploys the bundle's main executable only, so this script calls the same
# qt_deploy_runtime_dependencies (macdeployqt) itself with the two tools as extra executables:
#  1. the CLI and the simulator move from bin/ into Contents/MacOS, where they share the
#     bundle's frameworks and are signed with it;
#  2. QtKeychain, which macdeployqt cannot find through the installed programs' rpaths, is
#     copied into Contents/Frameworks under the name the programs load it by (its soname);
#  3. macdeployqt copies the Qt frameworks and plugins and writes qt.conf.
file(GENERATE OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/deploy-macos-$<CONFIG>.cmake CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
set(bundle \"\${QT_DEPLOY_PREFIX}/${bundle}\")
foreach(tool orderdesk-cli orderdesk-sim)
    file(RENAME \"\${QT_DEPLOY_PREFIX}/${CMAKE_INSTALL_BINDIR}/\${tool}\" \"\${bundle}/Contents/MacOS/\${tool}\")
endforeach()
file(GLOB left \"\${QT_DEPLOY_PREFIX}/${CMAKE_INSTALL_BINDIR}/*\")
if(NOT left)
    file(REMOVE_RECURSE \"\${QT_DEPLOY_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
endif()
file(MAKE_DIRECTORY \"\${bundle}/Contents/Frameworks\")
file(COPY_FILE \"$<TARGET_FILE:Qt6Keychain::Qt6Keychain>\"
    \"\${bundle}/Contents/Frameworks/$<TARGET_SONAME_FILE_NAME:Qt6Keychain::Qt6Keychain>\")
qt_deploy_runtime_dependencies(
    EXECUTABLE ${bundle}
    ADDITIONAL_EXECUTABLES ${bundle}/Contents/MacOS/orderdesk-cli ${bundle}/Contents/MacOS/orderdesk-sim)
")
install(SCRIPT ${CMAKE_CURRENT_BINARY_DIR}/deploy-macos-$<CONFIG>.cmake)

set(CPACK_GENERATOR DragNDrop)
set(CPACK_PACKAGE_FILE_NAME OrderDesk-${PROJECT_VERSION}-macos)
set(CPACK_DMG_VOLUME_NAME "OrderDesk ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT UDZO)
