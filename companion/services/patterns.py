"""Custom breathing patterns: the list the pacer offers and the editor changes."""

from __future__ import annotations

from PySide6.QtCore import QObject

from companion.core.breath_pattern import Pattern, PatternError, parse_pattern
from companion.services.feed import StoreFeed
from companion.storage.store import StorageError, Store

__all__ = ["PatternService", "StorageError"]


class PatternService(StoreFeed):
    """Saved patterns by name; ``changed`` follows every write to them."""

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(store, ("patterns",), parent)

    def patterns(self) -> list[tuple[str, str]]:
        """Custom patterns as (name, spec), by name."""
        return self._store.patterns()

    def custom_patterns(self) -> list[Pattern]:
        """The saved patterns that still parse; a damaged row does not hide the others."""
        result = []
        for name, spec in self._store.patterns():
            try:
                result.append(parse_pattern(spec, name))
            except PatternError:
                continue
        return result

    def save_pattern(self, name: str, spec: str) -> None:
        """Create or replace the pattern called ``name``; raises StorageError."""
        self._store.save_pattern(name, spec)

    def rename_pattern(self, old: str, new: str) -> None:
        """Give a saved pattern a new name; raises StorageError."""
        self._store.rename_pattern(old, new)

    def delete_pattern(self, name: str) -> None:
        """Remove a saved pattern; raises StorageError."""
        self._store.delete_pattern(name)
