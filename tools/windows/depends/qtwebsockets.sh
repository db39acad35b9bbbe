# Qt WebSockets, which Qt HTTP Server builds on.
pkg_source=qt6-websockets
pkg_upstream_url=qt/qtwebsockets
pkg_upstream_tag=v6.4.2
pkg_needs=(qtbase)

pkg_build() {
    qt_module_build
}
