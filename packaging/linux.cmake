# Linux: desktop integration and the .deb built by CPack (cpack -G DEB in the build folder).
# Included from packaging/CMakeLists.txt, which sets the package name, version and summary.

set(linux_dir ${CMAKE_CURRENT_SOURCE_DIR}/linux)
set(doc_dir ${CMAKE_INSTALL_DATADIR}/doc/orderdesk)
# Debian revision of the package; the changelog entry must carry the same full version.
set(ORDERDESK_DEB_RELEASE 1)
set(ORDERDESK_DEB_VERSION ${PROJECT_VERSION}-${ORDERDESK_DEB_RELEASE})

install(FILES ${linux_dir}/${ORDERDESK_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)

# The release entry follows PROJECT_VERSION so it cannot drift from the binaries.
configure_file(${linux_dir}/${ORDERDESK_APP_ID}.metainfo.xml
    ${CMAKE_CURRENT_BINARY_DIR}/${ORDERDESK_APP_ID}.metainfo.xml @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/${ORDERDESK_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# One icon source: the SVG the app itself embeds.
set(app_svg ${PROJECT_SOURCE_DIR}/resources/icons/orderdesk.svg)
install(FILES ${app_svg}
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
    RENAME ${ORDERDESK_APP_ID}.svg)

# Fixed-size PNGs for menus and docks that do not render SVG, drawn from the SVG at build time.
find_program(RSVG_CONVERT_EXECUTABLE rsvg-convert)
if(RSVG_CONVERT_EXECUTABLE)
    set(png_outputs)
    foreach(size 16 32 48 64 128 256)
        set(png ${CMAKE_CURRENT_BINARY_DIR}/icons/${size}x${size}/${ORDERDESK_APP_ID}.png)
        add_custom_command(OUTPUT ${png}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/icons/${size}x${size}
            COMMAND ${RSVG_CONVERT_EXECUTABLE} --width=${size} --height=${size} --keep-aspect-ratio
                    --format=png --output=${png} ${app_svg}
            DEPENDS ${app_svg}
            COMMENT "Rendering ${size}x${size} application icon"
            VERBATIM)
        list(APPEND png_outputs ${png})
        install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()
    add_custom_target(orderdesk_icons ALL DEPENDS ${png_outputs})
else()
    message(WARNING "rsvg-convert not found (package librsvg2-bin): "
                    "the install and the package will lack the PNG application icons")
endif()

# Debian policy: copyright, manual pages and a changelog, the last two compressed with
# gzip -9n (maximal, no timestamp) so the package is reproducible.
install(FILES ${linux_dir}/copyright DESTINATION ${doc_dir})
configure_file(${linux_dir}/changelog.Debian.in ${CMAKE_CURRENT_BINARY_DIR}/changelog.Debian @ONLY)
find_program(GZIP_EXECUTABLE gzip)
if(GZIP_EXECUTABLE)
    set(gz_outputs)
    function(orderdesk_gzip input output destination)
        add_custom_command(OUTPUT ${output}
            COMMAND ${GZIP_EXECUTABLE} -9 -n -c ${input} > ${output}
            DEPENDS ${input}
            COMMENT "Compressing ${output}")
        install(FILES ${output} DESTINATION ${destination})
        set(gz_outputs ${gz_outputs} ${output} PARENT_SCOPE)
    endfunction()
    orderdesk_gzip(${CMAKE_CURRENT_BINARY_DIR}/changelog.Debian
        ${CMAKE_CURRENT_BINARY_DIR}/changelog.Debian.gz ${doc_dir})
    foreach(page orderdesk orderdesk-cli orderdesk-sim)
        orderdesk_gzip(${linux_dir}/man/${page}.1
            ${CMAKE_CURRENT_BINARY_DIR}/man/${page}.1.gz ${CMAKE_INSTALL_MANDIR}/man1)
    endforeach()
    file(MAKE_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/man)
    add_custom_target(orderdesk_compressed_docs ALL DEPENDS ${gz_outputs})
else()
    message(WARNING "gzip not found: the install and the package will lack the changelog and manual pages")
endif()

# The .deb: installed under /usr, directories 0755 whatever the umask of the build.
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_DEBIAN_PACKAGE_NAME orderdesk)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE ${ORDERDESK_DEB_RELEASE})
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "OrderDesk maintainers <maintainers@orderdesk.invalid>")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
# CPack puts CPACK_PACKAGE_DESCRIPTION_SUMMARY first and indents the rest as the extended
# description, turning the empty line into the " ." paragraph separator.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
"OrderDesk lets finance staff place prepaid (subscription) orders with
Volcengine, Alibaba Cloud, UniCloud and Huawei Cloud through the
providers' signed OpenAPIs. It checks each form before sending, adds an
idempotency token where the provider supports one, keeps access keys in
the desktop keychain and records every request and reply in a local
history. The interface is available in English and Simplified Chinese.

The package contains the desktop application (orderdesk), a command-line
tool for scripted orders (orderdesk-cli) and a local provider simulator
for rehearsals and training (orderdesk-sim).")
# dpkg-shlibdeps finds the linked libraries; Qt loads these plugins at run time instead (the
# PostgreSQL driver for a team ledger).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, qt6-qpa-plugins, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk | fonts-wqy-microhei, gnome-keyring, qt6-translations-l10n")
