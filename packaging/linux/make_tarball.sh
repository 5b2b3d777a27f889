#!/usr/bin/env bash
# An installer-free tarball of the built folder (docs/packaging.md#linux):
#   keyaccount-desk-VERSION-linux-x86_64/
#     keyaccount-desk/            the built application (run keyaccount-desk/keyaccount-desk)
#     keyaccount-desk.desktop     the menu entry
#     keyaccount-desk.png         the icon
#     install.sh                  installs for this user only (~/.local), no root needed
# usage: packaging/linux/make_tarball.sh DIST_DIR [OUT_DIR]   (DIST_DIR holds keyaccount-desk/)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
dist=$(cd "${1:?usage: make_tarball.sh DIST_DIR [OUT_DIR]}" && pwd)
out=$(mkdir -p "${2:-$dist}" && cd "${2:-$dist}" && pwd)
[ -f "$dist/keyaccount-desk/keyaccount-desk" ] || { echo "no built application in $dist"; exit 1; }
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$root/desktop/__init__.py")
name=keyaccount-desk-$version-linux-$(uname -m)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir "$stage/$name"
cp -a "$dist/keyaccount-desk" "$stage/$name/"
cp "$here/keyaccount-desk.desktop" "$stage/$name/"
cp "$root/resources/icons/png/keyaccount-desk-256.png" "$stage/$name/keyaccount-desk.png"
cp "$here/install.sh" "$stage/$name/"
chmod +x "$stage/$name/install.sh"
tar -C "$stage" -czf "$out/$name.tar.gz" "$name"
echo "$out/$name.tar.gz ($(du -h "$out/$name.tar.gz" | cut -f1))"
