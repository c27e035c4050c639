"""The store's failures as the UI may catch and word them (the UI never imports storage)."""

from __future__ import annotations

from companion.storage.problems import StorageProblem
from companion.storage.store import StorageError

__all__ = ["StorageError", "StorageProblem"]
