"""Private by default: the data folder 0700, the database and its side files 0600, exports 0600,
whatever the umask."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest
from helpers.run import companion_env

from companion.storage.export import export_data
from companion.storage.store import DB_NAME, CheckIn, Store

SIDE_FILES = ("-wal", "-shm")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(params=[0o022, 0o002, 0o000], ids=lambda m: f"umask{m:03o}")
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


def _save_one(store: Store) -> int:
    return store.add_checkin(
        CheckIn("freeze", 3, datetime(2026, 11, 21, 19, 0, tzinfo=timezone.utc), note="private")
    )


def test_a_new_data_folder_and_database_are_private(tmp_path: Path, umask: int) -> None:
    data_dir = tmp_path / "deep" / "data"
    store = Store.open(data_dir)
    try:
        _save_one(store)
        assert mode(data_dir) == 0o700
        assert mode(data_dir / DB_NAME) == 0o600
        for suffix in SIDE_FILES:  # open while the store is: the write-ahead log and its index
            side = data_dir / (DB_NAME + suffix)
            assert side.exists(), side
            assert mode(side) == 0o600, (side, oct(mode(side)))
    finally:
        store.close()


def test_loose_modes_left_by_a_copy_or_an_old_version_are_tightened(
    tmp_path: Path, umask: int
) -> None:
    data_dir = tmp_path / "data"
    store = Store.open(data_dir)
    _save_one(store)
    store.close()
    os.chmod(data_dir, 0o755)
    os.chmod(data_dir / DB_NAME, 0o644)
    for suffix in SIDE_FILES:  # as a crash leaves them, readable by everyone
        fd = os.open(data_dir / (DB_NAME + suffix), os.O_CREAT | os.O_WRONLY, 0o644)
        os.close(fd)
        os.chmod(data_dir / (DB_NAME + suffix), 0o644)
    store = Store.open(data_dir)
    try:
        _save_one(store)
        assert mode(data_dir) == 0o700
        assert mode(data_dir / DB_NAME) == 0o600
        for suffix in SIDE_FILES:
            assert mode(data_dir / (DB_NAME + suffix)) == 0o600, suffix
        assert len(store.checkins()) == 2
    finally:
        store.close()


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_exports_are_readable_by_the_user_only(tmp_path: Path, umask: int, fmt: str) -> None:
    store = Store.open(tmp_path / "data")
    try:
        _save_one(store)
        fresh = tmp_path / f"fresh.{fmt}"
        export_data(store, fmt, fresh)
        # Replacing a file someone made readable by all gives a private file again.
        existing = tmp_path / f"existing.{fmt}"
        existing.write_text("old")
        os.chmod(existing, 0o644)
        export_data(store, fmt, existing)
    finally:
        store.close()
    for path in (fresh, existing):
        assert mode(path) == 0o600, (path, oct(mode(path)))
        assert "private" in path.read_text()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_the_export_command_writes_a_private_file(
    tmp_path: Path, record_figure: Callable[[str, str], None]
) -> None:
    data_dir = tmp_path / "data"
    store = Store.open(data_dir)
    _save_one(store)
    store.close()
    out = tmp_path / "export.csv"
    done = subprocess.run(
        [sys.executable, "-m", "companion", "export", "--format", "csv", "-o", str(out)],
        env=companion_env(data_dir),
        capture_output=True,
        text=True,
        timeout=60,
        umask=0o022,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr
    assert mode(out) == 0o600
    assert mode(data_dir) == 0o700 and mode(data_dir / DB_NAME) == 0o600
    record_figure(
        "permissions",
        f"data folder {mode(data_dir):o}, database {mode(data_dir / DB_NAME):o}, "
        f"export {mode(out):o} (umask 022)",
    )
