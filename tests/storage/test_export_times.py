"""An export reads each check-in's time exactly as the store does: the fast path (SQLite
writes the local time) and the careful one (Python, for unusual rows) agree, and a row the
store cannot read is left out and counted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from companion.storage.export import export_data
from companion.storage.store import Store


@pytest.mark.parametrize(
    ("ts", "offset", "readable"),
    [
        ("2026-11-21T18:00:05.000000+00:00", 60, True),
        ("2026-11-21T18:00:05.250000+00:00", -90, True),
        ("2026-11-21T18:00:05+00:00", 0, True),  # hand-edited, still a time
        ("2026-02-30T10:00:00.000000+00:00", 60, False),  # no such day
        ("2026-13-01T10:00:00.000000+00:00", 0, False),
        ("2026-11-21T18:00:05.000000+00:00", 1440, False),  # an offset of a whole day
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
