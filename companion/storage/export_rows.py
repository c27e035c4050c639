"""The records an export writes, read straight from the tables in id order within time.

Check-ins are most of any store, so they are read as plain tuples, a chunk at a time: a row of
the shape the store writes is checked with a few comparisons and its local time is put
together from its hour's; a row that looks unusual in any way is checked field by field, and
if still in doubt by ``checkin_from_row``, which decides exactly as everywhere else whether it
can be read. Rows that cannot be read are counted, not written.
"""

from __future__ import annotations

import contextlib
import json
import math
import re
import sqlite3
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
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

#: The fields of an exported check-in, in order.
CHECKIN_FIELDS = (
    "id", "timestamp", "utc_offset", "state", "state_label", "intensity", "note", "tag",
    "context", "break_id",
)  # fmt: skip

_CHECKIN_SQL = (
    "SELECT id, ts, utc_offset, state, intensity, note, tag, context, break_id"
    " FROM checkins ORDER BY ts, id"
)
# The shape to_db_time writes after the hour: minutes and seconds in range, microseconds, UTC.
# The date and hour before it are read in full whenever the hour (or the offset) changes.
_TIME_TAIL = re.compile(r":[0-5][0-9]:[0-5][0-9]\.[0-9]{6}\+00:00").fullmatch
_INTENSITIES = frozenset(range(6))  # SQLite hands back whole numbers as int, never as float

#: A check-in as ``checkin_chunks`` yields it (``CHECKIN_FIELDS`` without the label).
CheckinTuple = tuple[int, str, int, str, int, str | None, str | None, str | None, int | None]


def _offset_zone(zones: dict[int, timezone | None], offset: int) -> timezone | None:
    """The fixed zone of ``offset`` minutes, made once; None for a day or more."""
    if offset not in zones:
        try:
            zones[offset] = timezone(timedelta(minutes=offset))
        except (ValueError, OverflowError):  # a hand-edited offset of a day or far more
            zones[offset] = None
    return zones[offset]


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


def _stored_row(conn: sqlite3.Connection, table: str, row_id: Any) -> sqlite3.Row:
    """One row read again as a ``sqlite3.Row``, for the store's own converters."""
    cursor = conn.cursor()
    cursor.row_factory = sqlite3.Row
    row: sqlite3.Row = cursor.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,)).fetchone()
    return row


def _checked_by_store(conn: sqlite3.Connection, checkin_id: Any) -> bool:
    """The store's own verdict on one unusual check-in."""
    try:
        checkin_from_row(_stored_row(conn, "checkins", checkin_id))
    except ROW_ERRORS:
        return False
    return True


def _careful_time(conn: sqlite3.Connection, row: tuple[Any, ...]) -> str:
    """The local time of a row that is unusual in any way, checked field by field as the
    store does; raises one of ``ROW_ERRORS`` when the store could not read it."""
    if not (_plain_checkin(row) or _checked_by_store(conn, row[0])):
        raise ValueError("not a readable check-in")
    return from_db_time(row[1], row[2]).isoformat()


def checkin_chunks(
    conn: sqlite3.Connection, skipped: dict[str, int], size: int
) -> Iterator[list[CheckinTuple]]:
    """Every readable check-in, in lists of at most ``size``, with its local time in place
    of the stored one. Rows that cannot be read are counted in ``skipped``.

    Most rows are in the stored shape, which is checked with a few comparisons. Rows come in
    time order, so many fall in the hour (or, for an offset that is not whole hours, the
    minute) of the one before: for those the local time is that row's with their own
    minutes, seconds and fraction. Anything unusual takes the careful way."""
    cursor = conn.cursor()
    cursor.row_factory = None
    cursor.execute(_CHECKIN_SQL)
    states, intensities, tail, parse = STATE_IDS, _INTENSITIES, _TIME_TAIL, datetime.fromisoformat
    zones: dict[int, timezone | None] = {}
    key, key_off, cut, head, zone = "", None, 13, "", ""
    while rows := cursor.fetchmany(size):
        chunk: list[CheckinTuple] = []
        add = chunk.append
        for row in rows:
            rid, ts, off, state, intensity, note, tag, context, break_id = row
            stamp = None
            if (
                ts.__class__ is str and off.__class__ is int and state in states
                and intensity in intensities and tail(ts, 13) is not None
                and (note is None or note.__class__ is str)
                and (tag is None or tag.__class__ is str)
                and (context is None or context.__class__ is str)
                and (break_id is None or break_id.__class__ is int)
            ):  # fmt: skip
                if off == key_off and ts.startswith(key):
                    fraction = ts[19:26]
                    stamp = head + ts[cut:19] + ("" if fraction == ".000000" else fraction) + zone
                else:
                    local_zone = zones[off] if off in zones else _offset_zone(zones, off)
                    if local_zone is not None:
                        with contextlib.suppress(ValueError, OverflowError):
                            stamp = parse(ts).astimezone(local_zone).isoformat()
                    if stamp is not None:  # "YYYY-MM-DDTHH:MM:SS[.ffffff]+HH:MM"
                        cut = 13 if off % 60 == 0 else 16  # "YYYY-MM-DDTHH[:MM]"
                        key, key_off, head, zone = ts[:cut], off, stamp[:cut], stamp[-6:]
            if stamp is None:
                try:
                    stamp = _careful_time(conn, row)
                except ROW_ERRORS:
                    skipped["checkins"] = skipped.get("checkins", 0) + 1
                    continue
            add((rid, stamp, off, state, intensity, note, tag, context, break_id))
        yield chunk


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


_SESSION_SQL = (
    "SELECT id, started, utc_offset, ended, pattern_name, pattern_spec, breaths, seconds,"
    " finished FROM sessions ORDER BY started, id"
)


def session_records(conn: sqlite3.Connection, skipped: dict[str, int]) -> Iterator[dict[str, Any]]:
    """Every readable practice session as a record. A row of the shape the store writes is
    checked with a few comparisons; anything else is read by ``session_from_row``."""
    cursor = conn.cursor()
    cursor.row_factory = None
    tail = _TIME_TAIL
    for row in cursor.execute(_SESSION_SQL):
        rid, started, off, ended, name, spec, breaths, seconds, finished = row
        start = end = None
        if (
            started.__class__ is str and off.__class__ is int and name.__class__ is str
            and spec.__class__ is str and breaths.__class__ is int and breaths >= 0
            and seconds.__class__ is float and 0 <= seconds < math.inf
            and tail(started, 13) is not None
            and (ended is None or (ended.__class__ is str and tail(ended, 13) is not None))
        ):  # fmt: skip
            with contextlib.suppress(*ROW_ERRORS):  # one a day: read in full
                start = from_db_time(started, off).isoformat()
                end = None if ended is None else from_db_time(ended, off).isoformat()
        if start is None or (ended is not None and end is None):
            try:
                careful = session_from_row(_stored_row(conn, "sessions", rid))
            except ROW_ERRORS:
                skipped["sessions"] = skipped.get("sessions", 0) + 1
                continue
            start = careful.started.isoformat()
            end = careful.ended.isoformat() if careful.ended is not None else None
        yield {
            "id": rid, "started": start, "utc_offset": off, "ended": end, "pattern_name": name,
            "pattern_spec": spec, "breaths": breaths, "seconds": seconds,
            "finished": bool(finished),
        }  # fmt: skip


def row_total(conn: sqlite3.Connection) -> int:
    """How many rows an export reads (for its progress)."""
    sql = "SELECT (SELECT count(*) FROM checkins) + (SELECT count(*) FROM breaks)"
    sql += " + (SELECT count(*) FROM sessions)"
    return int(conn.execute(sql).fetchone()[0])
