"""The SQL behind History: check-ins, breaks and sessions merged newest first, a page at a time.

Keyset pages over the indexed time columns: each page continues after the last entry of the
one before (its ``sort_key``), so the list opens and scrolls at once with 100,000 rows.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Any

from companion.core.outcome import BreakOutcome, break_outcome
from companion.storage.insights_queries import HasConnection
from companion.storage.store import BREAK_ROLES, from_db_time, utc_text


class HistoryKind(str, Enum):
    """What a history entry is."""

    CHECKIN = "checkin"
    BREAK = "break"
    SESSION = "session"


KINDS: tuple[HistoryKind, ...] = tuple(HistoryKind)
Key = tuple[HistoryKind, int]  # (kind, id)
SortKey = tuple[str, int, int]  # (UTC text, rank, id): the list is in descending order

# Among rows with the same timestamp: sessions, then breaks, then check-ins (newest first).
_RANK = {HistoryKind.CHECKIN: 0, HistoryKind.BREAK: 1, HistoryKind.SESSION: 2}
_TABLES = {
    HistoryKind.CHECKIN: (
        "checkins",
        "ts",
        "id, ts AS t, utc_offset, state, intensity, note, tag AS a, context AS b, NULL AS c",
    ),
    HistoryKind.BREAK: (
        "breaks",
        "started",
        "id, started AS t, utc_offset, NULL, NULL, '', return_at AS a, original_return AS b,"
        " ended AS c, outcome, role",
    ),
    HistoryKind.SESSION: (
        "sessions",
        "started",
        "id, started AS t, utc_offset, NULL, NULL, '', pattern_name AS a, seconds AS b,"
        " finished AS c",
    ),
}


@dataclass(frozen=True)
class HistoryEntry:
    """One row of the history: what it is, when (local time of the moment), and its fields."""

    kind: HistoryKind
    id: int
    when: datetime
    sort_key: SortKey
    state: str | None = None
    intensity: int | None = None
    note: str = ""
    return_at: datetime | None = None
    outcome: BreakOutcome | None = None
    pattern: str = ""
    minutes: float = 0.0
    finished: bool = False
    tag: str | None = None
    context: str | None = None
    role: str = "leaving"  # a break's side of the pause: "leaving" or "waiting"

    @property
    def key(self) -> Key:
        return (self.kind, self.id)


@dataclass(frozen=True)
class HistoryFilter:
    """Which entries the history shows: these kinds, from ``since`` (inclusive) to ``until``
    (exclusive); None means no bound."""

    kinds: frozenset[HistoryKind] = frozenset(HistoryKind)
    since: datetime | None = None
    until: datetime | None = None

    def passes(self, entry: HistoryEntry) -> bool:
        """Whether ``entry`` belongs in the list under this filter."""
        return (
            entry.kind in self.kinds
            and (self.since is None or entry.when >= self.since)
            and (self.until is None or entry.when < self.until)
        )


@dataclass(frozen=True)
class HistoryPage:
    """One page of entries, and whether the store holds nothing older under the filter.

    ``cursor`` is where the page ended, also when its last row could not be read.
    """

    entries: list[HistoryEntry]
    last: bool
    cursor: SortKey | None = None


def _role(value: object) -> str:
    if value not in BREAK_ROLES:
        raise ValueError(f"unknown break role {value!r}")
    return str(value)


def _entry(kind: HistoryKind, row: Sequence[Any]) -> HistoryEntry:
    rid, text, off = int(row[0]), str(row[1]), int(row[2])
    when = from_db_time(text, off)
    sort_key = (text, _RANK[kind], rid)
    if kind is HistoryKind.CHECKIN:
        return HistoryEntry(
            kind, rid, when, sort_key, row[3], int(row[4]), row[5] or "", tag=row[6],
            context=row[7],
        )  # fmt: skip
    if kind is HistoryKind.BREAK:
        return_at = from_db_time(row[6], off)
        original = from_db_time(row[7], off)
        ended = from_db_time(row[8], off) if row[8] else None
        return HistoryEntry(
            kind, rid, when, sort_key, return_at=return_at,
            outcome=break_outcome(ended, return_at, original, row[9]), role=_role(row[10]),
        )  # fmt: skip
    return HistoryEntry(kind, rid, when, sort_key, pattern=str(row[6]),
                        minutes=float(row[7] or 0.0) / 60, finished=bool(row[8]))  # fmt: skip


def _keyed_entry(kind: HistoryKind, row: Sequence[Any]) -> HistoryEntry | None:
    """The entry of a row; None when a hand-edited row cannot be read."""
    try:
        return _entry(kind, row)
    except (ValueError, TypeError, OverflowError, KeyError, IndexError):
        return None


def _sort_key(kind: HistoryKind, row: Sequence[Any]) -> SortKey:
    return (str(row[1]), _RANK[kind], int(row[0]))


def _after(kind: HistoryKind, col: str, cursor: SortKey) -> tuple[str, list[Any]]:
    """The condition for rows of ``kind`` that sort after ``cursor`` (descending)."""
    cts, crank, cid = cursor
    rank = _RANK[kind]
    if rank < crank:
        return f"{col} <= ?", [cts]
    if rank > crank:
        return f"{col} < ?", [cts]
    return f"{col} <= ? AND ({col} < ? OR id < ?)", [cts, cts, cid]


def _query(
    store: HasConnection, kind: HistoryKind, shown: HistoryFilter, cursor: SortKey | None, size: int
) -> list[tuple[SortKey, HistoryKind, Sequence[Any]]]:
    table, col, columns = _TABLES[kind]
    where: list[str] = []
    params: list[Any] = []
    if shown.since is not None:
        where.append(f"{col} >= ?")
        params.append(utc_text(shown.since))
    if shown.until is not None:
        where.append(f"{col} < ?")
        params.append(utc_text(shown.until))
    if cursor is not None:
        condition, values = _after(kind, col, cursor)
        where.append(condition)
        params += values
    sql = f"SELECT {columns} FROM {table}"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f" ORDER BY {col} DESC, id DESC LIMIT {int(size)}"
    return [(_sort_key(kind, r), kind, r) for r in store.connection.execute(sql, params)]


def history_page(
    store: HasConnection, shown: HistoryFilter, cursor: SortKey | None, size: int
) -> HistoryPage:
    """The next ``size`` entries after ``cursor`` (None: the newest), merged from the tables."""
    fetched = [_query(store, kind, shown, cursor, size) for kind in KINDS if kind in shown.kinds]
    merged = heapq.merge(*fetched, key=lambda e: e[0], reverse=True)
    page = [e for _, e in zip(range(size), merged, strict=False)]
    # Only the rows on the page become entries; one that cannot be read keeps its place in
    # the paging but is not listed.
    built = (_keyed_entry(kind, row) for _, kind, row in page)
    entries = [entry for entry in built if entry is not None]
    last = sum(len(rows) for rows in fetched) < size
    return HistoryPage(entries, last=last, cursor=page[-1][0] if page else None)
