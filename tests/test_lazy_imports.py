"""Start-up stays light: the window paints before numpy, pyqtgraph or sounddevice load, and
the quick commands (``--version``, ``status``) never load the widget toolkit.

Each check runs in a fresh interpreter, since this test process has long imported everything.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from helpers.run import companion_env

from companion import __version__
from companion.storage.store import BreakRecord, Store

HEAVY = ("numpy", "pyqtgraph", "sounddevice")
WIDGETS = ("PySide6.QtWidgets", "PySide6.QtGui", "PySide6.QtNetwork")


def _report(top: tuple[str, ...], full: tuple[str, ...] = (), *, app: bool = False) -> str:
    """Code that prints "loaded" and the modules among ``top`` packages and ``full`` names
    (and, with ``app``, companion.app and companion.ui.*) that this interpreter imported."""
    wanted = f"m.split('.')[0] in {set(top)!r} or m in {set(full) or set()!r}"
    if app:
        wanted += " or m == 'companion.app' or m.startswith('companion.ui')"
    return f"import sys\nprint('loaded', ','.join(sorted(m for m in sys.modules if {wanted})))\n"


def _python(code: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        stdin=subprocess.DEVNULL,
    )


def _loaded(done: subprocess.CompletedProcess[str]) -> set[str]:
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stdout.splitlines() if line.startswith("loaded")]
    assert len(lines) == 1, done.stdout
    return {name for name in lines[0].removeprefix("loaded").strip().split(",") if name}


def test_building_and_showing_the_main_window_loads_no_heavy_module(data_dir: Path) -> None:
    code = (
        "import sys\n"
        "from companion.app import build_main_window, ensure_application\n"
        "app = ensure_application()\n"
        f"window = build_main_window({str(data_dir)!r})\n"
        "window.show()\n"
        "for _ in range(20):\n"
        "    app.processEvents()\n"
        "assert window.isVisible() and window.current_area() == 'breathe'\n" + _report(HEAVY)
    )
    assert _loaded(_python(code, companion_env(data_dir))) == set()


def test_the_real_app_paints_its_window_before_any_heavy_import(data_dir: Path) -> None:
    """``-X importtime`` writes each import to stderr as it happens; merged with stdout, the
    order shows what was imported before the app reported its first painted frame."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "companion"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=60,
        env=companion_env(data_dir, COMPANION_EXIT_AFTER_PAINT="1"),
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stdout[-3000:]
    lines = done.stdout.splitlines()
    paint = [i for i, line in enumerate(lines) if line.startswith("first-paint ")]
    assert len(paint) == 1, done.stdout[-3000:]
    before = {
        line.rsplit("|", 1)[1].strip() for line in lines[: paint[0]] if line.startswith("import")
    }
    assert "companion.ui.shell.main_window" in before  # the check can see the app's own imports
    assert {name for name in before if name.split(".")[0] in HEAVY} == set()


def test_version_loads_no_qt_at_all() -> None:
    code = (
        "from companion.cli import main\n"
        "try:\n"
        "    main(['--version'])\n"
        "except SystemExit as exc:\n"
        "    assert not exc.code, exc.code\n" + _report(("PySide6", "shiboken6", *HEAVY))
    )
    done = _python(code, companion_env())
    assert done.stdout.startswith(f"companion {__version__}\n")
    assert _loaded(done) == set()


def _store_with_a_break(data_dir: Path) -> None:
    now = datetime.now(timezone.utc).astimezone()
    store = Store.open(data_dir, now=now)
    back = now + timedelta(minutes=25)
    store.add_break(
        BreakRecord(started=now - timedelta(minutes=5), return_at=back, original_return=back)
    )
    store.close()


STATUS_LIGHT = "status must not load widgets, the app or the heavy modules"


@pytest.mark.parametrize(
    "how",
    [
        "--data-dir",
        "COMPANION_DATA_DIR",
        "default folder",
    ],
)
def test_status_stays_light(data_dir: Path, tmp_path: Path, how: str) -> None:
    env = companion_env(data_dir)
    args = ["status"]
    if how == "--data-dir":
        args = ["--data-dir", str(data_dir), "status"]
    elif how == "default folder":
        del env["COMPANION_DATA_DIR"]
        data_dir = Path(env["XDG_DATA_HOME"]) / "companion"
    _store_with_a_break(data_dir)
    code = f"from companion.cli import main\nassert main({args!r}) == 0\n" + _report(
        HEAVY, WIDGETS, app=True
    )
    done = _python(code, env)
    assert "back at" in done.stdout and "min left" in done.stdout, done.stdout + done.stderr
    assert _loaded(done) == set(), STATUS_LIGHT
