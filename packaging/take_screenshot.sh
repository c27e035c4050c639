#!/usr/bin/env bash
# Take the README screenshot from the real app on a private Xvfb server.
# Usage: packaging/take_screenshot.sh [OUT.png]   (needs xvfb, xdotool)
set -euo pipefail
out="${1:-assets/screenshot.png}"
python="${PYTHON:-python3}"
tmp="$(mktemp -d)"
trap 'kill "${app_pid:-0}" "${xvfb_pid:-0}" 2>/dev/null || true; rm -rf "$tmp"' EXIT
Xvfb :93 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & xvfb_pid=$!
export DISPLAY=:93 QT_QPA_PLATFORM=xcb XDG_CONFIG_HOME="$tmp/config" COMPANION_DATA_DIR="$tmp/data"
sleep 1
"$python" -m companion >/dev/null 2>&1 & app_pid=$!
for _ in $(seq 100); do
  win="$(xdotool search --onlyvisible --name '^Companion$' 2>/dev/null | head -1 || true)"
  [ -n "$win" ] && break
  sleep 0.1
done
xdotool windowsize "$win" 960 640 windowmove "$win" 0 0
xdotool windowfocus --sync "$win"
sleep 0.5
xdotool key space   # start the pacer
sleep 2.2           # mid-inhale of the default 4-6 pattern
"$python" - "$out" <<'PY'
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
QGuiApplication.primaryScreen().grabWindow(0, 0, 0, 960, 640).save(sys.argv[1])
PY
xdotool key Escape
echo "saved $out"
