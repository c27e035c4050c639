"""History: every saved entry a page at a time, and deleting entries of any kind."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from typing import Any

from PySide6.QtCore import QObject

from companion.services.checkins import CheckinService
from companion.services.feed import StoreFeed
from companion.storage.history_queries import (
    KINDS,
    HistoryEntry,
    HistoryFilter,
    HistoryKind,
    HistoryPage,
    Key,
    SortKey,
    history_page,
)
from companion.storage.store import StorageError, Store

__all__ = [
    "KINDS",
    "HistoryEntry",
    "HistoryFilter",
    "HistoryKind",
    "HistoryPage",
    "HistoryService",
    "HistoryWriteError",
    "Key",
    "SortKey",
    "StorageError",
    "WriteProblem",
]


class WriteProblem(Enum):
    """Why a change to History was not saved, in a form the interface words itself."""

    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    BUSY = "busy"
    DAMAGED = "damaged"
    NOT_SAVED = "not_saved"


_SQLITE_PROBLEMS = {
    sqlite3.SQLITE_FULL: WriteProblem.DISK_FULL,
    sqlite3.SQLITE_READONLY: WriteProblem.READ_ONLY,
    sqlite3.SQLITE_PERM: WriteProblem.READ_ONLY,
    sqlite3.SQLITE_BUSY: WriteProblem.BUSY,
    sqlite3.SQLITE_LOCKED: WriteProblem.BUSY,
    sqlite3.SQLITE_CORRUPT: WriteProblem.DAMAGED,
    sqlite3.SQLITE_NOTADB: WriteProblem.DAMAGED,
}


class HistoryWriteError(StorageError):
    """A change the store refused; ``reason`` says why (the message stays for the log)."""

    def __init__(self, message: str, reason: WriteProblem) -> None:
        super().__init__(message)
        self.reason = reason


def write_problem(exc: StorageError) -> WriteProblem:
    """The reason behind a refused write, read from SQLite's result code where there is one."""
    cause = exc.__cause__
    code = getattr(cause, "sqlite_errorcode", None) if cause is not None else None
    if not isinstance(code, int):
        return WriteProblem.NOT_SAVED
    return _SQLITE_PROBLEMS.get(code & 0xFF, WriteProblem.NOT_SAVED)


@contextmanager
def _reasoned() -> Iterator[None]:
    """A StorageError raised inside comes out as a HistoryWriteError with its reason."""
    try:
        yield
    except HistoryWriteError:
        raise
    except StorageError as exc:
        raise HistoryWriteError(str(exc), write_problem(exc)) from exc


class HistoryService(StoreFeed):
    """Reads the merged history and deletes entries; ``changed`` follows writes to any kind."""

    def __init__(
        self, store: Store, checkins: CheckinService, parent: QObject | None = None
    ) -> None:
        super().__init__(store, ("checkins", "breaks", "sessions"), parent)
        self.checkins = checkins

    def page(self, shown: HistoryFilter, cursor: SortKey | None, size: int) -> HistoryPage:
        """The next ``size`` entries after ``cursor`` (see ``storage.history_queries``)."""
        return history_page(self._store, shown, cursor, size)

    def delete(self, key: Key) -> None:
        """Remove one entry for good. Raises HistoryWriteError (with its reason)."""
        kind, entry_id = key
        with _reasoned():
            if kind is HistoryKind.CHECKIN:
                self.checkins.delete(entry_id)
            elif kind is HistoryKind.BREAK:
                self._store.delete_break(entry_id)
            else:
                self._store.delete_session(entry_id)

    def update_checkin(self, checkin_id: int, changes: dict[str, Any]) -> None:
        """Save changed fields of a check-in. Raises HistoryWriteError (with its reason)."""
        with _reasoned():
            self.checkins.update(checkin_id, changes)
