"""History: every saved entry a page at a time, and deleting entries of any kind."""

from __future__ import annotations

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
    "Key",
    "SortKey",
    "StorageError",
]


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
        """Remove one entry for good. Raises StorageError with a message."""
        kind, entry_id = key
        if kind is HistoryKind.CHECKIN:
            self.checkins.delete(entry_id)
        elif kind is HistoryKind.BREAK:
            self._store.delete_break(entry_id)
        else:
            self._store.delete_session(entry_id)
