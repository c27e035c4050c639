"""A fuzzer over the rows of every table: any value in any column of a stored row, as a hand
edit, another tool or a damaged disk could leave it. Every reader (the store, insights, the
history list, exports, the status line) carries on: 0 crashes, 0 healthy files set aside, and
the odd row is left in the file exactly as it was."""

from __future__ import annotations

import io
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from helpers.figures import FigureBook
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.core.clock import ManualClock
from companion.core.insights import Breakdown, Window
from companion.services.break_status import status_line
from companion.services.container import DataServices
from companion.storage.export import export_data
from companion.storage.insights_queries import insights
from companion.storage.store import (
    DB_NAME,
    BreakRecord,
    CheckIn,
    Draft,
    PracticeSession,
    Store,
)
from companion.ui.insights.history_model import HistoryModel

FIGURE = "row fuzz"
NOW = datetime(2026, 11, 21, 19, 0, tzinfo=timezone.utc)
ROWS = settings(
    max_examples=60,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

COLUMNS = {
    "checkins": ("ts", "utc_offset", "state", "intensity", "note", "tag", "context", "break_id"),
    "breaks": (
        "started", "utc_offset", "return_at", "original_return", "plan", "plan_done",
        "extensions", "bridge", "ended", "outcome", "before_checkin", "after_checkin",
        "notified", "role",
    ),
    "sessions": (
        "started", "utc_offset", "ended", "pattern_name", "pattern_spec", "breaths", "seconds",
        "finished",
    ),
    "patterns": ("name", "spec"),
    "drafts": ("break_id", "ts", "utc_offset", "text"),
}  # fmt: skip

TEXTS = st.one_of(
    st.sampled_from(
        [
            "", "yesterday", "2026-13-45T99:99:99", "9999-12-31T23:59:59.999999+00:00",
            "0001-01-01T00:00:00+00:00", "2026-11-21T19:00:00", "2026-11-21T19:00:00+14:00",
            "[]", '["ten"]', "[1e400]", '{"a": 1}', "null", "[[[[]]]]", "fight", "settled",
            "4-0-6-0", "=cmd|' /C calc'!A0", "\x00", "🙂" * 50,
        ]
    ),
    st.text(max_size=40),
)  # fmt: skip
VALUES = st.one_of(
    st.none(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.sampled_from([0, -1, 6, 1439, 1440, -1440, 100_000, -100_000]),
    st.floats(allow_nan=True, allow_infinity=True),
    TEXTS,
    st.binary(max_size=16),
)


@pytest.fixture(scope="module")
def healthy_bytes() -> bytes:
    """One file with a row in every table (a running break included)."""
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder), now=NOW)
        before = store.add_checkin(CheckIn("fight", 4, NOW - timedelta(minutes=5), note="n"))
        store.add_checkin(CheckIn("flight", 2, NOW - timedelta(days=3), tag="home"))
        store.add_break(
            BreakRecord(
                NOW, NOW + timedelta(minutes=20), NOW + timedelta(minutes=20),
                plan=("walk",), extensions=(600.0,), before_checkin=before,
            )
        )  # fmt: skip
        store.add_break(
            BreakRecord(
                NOW - timedelta(days=1), NOW - timedelta(days=1, minutes=-20),
                NOW - timedelta(days=1, minutes=-20), ended=NOW - timedelta(hours=23),
                outcome="on_time",
            )
        )  # fmt: skip
        store.add_draft(Draft(1, "written, not sent", NOW + timedelta(minutes=2)))
        store.add_session(PracticeSession(NOW, "exhale-4-6", "4-0-6-0", NOW, 6, 60.0, True))
        store.save_pattern("mine", "4-2-6-0")
        store.close()
        conn = sqlite3.connect(Path(folder) / DB_NAME)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        return (Path(folder) / DB_NAME).read_bytes()


def _hostile_copy(healthy: bytes, table: str, column: str, value: Any) -> Path | None:
    """A fresh copy of the healthy file with ``value`` in ``column`` of the first row."""
    folder = Path(tempfile.mkdtemp(prefix="fuzzrows-"))
    folder.chmod(0o700)
    path = folder / DB_NAME
    path.write_bytes(healthy)
    path.chmod(0o600)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    try:
        conn.execute(f"UPDATE {table} SET {column} = ? WHERE id = 1", (value,))
        conn.commit()
    except sqlite3.IntegrityError:  # NOT NULL or UNIQUE: such a row cannot exist at all
        conn.close()
        shutil.rmtree(folder)
        return None
    conn.close()
    return folder


def _row(folder: Path, table: str) -> tuple[Any, ...]:
    conn = sqlite3.connect(f"file:{folder / DB_NAME}?mode=ro", uri=True)
    try:
        return tuple(conn.execute(f"SELECT * FROM {table} WHERE id = 1").fetchone())
    finally:
        conn.close()


def _read_everything(store: Store, qapp: Any) -> None:
    store.checkins()
    store.breaks()
    store.sessions()
    store.active_break()
    store.patterns()
    store.drafts()
    store.drafts(1)
    for window in Window:
        for breakdown in Breakdown:
            insights(store, window, NOW, breakdown=breakdown)
    for fmt in ("json", "csv"):
        export_data(store, fmt, io.StringIO(), now=NOW)
    status_line(store, ManualClock(NOW + timedelta(minutes=3)))
    model = HistoryModel(DataServices.for_store(store).history)
    while model.canFetchMore():
        model.fetchMore()
    model.deleteLater()


def _nan_safe(row: tuple[Any, ...]) -> tuple[Any, ...]:
    return tuple("nan" if isinstance(v, float) and v != v else v for v in row)


@pytest.fixture
def tally(figure_counts: FigureBook) -> Callable[[str], None]:
    for what in ("rows", "crashes", "healthy files set aside", "rows changed"):
        figure_counts.add(FIGURE, what, 0)
    return lambda what: figure_counts.add(FIGURE, what)


@pytest.mark.parametrize("table", list(COLUMNS))
def test_any_value_in_any_column_is_survived_and_left_alone(
    qapp: Any, healthy_bytes: bytes, tally: Callable[[str], None], table: str
) -> None:
    @ROWS
    @given(column=st.sampled_from(COLUMNS[table]), value=VALUES)
    def one(column: str, value: Any) -> None:
        folder = _hostile_copy(healthy_bytes, table, column, value)
        if folder is None:
            return
        tally("rows")
        before = _nan_safe(_row(folder, table))
        try:
            store = Store.open(folder, now=NOW)
        except Exception:
            tally("crashes")
            raise
        try:
            if store.report.moved_aside is not None:
                tally("healthy files set aside")
            assert store.report.moved_aside is None, store.report.reason
            _read_everything(store, qapp)
        except AssertionError:
            raise
        except Exception:
            tally("crashes")
            raise
        finally:
            store.close()
        after = _nan_safe(_row(folder, table))
        shutil.rmtree(folder)
        if after != before:
            tally("rows changed")
        assert after == before

    one()
