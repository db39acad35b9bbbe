# Qt HTTP Server: the provider simulator (orderdesk-sim and the built-in sandbox).
pkg_source=qt6-httpserver
pkg_upstream_url=qt/qthttpserver
pkg_upstream_tag=v6.4.2
pkg_needs=(qtbase qtwebsockets)

pkg_build() {
    qt_module_build
}
