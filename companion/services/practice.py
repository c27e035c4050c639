"""Breathing practice: the session log the pacer writes, and whether a day was practised."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QObject

from companion.core.breath_pattern import Pattern
from companion.core.practice import is_kept_session
from companion.services.feed import StoreFeed
from companion.storage.store import PracticeSession, StorageError, Store

__all__ = ["PracticeService", "StorageError"]


class PracticeService(StoreFeed):
    """The one way to the practice log; ``changed`` follows every write to it."""

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(store, ("sessions",), parent)

    def begin(self, pattern: Pattern, started: datetime) -> int:
        """Log a session as it starts; raises StorageError when it cannot be saved."""
        return self._store.add_session(
            PracticeSession(started=started, pattern_name=pattern.name, pattern_spec=pattern.spec)
        )

    def end(
        self, record_id: int, ended: datetime, elapsed: float, breaths: int, *, finished: bool
    ) -> bool:
        """Record how a session ended; a mis-click is dropped. Returns whether it was kept."""
        if not is_kept_session(elapsed, breaths, finished=finished):
            self._store.delete_session(record_id)
            return False
        self._store.update_session(
            record_id, ended=ended, breaths=breaths, seconds=round(elapsed, 1), finished=finished
        )
        return True

    def practised_on(self, day: date) -> bool:
        """Whether ``day`` (a local date) counts as practised."""
        from companion.storage.insights_queries import practised_on  # the insights' SQL, on demand

        return practised_on(self._store, day)
