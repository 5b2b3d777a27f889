#!/usr/bin/env bash
# Install Key Account Desk for this user only: no administrator rights, nothing outside ~/.local.
#   the program:    ~/.local/lib/keyaccount-desk/   (run through ~/.local/bin/keyaccount-desk)
#   the menu entry: ~/.local/share/applications/keyaccount-desk.desktop
#   the icon:       ~/.local/share/icons/hicolor/256x256/apps/keyaccount-desk.png
# Run it again to update; ./install.sh --uninstall removes the program (never your data).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-$HOME/.local}
lib=$prefix/lib/keyaccount-desk
bin=$prefix/bin/keyaccount-desk
entry=$prefix/share/applications/keyaccount-desk.desktop
icon=$prefix/share/icons/hicolor/256x256/apps/keyaccount-desk.png
if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$lib" "$bin" "$entry" "$icon"
  echo "Key Account Desk removed; your data is where it was."
  exit 0
fi
mkdir -p "$prefix/lib" "$prefix/bin" "$(dirname "$entry")" "$(dirname "$icon")"
rm -rf "$lib"
cp -a "$here/keyaccount-desk" "$lib"
ln -sf "$lib/keyaccount-desk" "$bin"
cp "$here/keyaccount-desk.png" "$icon"
sed "s|^Exec=.*|Exec=$bin|" "$here/keyaccount-desk.desktop" >"$entry"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$(dirname "$entry")" || true
echo "Key Account Desk installed: find it in your applications menu, or run $bin"
case ":$PATH:" in *":$prefix/bin:"*) ;; *) echo "($prefix/bin is not on your PATH: add it to run keyaccount-desk from a terminal)" ;; esac
