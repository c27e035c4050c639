"""Start-up builds only what the first frame shows, and a measuring run always ends.

Each check runs the real app in a fresh interpreter: this test process has long imported
(and built) everything.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from helpers.run import companion_env, run_companion
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from companion.app import build_main_window, complete_window, first_frame
from companion.storage.store import BreakRecord, Store


def _store_with_a_break(data_dir: Path) -> None:
    now = datetime.now(timezone.utc).astimezone()
    store = Store.open(data_dir, now=now)
    back = now + timedelta(minutes=25)
    store.add_break(
        BreakRecord(started=now - timedelta(minutes=5), return_at=back, original_return=back)
    )
    store.close()


def _python(code: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        stdin=subprocess.DEVNULL,
    )


def test_exit_after_paint_ends_the_app_also_while_a_break_runs(data_dir: Path) -> None:
    """The close guard keeps a break in the tray; a measuring run must still end by itself."""
    _store_with_a_break(data_dir)
    done = run_companion(data_dir=data_dir, timeout=30, COMPANION_EXIT_AFTER_PAINT="1")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("first-paint "), done.stdout


def test_no_module_source_is_held_in_memory_after_start(data_dir: Path) -> None:
    """Python keeps source lines only for tracebacks; none is read just because Qt is loaded."""
    code = (
        "import linecache\n"
        "from companion.cli import main\n"
        "assert main([]) == 0\n"  # the GUI as a user starts it, until its first frame
        "held = sorted(name for name in linecache.cache if name.endswith('.py'))\n"
        "print('held', len(held), ' '.join(held[:5]))\n"
    )
    done = _python(code, companion_env(data_dir, COMPANION_EXIT_AFTER_PAINT="1"))
    assert done.returncode == 0, done.stderr
    assert "first-paint" in done.stdout
    assert "held 0 " in done.stdout, done.stdout


def test_qt_classes_the_app_never_uses_are_not_set_up_before_its_first_frame(
    data_dir: Path,
) -> None:
    """Handing one of Qt's private objects (an animation timer, say) to Python makes the
    bindings set up every QObject class there is, with all their enums, to find its type;
    the first-paint watcher must not be where that happens. Message boxes (StandardButton)
    wait for the first message."""
    code = (
        "import enum, sys\n"
        "made = []\n"
        "create = enum.EnumType._create_\n"
        "def watch(cls, name, *args, **kwargs):\n"
        "    made.append(kwargs.get('qualname') or name)\n"
        "    return create(cls, name, *args, **kwargs)\n"
        "enum.EnumType._create_ = watch\n"
        "class Out:\n"  # what was set up when the first-paint line is written
        "    def __init__(self, out): self.out, self.seen = out, None\n"
        "    def write(self, text):\n"
        "        if text.startswith('first-paint') and self.seen is None: self.seen = set(made)\n"
        "        return self.out.write(text)\n"
        "    def flush(self): self.out.flush()\n"
        "sys.stdout = out = Out(sys.stdout)\n"
        "from companion.cli import main\n"
        "assert main([]) == 0\n"
        "print('unused', sorted({'ProcessState', 'WizardButton', 'StandardButton'} & out.seen))\n"
    )
    done = _python(code, companion_env(data_dir, COMPANION_EXIT_AFTER_PAINT="1"))
    assert done.returncode == 0, done.stderr
    assert "first-paint" in done.stdout
    assert "unused []" in done.stdout, done.stdout


# Modules a started app has no use for: each one only adds to its memory.
NEVER_LOADED_BY_START = ("logging.handlers", "pickle", "queue")


def test_a_started_app_loads_no_module_it_does_not_use(data_dir: Path) -> None:
    """Once the window is complete (log set up, tray, menus), none of these is in memory."""
    code = (
        "import sys\n"
        "from companion.cli import main\n"
        "assert main([]) == 0\n"  # until the first frame and the rest built after it
        "assert 'companion.desktop.logging_setup' in sys.modules\n"
        f"print('loaded', sorted(set({NEVER_LOADED_BY_START!r}) & set(sys.modules)))\n"
    )
    done = _python(code, companion_env(data_dir, COMPANION_EXIT_AFTER_PAINT="1"))
    assert done.returncode == 0, done.stderr
    assert "loaded []" in done.stdout, done.stdout


# What the first frame does not show waits until it is on screen.
NOT_BEFORE_PAINT = (
    "companion.services.breaks",  # the break controller and its rules
    "companion.ui.shell.tray",
    "companion.services.reminders",
    "companion.desktop.autostart",
    "companion.desktop.logging_setup",
    "companion.ui.shell.menus",  # the menus' actions
    "companion.ui.shell.data_actions",
    "companion.startup.texts",  # guidance and phrases
    "companion.services.history",
    "companion.services.insights",
    "tomllib",
)


def _imported_before_paint(data_dir: Path) -> set[str]:
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
    return {
        line.rsplit("|", 1)[1].strip() for line in lines[: paint[0]] if line.startswith("import")
    }


def test_nothing_the_first_frame_does_not_show_is_loaded_before_it(data_dir: Path) -> None:
    before = _imported_before_paint(data_dir)
    assert "companion.ui.shell.main_window" in before  # the check sees the app's own imports
    assert sorted(set(NOT_BEFORE_PAINT) & before) == []


def test_a_relaunch_mid_break_loads_the_break_before_its_first_frame(data_dir: Path) -> None:
    _store_with_a_break(data_dir)
    before = _imported_before_paint(data_dir)
    assert {"companion.services.breaks", "companion.ui.pause.countdown_view"} <= before


COMPANION = (sys.executable, "-m", "companion")


def test_start_up_reads_no_time_zone_database(data_dir: Path) -> None:
    """Only the system's own zone file may be read, never the whole zoneinfo tree."""
    strace = shutil.which("strace")
    if strace is None:
        pytest.skip("strace is not installed: the files opened cannot be listed")
    _store_with_a_break(data_dir)  # the break's countdown needs the local zone
    trace = data_dir.parent / "trace.txt"
    done = subprocess.run(
        [strace, "-f", "-qq", "-e", "trace=openat", "-o", str(trace), *COMPANION],
        capture_output=True,
        text=True,
        timeout=60,
        env=companion_env(data_dir, COMPANION_EXIT_AFTER_PAINT="1"),
        stdin=subprocess.DEVNULL,
    )
    if done.returncode != 0 and "ptrace" in done.stderr:
        pytest.skip("tracing is not allowed here: " + done.stderr.strip()[:200])
    assert done.returncode == 0, done.stderr
    opened = [
        line
        for line in trace.read_text().splitlines()
        if "zoneinfo/" in line and "python3" not in line and "= -1" not in line
    ]
    assert len(opened) <= 2, opened


def _action_names(window: QWidget) -> set[str]:
    return {action.objectName() for action in window.findChildren(QAction) if action.objectName()}


def test_a_window_completed_after_its_first_frame_matches_one_built_at_once(
    qtbot: QtBot, data_dir: Path
) -> None:
    whole = build_main_window(data_dir)
    qtbot.addWidget(whole)
    first = first_frame(data_dir)
    qtbot.addWidget(first)
    assert "exportCsvAction" not in _action_names(first) and first.services.tray is None
    first.show()
    qtbot.waitExposed(first)
    complete_window(first)
    assert _action_names(first) == _action_names(whole)
    assert "quitAction" in _action_names(first) and "settingsAction" in _action_names(first)
    for services in (first.services, whole.services):
        assert services.tray is not None and services.reminder is not None
        assert services.phrases is not None and services.plan is not None
    assert first.current_area() == whole.current_area()
    complete_window(first)  # a second call changes nothing
    assert _action_names(first) == _action_names(whole)


def test_a_first_frame_during_a_break_is_the_countdown_and_complete(
    qtbot: QtBot, data_dir: Path
) -> None:
    _store_with_a_break(data_dir)
    window = first_frame(data_dir)
    qtbot.addWidget(window)
    assert window.current_area() == "break"
    assert window.findChild(QWidget, "countdownView") is not None
    assert "exportCsvAction" in _action_names(window) and window.services.tray is not None
