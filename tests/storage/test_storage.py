"""The store keeps what the user saved, and never overwrites a file it cannot read."""

from __future__ import annotations

import sqlite3
import stat
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from companion.storage.store import (
    DB_NAME,
    MIGRATIONS,
    SCHEMA_VERSION,
    BreakRecord,
    CheckIn,
    PracticeSession,
    StorageError,
    Store,
    from_db_time,
    inspect_database,
    to_db_time,
)

BERLIN_WINTER = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 21, 19, 30, tzinfo=BERLIN_WINTER)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_store_is_private_and_current(data_dir: Path) -> None:
    store = Store.open(data_dir)
    try:
        assert store.schema_version == SCHEMA_VERSION
        assert store.report.created
        assert _mode(data_dir) == 0o700
        assert _mode(data_dir / DB_NAME) == 0o600
        journal = store.connection.execute("PRAGMA journal_mode").fetchone()[0]
        assert journal == "wal"
    finally:
        store.close()


def test_checkin_is_committed_at_once(data_dir: Path) -> None:
    store = Store.open(data_dir)
    checkin_id = store.add_checkin(CheckIn("freeze", 5, NOW, note="numb, heavy"))
    # A second, independent connection (as after a crash) sees it without any close().
    other = sqlite3.connect(data_dir / DB_NAME)
    row = other.execute("SELECT state, intensity, note FROM checkins WHERE id=?", (checkin_id,))
    assert row.fetchone() == ("freeze", 5, "numb, heavy")
    other.close()
    store.close()


def test_timestamps_keep_utc_and_local_offset(data_dir: Path) -> None:
    store = Store.open(data_dir)
    store.add_checkin(CheckIn("fight", 3, NOW))
    raw = store.connection.execute("SELECT ts, utc_offset FROM checkins").fetchone()
    assert raw["ts"].startswith("2026-11-21T18:30:00")
    assert raw["ts"].endswith("+00:00")
    assert raw["utc_offset"] == 60
    (back,) = store.checkins()
    assert back.timestamp == NOW
    assert back.timestamp.utcoffset() == timedelta(hours=1)
    store.close()


def test_naive_timestamps_are_refused() -> None:
    with pytest.raises(ValueError):
        to_db_time(datetime(2026, 1, 1, 12, 0))
    assert from_db_time("2026-01-01T12:00:00+00:00", -300).hour == 7


def test_reopening_keeps_everything(data_dir: Path) -> None:
    store = Store.open(data_dir)
    store.add_checkin(CheckIn("fawn", 2, NOW, tag="pursuing", context="practice"))
    break_id = store.add_break(
        BreakRecord(
            started=NOW,
            return_at=NOW + timedelta(minutes=20),
            original_return=NOW + timedelta(minutes=20),
            plan=("walk", "water"),
        )
    )
    store.add_session(
        PracticeSession(
            started=NOW,
            pattern_name="Longer exhale 4·6",
            pattern_spec="4-0-6-0",
            breaths=30,
            seconds=300,
            finished=True,
        )
    )
    store.save_pattern("Evening", "4-0-7-0")
    store.close()

    again = Store.open(data_dir)
    assert not again.report.created
    assert again.counts() == {"checkins": 1, "breaks": 1, "sessions": 1, "patterns": 1}
    active = again.active_break()
    assert active is not None and active.id == break_id
    assert active.plan == ("walk", "water")
    assert again.checkins()[0].tag == "pursuing"
    assert again.sessions()[0].finished
    assert again.patterns() == [("Evening", "4-0-7-0")]
    again.close()


def test_old_schema_is_migrated_in_order_without_losing_rows(data_dir: Path) -> None:
    data_dir.mkdir(mode=0o700)
    conn = sqlite3.connect(data_dir / DB_NAME)
    conn.executescript(MIGRATIONS[0])
    conn.execute(
        "INSERT INTO checkins (ts, utc_offset, state, intensity) "
        "VALUES ('2026-01-01T10:00:00+00:00', 0, 'flight', 4)"
    )
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()

    store = Store.open(data_dir)
    assert store.report.migrated_from == 1
    assert store.schema_version == SCHEMA_VERSION
    assert [c.state for c in store.checkins()] == ["flight"]
    indexes = {
        r[0] for r in store.connection.execute("SELECT name FROM sqlite_master WHERE type='index'")
    }
    assert "checkins_by_time" in indexes
    store.save_pattern("Mine", "4-0-6-0")  # the table from migration 2 exists
    store.close()


@pytest.mark.parametrize(
    ("content", "reason_word"),
    [
        (b"this is not a database at all, just words" * 50, "not a readable database"),
        (b"", None),  # an empty file is a valid, empty database: used as is
    ],
)
def test_garbage_files_are_set_aside_not_overwritten(
    data_dir: Path, content: bytes, reason_word: str | None
) -> None:
    data_dir.mkdir(mode=0o700)
    (data_dir / DB_NAME).write_bytes(content)
    store = Store.open(data_dir, now=NOW)
    try:
        if reason_word is None:
            assert store.report.moved_aside is None
            return
        aside = store.report.moved_aside
        assert aside is not None
        assert aside.name == "companion.db.unreadable-20261121T183000Z"
        assert aside.read_bytes() == content
        assert reason_word in store.report.reason
        assert store.counts()["checkins"] == 0
    finally:
        store.close()


def test_truncated_database_is_set_aside(data_dir: Path) -> None:
    store = Store.open(data_dir)
    for i in range(300):
        store.add_checkin(CheckIn("fight", 1 + i % 5, NOW, note="x" * 200))
    store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    path = data_dir / DB_NAME
    original = path.read_bytes()
    path.write_bytes(original[: len(original) // 3])
    reopened = Store.open(data_dir, now=NOW)
    try:
        assert reopened.report.moved_aside is not None
        assert reopened.report.moved_aside.read_bytes() == original[: len(original) // 3]
        assert reopened.counts()["checkins"] == 0
    finally:
        reopened.close()


def test_newer_schema_is_set_aside_with_reason(data_dir: Path) -> None:
    data_dir.mkdir(mode=0o700)
    conn = sqlite3.connect(data_dir / DB_NAME)
    conn.execute("CREATE TABLE future (x)")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    store = Store.open(data_dir, now=NOW)
    try:
        assert store.report.moved_aside is not None
        assert "newer version" in store.report.reason
        kept = sqlite3.connect(store.report.moved_aside)
        assert kept.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 5
        kept.close()
    finally:
        store.close()


def test_inspect_database_is_read_only(data_dir: Path) -> None:
    assert "not created yet" in inspect_database(data_dir)
    assert not data_dir.exists()
    data_dir.mkdir(mode=0o700)
    (data_dir / DB_NAME).write_bytes(b"junk" * 100)
    assert inspect_database(data_dir).startswith("unreadable")
    assert (data_dir / DB_NAME).read_bytes() == b"junk" * 100


def test_unusable_data_dir_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("I am a file, not a folder")
    with pytest.raises(StorageError, match="data folder"):
        Store.open(blocker / "data")


def test_updates_and_deletes(data_dir: Path) -> None:
    store = Store.open(data_dir)
    seen: list[str] = []
    store.subscribe(seen.append)
    cid = store.add_checkin(CheckIn("flight", 2, NOW))
    store.update_checkin(cid, note="edited", intensity=4)
    got = store.get_checkin(cid)
    assert got is not None and (got.note, got.intensity) == ("edited", 4)
    with pytest.raises(ValueError):
        store.update_checkin(cid, ts="nope")
    store.delete_checkin(cid)
    assert store.get_checkin(cid) is None
    assert seen == ["checkins", "checkins", "checkins"]
    bid = store.add_break(BreakRecord(started=NOW, return_at=NOW, original_return=NOW))
    store.update_break(
        bid, ended=NOW + timedelta(minutes=25), outcome="late", notified=("five_minutes",)
    )
    assert store.active_break() is None
    record = store.get_break(bid)
    assert record is not None and record.outcome == "late"
    assert record.notified == ("five_minutes",)
    store.close()


def test_invalid_rows_are_refused(data_dir: Path) -> None:
    store = Store.open(data_dir)
    with pytest.raises(ValueError):
        store.add_checkin(CheckIn("panic", 3, NOW))
    with pytest.raises(StorageError):
        store.add_checkin(CheckIn("fight", 9, NOW))
    assert store.counts()["checkins"] == 0
    store.close()


def test_old_break_context_ids_are_migrated(data_dir: Path) -> None:
    data_dir.mkdir(mode=0o700)
    conn = sqlite3.connect(data_dir / DB_NAME)
    for step in MIGRATIONS[:4]:
        conn.executescript(step)
    conn.executemany(
        "INSERT INTO checkins (ts, utc_offset, state, intensity, context) VALUES (?, 0, ?, 3, ?)",
        [
            ("2026-01-01T10:00:00+00:00", "fight", "before_break"),
            ("2026-01-01T10:30:00+00:00", "settled", "after_break"),
            ("2026-01-02T10:00:00+00:00", "fawn", "practice"),
        ],
    )
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()
    store = Store.open(data_dir)
    assert [c.context for c in store.checkins()] == ["during_break", "after_return", "practice"]
    store.close()


def test_breaks_from_the_schema_before_more_time_messages_keep_their_words(
    data_dir: Path,
) -> None:
    data_dir.mkdir(mode=0o700)
    conn = sqlite3.connect(data_dir / DB_NAME)
    # the schema as it was before "more time" had its own place
    before = next(i for i, step in enumerate(MIGRATIONS) if "more_time" in step)
    for step in MIGRATIONS[:before]:
        conn.executescript(step)
    conn.execute(
        "INSERT INTO breaks (started, utc_offset, return_at, original_return, extensions,"
        " bridge, ended, outcome) VALUES (?, 60, ?, ?, '[600.0]', ?, ?, 'extended')",
        (
            "2026-01-01T18:00:00.000000+00:00",
            "2026-01-01T18:30:00.000000+00:00",
            "2026-01-01T18:20:00.000000+00:00",
            "I need a little longer. Back at 19:30.",
            "2026-01-01T18:29:00.000000+00:00",
        ),
    )
    conn.execute(f"PRAGMA user_version = {before}")
    conn.commit()
    conn.close()
    store = Store.open(data_dir)
    (record,) = store.breaks()
    assert record.bridge == "I need a little longer. Back at 19:30."
    assert record.more_time == ()
    assert record.extensions == (600.0,) and record.outcome == "extended"
    assert record.return_at == datetime(2026, 1, 1, 18, 30, tzinfo=timezone.utc)
    assert record.id is not None
    store.update_break(record.id, more_time=("Ten more minutes. Back at 19:40.",))
    assert store.get_break(record.id).more_time == ("Ten more minutes. Back at 19:40.",)  # type: ignore[union-attr]
    store.close()
