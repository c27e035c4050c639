"""History: every saved entry a page at a time, and deleting entries of any kind."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
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
from companion.storage.problems import StorageProblem, storage_problem
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
]


class HistoryWriteError(StorageError):
    """A change the store refused; ``reason`` says why (the message stays for the log)."""

    def __init__(self, message: str, reason: StorageProblem) -> None:
        super().__init__(message)
        self.reason = reason


def write_problem(exc: StorageError) -> StorageProblem:
    """The reason behind a refused write, read from SQLite's result code where there is one."""
    cause = exc.__cause__
    if isinstance(cause, sqlite3.Error):
        return storage_problem(cause)
    return exc.problem


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
