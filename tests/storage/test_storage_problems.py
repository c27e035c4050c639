"""A failed write says why as a typed problem, so the UI can word it in any language."""

from __future__ import annotations

import sqlite3

import pytest

from companion.storage.problems import StorageProblem, storage_problem
from companion.storage.store import StorageError, Store


def _fill_the_disk(store: Store) -> None:
    """Let the database grow no further, as when the disk is full (a real SQLITE_FULL)."""
    conn = store._conn
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    conn.execute(f"PRAGMA max_page_count = {pages}")


def test_a_full_disk_is_told_as_full_and_nothing_is_saved(store: Store) -> None:
    store.save_pattern("Calm", "4-8")
    _fill_the_disk(store)
    with pytest.raises(StorageError) as caught:
        store.save_pattern("Long", "4-8 " + "x" * 200_000)
    assert caught.value.problem is StorageProblem.FULL
    assert store.patterns() == [("Calm", "4-8")]


def test_a_name_already_taken_is_a_conflict(store: Store) -> None:
    store.save_pattern("Calm", "4-8")
    store.save_pattern("Slow", "5-10")
    with pytest.raises(StorageError) as caught:
        store.rename_pattern("Slow", "Calm")
    assert caught.value.problem is StorageProblem.CONFLICT


@pytest.mark.parametrize(
    ("code", "problem"),
    [
        (5, StorageProblem.IN_USE),  # SQLITE_BUSY
        (6, StorageProblem.IN_USE),  # SQLITE_LOCKED
        (8, StorageProblem.READ_ONLY),
        (13, StorageProblem.FULL),
        (19 | (8 << 8), StorageProblem.CONFLICT),  # an extended constraint code
        (10, StorageProblem.NOT_SAVED),  # SQLITE_IOERR and anything else
    ],
)
def test_sqlite_result_codes_map_to_problems(code: int, problem: StorageProblem) -> None:
    error = sqlite3.OperationalError("some failure")
    error.sqlite_errorcode = code
    assert storage_problem(error) is problem
