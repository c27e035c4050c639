"""Check-ins: saving what the wheel says, and changing or removing one later."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject

from companion.services.feed import StoreFeed
from companion.storage.store import CheckIn, StorageError, Store

__all__ = ["CheckIn", "CheckinService", "StorageError"]


class CheckinService(StoreFeed):
    """The one way widgets write check-ins; ``changed`` follows every write to them."""

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(store, ("checkins",), parent)

    def add(self, checkin: CheckIn) -> int:
        """Save a check-in at once; returns its id. Raises StorageError with a message."""
        return self._store.add_checkin(checkin)

    def update(self, checkin_id: int, changes: Mapping[str, object]) -> None:
        """Change some fields of a saved check-in. Raises StorageError with a message."""
        self._store.update_checkin(checkin_id, **changes)

    def delete(self, checkin_id: int) -> None:
        """Remove a check-in. Raises StorageError with a message."""
        self._store.delete_checkin(checkin_id)
