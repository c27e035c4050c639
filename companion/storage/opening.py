"""Opening the store's file: private folders and files, a path that fits, a file another
program holds, and a file that cannot be read, which is set aside (never overwritten)."""

from __future__ import annotations

import os
import sqlite3
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from companion.storage.integrity import (
    DB_NAME,
    OWN_PREFIX,
    PathTooLong,
    check_path_length,
    closed_cleanly,
    connect_ro,
    index_problem,
    is_busy,
    schema_problem,
    secure_dir,
)
from companion.storage.migrations import SCHEMA_VERSION
from companion.storage.problems import StorageProblem

BUSY_TIMEOUT_SECONDS = 3.0  # how long to wait for another program that holds the file


class StorageError(Exception):
    """A write or read the store could not do; the message is fit to show a user in English,
    ``problem`` says why for any other language."""

    def __init__(self, message: str, problem: StorageProblem = StorageProblem.NOT_SAVED) -> None:
        super().__init__(message)
        self.problem = problem


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


def _probe(path: Path, *, whole: bool = False) -> tuple[int | None, str]:
    """Read the schema version of an existing file without writing to it.

    ``whole``: the file is known to be as a clean close left it, so the page and index
    checks (tens of milliseconds on a large file) are skipped; the schema is still read.

    Returns (version, "") when readable, or (None, reason) when it is not. Raises
    StorageError when another program holds the file, or when the file cannot be opened at
    all (a folder the user may not read): busy or out of reach is not the same as broken.
    """
    try:
        conn = connect_ro(path, BUSY_TIMEOUT_SECONDS)
    except sqlite3.Error as exc:
        raise StorageError(f"Companion cannot open its database {path}: {exc}") from exc
    try:
        check = None if whole else conn.execute("PRAGMA quick_check").fetchone()
        if not whole and (not check or check[0] != "ok"):
            return None, "it is damaged"
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            return None, (
                f"it was written by a newer version of Companion (schema {version}, "
                f"this version knows {SCHEMA_VERSION})"
            )
        problem = schema_problem(conn, version) or ("" if whole else index_problem(conn))
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
    version, reason = _probe(path, whole=closed_cleanly(path))
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
