"""Insights: the numbers behind the charts, and word of every write that changes them.

With years of data the numbers of a window take a while to count (a few hundred milliseconds
over a million check-ins), so a large store counts them on a thread of its own with a
read-only connection (``ask``), and the answer comes back on the UI thread. A small store
answers at once (``insights``), which keeps the everyday case simple.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from companion.core.insights import Breakdown, Insights, Window
from companion.services.feed import StoreFeed
from companion.storage import insights_queries
from companion.storage.readers import open_reader
from companion.storage.store import Store

__all__ = ["LARGE_STORE", "InsightsAnswer", "InsightsService"]

#: From this many check-ins on, the numbers are counted off the UI thread.
LARGE_STORE = 20_000


@dataclass(frozen=True)
class InsightsAnswer:
    """The numbers of one question; ``insights`` is None when they could not be counted
    there (then ask again with ``insights()``, which says why)."""

    request: int
    insights: Insights | None


class _Answer(QObject):
    """Emitted from the counting thread; owned by the application, deleted on its thread."""

    ready = Signal(object)


class InsightsService(StoreFeed):
    """Counts over a window; ``changed`` follows writes to check-ins, breaks and sessions."""

    def __init__(
        self, store: Store, parent: QObject | None = None, large_store: int = LARGE_STORE
    ) -> None:
        super().__init__(store, ("checkins", "breaks", "sessions"), parent)
        self._large_store = large_store

    def insights(self, window: Window, now: datetime, breakdown: Breakdown) -> Insights:
        """Everything the charts show for ``window`` (see ``storage.insights_queries``)."""
        return insights_queries.insights(self._store, window, now, breakdown=breakdown)

    def has_any_data(self) -> bool:
        """True when anything at all has been saved."""
        return insights_queries.has_any_data(self._store)

    def counts_in_background(self) -> bool:
        """True when the store is large enough that ``ask`` should be used."""
        row = self._store.connection.execute("SELECT max(id) FROM checkins").fetchone()
        return int(row[0] or 0) >= self._large_store

    def ask(
        self,
        request: int,
        question: tuple[Window, datetime, Breakdown],
        receiver: Callable[[InsightsAnswer], None],
    ) -> None:
        """Count on another thread; ``receiver`` (a method of a living QObject) gets the
        InsightsAnswer on the UI thread, unless its object is gone by then."""
        window, now, breakdown = question
        answer = _Answer(QCoreApplication.instance())
        answer.ready.connect(receiver, Qt.ConnectionType.QueuedConnection)
        answer.ready.connect(answer.deleteLater, Qt.ConnectionType.QueuedConnection)
        path = self._store.path

        def count() -> None:
            found: Insights | None = None
            try:
                with open_reader(path) as reader:
                    found = insights_queries.insights(reader, window, now, breakdown=breakdown)
            except Exception:  # counted again on the UI thread, which tells the reason
                found = None
            answer.ready.emit(InsightsAnswer(request, found))

        threading.Thread(target=count, name="insights-count", daemon=True).start()
