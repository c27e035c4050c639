"""The private, local SQLite store: check-ins, breaks, practice sessions, custom patterns.

Guarantees:
- every write is its own committed transaction (WAL mode), so a crash loses nothing saved;
- the data directory is 0700 and the database file 0600;
- a file that is corrupt, not SQLite, or from a newer version of the app is never
  overwritten: it is renamed aside and a fresh database is started;
- timestamps are stored as UTC ISO-8601 plus the local UTC offset (minutes) at that moment.
"""

from __future__ import annotations

import json
import os
import sqlite3
from contextlib import suppress
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from companion.core.states import STATE_IDS
from companion.storage.integrity import DB_NAME as DB_NAME
from companion.storage.integrity import (
    connect_ro,
    note_clean_close,
)
from companion.storage.migrations import MIGRATIONS as MIGRATIONS
from companion.storage.migrations import SCHEMA_VERSION as SCHEMA_VERSION
from companion.storage.opening import (
    BUSY_TIMEOUT_SECONDS as BUSY_TIMEOUT_SECONDS,
)
from companion.storage.opening import (
    OpenReport as OpenReport,
)
from companion.storage.opening import (
    StorageError as StorageError,
)
from companion.storage.opening import (
    _path_fits,
    _prepare_folder,
    _private_files,
    _probe,
    _set_aside_if_unreadable,
)
from companion.storage.opening import (
    inspect_database as inspect_database,
)
from companion.storage.records import (
    BREAK_ROLES as BREAK_ROLES,
)
from companion.storage.records import (
    BreakRecord as BreakRecord,
)
from companion.storage.records import (
    CheckIn as CheckIn,
)
from companion.storage.records import (
    Draft as Draft,
)
from companion.storage.records import (
    PracticeSession as PracticeSession,
)
from companion.storage.records import (
    break_from_row as break_from_row,
)
from companion.storage.records import (
    checkin_from_row as checkin_from_row,
)
from companion.storage.records import (
    draft_from_row as draft_from_row,
)
from companion.storage.records import (
    from_db_time as from_db_time,
)
from companion.storage.records import (
    session_from_row as session_from_row,
)
from companion.storage.records import (
    to_db_time as to_db_time,
)
from companion.storage.records import (
    utc_text as utc_text,
)
from companion.storage.rows import ROW_ERRORS as ROW_ERRORS
from companion.storage.rows import (
    unreadable_note as unreadable_note,
)
from companion.storage.store_core import StoreCore


class Store(StoreCore):
    """The SQLite store. Build one with :meth:`open`; close it when the app quits."""

    # ----------------------------------------------------------------- opening
    @classmethod
    def open(cls, data_dir: Path, *, now: datetime | None = None, set_aside: bool = True) -> Store:
        """Open (or create) ``data_dir/companion.db``, setting an unreadable file aside.

        With ``set_aside=False`` (commands that only read, like an export) nothing is created,
        tightened or set aside: an unreadable file is left exactly where it is and
        StorageError says why, and an up-to-date file is read even from a read-only mount.
        """
        data_dir = Path(data_dir)
        path = data_dir / DB_NAME
        _path_fits(path)
        if not set_aside and path.exists():
            version, reason = _probe(path)
            if version is None:
                raise StorageError(
                    f"Your data file {path} cannot be read because {reason}. Nothing was "
                    "changed; when the Companion window next opens it sets the file aside "
                    "(without deleting it) and starts a fresh one."
                )
            if version == SCHEMA_VERSION:
                return cls._connect(path, OpenReport(path=path), read_only=True)
        _prepare_folder(data_dir)
        report = OpenReport(path=path)
        if path.exists():
            _set_aside_if_unreadable(path, now or datetime.now(timezone.utc), report)
        if not path.exists():
            report.created = True
            try:
                fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
                os.close(fd)
            except OSError as exc:
                raise StorageError(
                    f"Companion cannot create its database in {data_dir}: {exc.strerror or exc}"
                ) from exc
        _private_files(path)
        store = cls._connect(path, report, read_only=False)
        _private_files(path)
        return store

    @classmethod
    def _connect(cls, path: Path, report: OpenReport, *, read_only: bool) -> Store:
        conn: sqlite3.Connection | None = None
        try:
            if read_only:
                conn = connect_ro(path, BUSY_TIMEOUT_SECONDS)
                conn.isolation_level = None
            else:
                conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            conn.row_factory = sqlite3.Row
            if not read_only:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_SECONDS * 1000)}")
            store = cls(conn, path, report)
            store._read_only = read_only
            if not read_only:
                store._migrate()
        except sqlite3.Error as exc:
            if conn is not None:
                conn.close()
            raise StorageError(f"Companion cannot open its database {path}: {exc}") from exc
        return store

    def _migrate(self) -> None:
        version = int(self._conn.execute("PRAGMA user_version").fetchone()[0])
        if version < SCHEMA_VERSION and not self.report.created:
            self.report.migrated_from = version
        for step in range(version, SCHEMA_VERSION):
            script = (
                f"BEGIN IMMEDIATE;\n{MIGRATIONS[step]}\nPRAGMA user_version = {step + 1};\nCOMMIT;"
            )
            try:
                self._conn.executescript(script)
            except sqlite3.Error:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise

    @property
    def schema_version(self) -> int:
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        """Close the connection; everything written is already committed."""
        if self._closed:
            return
        self._closed = True
        with suppress(sqlite3.Error):
            self._conn.close()
            if not self._read_only:
                note_clean_close(self.path)

    # ----------------------------------------------------------------- check-ins
    def add_checkin(self, checkin: CheckIn) -> int:
        """Save a check-in at once; returns its id."""
        if checkin.state not in STATE_IDS:
            raise ValueError(f"unknown state {checkin.state!r}")
        ts, off = to_db_time(checkin.timestamp)
        return self._write(
            "checkins",
            "INSERT INTO checkins (ts, utc_offset, state, intensity, note, tag, context, break_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                ts,
                off,
                checkin.state,
                checkin.intensity,
                checkin.note,
                checkin.tag,
                checkin.context,
                checkin.break_id,
            ),
        )

    def update_checkin(self, checkin_id: int, **changes: Any) -> None:
        """Change fields of a saved check-in (note, tag, context, state, intensity)."""
        allowed = {"note", "tag", "context", "state", "intensity", "break_id"}
        bad = set(changes) - allowed
        if bad:
            raise ValueError(f"cannot change {sorted(bad)}")
        if not changes:
            return
        cols = ", ".join(f"{k} = ?" for k in changes)
        self._write(
            "checkins", f"UPDATE checkins SET {cols} WHERE id = ?", (*changes.values(), checkin_id)
        )

    def delete_checkin(self, checkin_id: int) -> None:
        self._write("checkins", "DELETE FROM checkins WHERE id = ?", (checkin_id,))

    def get_checkin(self, checkin_id: int) -> CheckIn | None:
        row = self._conn.execute("SELECT * FROM checkins WHERE id = ?", (checkin_id,)).fetchone()
        return self._one("checkins", row, checkin_from_row)

    def checkins(
        self, since: datetime | None = None, until: datetime | None = None, limit: int | None = None
    ) -> list[CheckIn]:
        """Check-ins in time order, optionally within [since, until)."""
        sql, params = "SELECT * FROM checkins WHERE 1=1", []
        if since is not None:
            sql += " AND ts >= ?"
            params.append(utc_text(since))
        if until is not None:
            sql += " AND ts < ?"
            params.append(utc_text(until))
        sql += " ORDER BY ts, id"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return self._read("checkins", self._conn.execute(sql, params), checkin_from_row)

    # ----------------------------------------------------------------- breaks
    def add_break(self, record: BreakRecord) -> int:
        """Store a break the moment it starts; returns its id."""
        started, off = to_db_time(record.started)
        return self._write(
            "breaks",
            "INSERT INTO breaks (started, utc_offset, return_at, original_return, plan,"
            " plan_done, extensions, bridge, more_time, ended, outcome, before_checkin,"
            " after_checkin, notified, role)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                started,
                off,
                utc_text(record.return_at),
                utc_text(record.original_return),
                json.dumps(list(record.plan)),
                json.dumps(list(record.plan_done)),
                json.dumps(list(record.extensions)),
                record.bridge,
                json.dumps(list(record.more_time)),
                utc_text(record.ended) if record.ended else None,
                record.outcome,
                record.before_checkin,
                record.after_checkin,
                json.dumps(list(record.notified)),
                record.role,
            ),
        )

    def update_break(self, break_id: int, **changes: Any) -> None:
        """Change fields of a break; datetimes and tuples are converted for storage."""
        allowed = {
            "return_at",
            "plan",
            "plan_done",
            "extensions",
            "bridge",
            "more_time",
            "ended",
            "outcome",
            "before_checkin",
            "after_checkin",
            "notified",
        }
        bad = set(changes) - allowed
        if bad:
            raise ValueError(f"cannot change {sorted(bad)}")
        if not changes:
            return
        values: list[Any] = []
        for _key, value in changes.items():
            if isinstance(value, datetime):
                value = utc_text(value)
            elif isinstance(value, (tuple, list)):
                value = json.dumps(list(value))
            values.append(value)
        cols = ", ".join(f"{k} = ?" for k in changes)
        self._write("breaks", f"UPDATE breaks SET {cols} WHERE id = ?", (*values, break_id))

    def get_break(self, break_id: int) -> BreakRecord | None:
        row = self._conn.execute("SELECT * FROM breaks WHERE id = ?", (break_id,)).fetchone()
        return self._one("breaks", row, break_from_row)

    def active_break(self) -> BreakRecord | None:
        """The newest readable break that has not ended, if any."""
        rows = self._conn.execute(
            "SELECT * FROM breaks WHERE ended IS NULL ORDER BY started DESC, id DESC"
        )
        for row in rows:
            found = self._one("breaks", row, break_from_row)
            if found is not None:
                return found
        return None

    def breaks(self, since: datetime | None = None) -> list[BreakRecord]:
        sql, params = "SELECT * FROM breaks", []
        if since is not None:
            sql += " WHERE started >= ?"
            params.append(utc_text(since))
        sql += " ORDER BY started, id"
        return self._read("breaks", self._conn.execute(sql, params), break_from_row)

    def delete_break(self, break_id: int) -> None:
        self._write("breaks", "DELETE FROM breaks WHERE id = ?", (break_id,))

    # ----------------------------------------------------------------- practice
    def add_session(self, session: PracticeSession) -> int:
        started, off = to_db_time(session.started)
        return self._write(
            "sessions",
            "INSERT INTO sessions (started, utc_offset, ended, pattern_name, pattern_spec,"
            " breaths, seconds, finished) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                started,
                off,
                utc_text(session.ended) if session.ended else None,
                session.pattern_name,
                session.pattern_spec,
                session.breaths,
                session.seconds,
                int(session.finished),
            ),
        )

    def update_session(self, session_id: int, **changes: Any) -> None:
        allowed = {"ended", "breaths", "seconds", "finished"}
        bad = set(changes) - allowed
        if bad:
            raise ValueError(f"cannot change {sorted(bad)}")
        values = [
            utc_text(v) if isinstance(v, datetime) else (int(v) if isinstance(v, bool) else v)
            for v in changes.values()
        ]
        cols = ", ".join(f"{k} = ?" for k in changes)
        self._write("sessions", f"UPDATE sessions SET {cols} WHERE id = ?", (*values, session_id))

    def sessions(self, since: datetime | None = None) -> list[PracticeSession]:
        sql, params = "SELECT * FROM sessions", []
        if since is not None:
            sql += " WHERE started >= ?"
            params.append(utc_text(since))
        sql += " ORDER BY started, id"
        return self._read("sessions", self._conn.execute(sql, params), session_from_row)

    def delete_session(self, session_id: int) -> None:
        self._write("sessions", "DELETE FROM sessions WHERE id = ?", (session_id,))

    # ----------------------------------------------------------------- health
    def integrity(self) -> str:
        return str(self._conn.execute("PRAGMA integrity_check").fetchone()[0])

    def counts(self) -> dict[str, int]:
        return {
            t: int(self._conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
            for t in ("checkins", "breaks", "sessions", "patterns")
        }
