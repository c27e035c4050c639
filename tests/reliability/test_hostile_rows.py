"""One bad row never takes the app down: a row that cannot be read is skipped, named once and
left in the file as it is; a damaged schema, a damaged index or another program's database is
set aside byte for byte (by the window) or refused in one line (by the commands)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from helpers.run import companion_env, run_companion

from companion.app import build_main_window
from companion.core.clock import ManualClock
from companion.storage.store import DB_NAME, BreakRecord, CheckIn, PracticeSession, Store

WHEN = datetime(2026, 11, 21, 19, 0, tzinfo=timezone.utc)


def filled(data_dir: Path, *, running_break: bool = False) -> Path:
    """A healthy database: three check-ins, one session, one break (ended unless asked)."""
    store = Store.open(data_dir)
    for i, state in enumerate(("fight", "flight", "freeze")):
        store.add_checkin(CheckIn(state, i + 1, WHEN - timedelta(hours=i), note=f"kept {i}"))
    store.add_session(PracticeSession(WHEN, "exhale-4-6", "4-0-6-0", WHEN, 6, 60.0, True))
    store.add_break(
        BreakRecord(
            WHEN,
            WHEN + timedelta(minutes=20),
            WHEN + timedelta(minutes=20),
            ended=None if running_break else WHEN + timedelta(minutes=21),
        )
    )
    store.close()
    return data_dir / DB_NAME


def edit(path: Path, sql: str, *params: object) -> None:
    """Change the file behind Companion's back, as a hand edit or another tool would."""
    conn = sqlite3.connect(path)
    conn.execute(sql, params)
    conn.commit()
    conn.close()


def rows(path: Path, table: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
    finally:
        conn.close()


BAD_CHECKINS: dict[str, Callable[[Path], None]] = {
    "ts not a time": lambda p: edit(p, "UPDATE checkins SET ts = 'yesterday' WHERE id = 1"),
    "offset of days": lambda p: edit(p, "UPDATE checkins SET utc_offset = 100000 WHERE id = 1"),
    "offset of minus days": lambda p: edit(
        p, "UPDATE checkins SET utc_offset = -100000 WHERE id = 1"
    ),
}

SHOW_INSIGHTS = """
import sys
from companion.app import build_main_window, ensure_application
app = ensure_application()
window = build_main_window(sys.argv[1])
window.show()
for area in ("insights", "checkin", "break", "breathe", "insights"):
    window.show_area(area)
    app.processEvents()
print(window.notice.text())
"""


@pytest.mark.parametrize("damage", list(BAD_CHECKINS))
def test_a_bad_check_in_leaves_insights_export_and_status_working(
    data_dir: Path, damage: str
) -> None:
    path = filled(data_dir)
    BAD_CHECKINS[damage](path)
    before = rows(path, "checkins")
    # A separate process: on a crash in Qt's code the test process itself would go down.
    shown = subprocess.run(
        [sys.executable, "-c", SHOW_INSIGHTS, str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        env=companion_env(data_dir),
    )
    assert shown.returncode == 0, shown.stderr[-2000:]
    assert "Traceback" not in shown.stderr
    for fmt in ("json", "csv"):
        done = run_companion("export", "--format", fmt, data_dir=data_dir)
        assert done.returncode == 0, done.stderr
        assert done.stderr == "companion: 1 check-in could not be read and was left as it is.\n"
        if fmt == "json":
            exported = json.loads(done.stdout)
            assert [c["note"] for c in exported["checkins"]] == ["kept 2", "kept 1"]
    status = run_companion("status", data_dir=data_dir)
    assert status.returncode == 0 and "Traceback" not in status.stderr
    assert rows(path, "checkins") == before  # left as it is
    assert not [p for p in data_dir.iterdir() if ".unreadable-" in p.name]


BAD_BREAKS = {
    "return time not a time": "UPDATE breaks SET return_at = 'soon'",
    "extensions not numbers": """UPDATE breaks SET extensions = '["ten"]'""",
    "plan not a list": "UPDATE breaks SET plan = '{\"a\": 1}'",
    "offset of days": "UPDATE breaks SET utc_offset = 99999",
}


@pytest.mark.parametrize("damage", list(BAD_BREAKS))
def test_a_bad_running_break_is_skipped_by_the_window_and_the_commands(
    qtbot, data_dir: Path, damage: str
) -> None:
    path = filled(data_dir, running_break=True)
    edit(path, BAD_BREAKS[damage])
    before = rows(path, "breaks")
    window = build_main_window(data_dir, clock=ManualClock(WHEN + timedelta(minutes=5)))
    qtbot.addWidget(window)
    window.show()
    assert "1 break could not be read and was left as it is." in window.notice.text()
    assert window.services.breaks.active() is None
    window.show_area("insights")
    window.close()
    for command in (["status"], ["export"]):
        done = run_companion(*command, data_dir=data_dir)
        assert done.returncode == 0, done.stderr
        assert "Traceback" not in done.stderr
    assert run_companion("status", data_dir=data_dir).stdout == "No break is running.\n"
    assert rows(path, "breaks") == before


def _drop_breaks(path: Path) -> None:
    edit(path, "DROP TABLE breaks")


def _index_out_of_step(path: Path) -> None:
    """Rows deleted behind an index's back: ``quick_check`` passes, reads through it fail."""
    conn = sqlite3.connect(path, isolation_level=None)
    entry = conn.execute(
        "SELECT type, name, tbl_name, rootpage, sql FROM sqlite_master"
        " WHERE name = 'checkins_by_time'"
    ).fetchone()
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("DELETE FROM sqlite_master WHERE name = 'checkins_by_time'")
    conn.close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("DELETE FROM checkins WHERE id > 1")
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("INSERT INTO sqlite_master VALUES (?, ?, ?, ?, ?)", entry)
    conn.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok"
    conn.close()


def _foreign(path: Path) -> None:
    path.unlink()
    for side in ("-wal", "-shm"):
        path.with_name(path.name + side).unlink(missing_ok=True)
    edit(path, "CREATE TABLE recipes (name TEXT, minutes INTEGER)")
    edit(path, "INSERT INTO recipes VALUES ('soup', 20)")


DAMAGED_FILES: dict[str, Callable[[Path], None]] = {
    "breaks table dropped, version kept": _drop_breaks,
    "index out of step with its table": _index_out_of_step,
    "another program's database": _foreign,
}


@pytest.mark.parametrize("damage", list(DAMAGED_FILES))
def test_a_damaged_or_foreign_file_is_refused_by_commands_and_set_aside_by_the_window(
    qtbot, data_dir: Path, damage: str
) -> None:
    path = filled(data_dir)
    DAMAGED_FILES[damage](path)
    for side in ("-wal", "-shm"):
        assert not path.with_name(path.name + side).exists()
    original = path.read_bytes()
    for command in (["status"], ["export"], ["export", "--format", "csv"]):
        done = run_companion(*command, data_dir=data_dir)
        assert done.returncode == 2, (command, done.stderr)
        assert done.stdout == ""  # no partial export
        assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
        assert path.read_bytes() == original
    window = build_main_window(data_dir, clock=ManualClock(WHEN))
    qtbot.addWidget(window)
    aside = window.services.store.report.moved_aside
    assert aside is not None and aside.read_bytes() == original
    assert str(aside) in window.notice.text()
    assert window.services.store.checkins() == []
    window.show_area("insights")
    window.close()


def test_a_healthy_file_is_never_set_aside(qtbot, data_dir: Path) -> None:
    path = filled(data_dir, running_break=True)
    window = build_main_window(data_dir, clock=ManualClock(WHEN + timedelta(minutes=5)))
    qtbot.addWidget(window)
    assert window.services.store.report.moved_aside is None
    assert len(window.services.store.checkins()) == 3
    assert window.services.breaks.active() is not None
    assert window.notice.text() == ""
    window.close()
    assert path.exists()
    assert not [p for p in data_dir.iterdir() if ".unreadable-" in p.name]
