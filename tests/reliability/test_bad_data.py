"""Unreadable or unwritable data: the app starts or says clearly why not, never overwrites the
user's file, and keeps what the user typed until it is saved (or says what was not saved)."""

from __future__ import annotations

import os
import random
import sqlite3
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from helpers.faults import DISK_FULL, disk_full, genuinely_full, read_only_filesystem
from helpers.figures import FigureBook
from helpers.run import run_companion
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

import companion.app as app_module
import companion.storage.store as storage
from companion import EXIT_USAGE
from companion.app import build_main_window, run_gui
from companion.core.clock import ManualClock
from companion.storage.store import DB_NAME, SCHEMA_VERSION, CheckIn, StorageError, Store
from companion.ui.checkin.checkin_view import CheckinView
from companion.ui.shell.main_window import MainWindow

WHEN = datetime(2026, 11, 21, 19, 0, tzinfo=timezone.utc)


# --------------------------------------------------------------------------- files
def _valid_database(data_dir: Path, n: int = 40) -> Path:
    store = Store.open(data_dir)
    for i in range(n):
        store.add_checkin(CheckIn("flight", i % 6, WHEN, note="kept " + "x" * (i * 97 % 3000)))
    store.close()
    return data_dir / DB_NAME


def _random_bytes(data_dir: Path) -> Path:
    data_dir.mkdir(mode=0o700)
    path = data_dir / DB_NAME
    path.write_bytes(random.Random(1).randbytes(16384))
    return path


def _sqlite_header_then_noise(data_dir: Path) -> Path:
    data_dir.mkdir(mode=0o700)
    path = data_dir / DB_NAME
    path.write_bytes(b"SQLite format 3\x00" + random.Random(2).randbytes(8192))
    return path


def _truncated(data_dir: Path) -> Path:
    path = _valid_database(data_dir)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])
    return path


def _newer_schema(data_dir: Path) -> Path:
    path = _valid_database(data_dir, 3)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    return path


UNREADABLE: dict[str, Callable[[Path], Path]] = {
    "random bytes": _random_bytes,
    "sqlite header, then noise": _sqlite_header_then_noise,
    "truncated": _truncated,
    "newer schema": _newer_schema,
}


INTACT = "unreadable files set aside byte for byte"
REFUSED = "unusable folders refused with one clear line"
KEPT = "entries kept through a failed save and saved after"
TOLD = "failed saves explained on screen"


@pytest.fixture
def bad_data(figure_counts: FigureBook) -> FigureBook:
    for what in (INTACT, REFUSED, KEPT, TOLD):
        figure_counts.add("bad data", what, 0)
    return figure_counts


def _open_window(qtbot, data_dir: Path, clock: ManualClock | None = None) -> MainWindow:
    window = build_main_window(data_dir, clock=clock or ManualClock(WHEN))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _save_button(view: CheckinView) -> QPushButton:
    button = view.findChild(QPushButton, "saveCheckinButton")
    assert button is not None
    return button


# --------------------------------------------------------------------------- unreadable
@pytest.mark.parametrize("kind", list(UNREADABLE))
def test_an_unreadable_file_is_set_aside_untouched_and_the_app_starts(
    qtbot, data_dir: Path, kind: str, bad_data: FigureBook
) -> None:
    original = UNREADABLE[kind](data_dir).read_bytes()
    window = _open_window(qtbot, data_dir)
    aside = window.services.store.report.moved_aside
    assert aside is not None and aside.exists()
    assert aside.read_bytes() == original  # byte for byte: nothing overwritten
    notice = window.notice.text()
    assert not window.notice.isHidden()
    assert str(aside) in notice and "not been deleted" in notice
    if kind == "newer schema":
        assert "newer version" in notice
    # The fresh file works: a check-in made now is saved.
    view = window.show_area("checkin")
    assert isinstance(view, CheckinView)
    view.wheel.set_selection("freeze", 2)
    qtbot.mouseClick(_save_button(view), Qt.MouseButton.LeftButton)
    assert [c.state for c in window.services.store.checkins()] == ["freeze"]
    bad_data.add("bad data", INTACT)


def test_the_real_app_starts_on_random_bytes_without_a_traceback(
    data_dir: Path, bad_data: FigureBook
) -> None:
    original = _random_bytes(data_dir).read_bytes()
    done = run_companion(data_dir=data_dir, COMPANION_EXIT_AFTER_PAINT="1")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    aside = [p for p in data_dir.iterdir() if p.name.startswith(DB_NAME + ".unreadable-")]
    assert len(aside) == 1 and aside[0].read_bytes() == original
    bad_data.add("bad data", INTACT)


@pytest.mark.parametrize("command", [["export", "--format", "csv"], ["status"]])
def test_read_only_commands_leave_an_unreadable_file_alone_and_say_so(
    data_dir: Path, command: list[str]
) -> None:
    path = _truncated(data_dir)
    original = path.read_bytes()
    done = run_companion(*command, data_dir=data_dir)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert "cannot be read" in done.stderr and str(path) in done.stderr
    assert not [p for p in data_dir.iterdir() if ".unreadable-" in p.name]
    assert path.read_bytes() == original


def test_a_store_opened_only_to_read_never_sets_a_file_aside(data_dir: Path) -> None:
    path = _truncated(data_dir)
    original = path.read_bytes()
    with pytest.raises(StorageError, match="cannot be read because") as raised:
        Store.open(data_dir, set_aside=False)
    assert str(path) in str(raised.value)
    assert not [p for p in data_dir.iterdir() if ".unreadable-" in p.name]
    assert path.read_bytes() == original


def test_a_file_busy_in_another_program_is_not_mistaken_for_a_broken_one(
    qtbot, data_dir: Path, monkeypatch: pytest.MonkeyPatch, bad_data: FigureBook
) -> None:
    path = _valid_database(data_dir, 5)
    monkeypatch.setattr(storage, "BUSY_TIMEOUT_SECONDS", 0.05)
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("PRAGMA locking_mode = EXCLUSIVE")
        other.execute("BEGIN EXCLUSIVE")
        other.execute("INSERT INTO patterns (name, spec) VALUES ('mine', '4-6')")
        with pytest.raises(StorageError, match="in use by another program"):
            build_main_window(data_dir, clock=ManualClock(WHEN))
        assert sorted(p.name for p in data_dir.iterdir() if ".unreadable-" in p.name) == []
    finally:
        other.execute("ROLLBACK")
        other.close()
    store = Store.open(data_dir)
    try:
        assert len(store.checkins()) == 5
    finally:
        store.close()
    bad_data.add("bad data", REFUSED)


# --------------------------------------------------------------------------- cannot write
def _refusing_message_box(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(app_module, "_screen_available", lambda: True)

    def critical(parent: object, title: str, text: str, *args: object) -> int:
        shown.append(text)
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "critical", critical)
    return shown


def test_a_read_only_data_folder_stops_the_app_with_one_clear_message(
    qtbot,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    bad_data: FigureBook,
) -> None:
    path = _valid_database(data_dir, 5)
    before = {p.name: p.read_bytes() for p in data_dir.iterdir()}
    read_only_filesystem(monkeypatch, data_dir)
    shown = _refusing_message_box(monkeypatch)
    code = run_gui(data_dir)
    err = capsys.readouterr().err
    assert code == EXIT_USAGE  # the user can fix it: another folder, some free space
    assert len(shown) == 1 and str(data_dir) in shown[0] and "Read-only file system" in shown[0]
    assert err.count("\n") == 1 and err.startswith("companion: ") and "Traceback" not in err
    monkeypatch.undo()
    assert {p.name: p.read_bytes() for p in data_dir.iterdir()} == before
    assert path.exists()
    bad_data.add("bad data", REFUSED)


def _modes_are_enforced(where: Path) -> bool:
    """False for a process that may write anywhere (root), where a 0500 folder proves nothing."""
    probe = where / "mode-probe"
    probe.mkdir(mode=0o500)
    try:
        (probe / "x").touch()
    except PermissionError:
        return True
    finally:
        os.chmod(probe, 0o700)
    return False


def test_a_folder_the_user_made_read_only_is_made_private_again_and_works(
    qtbot, data_dir: Path, tmp_path: Path
) -> None:
    if not _modes_are_enforced(tmp_path):
        pytest.skip("this process may write anywhere; the emulated read-only mount covers it")
    path = _valid_database(data_dir, 5)
    os.chmod(path, 0o400)
    os.chmod(data_dir, 0o500)
    try:
        window = _open_window(qtbot, data_dir)
        assert window.services.store.report.moved_aside is None
        view = window.show_area("checkin")
        view.wheel.set_selection("fawn", 1)
        assert view.save() is not None, view.status_text()
        assert len(window.services.store.checkins()) == 6
        assert (data_dir.stat().st_mode & 0o777, path.stat().st_mode & 0o777) == (0o700, 0o600)
    finally:
        os.chmod(data_dir, 0o700)


def test_a_database_the_user_may_not_write_keeps_what_was_typed(
    qtbot, data_dir: Path, monkeypatch: pytest.MonkeyPatch, bad_data: FigureBook
) -> None:
    """A file owned by someone else (after running the app once with sudo): it opens for
    reading, and every save says exactly what was not saved, keeping the entry."""
    path = _valid_database(data_dir, 5)
    original = path.read_bytes()
    real_connect = sqlite3.connect

    def read_only(database: object, *args: object, **kwargs: object) -> sqlite3.Connection:
        text = str(database)
        if text == str(path):
            kwargs.pop("uri", None)
            return real_connect(f"file:{text}?mode=ro", *args, uri=True, **kwargs)  # type: ignore[arg-type]
        return real_connect(database, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(sqlite3, "connect", read_only)
    window = _open_window(qtbot, data_dir)
    view = window.show_area("checkin")
    assert isinstance(view, CheckinView)
    view.wheel.set_selection("fight", 4)
    view.set_note("what happened at dinner")
    qtbot.mouseClick(_save_button(view), Qt.MouseButton.LeftButton)
    assert "could not be saved" in view.status_text()
    assert "readonly" in view.status_text()
    assert (view.wheel.state(), view.wheel.intensity(), view.note()) == (
        "fight",
        4,
        "what happened at dinner",
    )
    window.close()
    monkeypatch.undo()
    assert path.read_bytes() == original
    bad_data.add("bad data", TOLD)


# --------------------------------------------------------------------------- a full disk
@pytest.mark.parametrize("at", ["INSERT", "COMMIT", "sqlite"])
def test_a_full_disk_keeps_the_check_in_until_it_can_be_saved(
    qtbot, data_dir: Path, at: str, bad_data: FigureBook
) -> None:
    window = _open_window(qtbot, data_dir)
    store = window.services.store
    view = window.show_area("checkin")
    assert isinstance(view, CheckinView)
    view.wheel.set_selection("freeze", 3)
    view.set_note("I went quiet again" + " and again" * 90)
    view.set_tag("withdrawing")
    note = view.note()
    if at == "sqlite":
        with genuinely_full(store):
            # Earlier entries of the same size fill the last page, so this one cannot fit.
            with pytest.raises(StorageError, match=DISK_FULL):
                for _ in range(100):
                    store.add_checkin(CheckIn("fawn", 1, WHEN, note=note))
            earlier = store.checkins()
            qtbot.mouseClick(_save_button(view), Qt.MouseButton.LeftButton)
    else:
        earlier = []
        with disk_full(store, at) as fault:
            qtbot.mouseClick(_save_button(view), Qt.MouseButton.LeftButton)
            qtbot.mouseClick(_save_button(view), Qt.MouseButton.LeftButton)  # a second try
        assert fault.refused == 2
    status = view.status_text()
    assert "could not be saved" in status and DISK_FULL in status
    assert "still here" in status
    assert store.checkins() == earlier
    assert (view.wheel.state(), view.wheel.intensity(), view.note(), view.tag()) == (
        "freeze",
        3,
        note,
        "withdrawing",
    )
    # Space is free again: the same entry saves, once, complete.
    qtbot.mouseClick(_save_button(view), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(_save_button(view), Qt.MouseButton.LeftButton)
    saved = store.checkins()[len(earlier) :]
    assert [(c.state, c.intensity, c.note, c.tag) for c in saved] == [
        ("freeze", 3, note.strip(), "withdrawing")
    ]
    assert store.integrity() == "ok"
    bad_data.add("bad data", KEPT)


def test_a_full_disk_at_start_stops_the_app_with_one_clear_message(
    qtbot,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    bad_data: FigureBook,
) -> None:
    real_connect = sqlite3.connect

    def full(database: object, *args: object, **kwargs: object) -> object:
        from helpers.faults import DiskFullConnection

        return DiskFullConnection(real_connect(database, *args, **kwargs), "COMMIT")  # type: ignore[arg-type]

    monkeypatch.setattr(sqlite3, "connect", full)
    shown = _refusing_message_box(monkeypatch)
    code = run_gui(data_dir)
    err = capsys.readouterr().err
    assert code == EXIT_USAGE  # the user can fix it: another folder, some free space
    assert len(shown) == 1 and DISK_FULL in shown[0]
    assert err.count("\n") == 1 and "Traceback" not in err
    bad_data.add("bad data", REFUSED)


def test_a_practice_session_on_a_full_disk_runs_and_says_it_is_not_logged(
    qtbot, data_dir: Path, bad_data: FigureBook
) -> None:
    clock = ManualClock(WHEN)
    window = _open_window(qtbot, data_dir, clock)
    pacer = window.show_area("breathe")
    with disk_full(window.services.store, "INSERT"):
        pacer.start("exhale-4-6", minutes=1.0)
        clock.advance(20)
        pacer.tick()
        assert pacer.is_running()
        status = pacer.findChild(type(window.notice), "saveStatus")
        assert status is not None and not status.isHidden()
        assert "cannot be saved to your log" in status.text() and DISK_FULL in status.text()
        pacer.stop()
    assert window.services.store.sessions() == []
    bad_data.add("bad data", TOLD)


def _open_break_flow(qtbot, window: MainWindow) -> Any:
    window.take_break()
    page = window.page("break")
    qtbot.waitUntil(page.flow.start_button.isVisible)  # a page built just now shows next turn
    return page


def _start_break(qtbot, window: MainWindow) -> Any:
    page = _open_break_flow(qtbot, window)
    qtbot.mouseClick(page.flow.start_button, Qt.MouseButton.LeftButton)
    assert window.services.store.active_break() is not None
    qtbot.waitUntil(page.countdown.isVisible)
    return page


@pytest.mark.parametrize("step", ["start", "extend", "return", "reminder"])
def test_each_break_step_on_a_full_disk_says_what_was_not_saved(
    qtbot, data_dir: Path, step: str
) -> None:
    clock = ManualClock(WHEN)
    window = _open_window(qtbot, data_dir, clock)
    store = window.services.store
    if step == "start":
        page = _open_break_flow(qtbot, window)
        page.flow.time_edit.setText("35")
        page.flow.refresh()
        with disk_full(store, "COMMIT"):
            qtbot.mouseClick(page.flow.start_button, Qt.MouseButton.LeftButton)
        assert DISK_FULL in page.flow.error_label.text()
        assert page.flow.time_edit.text() == "35"
        assert store.active_break() is None
        qtbot.mouseClick(page.flow.start_button, Qt.MouseButton.LeftButton)
        assert store.active_break() is not None
    elif step == "extend":
        page = _start_break(qtbot, window)
        before = store.active_break()
        qtbot.mouseClick(page.countdown.more_time_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(page.countdown.more_time_panel.extend10_button.isVisible)
        with disk_full(store, "COMMIT"):
            qtbot.mouseClick(
                page.countdown.more_time_panel.extend10_button, Qt.MouseButton.LeftButton
            )
        assert DISK_FULL in page.countdown.more_time_panel.extend_error.text()
        assert store.active_break() == before
    elif step == "reminder":
        _start_break(qtbot, window)
        controller = window.services.breaks
        clock.advance(16 * 60)  # 4 minutes left: the "nearly time" reminder is due
        with disk_full(store, "COMMIT"):
            with qtbot.waitSignal(controller.notify, timeout=100) as fired:
                controller.tick_timer.timeout.emit()
            controller.tick_timer.timeout.emit()  # the next second: still no traceback
        assert fired.args == ["soon"]
    else:
        page = _start_break(qtbot, window)
        clock.advance(20 * 60)
        page.show_return()
        qtbot.waitUntil(page.return_view.finish_button.isVisible)
        page.return_view.checkin.set_state("settled")
        with disk_full(store, "COMMIT"):
            qtbot.mouseClick(page.return_view.finish_button, Qt.MouseButton.LeftButton)
        assert DISK_FULL in page.return_view.error_text()
        assert store.active_break() is not None
        assert page.return_view.checkin.state() == "settled"
    assert os.fspath(store.path)  # the store is still usable
    assert store.integrity() == "ok"
