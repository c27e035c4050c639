"""Why a write or read of the store failed, as a closed set the UI words in any language."""

from __future__ import annotations

import sqlite3
from enum import Enum

from companion.storage.integrity import is_busy

__all__ = ["StorageProblem", "storage_problem"]


class StorageProblem(Enum):
    """Why the store could not do a write or read, for the UI to word in the user's language
    (the message of :class:`StorageError` is English, for logs and the command line)."""

    NOT_SAVED = "not-saved"  # any other failure; nothing was changed
    IN_USE = "in-use"  # another program holds the database
    FULL = "full"  # the disk is full
    READ_ONLY = "read-only"  # the file or its folder cannot be written
    CONFLICT = "conflict"  # it clashes with what is saved (a name already taken)
    DAMAGED = "damaged"  # the file is damaged (it is set aside at the next start)


def storage_problem(exc: sqlite3.Error) -> StorageProblem:
    """The kind of an SQLite failure (its primary result code), as the UI tells it."""
    if is_busy(exc):
        return StorageProblem.IN_USE
    code = getattr(exc, "sqlite_errorcode", None)
    primary = None if code is None else code & 0xFF
    return {
        13: StorageProblem.FULL,  # SQLITE_FULL
        8: StorageProblem.READ_ONLY,  # SQLITE_READONLY
        3: StorageProblem.READ_ONLY,  # SQLITE_PERM
        11: StorageProblem.DAMAGED,  # SQLITE_CORRUPT
        26: StorageProblem.DAMAGED,  # SQLITE_NOTADB
        19: StorageProblem.CONFLICT,  # SQLITE_CONSTRAINT
    }.get(primary or 0, StorageProblem.NOT_SAVED)
