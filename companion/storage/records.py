"""What the store holds, as values: check-ins, breaks, drafts, practice sessions; how their
times are stored (UTC text plus the local offset of the moment); and the converters from rows,
which raise one of ``ROW_ERRORS`` for a row that cannot be read."""

from __future__ import annotations

import functools
import math
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from companion.core.states import STATE_IDS
from companion.storage.rows import json_list, optional, text, whole

BREAK_ROLES = ("leaving", "waiting")
"""Which side of a pause a break was taken on: the one who steps away, or the one who waits."""


def to_db_time(when: datetime) -> tuple[str, int]:
    """Split an aware datetime into (UTC ISO-8601 text, local offset in minutes)."""
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValueError("timestamps must be timezone-aware")
    offset = when.utcoffset() or timedelta(0)
    utc = when.astimezone(timezone.utc)
    return utc.isoformat(timespec="microseconds"), int(offset.total_seconds() // 60)


def utc_text(when: datetime) -> str:
    """The UTC ISO-8601 form used in the database (sortable as text)."""
    return to_db_time(when)[0]


def from_db_time(text: str, offset_minutes: int = 0) -> datetime:
    """An aware datetime in the offset that was local when it was stored.

    Raises ValueError or TypeError for text that is not a timestamp or an offset of a day
    or more (a hand-edited row); readers skip such rows (see ``ROW_ERRORS``).
    """
    if not isinstance(text, str) or isinstance(offset_minutes, bool):
        raise TypeError("a stored time must be text with a whole-minute offset")
    utc = datetime.fromisoformat(text)
    if utc.tzinfo is None:
        utc = utc.replace(tzinfo=timezone.utc)
    return utc.astimezone(_zone(offset_minutes))


@functools.lru_cache(maxsize=64)
def _zone(offset_minutes: int) -> timezone:
    """The fixed zone of an offset (a row's offset recurs: made once, not per row)."""
    return timezone(timedelta(minutes=offset_minutes))


@dataclass(frozen=True)
class CheckIn:
    """One answer to "which state am I in, and how strongly?"."""

    state: str
    intensity: int
    timestamp: datetime
    note: str = ""
    tag: str | None = None
    context: str | None = None
    break_id: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class BreakRecord:
    """A pause-and-return agreement as stored the moment it starts."""

    started: datetime
    return_at: datetime
    original_return: datetime
    plan: tuple[str, ...] = ()
    plan_done: tuple[str, ...] = ()
    extensions: tuple[float, ...] = ()
    bridge: str = ""
    more_time: tuple[str, ...] = ()
    ended: datetime | None = None
    outcome: str | None = None
    before_checkin: int | None = None
    after_checkin: int | None = None
    notified: tuple[str, ...] = ()
    id: int | None = None
    role: str = "leaving"


@dataclass(frozen=True)
class Draft:
    """A message the waiting partner wrote here instead of sending it, kept with its break."""

    break_id: int
    text: str
    timestamp: datetime
    id: int | None = None


@dataclass(frozen=True)
class PracticeSession:
    """One breathing session, finished or stopped early."""

    started: datetime
    pattern_name: str
    pattern_spec: str
    ended: datetime | None = None
    breaths: int = 0
    seconds: float = 0.0
    finished: bool = False
    id: int | None = None


def checkin_from_row(row: sqlite3.Row) -> CheckIn:
    """A check-in from its row; raises one of ``ROW_ERRORS`` when the row is not valid."""
    if row["state"] not in STATE_IDS:
        raise ValueError(f"unknown state {row['state']!r}")
    return CheckIn(
        id=row["id"],
        state=row["state"],
        intensity=whole(row["intensity"], 0, 5),
        timestamp=from_db_time(row["ts"], row["utc_offset"]),
        note=optional(row["note"], str) or "",
        tag=optional(row["tag"], str),
        context=optional(row["context"], str),
        break_id=optional(row["break_id"], int),
    )


def _maybe_time(text: str | None, offset: int) -> datetime | None:
    return from_db_time(text, offset) if text else None


def _role(value: object) -> str:
    """A break's side of the pause; raises ValueError for anything else."""
    if value not in BREAK_ROLES:
        raise ValueError(f"unknown break role {value!r}")
    return str(value)


def break_from_row(row: sqlite3.Row) -> BreakRecord:
    """A break from its row; raises one of ``ROW_ERRORS`` when the row is not valid."""
    off = row["utc_offset"]
    return BreakRecord(
        id=row["id"],
        started=from_db_time(row["started"], off),
        return_at=from_db_time(row["return_at"], off),
        original_return=from_db_time(row["original_return"], off),
        plan=json_list(row["plan"], str),
        plan_done=json_list(row["plan_done"], str),
        extensions=json_list(row["extensions"], float),
        bridge=optional(row["bridge"], str) or "",
        more_time=json_list(row["more_time"], str),
        ended=_maybe_time(row["ended"], off),
        outcome=optional(row["outcome"], str),
        before_checkin=optional(row["before_checkin"], int),
        after_checkin=optional(row["after_checkin"], int),
        notified=json_list(row["notified"], str),
        role=_role(row["role"]),
    )


def draft_from_row(row: sqlite3.Row) -> Draft:
    """A kept draft from its row; raises one of ``ROW_ERRORS`` when the row is not valid."""
    return Draft(
        break_id=whole(row["break_id"]),
        text=text(row["text"]),
        timestamp=from_db_time(row["ts"], row["utc_offset"]),
        id=row["id"],
    )


def session_from_row(row: sqlite3.Row) -> PracticeSession:
    """A practice session from its row; raises one of ``ROW_ERRORS`` when it is not valid."""
    off = row["utc_offset"]
    seconds = optional(row["seconds"], (int, float))
    if seconds is None or not math.isfinite(seconds) or seconds < 0:
        raise ValueError("seconds must be a number of at least 0")
    return PracticeSession(
        id=row["id"],
        started=from_db_time(row["started"], off),
        ended=_maybe_time(row["ended"], off),
        pattern_name=text(row["pattern_name"]),
        pattern_spec=text(row["pattern_spec"]),
        breaths=whole(row["breaths"], 0),
        seconds=float(seconds),
        finished=bool(row["finished"]),
    )
