"""Insights: the numbers behind the charts, and word of every write that changes them."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject

from companion.core.insights import Breakdown, Insights, Window
from companion.services.feed import StoreFeed
from companion.storage import insights_queries
from companion.storage.store import Store

__all__ = ["InsightsService"]


class InsightsService(StoreFeed):
    """Counts over a window; ``changed`` follows writes to check-ins, breaks and sessions."""

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(store, ("checkins", "breaks", "sessions"), parent)

    def insights(self, window: Window, now: datetime, breakdown: Breakdown) -> Insights:
        """Everything the charts show for ``window`` (see ``storage.insights_queries``)."""
        return insights_queries.insights(self._store, window, now, breakdown=breakdown)

    def has_any_data(self) -> bool:
        """True when anything at all has been saved."""
        return insights_queries.has_any_data(self._store)
