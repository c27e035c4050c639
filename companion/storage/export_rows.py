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
from datetime import timedelta
from typing import Any, TypeVar

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

Record = TypeVar("Record")

#: The fields of a check-in record, in the order ``checkin_tuples`` yields them.
CHECKIN_FIELDS = (
    "id", "timestamp", "utc_offset", "state", "state_label", "intensity", "note", "tag",
    "context", "break_id",
)  # fmt: skip

# The shape to_db_time writes (UTC, microseconds, minutes and seconds in range), within the
# years a datetime can shift into; the date and hour are checked in Python, once an hour.
_STORED_SHAPE = (
    "ts GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-5][0-9]:[0-5][0-9]"
    ".[0-9][0-9][0-9][0-9][0-9][0-9]+00:00' AND ts >= '0002' AND ts < '9998'"
)
_PLAIN = (
    "typeof(utc_offset) = 'integer' AND abs(utc_offset) < 1440 AND state IN ({states})"
    " AND typeof(intensity) = 'integer' AND intensity BETWEEN 0 AND 5"
    " AND typeof(note) IN ('text', 'null') AND typeof(tag) IN ('text', 'null')"
    " AND typeof(context) IN ('text', 'null') AND typeof(break_id) IN ('integer', 'null')"
)
_CHECKIN_SQL = (
    "SELECT id, ts, utc_offset, state, intensity, note, tag, context, break_id,"
    f" {_STORED_SHAPE} AND {_PLAIN}"
    " FROM checkins ORDER BY ts, id"
)


class LocalTimes:
    """ISO-8601 texts in the offset of the moment, as ``datetime.isoformat()`` writes them.

    Rows come in time order, so most fall in the hour (or, for an offset that is not whole
    hours, the minute) of the one before: the local date and hour are worked out once for
    it, and each row only adds its own minutes, seconds and fraction.
    """

    def __init__(self) -> None:
        self._made: dict[tuple[str, int], tuple[str, str] | None] = {}

    def iso(self, text: str, offset: int) -> str:
        """``text`` (UTC, as stored) at ``offset`` minutes; raises like ``from_db_time``."""
        return from_db_time(text, offset).isoformat()

    def quick(self, text: str, offset: int) -> str | None:
        """``iso`` for a text of the stored shape (checked by the query), or None when its
        date or hour does not exist."""
        cut = 13 if offset % 60 == 0 else 16  # "YYYY-MM-DDTHH" or "YYYY-MM-DDTHH:MM"
        key = (text[:cut], offset)
        if key in self._made:
            made = self._made[key]
        else:
            if len(self._made) > 4096:  # bounded: a new hour rarely comes back
                self._made.clear()
            made = self._start(text[:cut] + ":00:00"[: 19 - cut] + "+00:00", offset, cut)
            self._made[key] = made
        if made is None:
            return None
        start, zone = made
        fraction = "" if text[20:26] == "000000" else text[19:26]
        return start + text[cut:19] + fraction + zone

    @staticmethod
    def _start(utc: str, offset: int, cut: int) -> tuple[str, str] | None:
        try:
            local = from_db_time(utc, offset).isoformat()  # "YYYY-MM-DDTHH:MM:SS+HH:MM"
        except ValueError:
            return None
        return local[:cut], local[19:]


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
    quick = times.quick
    for row in cursor.execute(sql):
        rid, ts, off, state, intensity, note, tag, context, break_id, plain = row
        stamp = quick(ts, off) if plain else None
        if stamp is None:  # anything unusual: checked field by field, as the store does
            try:
                if not (_plain_checkin(row[:9]) or _checked_by_store(conn, rid)):
                    raise ValueError("not a readable check-in")
                stamp = times.iso(ts, off)
            except ROW_ERRORS:
                skipped["checkins"] = skipped.get("checkins", 0) + 1
                continue
        yield (
            rid, stamp, off, state, labels.get(state, state), intensity, note, tag, context,
            break_id,
        )  # fmt: skip


def _readable(
    conn: sqlite3.Connection,
    table: str,
    order: str,
    read: Callable[[sqlite3.Row], Record],
    skipped: dict[str, int],
) -> Iterator[tuple[sqlite3.Row, Record]]:
    """The rows of ``table`` that can be read, each with what ``read`` made of it; the
    others are counted in ``skipped``."""
    cursor = conn.cursor()
    cursor.row_factory = sqlite3.Row
    for row in cursor.execute(f"SELECT * FROM {table} ORDER BY {order}, id"):
        try:
            record = read(row)
        except ROW_ERRORS:
            skipped[table] = skipped.get(table, 0) + 1
            continue
        yield row, record


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
            draft = draft_from_row(d)
        except ROW_ERRORS:
            skipped["drafts"] = skipped.get("drafts", 0) + 1
            continue
        kept.append({"id": d["id"], "timestamp": draft.timestamp.isoformat(), "text": d["text"]})
    return kept


def break_records(
    conn: sqlite3.Connection, skipped: dict[str, int], *, drafts: bool = False
) -> Iterator[dict[str, Any]]:
    """Every readable break as a record (with its kept drafts when ``drafts``). Its times
    are the ones the row check already read (local to the break, as stored)."""
    for r, b in _readable(conn, "breaks", "started", break_from_row, skipped):
        return_at, original, ended = b.return_at, b.original_return, b.ended
        yield {
            "id": r["id"],
            "started": b.started.isoformat(),
            "utc_offset": r["utc_offset"],
            "return_at": return_at.isoformat(),
            "original_return": original.isoformat(),
            "ended": ended.isoformat() if ended is not None else None,
            "outcome": r["outcome"],
            "result": break_outcome(ended, return_at, original, r["outcome"]).value,
            "extension_minutes": _minutes(extension(return_at, original)),
            "extensions_seconds": json.loads(r["extensions"]) if b.extensions else [],
            "plan": list(b.plan),
            "plan_done": list(b.plan_done),
            "bridge": r["bridge"],
            "before_checkin": r["before_checkin"],
            "after_checkin": r["after_checkin"],
            "role": r["role"],
            **({"drafts": _drafts(conn, r["id"], skipped)} if drafts else {}),
        }


def session_records(conn: sqlite3.Connection, skipped: dict[str, int]) -> Iterator[dict[str, Any]]:
    """Every readable practice session as a record."""
    for r, p in _readable(conn, "sessions", "started", session_from_row, skipped):
        yield {
            "id": r["id"],
            "started": p.started.isoformat(),
            "utc_offset": r["utc_offset"],
            "ended": p.ended.isoformat() if p.ended is not None else None,
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
