# Qt WebSockets, which Qt HTTP Server builds on.
pkg_source=qt6-websockets
pkg_needs=(qtbase)

pkg_build() {
    qt_module_build
}
