"""Opening a file that was closed cleanly skips the page-by-page check (it grows with the
data); after a crash, or a change made to the file from outside, the check runs again."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import pytest

from companion.storage import opening as store_module
from companion.storage.store import CheckIn, Store

NOW = datetime(2026, 11, 21, 18, 30, tzinfo=timezone.utc)


class Checks:
    """Counts the full checks made while a file is opened."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.count = 0
        real = store_module.index_problem

        def counted(conn: sqlite3.Connection) -> str:
            self.count += 1
            return real(conn)

        monkeypatch.setattr(store_module, "index_problem", counted)


def _filled(data_dir: Path) -> Store:
    store = Store.open(data_dir, now=NOW)
    store.add_checkin(CheckIn(timestamp=NOW, state="freeze", intensity=3))
    return store


def test_a_clean_close_lets_the_next_open_skip_the_full_check(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _filled(data_dir).close()
    checks = Checks(monkeypatch)
    store = Store.open(data_dir, now=NOW)
    assert checks.count == 0
    assert len(store.checkins()) == 1 and store.report.moved_aside is None
    store.close()


def test_after_a_crash_the_full_check_runs(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _filled(data_dir).close()
    Store.open(data_dir, now=NOW)  # never closed: the app died with it open
    checks = Checks(monkeypatch)
    store = Store.open(data_dir, now=NOW)
    assert checks.count == 1
    assert len(store.checkins()) == 1
    store.close()


def test_a_file_damaged_after_a_clean_close_is_still_found_and_set_aside(
    data_dir: Path,
) -> None:
    _filled(data_dir).close()
    path = data_dir / "companion.db"
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])  # cut short by something else
    store = Store.open(data_dir, now=NOW)
    assert store.report.moved_aside is not None and store.report.moved_aside.exists()
    assert store.checkins() == []
    store.close()
