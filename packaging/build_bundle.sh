#!/usr/bin/env bash
# Build the one-folder bundle dist/companion/ (run it as dist/companion/companion) and a
# tarball of it, dist/companion-<version>-linux-<arch>.tar.gz.
# PYTHON: a Python with pyinstaller and Companion's dependencies installed (default: python3).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
OUT="${OUT:-dist}"
WORK="${WORK:-build/pyinstaller}"
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$OUT" --workpath "$WORK" packaging/companion.spec
version="$("$PYTHON" -c 'import companion; print(companion.__version__)')"
tarball="$OUT/companion-$version-linux-$(uname -m).tar.gz"
# Ship the desktop integration files next to the executable, for the install steps.
mkdir -p "$OUT/companion/share"
cp packaging/io.github.companion_app.Companion.desktop \
   packaging/io.github.companion_app.Companion.metainfo.xml "$OUT/companion/share/"
rm -rf "$OUT/companion/share/icons"
mkdir -p "$OUT/companion/share/icons"
cp -r assets/icons/hicolor "$OUT/companion/share/icons/"
cp packaging/install_bundle.sh "$OUT/companion/install.sh"
tar -C "$OUT" -czf "$tarball" companion
echo "$tarball"
