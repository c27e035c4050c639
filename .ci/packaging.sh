#!/usr/bin/env bash
# Packaging checks, run by .ci/run after the tests (also fine on its own):
#   desktop entry and AppStream metainfo, validated by the distributions' own tools;
#   sdist + wheel (python -m build, twine check), installed into a clean venv and run;
#   the PyInstaller one-folder bundle, built and smoke-tested offscreen.
# One line per check; exits non-zero at the first failure (with that step's output).
# Needs: python3 (+venv), desktop-file-validate (desktop-file-utils), appstreamcli (appstream).
# Artefacts land in $OUT (default dist/); scratch files in a temporary folder, removed at exit.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
export PIP_DISABLE_PIP_VERSION_CHECK=1 PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1
APP_ID="io.github.companion_app.Companion"
OUT="${OUT:-$ROOT/dist}"
PYTHON="${PYTHON:-python3}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/companion-packaging.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT"
START=$SECONDS

# ---------------------------------------------------------------- helpers
step_start=$SECONDS
run() {  # run LABEL CMD...: one line "ok"/"FAIL" per check, output shown only on failure
  local label="$1"
  shift
  local log="$WORK/step.log"
  step_start=$SECONDS
  if "$@" >"$log" 2>&1; then
    printf 'packaging: ok    %-60s %4ss\n' "$label" "$((SECONDS - step_start))"
  else
    local code=$?
    printf 'packaging: FAIL  %-60s (exit %s)\n' "$label" "$code"
    tail -n 60 "$log" | sed 's/^/    | /'
    exit 1
  fi
}

# An isolated user for every run of the app: nothing touches a real home or config.
SANDBOX=(
  env -i PATH="/usr/bin:/bin" LANG=C.UTF-8 HOME="$WORK/home"
  XDG_CONFIG_HOME="$WORK/home/.config" XDG_DATA_HOME="$WORK/home/.local/share"
  XDG_STATE_HOME="$WORK/home/.local/state" XDG_CACHE_HOME="$WORK/home/.cache"
  XDG_RUNTIME_DIR="$WORK/runtime" COMPANION_DATA_DIR="$WORK/data" QT_QPA_PLATFORM=offscreen
)
mkdir -p "$WORK/home" "$WORK/runtime" && chmod 700 "$WORK/runtime"

expect_output() {  # expect_output PATTERN CMD...: CMD succeeds and its output matches PATTERN
  local pattern="$1"
  shift
  local output
  output="$(cd "$WORK" && timeout 120 "${SANDBOX[@]}" "$@" 2>&1)" || {
    echo "$output"
    return 1
  }
  echo "$output"
  grep -Eq -- "$pattern" <<<"$output" || {
    echo "expected output matching: $pattern"
    return 1
  }
}

doctor_ok() {  # doctor_ok EXECUTABLE...: doctor says the app can run and reports no problem
  local output
  output="$(expect_output "Companion can run" "$@" doctor)" || {
    echo "$output"
    return 1
  }
  echo "$output"
  ! grep -q "PROBLEM" <<<"$output"
}

smoke() {  # smoke LABEL EXECUTABLE...: --version, doctor, and the window opened and closed
  local label="$1"
  shift
  local version
  version="$(PYTHONPATH="$ROOT" "$PYTHON" -c 'import companion; print(companion.__version__)')"
  run "$label: --version" expect_output "^companion $version\$" "$@" --version
  run "$label: doctor (no PROBLEM line)" doctor_ok "$@"
  run "$label: main window opens, paints and quits" \
    expect_output "^first-paint [0-9.]+" env COMPANION_EXIT_AFTER_PAINT=1 "$@"
}

need() {
  command -v "$1" >/dev/null || {
    echo "packaging: FAIL  $1 is missing (install the Debian package $2)"
    exit 1
  }
}
need desktop-file-validate desktop-file-utils
need appstreamcli appstream

# ---------------------------------------------------------------- desktop files
desktop="packaging/$APP_ID.desktop"
metainfo="packaging/$APP_ID.metainfo.xml"
run "desktop-file-validate $APP_ID.desktop" desktop-file-validate "$desktop"
run "appstreamcli validate --no-net $APP_ID.metainfo.xml" \
  appstreamcli validate --no-net "$metainfo"
stage_tree() {
  local tree="$WORK/tree/usr/share"
  mkdir -p "$tree/applications" "$tree/metainfo" "$tree/icons"
  cp "$desktop" "$tree/applications/"
  cp "$metainfo" "$tree/metainfo/"
  cp -r assets/icons/hicolor "$tree/icons/"
  appstreamcli validate-tree --no-net "$WORK/tree"
}
run "appstreamcli validate-tree (entry + metainfo + icons)" stage_tree

# ---------------------------------------------------------------- wheel
run "tools venv (build, twine, pyinstaller)" bash -c "
  '$PYTHON' -m venv '$WORK/tools' &&
  '$WORK/tools/bin/pip' install -q build twine pyinstaller"
run "python -m build (sdist + wheel), twine check --strict" \
  env PYTHON="$WORK/tools/bin/python" OUT="$WORK/dist" packaging/build_wheel.sh
wheel="$(ls "$WORK"/dist/companion-*.whl)"
sdist="$(ls "$WORK"/dist/companion-*.tar.gz)"

check_archives() {
  "$WORK/tools/bin/python" - "$wheel" "$sdist" "$APP_ID" <<'PY'
import sys, tarfile, zipfile
wheel, sdist, app_id = sys.argv[1:]
names = set(zipfile.ZipFile(wheel).namelist())
wanted = [
    "companion/assets/guidance/states.toml",
    "companion/assets/guidance/phrases.toml",
    "companion/assets/icons/companion.svg",
    f"companion/assets/icons/hicolor/512x512/apps/{app_id}.png",
    f"companion/assets/icons/hicolor/scalable/apps/{app_id}.svg",
    "companion/assets/i18n/companion_de.qm",
    "companion/assets/i18n/companion_fr.qm",
    *(f"companion/assets/guidance/{lang}/{name}" for lang in ("de", "fr")
      for name in ("states.toml", "phrases.toml", "help.md")),
]
missing = [name for name in wanted if name not in names]
source = {name.split("/", 1)[-1] for name in tarfile.open(sdist).getnames()}
missing += [f"sdist:{n}" for n in ("assets/guidance/states.toml", "pyproject.toml") if n not in source]
leaked = [n for n in names if n.startswith(("tests/", "packaging/")) or "/tests/" in n]
print(f"{len(names)} files in the wheel")
if missing or leaked:
    sys.exit(f"missing: {missing}  should not ship: {leaked}")
PY
}
run "wheel and sdist carry the assets (texts, icons, i18n)" check_archives
run "clean venv: pip install the wheel (not editable)" bash -c "
  '$PYTHON' -m venv '$WORK/clean' && '$WORK/clean/bin/pip' install -q '$wheel'"
check_installed_assets() {
  expect_output "site-packages/companion/assets" "$WORK/clean/bin/python" -c \
    "from companion.desktop.resources import assets_dir; d = assets_dir(); \
     assert (d / 'guidance' / 'states.toml').is_file(), d; print(d)"
}
run "installed wheel finds its assets in site-packages" check_installed_assets
smoke "wheel" "$WORK/clean/bin/companion"

# ---------------------------------------------------------------- bundle
run "install the app's dependencies next to PyInstaller" "$WORK/tools/bin/pip" install -q "$wheel"
run "PyInstaller one-folder bundle (packaging/build_bundle.sh)" \
  env PYTHON="$WORK/tools/bin/python" OUT="$WORK/dist" WORK="$WORK/pyi" packaging/build_bundle.sh
bundle="$WORK/dist/companion"
check_bundle() {
  test -x "$bundle/companion"
  find "$bundle" -path "*/companion/assets/guidance/states.toml" | grep -q .
  find "$bundle" -path "*/companion/assets/i18n/companion_de.qm" | grep -q .
  find "$bundle" -path "*/companion/assets/i18n/companion_fr.qm" | grep -q .
  find "$bundle" -path "*/companion/assets/guidance/fr/phrases.toml" | grep -q .
  if [ -n "${CI:-}" ] || ldconfig -p 2>/dev/null | grep -q libportaudio.so.2; then
    find "$bundle" -name "libportaudio.so.2" | grep -q . || {
      echo "libportaudio.so.2 is not in the bundle"
      return 1
    }
  fi
  du -sh "$bundle"
}
run "bundle carries the assets and libportaudio" check_bundle
smoke "bundle" "$bundle/companion"
install_bundle() {
  "${SANDBOX[@]}" PREFIX="$WORK/home/.local" bash "$bundle/install.sh" &&
    desktop-file-validate "$WORK/home/.local/share/applications/$APP_ID.desktop" &&
    test -f "$WORK/home/.local/share/icons/hicolor/256x256/apps/$APP_ID.png" &&
    "${SANDBOX[@]}" "$WORK/home/.local/bin/companion" --version &&
    "${SANDBOX[@]}" PREFIX="$WORK/home/.local" bash "$WORK/home/.local/opt/companion/install.sh" \
      --uninstall &&
    test ! -e "$WORK/home/.local/bin/companion"
}
run "bundle install.sh installs and uninstalls for one user" install_bundle

cp "$wheel" "$sdist" "$WORK"/dist/companion-*-linux-*.tar.gz "$OUT/"
echo "packaging: all checks passed in $((SECONDS - START))s; artefacts in $OUT:"
ls -1 "$OUT" | grep -E '^companion-' | sed 's/^/    /'
