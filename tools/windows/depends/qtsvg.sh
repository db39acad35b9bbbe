# Qt SVG: the icons are SVG (the svg image format and icon engine plugins).
pkg_source=qt6-svg
pkg_upstream_url=qt/qtsvg
pkg_upstream_tag=v6.4.2
pkg_needs=(qtbase)

pkg_build() {
    qt_module_build
}
