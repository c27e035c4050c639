"""Breaks on both sides of a pause (`role`), and the drafts kept with a waiting break."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from companion.storage.export import export_data
from companion.storage.store import (
    DB_NAME,
    MIGRATIONS,
    SCHEMA_VERSION,
    BreakRecord,
    Draft,
    Store,
)

NOW = datetime(2026, 11, 21, 19, 0, tzinfo=timezone(timedelta(hours=1)))
ROLE_STEP = next(i for i, step in enumerate(MIGRATIONS) if "drafts" in step)


def todays_database(data_dir: Path) -> None:
    """A database as the version before roles wrote it, with one finished break."""
    data_dir.mkdir(mode=0o700)
    conn = sqlite3.connect(data_dir / DB_NAME)
    for step in MIGRATIONS[:ROLE_STEP]:
        conn.executescript(step)
    conn.execute(
        "INSERT INTO breaks (started, utc_offset, return_at, original_return, bridge, ended,"
        " outcome, plan) VALUES (?, 60, ?, ?, ?, ?, 'kept', '[\"walk\"]')",
        (
            "2026-11-20T18:00:00+00:00",
            "2026-11-20T18:20:00+00:00",
            "2026-11-20T18:20:00+00:00",
            "Back at 19:20.",
            "2026-11-20T18:19:00+00:00",
        ),
    )
    conn.execute(f"PRAGMA user_version = {ROLE_STEP}")
    conn.commit()
    conn.close()


def test_existing_breaks_become_leaving_and_keep_everything(data_dir: Path) -> None:
    todays_database(data_dir)
    store = Store.open(data_dir)
    try:
        assert store.schema_version == SCHEMA_VERSION
        (old,) = store.breaks()
        assert old.role == "leaving"
        assert (old.bridge, old.outcome, old.plan) == ("Back at 19:20.", "kept", ("walk",))
        assert old.return_at - old.started == timedelta(minutes=20)
        assert store.drafts() == []
    finally:
        store.close()


def test_a_waiting_break_and_its_drafts_survive_a_restart(data_dir: Path) -> None:
    store = Store.open(data_dir)
    back = NOW + timedelta(minutes=30)
    waiting = store.add_break(
        BreakRecord(started=NOW, return_at=back, original_return=back, role="waiting")
    )
    store.add_draft(Draft(waiting, "Why do you always leave?", NOW + timedelta(minutes=2)))
    store.add_draft(Draft(waiting, "I miss you.", NOW + timedelta(minutes=9)))
    store.close()
    again = Store.open(data_dir)
    try:
        active = again.active_break()
        assert active is not None and active.role == "waiting"
        assert [d.text for d in again.drafts(waiting)] == [
            "Why do you always leave?",
            "I miss you.",
        ]
        assert again.drafts(waiting)[0].timestamp == NOW + timedelta(minutes=2)
    finally:
        again.close()


def test_only_the_two_roles_can_be_stored(store: Store) -> None:
    with pytest.raises(Exception, match="CHECK"):
        store.add_break(BreakRecord(started=NOW, return_at=NOW, original_return=NOW, role="x"))


def test_drafts_go_when_their_break_is_deleted(store: Store) -> None:
    one = store.add_break(BreakRecord(NOW, NOW, NOW, role="waiting"))
    other = store.add_break(BreakRecord(NOW, NOW, NOW, role="waiting"))
    store.add_draft(Draft(one, "a", NOW))
    store.add_draft(Draft(other, "b", NOW))
    store.delete_break(one)
    assert [d.text for d in store.drafts()] == ["b"]


def test_export_carries_the_role_of_every_break_and_drafts_in_json(store: Store) -> None:
    store.add_break(BreakRecord(NOW, NOW + timedelta(minutes=20), NOW + timedelta(minutes=20)))
    waiting = store.add_break(
        BreakRecord(NOW, NOW + timedelta(minutes=20), NOW + timedelta(minutes=20), role="waiting")
    )
    store.add_draft(Draft(waiting, "=I need you", NOW + timedelta(minutes=1)))
    out = io.StringIO()
    export_data(store, "json", out, now=NOW)
    breaks = json.loads(out.getvalue())["breaks"]
    assert [b["role"] for b in breaks] == ["leaving", "waiting"]
    assert breaks[0]["drafts"] == []
    assert breaks[1]["drafts"] == [
        {"id": 1, "timestamp": (NOW + timedelta(minutes=1)).isoformat(), "text": "=I need you"}
    ]
    out = io.StringIO()
    export_data(store, "csv", out)
    rows = [r for r in csv.DictReader(io.StringIO(out.getvalue())) if r["type"] == "break"]
    assert [r["role"] for r in rows] == ["leaving", "waiting"]
    assert "I need you" not in out.getvalue()  # drafts stay out of the CSV table


def test_an_odd_role_or_draft_written_by_another_tool_is_skipped_and_named(
    data_dir: Path,
) -> None:
    store = Store.open(data_dir)
    back = NOW + timedelta(minutes=30)
    kept = store.add_break(BreakRecord(NOW, back, back, role="waiting"))
    odd = store.add_break(BreakRecord(NOW - timedelta(days=1), back, back, ended=back))
    store.add_draft(Draft(kept, "I am here.", NOW + timedelta(minutes=1)))
    store.add_draft(Draft(kept, "later", NOW + timedelta(minutes=2)))
    store.close()
    conn = sqlite3.connect(data_dir / DB_NAME)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute("UPDATE breaks SET role = 'both' WHERE id = ?", (odd,))
    conn.execute("UPDATE drafts SET ts = 'yesterday' WHERE text = 'later'")
    conn.commit()
    conn.close()
    store = Store.open(data_dir)
    try:
        assert [b.id for b in store.breaks()] == [kept]
        assert [d.text for d in store.drafts(kept)] == ["I am here."]
        assert store.unreadable_counts() == {"breaks": 1, "drafts": 1}
        out = io.StringIO()
        export_data(store, "json", out, now=NOW)
        (exported,) = json.loads(out.getvalue())["breaks"]
        assert [d["text"] for d in exported["drafts"]] == ["I am here."]
    finally:
        store.close()
    raw = sqlite3.connect(data_dir / DB_NAME)
    assert raw.execute("SELECT role FROM breaks WHERE id = ?", (odd,)).fetchone() == ("both",)
    raw.close()
