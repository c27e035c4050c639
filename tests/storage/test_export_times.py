"""An export reads each check-in's time exactly as the store does: the quick way (a row in the
hour of the one before takes that row's local date and hour) and the careful one (every field
checked, for unusual rows) agree, and a row the store cannot read is left out and counted."""

from __future__ import annotations

import contextlib
import csv
import json
import sqlite3
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.storage.export import export_data, unescape_cell
from companion.storage.export_rows import checkin_chunks
from companion.storage.records import from_db_time, to_db_time
from companion.storage.store import Store


@pytest.mark.parametrize(
    ("ts", "offset", "readable"),
    [
        ("2026-11-21T18:00:05.000000+00:00", 60, True),
        ("2026-11-21T18:00:05.250000+00:00", -90, True),
        ("2026-11-21T18:00:05+00:00", 0, True),  # hand-edited, still a time
        ("2026-02-30T10:00:00.000000+00:00", 60, False),  # no such day
        ("2026-02-28T24:00:00.000000+00:00", 60, False),  # no such hour
        ("2026-02-28T23:60:00.000000+00:00", 0, False),  # no such minute
        ("2026-02-28T23:59:60.000000+00:00", 0, False),  # nor second
        ("2024-02-29T23:30:00.000001+00:00", 45, True),  # a leap day, into the next month
        ("9997-12-31T23:59:59.999999+00:00", 1439, True),  # as late as a shift allows
        ("0002-01-01T00:00:00.000000+00:00", -1439, True),
        ("2026-13-01T10:00:00.000000+00:00", 0, False),
        ("2026-11-21T18:00:05.000000+00:00", 1440, False),  # an offset of a whole day
        ("2026-11-21T18:00:05.000000+00:00", -1_439_999_998_561, False),  # past any timedelta
        ("2026-11-21T18:00:05.000000+00:00", 2**62, False),
        ("yesterday", 0, False),
    ],
)
def test_export_reads_each_check_in_time_as_the_store_does(
    store: Store, tmp_path: Path, ts: str, offset: int, readable: bool
) -> None:
    store.connection.execute(
        "INSERT INTO checkins (ts, utc_offset, state, intensity, note) VALUES (?, ?, ?, ?, ?)",
        (ts, offset, "fight", 2, ""),
    )
    try:
        expected = [store_checkin.timestamp.isoformat() for store_checkin in store.checkins()]
    except ValueError:
        expected = []
    summary = export_data(store, "json", tmp_path / "all.json")
    exported = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))["checkins"]
    assert [c["timestamp"] for c in exported] == (expected if readable else [])
    assert summary.skipped.get("checkins", 0) == (0 if readable else 1)


@given(
    when=st.datetimes(
        min_value=datetime(1, 1, 1),
        max_value=datetime(9999, 12, 31, 23, 59, 59),
        timezones=st.just(timezone.utc),
    ),
    later=st.timedeltas(min_value=timedelta(0), max_value=timedelta(hours=2)),
    offset=st.integers(min_value=-1439, max_value=1439),
)
def test_the_quick_local_time_is_the_careful_one(
    when: datetime, later: timedelta, offset: int
) -> None:
    """Any time a datetime holds, at any offset, alone and after another one: the time put
    together from its hour's is the one ``from_db_time`` reads (or the row is left out where
    the local time would fall outside the years a datetime holds)."""
    conn = sqlite3.connect(":memory:")
    conn.execute(
        "CREATE TABLE checkins (id INTEGER PRIMARY KEY, ts TEXT, utc_offset INTEGER, state TEXT,"
        " intensity INTEGER, note TEXT, tag TEXT, context TEXT, break_id INTEGER)"
    )
    stamps = [to_db_time(when)[0]]
    with contextlib.suppress(OverflowError):
        stamps.append(to_db_time(when + later)[0])
    expected = []
    for ts in stamps:
        conn.execute("INSERT INTO checkins (ts, utc_offset, state, intensity, note) VALUES"
                     " (?, ?, 'fight', 1, '')", (ts, offset))  # fmt: skip
        with contextlib.suppress(ValueError, OverflowError):
            expected.append(from_db_time(ts, offset).isoformat())
    skipped: dict[str, int] = {}
    got = [row[1] for chunk in checkin_chunks(conn, skipped, 1) for row in chunk]
    assert got == expected
    assert skipped.get("checkins", 0) == len(stamps) - len(expected)


_OFFSETS = st.sampled_from([0, 60, 120, -300, -90, 330, 345, 1439, -1439])


@settings(max_examples=60, deadline=None)
@given(
    rows=st.lists(
        st.tuples(
            st.datetimes(
                min_value=datetime(2025, 3, 29, 22),
                max_value=datetime(2025, 3, 30, 3),
                timezones=st.just(timezone.utc),
            ),
            _OFFSETS,
            st.sampled_from(["", "=1+1", "'=x", 'a "quote", and a comma', None]),
        ),
        max_size=30,
    )
)
def test_every_check_in_of_a_busy_night_reads_as_the_store_reads_it(
    rows: list[tuple[datetime, int, str | None]],
) -> None:  # fmt: skip
    """Many check-ins within a few hours, at changing offsets (whole hours and not), some with
    a hand-edited shape: the export's times, notes and order are the store's own."""
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "data")
        try:
            for when, offset, note in rows:
                ts = to_db_time(when)[0]
                if note is None:  # hand-edited: a time without its fraction
                    ts, note = ts[:19] + "+00:00", ""
                store.connection.execute(
                    "INSERT INTO checkins (ts, utc_offset, state, intensity, note)"
                    " VALUES (?, ?, 'fawn', 1, ?)",
                    (ts, offset, note),
                )
            expected = [(c.id, c.timestamp.isoformat(), c.note) for c in store.checkins()]
            export_data(store, "json", Path(tmp) / "all.json")
            export_data(store, "csv", Path(tmp) / "all.csv")
            exported = json.loads((Path(tmp) / "all.json").read_text(encoding="utf-8"))
            with (Path(tmp) / "all.csv").open(encoding="utf-8", newline="") as f:
                cells = [r for r in csv.DictReader(f) if r["type"] == "checkin"]
        finally:
            store.close()
    assert [(c["id"], c["timestamp"], c["note"]) for c in exported["checkins"]] == expected
    assert [(int(r["id"]), r["timestamp"], unescape_cell(r["note"])) for r in cells] == expected
