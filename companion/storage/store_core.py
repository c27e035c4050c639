"""The store's plumbing (one committed transaction per write, listeners told of each write,
rows that cannot be read skipped and reported) and its small tables: drafts, custom patterns
and the pause plan. ``store.Store`` adds opening the file and the main tables."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from companion.storage.opening import OpenReport, StorageError
from companion.storage.problems import storage_problem
from companion.storage.records import Draft, draft_from_row, from_db_time, to_db_time
from companion.storage.rows import ROW_ERRORS, text

T = TypeVar("T")


class StoreCore:
    """A connection with writes, reads and listeners; build a ``Store`` with ``Store.open``."""

    def __init__(self, conn: sqlite3.Connection, path: Path, report: OpenReport) -> None:
        self._conn = conn
        self.path = path
        self.report = report
        self._listeners: list[Callable[[str], None]] = []
        self._closed = False
        self._read_only = False
        #: Ids of rows that could not be read, by table; each is reported once.
        self.unreadable: dict[str, set[int]] = {}
        self._unreadable_listeners: list[Callable[[dict[str, int]], None]] = []

    @property
    def closed(self) -> bool:
        """True once :meth:`close` ran (e.g. after Delete all data); nothing may use it then."""
        return self._closed

    @property
    def connection(self) -> sqlite3.Connection:
        """Read-only queries for aggregate modules (insights, export)."""
        return self._conn

    # ----------------------------------------------------------------- plumbing
    def subscribe(self, listener: Callable[[str], None]) -> None:
        """Call ``listener(table)`` after every committed write to that table."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[str], None]) -> None:
        """Stop calling ``listener``; unknown listeners are ignored."""
        if listener in self._listeners:
            self._listeners.remove(listener)

    def on_unreadable(self, listener: Callable[[dict[str, int]], None]) -> None:
        """Call ``listener({table: count})`` whenever a row is found that cannot be read
        (once per row; the row is left as it is)."""
        self._unreadable_listeners.append(listener)

    def unreadable_counts(self) -> dict[str, int]:
        """How many rows of each table were skipped so far because they could not be read."""
        return {t: len(ids) for t, ids in self.unreadable.items() if ids}

    def _read(
        self, table: str, rows: Iterable[sqlite3.Row], convert: Callable[[Any], T]
    ) -> list[T]:
        """Convert rows; a row that cannot be read is skipped and reported, never raised."""
        result: list[T] = []
        fresh = False
        for row in rows:
            try:
                result.append(convert(row))
            except ROW_ERRORS:
                seen = self.unreadable.setdefault(table, set())
                rid = row["id"] if isinstance(row["id"], int) else -len(seen) - 1
                fresh = fresh or rid not in seen
                seen.add(rid)
        if fresh:
            for listener in list(self._unreadable_listeners):
                listener(self.unreadable_counts())
        return result

    def _one(self, table: str, row: sqlite3.Row | None, convert: Callable[[Any], T]) -> T | None:
        found = self._read(table, [row] if row is not None else [], convert)
        return found[0] if found else None

    def _changed(self, table: str) -> None:
        for listener in list(self._listeners):
            listener(table)

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
            self._conn.execute("COMMIT")
        except BaseException:
            # A full disk or an I/O error may already have rolled back (then ROLLBACK itself
            # fails and would hide the real reason); a failed COMMIT leaves the transaction
            # open (then every later write would fail). End it either way, keep the reason.
            if self._conn.in_transaction:
                with suppress(sqlite3.Error):
                    self._conn.execute("ROLLBACK")
            raise

    def _write(self, table: str, sql: str, params: Sequence[Any]) -> int:
        """Run one write in its own transaction; return lastrowid or rowcount."""
        try:
            with self._transaction() as conn:
                cur = conn.execute(sql, params)
                result = cur.lastrowid if sql.lstrip().upper().startswith("INSERT") else None
                result = result if result is not None else cur.rowcount
        except sqlite3.Error as exc:
            problem = storage_problem(exc)
            raise StorageError(f"Could not save to {self.path}: {exc}", problem) from exc
        self._changed(table)
        return int(result or 0)

    # ----------------------------------------------------------------- drafts
    def add_draft(self, draft: Draft) -> int:
        """Keep a message written instead of sent, at once; returns its id."""
        ts, off = to_db_time(draft.timestamp)
        return self._write(
            "drafts",
            "INSERT INTO drafts (break_id, ts, utc_offset, text) VALUES (?, ?, ?, ?)",
            (draft.break_id, ts, off, draft.text),
        )

    def drafts(self, break_id: int | None = None) -> list[Draft]:
        """The drafts of one break (or of all), oldest first."""
        sql, params = "SELECT * FROM drafts", []
        if break_id is not None:
            sql += " WHERE break_id = ?"
            params.append(break_id)
        rows = self._conn.execute(sql + " ORDER BY ts, id", params)
        return self._read("drafts", rows, draft_from_row)

    def delete_draft(self, draft_id: int) -> None:
        self._write("drafts", "DELETE FROM drafts WHERE id = ?", (draft_id,))

    # ----------------------------------------------------------------- patterns
    def save_pattern(self, name: str, spec: str) -> int:
        """Create or replace the custom pattern called ``name``."""
        return self._write(
            "patterns",
            "INSERT INTO patterns (name, spec) VALUES (?, ?)"
            " ON CONFLICT(name) DO UPDATE SET spec = excluded.spec",
            (name, spec),
        )

    def rename_pattern(self, old: str, new: str) -> None:
        self._write("patterns", "UPDATE patterns SET name = ? WHERE name = ?", (new, old))

    def delete_pattern(self, name: str) -> None:
        self._write("patterns", "DELETE FROM patterns WHERE name = ?", (name,))

    def patterns(self) -> list[tuple[str, str]]:
        """Custom patterns as (name, spec), by name."""
        rows = self._conn.execute(
            "SELECT id, name, spec FROM patterns ORDER BY name COLLATE NOCASE"
        )
        return self._read("patterns", rows, lambda r: (text(r["name"]), text(r["spec"])))

    # ----------------------------------------------------------------- pause plan
    def save_pause_plan(self, data: dict[str, Any], when: datetime) -> None:
        """Keep the couple's plan (one per database), replacing the one before."""
        updated, off = to_db_time(when)
        self._write(
            "pause_plan",
            "INSERT INTO pause_plan (id, updated, utc_offset, data) VALUES (1, ?, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET updated = excluded.updated,"
            " utc_offset = excluded.utc_offset, data = excluded.data",
            (updated, off, json.dumps(data, ensure_ascii=False)),
        )

    def pause_plan(self) -> tuple[dict[str, Any], datetime] | None:
        """The stored plan's fields and when it was last saved; None when there is none.

        Raises ValueError when the stored text is not a JSON object.
        """
        row = self._conn.execute("SELECT * FROM pause_plan WHERE id = 1").fetchone()
        if row is None:
            return None
        data = json.loads(row["data"])
        if not isinstance(data, dict):
            raise ValueError("the stored pause plan is not a set of fields")
        return data, from_db_time(row["updated"], row["utc_offset"])

    def delete_pause_plan(self) -> None:
        self._write("pause_plan", "DELETE FROM pause_plan", ())
