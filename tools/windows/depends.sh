# The Windows dependencies of OrderDesk, built from Debian's source packages with MinGW-w64.
# Sourced by tools/build-windows.sh. One recipe per package in depends/<name>.sh (the idea of
# Bitcoin Core's depends/ folder): it names its Debian source package and the recipes it needs
# first, and defines pkg_build, which builds in $build_dir from $src_dir and installs into
# $prefix. A stamp per package (the source version, the recipe, the tool chain and the stamps
# of what it needs) decides whether a package is built again; otherwise the cache is reused.

depends_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/depends

# The Debian source version of a package to build: the newest that apt offers and that can be
# downloaded (a mirror may list a security update whose source it does not carry). The choice
# is kept, with the versions offered, until apt offers something else. When the mirror has
# none of them, the upstream release of the same version the recipe names (pkg_upstream_url,
# pkg_upstream_tag) is cloned instead, from ORDERDESK_WINDOWS_GIT_BASE (https://github.com by
# default, or a folder of clones laid out the same way) and the version is "upstream-TAG".
source_version() {
    local package=$1 offered version
    offered=$(apt-cache showsrc "$package" | awk '/^Version:/ {print $2}' | sort -Vr | tr '\n' ' ')
    local record=$cache/sources/$package.version
    if [ -f "$record" ] && [ "$(sed -n 2p "$record")" = "$offered" ]; then
        sed -n 1p "$record"
        return
    fi
    for version in $offered; do
        if fetch_source "$package" "$version" >/dev/null; then
            mkdir -p "$cache/sources"
            printf '%s\n%s\n' "$version" "$offered" >"$record"
            echo "$version"
            return
        fi
    done
    if [ -n "$pkg_upstream_tag" ] && fetch_source "$package" "upstream-$pkg_upstream_tag" >/dev/null; then
        echo "depends: no source of $package on the Debian mirror; using upstream $pkg_upstream_tag" >&2
        mkdir -p "$cache/sources"
        printf '%s\n%s\n' "upstream-$pkg_upstream_tag" "$offered" >"$record"
        echo "upstream-$pkg_upstream_tag"
        return
    fi
    echo "depends: no version of the source package $package could be downloaded" >&2
    return 1
}

# Downloads and unpacks (with Debian's patches applied) a source package once; prints the
# folder.
fetch_source() {
    local package=$1 version=$2
    local dir=$cache/sources/${package}_${version}
    if [ ! -f "$dir/.unpacked" ]; then
        rm -rf "$dir"
        mkdir -p "$dir"
        if [[ "$version" == upstream-* ]]; then
            git -c advice.detachedHead=false clone -q --depth 1 --branch "${version#upstream-}" \
                "${ORDERDESK_WINDOWS_GIT_BASE:-https://github.com}/$pkg_upstream_url" "$dir/$package" >&2 || {
                rm -rf "$dir"
                return 1
            }
        else
            (cd "$dir" && apt-get source -q --only-source "$package=$version" >&2) || {
                rm -rf "$dir"
                return 1
            }
        fi
        touch "$dir/.unpacked"
    fi
    local unpacked
    unpacked=$(find "$dir" -mindepth 1 -maxdepth 1 -type d | head -n 1)
    [ -n "$unpacked" ] || return 1
    echo "$unpacked"
}

# Loads a recipe in the current shell, resetting what the previous one defined.
load_recipe() {
    unset -f pkg_build
    pkg_source='' pkg_needs=() pkg_upstream_url='' pkg_upstream_tag=''

    # shellcheck source=/dev/null
    source "$depends_dir/$1.sh"
}

recipe_stamp() {
    local name=$1 needed stamp
    load_recipe "$name"
    stamp="$name $(source_version "$pkg_source")"
    stamp+=" recipe=$(sha256sum <"$depends_dir/$name.sh" | cut -c1-16)"
    stamp+=" toolchain=$(sha256sum <"$toolchain_source" | cut -c1-16)"
    stamp+=" gcc=$($mingw_host-gcc-posix -dumpfullversion)"
    for needed in "${pkg_needs[@]}"; do
        stamp+=" [$(cat "$prefix/.stamps/$needed")]"
    done
    echo "$stamp"
}

# Builds a package (after what it needs) unless its stamp says the cache already has it.
depends_build() {
    local name=$1 needed stamp
    load_recipe "$name"
    for needed in "${pkg_needs[@]}"; do
        depends_build "$needed"
    done
    stamp=$(recipe_stamp "$name")
    if [ "$(cat "$prefix/.stamps/$name" 2>/dev/null)" = "$stamp" ]; then
        echo "depends: $name is up to date ($(cut -d' ' -f2 <<<"$stamp"))"
        return
    fi
    load_recipe "$name"
    # src_dir and build_dir are local: the recipe sees them, the caller (whose own build_dir is
    # OrderDesk's build folder) does not.
    local version start src_dir build_dir
    version=$(source_version "$pkg_source")
    [ -n "$version" ] || return 1
    echo "depends: building $name from source $pkg_source $version"
    start=$(date +%s)
    src_dir=$(fetch_source "$pkg_source" "$version") || return 1
    # The build folder is kept: after a failure or a change of the recipe, the next run
    # compiles only what changed (Qt Base alone takes most of an hour on two cores).
    build_dir=$cache/build/$name
    if [ -f "$build_dir/CMakeCache.txt" ] &&
        ! grep -qxF "CMAKE_HOME_DIRECTORY:INTERNAL=$src_dir" "$build_dir/CMakeCache.txt"; then
        rm -rf "$build_dir" # another source version
    fi
    mkdir -p "$build_dir" "$prefix/.stamps"
    # A subshell of its own, so that set -e holds inside the recipe.
    local status=0
    set +e
    (set -ex && cd "$build_dir" && pkg_build) >"$cache/build/$name.log" 2>&1
    status=$?
    set -e
    if [ "$status" -ne 0 ]; then
        echo "depends: $name failed; the end of $cache/build/$name.log:" >&2
        tail -n 40 "$cache/build/$name.log" >&2
        return 1
    fi
    echo "$stamp" >"$prefix/.stamps/$name"
    echo "depends: $name built in $(($(date +%s) - start)) s"
}

# What every CMake-built recipe passes: the copied tool chain, a release build into the prefix,
# at the lowest priority so that interactive work on the machine goes first.
cmake_cross() {
    nice -n 19 cmake -G Ninja -DCMAKE_TOOLCHAIN_FILE="$prefix/share/cmake/mingw-w64-x86_64.cmake" \
        -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$prefix" \
        -DCMAKE_C_COMPILER_LAUNCHER="$launcher" -DCMAKE_CXX_COMPILER_LAUNCHER="$launcher" "$@"
}

cmake_build_install() {
    nice -n 19 cmake --build . -j "$jobs"
    nice -n 19 cmake --install .
}

# A Qt module other than qtbase, or a part of one (SOURCE, by default the whole source),
# configured by the installed Qt's own qt-cmake with any further ARGS.
#   qt_module_build [SOURCE [ARGS...]]
qt_module_build() {
    local source=${1:-$src_dir}
    [ "$#" -eq 0 ] || shift
    nice -n 19 "$prefix/bin/qt-cmake" -G Ninja -S "$source" -B . \
        -DCMAKE_BUILD_TYPE=Release -DCMAKE_C_COMPILER_LAUNCHER="$launcher" \
        -DCMAKE_CXX_COMPILER_LAUNCHER="$launcher" \
        -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF "$@"
    cmake_build_install
}
