"""Checks made before the store trusts a file or a folder: who owns it, whether SQLite can
reach it, and whether its tables and indexes are Companion's and intact.

Everything here reads only, except ``secure_dir``, which creates the data folder (0700) or
tightens one that holds Companion's files and nothing else.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

DB_NAME = "companion.db"


class PathTooLong(ValueError):
    """The database path is longer than SQLite can open; the message is fit for a user."""


#: The columns each table has had since the schema version that created it; a file whose
#: tables lack any of these was damaged or written by another program.
_TABLE_COLUMNS: dict[str, tuple[int, frozenset[str]]] = {
    "checkins": (1, frozenset({"id", "ts", "utc_offset", "state", "intensity", "note", "tag",
                               "context", "break_id"})),
    "breaks": (1, frozenset({"id", "started", "utc_offset", "return_at", "original_return",
                             "plan", "plan_done", "extensions", "bridge", "ended", "outcome",
                             "before_checkin", "after_checkin", "notified"})),
    "sessions": (1, frozenset({"id", "started", "utc_offset", "ended", "pattern_name",
                               "pattern_spec", "breaths", "seconds", "finished"})),
    "patterns": (2, frozenset({"id", "name", "spec"})),
}  # fmt: skip


def secure_dir(path: Path) -> None:
    """Create the data folder 0700; a folder that is already there keeps its mode.

    Someone who points ``--data-dir`` at their home or a shared 1777 folder chose it; only
    the database files inside are made private.
    """
    if not path.is_dir():
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(path, 0o700)
    elif _holds_only_companion_files(path) and path.stat().st_mode & 0o777 != 0o700:
        os.chmod(path, 0o700)  # a copy or an older version left it loose


def _holds_only_companion_files(path: Path) -> bool:
    """True for a folder of the user's that holds Companion's files and nothing else.

    Only such a folder is Companion's own to tighten; a home folder, a shared 1777 folder
    or an empty folder someone made keeps the mode it has.
    """
    info = path.stat()
    if info.st_uid != os.getuid() or info.st_mode & stat.S_ISVTX:
        return False
    names = os.listdir(path)
    return bool(names) and all(n.startswith((DB_NAME, OWN_PREFIX)) for n in names)


#: Companion's own files besides the database (the single-instance lock) start with this.
OWN_PREFIX = ".companion-"


#: SQLite refuses file names longer than this (its MAX_PATHNAME, 512 with the final NUL), and
#: it needs room for the "-journal" suffix of its side files.
SQLITE_MAX_PATH = 511 - len("-journal")


def check_path_length(path: Path) -> None:
    """Refuse, with one clear line, a database path too long for SQLite to open."""
    try:
        full = os.path.realpath(path)
    except (OSError, ValueError):
        full = os.path.abspath(path)
    if len(os.fsencode(full)) > SQLITE_MAX_PATH:
        raise PathTooLong(
            f"The data folder path is too long for the database ({len(os.fsencode(full))} "
            f"bytes; at most {SQLITE_MAX_PATH - len(DB_NAME) - 1} are possible). Choose a "
            "folder with a shorter path; nothing was changed."
        )


def connect_ro(path: Path, timeout: float) -> sqlite3.Connection:
    """A read-only connection that writes nothing, not even on a read-only mount.

    ``immutable`` is not used: another instance may be writing. ``mode=ro`` on a folder
    where the -shm file cannot be created still reads a database with no WAL left.
    """
    return sqlite3.connect(f"file:{_uri_path(path)}?mode=ro", uri=True, timeout=timeout)


def _uri_path(path: Path) -> str:
    """``path`` for a ``file:`` URI: bytes a URI gives a meaning to (or not ASCII) escaped."""
    raw = os.fsencode(os.path.abspath(path))  # bytes: a name need not be UTF-8
    return "".join(chr(b) if 32 < b < 127 and chr(b) not in "%?#" else f"%{b:02x}" for b in raw)


def schema_problem(conn: sqlite3.Connection, version: int) -> str:
    """Why the tables in ``conn`` are not those of a Companion database, or "" when they are."""
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if version == 0:
        return "it is a database of another program" if names else ""
    for table, (since, columns) in _TABLE_COLUMNS.items():
        if version < since:
            continue
        if table not in names:
            return f"its {table} table is missing"
        have = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
        if not columns <= have:
            return f"its {table} table is missing columns"
    return ""


def index_problem(conn: sqlite3.Connection) -> str:
    """A quick look for indexes out of step with their table (``quick_check`` skips that).

    Counting each table through each of its indexes costs milliseconds; only when they
    disagree (or a read fails) does the full ``integrity_check`` run to confirm.
    """
    try:
        rows = conn.execute(
            "SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        ).fetchall()
        suspicious = False
        for name, table in rows:
            if table not in _TABLE_COLUMNS:
                continue
            full = conn.execute(f'SELECT count(*) FROM "{table}" NOT INDEXED').fetchone()[0]
            via = conn.execute(f'SELECT count(*) FROM "{table}" INDEXED BY "{name}"').fetchone()
            suspicious = suspicious or via[0] != full
    except sqlite3.DatabaseError as exc:
        if is_busy(exc):
            raise
        suspicious = True
    if not suspicious:
        return ""
    return "" if full_check_passes(conn) else "it is damaged"


def full_check_passes(conn: sqlite3.Connection) -> bool:
    """The complete (slow) ``integrity_check``, for when a quicker look raised a doubt."""
    try:
        row = conn.execute("PRAGMA integrity_check(1)").fetchone()
    except sqlite3.DatabaseError as exc:
        if is_busy(exc):
            raise
        return False
    return bool(row) and row[0] == "ok"


def is_busy(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    return (code is not None and code & 0xFF in (5, 6)) or "locked" in str(exc)


# A clean close leaves a note of the file's size, time and inode next to it. A later open that
# finds the note matching (and no write-ahead log left over) knows the file is exactly as it
# was closed, and skips the page-by-page check; a crash, a kill or any change made to the file
# from outside leaves no matching note, and the full check runs.
CLEAN_SUFFIX = ".closed"


def _fingerprint(path: Path) -> str:
    info = path.stat()
    return f"{info.st_size} {info.st_mtime_ns} {info.st_ino}"


def note_clean_close(path: Path) -> None:
    """After the last connection closed: note that ``path`` was left whole (best effort)."""
    note = path.with_name(path.name + CLEAN_SUFFIX)
    try:
        if path.with_name(path.name + "-wal").exists():
            return  # someone else still has it open: the next open checks it
        fd = os.open(note, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as out:
            out.write(_fingerprint(path))
    except OSError:
        return


def closed_cleanly(path: Path) -> bool:
    """True when ``path`` is unchanged since a clean close; the note is used up either way."""
    note = path.with_name(path.name + CLEAN_SUFFIX)
    try:
        noted = note.read_text()
    except (OSError, UnicodeError):
        return False
    try:
        note.unlink()
        same = noted == _fingerprint(path)
    except OSError:
        return False
    return same and not path.with_name(path.name + "-wal").exists()
