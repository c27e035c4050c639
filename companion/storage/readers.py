"""Read-only connections of their own, for work that runs on another thread (an export, the
numbers behind a chart): SQLite connections belong to one thread, and a snapshot read there
never holds up the app's writes (WAL)."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from companion.storage.integrity import connect_ro
from companion.storage.store import BUSY_TIMEOUT_SECONDS

__all__ = ["Reader", "open_reader"]


class Reader:
    """A read-only connection to the database, shaped like a store for the query modules."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.connection = conn


@contextlib.contextmanager
def open_reader(db_path: Path) -> Iterator[Reader]:
    """A read-only view of the database at ``db_path``, closed on leaving.

    Raises sqlite3.Error when the file cannot be opened."""
    conn = connect_ro(Path(db_path), BUSY_TIMEOUT_SECONDS)
    conn.isolation_level = None
    try:
        yield Reader(conn)
    finally:
        conn.close()
