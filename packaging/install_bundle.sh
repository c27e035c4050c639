#!/usr/bin/env bash
# Install (or with --uninstall, remove) the Companion bundle for the current user, like any
# desktop app: the program in ~/.local/opt/companion, the `companion` command in ~/.local/bin,
# the menu entry, the icons and the AppStream metadata in ~/.local/share.
# Run it from the unpacked bundle folder: ./install.sh   (PREFIX=~/.local by default)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
PREFIX="${PREFIX:-$HOME/.local}"
APP_ID="io.github.companion_app.Companion"
opt="$PREFIX/opt/companion"
apps="$PREFIX/share/applications"
icons="$PREFIX/share/icons/hicolor"
metainfo="$PREFIX/share/metainfo"

refresh() {
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$apps" || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$icons" || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$opt"
  rm -f "$PREFIX/bin/companion" "$apps/$APP_ID.desktop" "$metainfo/$APP_ID.metainfo.xml"
  find "$icons" -name "$APP_ID.*" -delete 2>/dev/null || true
  refresh
  echo "Companion was removed. Your data is kept in ~/.local/share/companion."
  exit 0
fi

if [ ! -x "$here/companion" ]; then
  echo "install.sh: run me from the unpacked Companion folder" >&2
  exit 2
fi
if [ "$here" != "$opt" ]; then
  rm -rf "$opt"
  mkdir -p "$(dirname "$opt")"
  cp -a "$here" "$opt"
fi
mkdir -p "$PREFIX/bin" "$apps" "$metainfo" "$icons"
ln -sfn "$opt/companion" "$PREFIX/bin/companion"
sed "s|^Exec=companion|Exec=\"$opt/companion\"|" "$here/share/$APP_ID.desktop" > "$apps/$APP_ID.desktop"
cp "$here/share/$APP_ID.metainfo.xml" "$metainfo/"
cp -r "$here/share/icons/hicolor/." "$icons/"
refresh
echo "Companion is installed: find it in your applications menu, or run $PREFIX/bin/companion"
