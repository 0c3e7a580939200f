#!/usr/bin/env bash
# Builds the .deb with CPack, installs it with apt (which resolves its dependencies), runs the
# installed crucible-cli, and removes the package again. Needs root and a configured build/.
set -euo pipefail
cd "$(dirname "$0")/.."

rm -f build/crucible_*.deb
(cd build && cpack -G DEB >/dev/null)
deb=$(ls build/crucible_*.deb)
echo "package: $deb"
dpkg-deb --field "$deb" Package Version Depends
apt-get install -y -qq "./$deb" >/dev/null
trap 'dpkg -r crucible >/dev/null' EXIT
/usr/bin/crucible-cli --version
test -f /usr/share/applications/io.github.crucible.Crucible.desktop
test -f /usr/share/metainfo/io.github.crucible.Crucible.metainfo.xml
echo "package check: passed"
