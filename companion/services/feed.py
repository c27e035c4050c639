"""The base of the data services: a Qt signal for every committed write to their tables.

Widgets connect to ``changed`` instead of subscribing to the store, so Qt drops the connection
when the widget goes. The services live as long as the store (built once in ``app.py``);
``close`` stops one early.
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QObject, Signal

from companion.storage.store import Store


class StoreFeed(QObject):
    """Relays the store's write notices for ``tables`` as ``changed(table)``."""

    changed = Signal(str)

    def __init__(
        self, store: Store, tables: Collection[str], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._tables = frozenset(tables)
        store.subscribe(self._relay)

    def _relay(self, table: str) -> None:
        if table in self._tables:
            self.changed.emit(table)

    def close(self) -> None:
        """Stop relaying (the store may live on, e.g. in tests)."""
        self._store.unsubscribe(self._relay)
