"""The records an export writes, read straight from the tables in id order within time.

Check-ins are most of any store, so they are read as plain tuples: SQLite checks each field
and writes the local time; a row that looks unusual in any way is checked here field by field,
and if still in doubt by ``checkin_from_row``, which decides exactly as everywhere else whether
it can be read. Rows that cannot be read are counted, not written.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime, timedelta, timezone
from typing import Any

from companion.core.outcome import break_outcome, extension
from companion.core.states import STATE_IDS
from companion.storage.store import (
    ROW_ERRORS,
    break_from_row,
    checkin_from_row,
    draft_from_row,
    from_db_time,
    session_from_row,
)

#: The fields of a check-in record, in the order ``checkin_tuples`` yields them.
CHECKIN_FIELDS = (
    "id", "timestamp", "utc_offset", "state", "state_label", "intensity", "note", "tag",
    "context", "break_id",
)  # fmt: skip

# The shape to_db_time writes (UTC, microseconds), within the years a datetime can shift into;
_STORED_SHAPE = (
    "length(ts) = 32 AND substr(ts, 11, 1) = 'T' AND substr(ts, 20, 1) = '.'"
    " AND substr(ts, 27) = '+00:00' AND ts >= '0002' AND ts < '9998'"
    " AND strftime('%Y-%m-%dT%H:%M:%S', ts, '+0 seconds') = substr(ts, 1, 19)"  # no 30 February
)
# The local time as datetime.isoformat() writes it (no fraction when it is zero), made by
# SQLite for rows whose every field is plainly valid; NULL sends a row to the Python checks.
_LOCAL_ISO = (
    "strftime('%Y-%m-%dT%H:%M:%S', ts, utc_offset || ' minutes')"
    " || CASE WHEN substr(ts, 21, 6) = '000000' THEN '' ELSE substr(ts, 20, 7) END"
    " || CASE WHEN utc_offset < 0 THEN '-' ELSE '+' END"
    " || printf('%02d:%02d', abs(utc_offset) / 60, abs(utc_offset) % 60)"
)
_PLAIN = (
    "typeof(utc_offset) = 'integer' AND abs(utc_offset) < 1440 AND state IN ({states})"
    " AND typeof(intensity) = 'integer' AND intensity BETWEEN 0 AND 5"
    " AND typeof(note) IN ('text', 'null') AND typeof(tag) IN ('text', 'null')"
    " AND typeof(context) IN ('text', 'null') AND typeof(break_id) IN ('integer', 'null')"
)
_CHECKIN_SQL = (
    "SELECT id, ts, utc_offset, state, intensity, note, tag, context, break_id,"
    f" CASE WHEN {_STORED_SHAPE} AND {_PLAIN} THEN {_LOCAL_ISO} END"
    " FROM checkins ORDER BY ts, id"
)


class LocalTimes:
    """ISO-8601 texts in the offset of the moment, with one timezone object per offset."""

    def __init__(self) -> None:
        self._zones: dict[int, timezone] = {}

    def iso(self, text: str, offset: int) -> str:
        """``text`` (UTC, as stored) at ``offset`` minutes; raises like ``from_db_time``."""
        zone = self._zones.get(offset)
        if zone is None:
            return from_db_time(text, offset).isoformat()  # checks the offset once
        utc = datetime.fromisoformat(text)
        if utc.tzinfo is None:
            utc = utc.replace(tzinfo=timezone.utc)
        return utc.astimezone(zone).isoformat()

    def remember(self, offset: int) -> None:
        if offset not in self._zones:
            self._zones[offset] = timezone(timedelta(minutes=offset))


def _plain_checkin(row: tuple[Any, ...]) -> bool:
    """True when every field has the type and range a saved check-in has."""
    _, ts, off, state, intensity, note, tag, context, break_id = row
    return (
        type(ts) is str
        and type(off) is int
        and state in STATE_IDS
        and type(intensity) is int
        and 0 <= intensity <= 5
        and (note is None or type(note) is str)
        and (tag is None or type(tag) is str)
        and (context is None or type(context) is str)
        and (break_id is None or type(break_id) is int)
    )


def _checked_by_store(conn: sqlite3.Connection, checkin_id: Any) -> bool:
    """The store's own verdict on one unusual row (read again as a ``sqlite3.Row``)."""
    cursor = conn.cursor()
    cursor.row_factory = sqlite3.Row
    row = cursor.execute("SELECT * FROM checkins WHERE id = ?", (checkin_id,)).fetchone()
    try:
        checkin_from_row(row)
    except ROW_ERRORS:
        return False
    return True


def checkin_tuples(
    conn: sqlite3.Connection, labels: Mapping[str, str], skipped: dict[str, int]
) -> Iterator[tuple[Any, ...]]:
    """Every readable check-in as a tuple of ``CHECKIN_FIELDS``."""
    cursor = conn.cursor()
    cursor.row_factory = None
    times = LocalTimes()
    sql = _CHECKIN_SQL.format(states=", ".join(f"'{s}'" for s in sorted(STATE_IDS)))
    for row in cursor.execute(sql):
        rid, ts, off, state, intensity, note, tag, context, break_id, stamp = row
        if stamp is None:  # anything unusual: checked field by field, as the store does
            try:
                if not (_plain_checkin(row[:9]) or _checked_by_store(conn, rid)):
                    raise ValueError("not a readable check-in")
                stamp = times.iso(ts, off)
            except ROW_ERRORS:
                skipped["checkins"] = skipped.get("checkins", 0) + 1
                continue
            times.remember(off)
        yield (
            rid, stamp, off, state, labels.get(state, state), intensity, note, tag, context,
            break_id,
        )  # fmt: skip


def _readable(
    conn: sqlite3.Connection,
    table: str,
    order: str,
    check: Callable[[sqlite3.Row], object],
    skipped: dict[str, int],
) -> Iterator[sqlite3.Row]:
    """The rows of ``table`` that can be read; the others are counted in ``skipped``."""
    cursor = conn.cursor()
    cursor.row_factory = sqlite3.Row
    for row in cursor.execute(f"SELECT * FROM {table} ORDER BY {order}, id"):
        try:
            check(row)
        except ROW_ERRORS:
            skipped[table] = skipped.get(table, 0) + 1
            continue
        yield row


def _iso(text: str | None, offset: int) -> str | None:
    return from_db_time(text, offset).isoformat() if text else None


def _minutes(delta: timedelta) -> float:
    return round(delta.total_seconds() / 60, 3)


def _drafts(conn: sqlite3.Connection, break_id: int, skipped: dict[str, int]) -> list[Any]:
    """The messages kept with a break instead of being sent (JSON export only)."""
    cursor = conn.cursor()
    cursor.row_factory = sqlite3.Row
    rows = cursor.execute("SELECT * FROM drafts WHERE break_id = ? ORDER BY ts, id", (break_id,))
    kept: list[Any] = []
    for d in rows:
        try:
            draft_from_row(d)
        except ROW_ERRORS:
            skipped["drafts"] = skipped.get("drafts", 0) + 1
            continue
        kept.append({"id": d["id"], "timestamp": _iso(d["ts"], d["utc_offset"]), "text": d["text"]})
    return kept


def break_records(
    conn: sqlite3.Connection, skipped: dict[str, int], *, drafts: bool = False
) -> Iterator[dict[str, Any]]:
    """Every readable break as a record (with its kept drafts when ``drafts``)."""
    for r in _readable(conn, "breaks", "started", break_from_row, skipped):
        off = r["utc_offset"]
        return_at, original = from_db_time(r["return_at"]), from_db_time(r["original_return"])
        ended = from_db_time(r["ended"]) if r["ended"] else None
        yield {
            "id": r["id"],
            "started": _iso(r["started"], off),
            "utc_offset": off,
            "return_at": _iso(r["return_at"], off),
            "original_return": _iso(r["original_return"], off),
            "ended": _iso(r["ended"], off),
            "outcome": r["outcome"],
            "result": break_outcome(ended, return_at, original, r["outcome"]).value,
            "extension_minutes": _minutes(extension(return_at, original)),
            "extensions_seconds": json.loads(r["extensions"]),
            "plan": json.loads(r["plan"]),
            "plan_done": json.loads(r["plan_done"]),
            "bridge": r["bridge"],
            "before_checkin": r["before_checkin"],
            "after_checkin": r["after_checkin"],
            "role": r["role"],
            **({"drafts": _drafts(conn, r["id"], skipped)} if drafts else {}),
        }


def session_records(conn: sqlite3.Connection, skipped: dict[str, int]) -> Iterator[dict[str, Any]]:
    """Every readable practice session as a record."""
    for r in _readable(conn, "sessions", "started", session_from_row, skipped):
        off = r["utc_offset"]
        yield {
            "id": r["id"],
            "started": _iso(r["started"], off),
            "utc_offset": off,
            "ended": _iso(r["ended"], off),
            "pattern_name": r["pattern_name"],
            "pattern_spec": r["pattern_spec"],
            "breaths": r["breaths"],
            "seconds": r["seconds"],
            "finished": bool(r["finished"]),
        }


def row_total(conn: sqlite3.Connection) -> int:
    """How many rows an export reads (for its progress)."""
    sql = "SELECT (SELECT count(*) FROM checkins) + (SELECT count(*) FROM breaks)"
    sql += " + (SELECT count(*) FROM sessions)"
    return int(conn.execute(sql).fetchone()[0])
