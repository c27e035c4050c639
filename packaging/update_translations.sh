#!/usr/bin/env bash
# Regenerate the translation files from the code, then compile them:
#   assets/i18n/companion.ts      the template (every user-facing string, no translations)
#   assets/i18n/companion_<l>.ts  one per language, updated in place (translations kept)
#   assets/i18n/companion_<l>.qm  compiled, loaded at start-up by companion.desktop.i18n
# Uses pyside6-lupdate / pyside6-lrelease from PySide6 (PySide6-Essentials ships both).
# PYTHON: the project's Python (default .venv/bin/python, else python3).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-$( [ -x .venv/bin/python ] && echo .venv/bin/python || echo python3 )}"
bin_dir="$(dirname "$PYTHON")"
tool() {  # the pyside6-<name> wrapper next to PYTHON, or the binary inside the PySide6 package
  if [ -x "$bin_dir/pyside6-$1" ]; then
    echo "$bin_dir/pyside6-$1"
  else
    local inner
    inner="$("$PYTHON" -c 'import os, PySide6; print(os.path.dirname(PySide6.__file__))')/$1"
    [ -x "$inner" ] || { echo "update_translations: pyside6-$1 not found" >&2; exit 1; }
    echo "$inner"
  fi
}
LUPDATE="$(tool lupdate)"
LRELEASE="$(tool lrelease)"
I18N=assets/i18n
mkdir -p "$I18N" build/i18n

# Strings lupdate cannot see by itself (a module's own `_tr("...")` helper) are listed in a
# generated file of QT_TRANSLATE_NOOP markers that lupdate reads with the sources.
"$PYTHON" packaging/extract_strings.py companion > build/i18n/extra_strings.py
mapfile -t sources < <(find companion -name '*.py' -not -path '*/__pycache__/*' | sort)
sources+=(build/i18n/extra_strings.py)

"$LUPDATE" -silent -no-obsolete -locations relative -source-language en \
  "${sources[@]}" -ts "$I18N/companion.ts"
for ts in "$I18N"/companion_*.ts; do
  [ -e "$ts" ] || continue
  lang="${ts##*/companion_}"
  lang="${lang%.ts}"
  # A new language file starts as a copy of the template: give it its language first.
  grep -q '<TS [^>]* language=' "$ts" || sed -i "s/<TS version=\"2.1\"/<TS version=\"2.1\" language=\"$lang\"/" "$ts"
  cp "$ts" "build/i18n/before_$lang.ts"
  "$LUPDATE" -silent -no-obsolete -locations relative -source-language en \
    -target-language "$lang" "${sources[@]}" -ts "$ts"
  # A string that only moved to another context keeps its translation; then tidy with lupdate.
  "$PYTHON" packaging/ts_memory.py "build/i18n/before_$lang.ts" "$ts"
  "$LUPDATE" -silent -no-obsolete -locations relative -source-language en \
    -target-language "$lang" "${sources[@]}" -ts "$ts"
  "$LRELEASE" -silent "$ts" -qm "${ts%.ts}.qm"
  unfinished="$(grep -c 'type="unfinished"' "$ts" || true)"
  echo "update_translations: $ts: ${unfinished} unfinished"
done
