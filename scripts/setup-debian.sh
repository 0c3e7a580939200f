#!/usr/bin/env bash
# Installs, idempotently, every Debian 12 package Crucible needs to build, test and run.
# Run as root (or through sudo). Safe to run again: apt-get skips what is already there.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build ccache git pkg-config dpkg-dev file
    # clang with libFuzzer and the sanitizer runtimes: the fuzz build (tests/fuzz)
    clang libclang-rt-14-dev
    # Qt 6
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins
    libqt6opengl6-dev libgl-dev libxkbcommon-dev fonts-dejavu-core
    # LibTorch (CPU) with a fast BLAS: without OpenBLAS, LibTorch falls back to the reference BLAS (~10x slower)
    libtorch-dev libgloo-dev libopenblas0-pthread libopenblas-dev
    # bundles
    libquazip1-qt6-dev zlib1g-dev libzstd-dev libssl-dev libyaml-cpp-dev
    # workspaces on PostgreSQL: Qt's driver, and the server the tests start on loopback
    libqt6sql6-psql postgresql-15
    # data and peers for tests and benchmarks
    dataset-fashion-mnist zstd python3 python3-venv python3-torch python3-pandas python3-numpy python3-scipy sqlite3 time
    # network namespaces for the data-parallel test of two "hosts"
    iproute2
    # the HTTP load generator of the serving benchmark
    wrk
    # running the GUI headless for screenshots
    xvfb xauth
    # the package: hicolor PNG icons from the SVG, and the checks of scripts/check-package.sh
    librsvg2-bin lintian appstream desktop-file-utils
    # the shells whose completions crucible-cli generates, to test them (bash is always there)
    zsh fish
    # the serving tests: a real Prometheus scraping /metrics, promtool checking the shipped alert
    # rules (the package's own service is kept from starting; tests start their own on loopback)
    prometheus
    # the OCI registry tests: Docker Distribution on loopback (its service kept from starting too),
    # skopeo reading and copying what Crucible pushes, htpasswd (bcrypt) for a registry with logins
    docker-registry skopeo apache2-utils
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "setup: all ${#packages[@]} packages already installed"
else
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    # Installing prometheus or docker-registry would start its system service (ports 9090, 5000);
    # nothing here needs them.
    # A policy-rc.d answering 101 keeps package scripts from starting services during this install.
    policy=/usr/sbin/policy-rc.d
    made_policy=0
    if [ ! -e "$policy" ]; then
        printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$policy" >/dev/null && $SUDO chmod 755 "$policy" && made_policy=1
    fi
    status=0
    $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" || status=$?
    [ "$made_policy" = 1 ] && $SUDO rm -f "$policy"
    [ "$status" = 0 ] || exit "$status"
fi

# LibTorch links libblas.so.3; make sure the alternative points at OpenBLAS (pthread), not the reference BLAS.
if command -v update-alternatives >/dev/null; then
    arch=$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || echo x86_64-linux-gnu)
    target="/usr/lib/$arch/openblas-pthread/libblas.so.3"
    if [ -e "$target" ]; then
        SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
        $SUDO update-alternatives --set "libblas.so.3-$arch" "$target" >/dev/null 2>&1 || true
        target="/usr/lib/$arch/openblas-pthread/liblapack.so.3"
        [ -e "$target" ] && { $SUDO update-alternatives --set "liblapack.so.3-$arch" "$target" >/dev/null 2>&1 || true; }
    fi
fi
