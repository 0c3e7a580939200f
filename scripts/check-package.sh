#!/usr/bin/env bash
# Builds the .deb (and its -dbgsym) with CPack, checks it as Debian would (lintian: no errors, no
# warnings; the AppStream metainfo with appstreamcli --pedantic; the .desktop file), installs it
# with apt (which resolves its dependencies), runs the installed programs without a display
# (--version, --help, a --screenshot), and removes the package again. Needs root and a built build/.
set -euo pipefail
cd "$(dirname "$0")/.."

id=io.github.crucible_ml.crucible
rm -f build/crucible_*.deb build/crucible-dbgsym_*.ddeb
(cd build && cpack -G DEB >/dev/null)
deb=$(ls build/crucible_*.deb)
echo "package: $deb ($(du -h "$deb" | cut -f1)); debug symbols: $(ls build/crucible-dbgsym_*.ddeb 2>/dev/null || echo none)"
dpkg-deb --field "$deb" Package Version Depends

# lintian: any error or warning fails (info and pedantic tags are printed, not counted).
lintian_out=$(lintian --tag-display-limit 0 "$deb" 2>&1 | grep -v 'running with root privileges' || true)
[ -n "$lintian_out" ] && echo "$lintian_out"
if echo "$lintian_out" | grep -qE '^[EW]: '; then
    echo "package check: lintian found errors or warnings" >&2
    exit 1
fi
appstreamcli validate --pedantic --no-net "packaging/$id.metainfo.xml"
desktop-file-validate "packaging/$id.desktop"

apt-get install -y -qq "./$deb" >/dev/null
trap 'dpkg -r crucible >/dev/null' EXIT
/usr/bin/crucible-cli --version
# The window program answers --help and --version on a machine without a display.
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM /usr/bin/crucible --version
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM /usr/bin/crucible --help | grep -q -- '--workspace'
shot=$(mktemp -d)
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM XDG_DATA_HOME="$shot/data" XDG_CONFIG_HOME="$shot/config" \
    /usr/bin/crucible --screenshot "$shot/window.png" 2>/dev/null
test -s "$shot/window.png"
rm -rf "$shot"
# What the package puts where a desktop and man look for it.
test -f "/usr/share/applications/$id.desktop"
test -f "/usr/share/metainfo/$id.metainfo.xml"
test -f "/usr/share/mime/packages/$id.xml"
test -f "/usr/share/icons/hicolor/48x48/apps/$id.png"
test -f /usr/share/doc/crucible/copyright
man -w crucible-cli >/dev/null
man -w crucible-cli-data-import >/dev/null
# The completions where each shell looks for them, answering from the installed program's table.
test -f /usr/share/zsh/vendor-completions/_crucible-cli
test -f /usr/share/fish/vendor_completions.d/crucible-cli.fish
bash -c 'source /usr/share/bash-completion/completions/crucible-cli
         COMP_WORDS=(crucible-cli data ex); COMP_CWORD=2; _crucible_cli; [ "${COMPREPLY[*]}" = export ]'
man -w crucible >/dev/null
echo "package check: passed"
