#!/usr/bin/env bash
# Build the sdist and the wheel into dist/ and check them with twine.
# PYTHON: a Python with `build` and `twine` installed (default: python3).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
OUT="${OUT:-dist}"
rm -rf "$OUT"/companion-*.whl "$OUT"/companion-*.tar.gz build/lib
"$PYTHON" -m build --sdist --wheel --outdir "$OUT" .
"$PYTHON" -m twine check --strict "$OUT"/companion-*.whl "$OUT"/companion-*.tar.gz
ls -1 "$OUT"/companion-*
