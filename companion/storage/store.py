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
import math
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, TypeVar

from companion.core.states import STATE_IDS
from companion.storage.integrity import (
    DB_NAME as DB_NAME,
)
from companion.storage.integrity import (
    OWN_PREFIX,
    PathTooLong,
    check_path_length,
    connect_ro,
    index_problem,
    is_busy,
    schema_problem,
    secure_dir,
)
from companion.storage.problems import StorageProblem, storage_problem
from companion.storage.rows import (
    ROW_ERRORS as ROW_ERRORS,
)
from companion.storage.rows import (
    json_list,
    optional,
    text,
    whole,
)
from companion.storage.rows import (
    unreadable_note as unreadable_note,
)

T = TypeVar("T")
BUSY_TIMEOUT_SECONDS = 3.0  # how long to wait for another program that holds the file
BREAK_ROLES = ("leaving", "waiting")
"""Which side of a pause a break was taken on: the one who steps away, or the one who waits."""


class StorageError(Exception):
    """A write or read the store could not do; the message is fit to show a user in English,
    ``problem`` says why for any other language."""

    def __init__(self, message: str, problem: StorageProblem = StorageProblem.NOT_SAVED) -> None:
        super().__init__(message)
        self.problem = problem


# Ordered migrations. Index i upgrades the schema from version i to i + 1.
# Never edit a released step: add a new one.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE checkins (
        id          INTEGER PRIMARY KEY,
        ts          TEXT    NOT NULL,
        utc_offset  INTEGER NOT NULL,
        state       TEXT    NOT NULL
                    CHECK (state IN ('fight', 'flight', 'freeze', 'fawn', 'settled')),
        intensity   INTEGER NOT NULL CHECK (intensity BETWEEN 0 AND 5),
        note        TEXT    NOT NULL DEFAULT '',
        tag         TEXT,
        context     TEXT,
        break_id    INTEGER
    );
    CREATE TABLE breaks (
        id              INTEGER PRIMARY KEY,
        started         TEXT    NOT NULL,
        utc_offset      INTEGER NOT NULL,
        return_at       TEXT    NOT NULL,
        original_return TEXT    NOT NULL,
        plan            TEXT    NOT NULL DEFAULT '[]',
        plan_done       TEXT    NOT NULL DEFAULT '[]',
        extensions      TEXT    NOT NULL DEFAULT '[]',
        bridge          TEXT    NOT NULL DEFAULT '',
        ended           TEXT,
        outcome         TEXT,
        before_checkin  INTEGER,
        after_checkin   INTEGER,
        notified        TEXT    NOT NULL DEFAULT '[]'
    );
    CREATE TABLE sessions (
        id           INTEGER PRIMARY KEY,
        started      TEXT    NOT NULL,
        utc_offset   INTEGER NOT NULL,
        ended        TEXT,
        pattern_name TEXT    NOT NULL,
        pattern_spec TEXT    NOT NULL,
        breaths      INTEGER NOT NULL DEFAULT 0,
        seconds      REAL    NOT NULL DEFAULT 0,
        finished     INTEGER NOT NULL DEFAULT 0
    );
    """,
    """
    CREATE TABLE patterns (
        id    INTEGER PRIMARY KEY,
        name  TEXT NOT NULL UNIQUE,
        spec  TEXT NOT NULL
    );
    CREATE INDEX checkins_by_time ON checkins (ts);
    CREATE INDEX checkins_by_state_time ON checkins (state, ts);
    CREATE INDEX breaks_by_time ON breaks (started);
    CREATE INDEX breaks_open ON breaks (ended);
    CREATE INDEX sessions_by_time ON sessions (started);
    """,
    # Counting by local part of the day (night, morning, ...) straight from the index. The
    # expression must stay exactly as insights_queries.LOCAL_DAY_PART_SQL writes it.
    """
    CREATE INDEX IF NOT EXISTS checkins_by_state_part ON checkins (
        state,
        ((((CAST(substr(ts, 12, 2) AS INTEGER) * 60 + CAST(substr(ts, 15, 2) AS INTEGER)
           + utc_offset) + 1440) % 1440) / 360),
        ts
    );
    """,
    # Counting by local weekday and by strength from indexes (see insights_queries; the
    # weekday expression must stay exactly as LOCAL_WEEKDAY_SQL writes it).
    """
    CREATE INDEX IF NOT EXISTS checkins_by_state_weekday ON checkins (
        state,
        (((CAST(julianday(substr(ts, 1, 10)) + 0.5 AS INTEGER)
           + ((CAST(substr(ts, 12, 2) AS INTEGER) * 60 + CAST(substr(ts, 15, 2) AS INTEGER)
               + utc_offset) + 1440) / 1440 - 1) % 7)),
        ts
    );
    CREATE INDEX IF NOT EXISTS checkins_by_state_intensity ON checkins (state, intensity, ts);
    """,
    # Early builds filed the break check-ins as "before_break" / "after_break"; use the ids
    # every other part of the app knows.
    """
    UPDATE checkins SET context = 'during_break' WHERE context = 'before_break';
    UPDATE checkins SET context = 'after_return' WHERE context = 'after_break';
    """,
    # The couple's pause plan: at most one row, its fields as JSON (see core.plan).
    """
    CREATE TABLE pause_plan (
        id          INTEGER PRIMARY KEY CHECK (id = 1),
        updated     TEXT    NOT NULL,
        utc_offset  INTEGER NOT NULL,
        data        TEXT    NOT NULL DEFAULT '{}'
    );
    """,
    # Each message asking for more time is kept apart from the words said when leaving
    # ("bridge"), which it used to overwrite. Existing rows keep their words as they are.
    """
    ALTER TABLE breaks ADD COLUMN more_time TEXT NOT NULL DEFAULT '[]';
    """,
    # The partner who waits: each break says which side of the pause it was taken on, and
    # the messages written instead of sent are kept with their break (and go with it).
    """
    ALTER TABLE breaks ADD COLUMN role TEXT NOT NULL DEFAULT 'leaving'
        CHECK (role IN ('leaving', 'waiting'));
    CREATE TABLE drafts (
        id          INTEGER PRIMARY KEY,
        break_id    INTEGER NOT NULL,
        ts          TEXT    NOT NULL,
        utc_offset  INTEGER NOT NULL,
        text        TEXT    NOT NULL
    );
    CREATE INDEX drafts_by_break ON drafts (break_id, ts);
    CREATE TRIGGER drafts_go_with_their_break AFTER DELETE ON breaks
    BEGIN
        DELETE FROM drafts WHERE break_id = OLD.id;
    END;
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


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
    return utc.astimezone(timezone(timedelta(minutes=offset_minutes)))


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


@dataclass
class OpenReport:
    """What happened while opening the store; the UI turns this into a message."""

    path: Path
    created: bool = False
    migrated_from: int | None = None
    moved_aside: Path | None = None
    reason: str = ""
    notes: list[str] = field(default_factory=list)


def _private_files(path: Path) -> None:
    """Make the database and any side files (-wal, -shm, -journal) readable by the user only.

    SQLite gives side files it creates the database's mode, but it leaves files that are
    already there (after a crash, or copied from elsewhere) as they are.
    """
    for target in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))):
        with suppress(OSError):
            if target.exists() and target.stat().st_mode & 0o777 != 0o600:
                os.chmod(target, 0o600)


def _path_fits(path: Path) -> None:
    try:
        check_path_length(path)
    except PathTooLong as exc:
        raise StorageError(str(exc)) from None


def _in_use(exc: sqlite3.Error, path: Path) -> StorageError | None:
    """A StorageError when ``exc`` means another program holds the file (busy or locked)."""
    if not is_busy(exc):  # SQLITE_BUSY, SQLITE_LOCKED
        return None
    return StorageError(
        f"The database {path} is in use by another program, so Companion cannot open it "
        "right now. Close that program and try again. Nothing was changed.",
        StorageProblem.IN_USE,
    )


def _probe(path: Path) -> tuple[int | None, str]:
    """Read the schema version of an existing file without writing to it.

    Returns (version, "") when readable, or (None, reason) when it is not. Raises
    StorageError when another program holds the file, or when the file cannot be opened at
    all (a folder the user may not read): busy or out of reach is not the same as broken.
    """
    try:
        conn = connect_ro(path, BUSY_TIMEOUT_SECONDS)
    except sqlite3.Error as exc:
        raise StorageError(f"Companion cannot open its database {path}: {exc}") from exc
    try:
        check = conn.execute("PRAGMA quick_check").fetchone()
        if not check or check[0] != "ok":
            return None, "it is damaged"
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            return None, (
                f"it was written by a newer version of Companion (schema {version}, "
                f"this version knows {SCHEMA_VERSION})"
            )
        problem = schema_problem(conn, version) or index_problem(conn)
        if problem:
            return None, problem
    except sqlite3.Error as exc:
        in_use = _in_use(exc, path)
        if in_use is not None:
            raise in_use from exc
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF == 14:  # SQLITE_CANTOPEN
            raise StorageError(f"Companion cannot open its database {path}: {exc}") from exc
        return None, f"it is not a readable database ({exc})"
    finally:
        conn.close()
    return version, ""


def inspect_database(data_dir: Path) -> str:
    """A one-line, read-only description of the database in ``data_dir`` (for ``doctor``)."""
    path = Path(data_dir) / DB_NAME
    if not path.exists():
        return "not created yet (it will be on first start)"
    try:
        version, reason = _probe(path)
    except StorageError:
        return "in use by another program right now; try again when it is closed"
    if version is None:
        return f"unreadable: {reason}; it will be set aside (not deleted) on the next start"
    mode = oct(path.stat().st_mode & 0o777)
    try:
        conn = connect_ro(path, BUSY_TIMEOUT_SECONDS)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            counts = {
                t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
                for t in ("checkins", "breaks", "sessions")
                if t in tables
            }
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return f"readable, schema {version}, but counting failed ({exc})"
    parts = ", ".join(f"{n} {t}" for t, n in counts.items())
    return f"ok, schema {version}, {parts}, permissions {mode}"


def _prepare_folder(data_dir: Path) -> None:
    """Create the data folder if needed and make sure files can be made in it."""
    try:
        secure_dir(data_dir)
        probe = data_dir / f"{OWN_PREFIX}probe-{os.getpid()}"
        fd = os.open(probe, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise StorageError(
            f"Companion cannot use its data folder {data_dir}: {exc.strerror or exc}"
        ) from exc


def _set_aside_if_unreadable(path: Path, now: datetime, report: OpenReport) -> None:
    """Rename an unreadable database (and its side files) aside; ``report`` says where."""
    version, reason = _probe(path)
    if version is not None:
        return
    try:
        report.moved_aside = _move_aside(path, now)
    except OSError as exc:
        raise StorageError(
            f"The database {path} cannot be read because {reason}, and it could "
            f"not be set aside safely ({exc.strerror or exc}). Nothing was changed."
        ) from exc
    report.reason = reason


def _move_aside(path: Path, now: datetime) -> Path:
    stamp = now.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.unreadable-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.unreadable-{stamp}-{n}")
    os.replace(path, target)
    for suffix in ("-wal", "-shm", "-journal"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
    return target


class Store:
    """The SQLite store. Build one with :meth:`open`; close it when the app quits."""

    def __init__(self, conn: sqlite3.Connection, path: Path, report: OpenReport) -> None:
        self._conn = conn
        self.path = path
        self.report = report
        self._listeners: list[Callable[[str], None]] = []
        self._closed = False
        #: Ids of rows that could not be read, by table; each is reported once.
        self.unreadable: dict[str, set[int]] = {}
        self._unreadable_listeners: list[Callable[[dict[str, int]], None]] = []

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
        self._closed = True
        with suppress(sqlite3.Error):
            self._conn.close()

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

    # ----------------------------------------------------------------- health
    def integrity(self) -> str:
        return str(self._conn.execute("PRAGMA integrity_check").fetchone()[0])

    def counts(self) -> dict[str, int]:
        return {
            t: int(self._conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
            for t in ("checkins", "breaks", "sessions", "patterns")
        }


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
