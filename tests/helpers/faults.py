"""Faults on demand for the reliability tests: a full disk, a read-only file system, no network,
a sound device that comes and goes, and a cue player that only listens."""

from __future__ import annotations

import errno
import os
import socket
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from companion.audio.output import SilentOutput
from helpers.sounddevice_fakes import FakeCallbackStop, FakePortAudioError, FakeTimeInfo

DISK_FULL = "database or disk is full"


# --------------------------------------------------------------------------- a full disk
class DiskFullConnection:
    """Wraps the store's sqlite3 connection; while ``full``, the chosen step fails as SQLite
    fails when the disk is full.

    ``at`` says which step fails: "INSERT" (any INSERT, UPDATE or DELETE: the row cannot be
    written and SQLite rolls the statement back) or "COMMIT" (the log cannot grow; SQLite
    leaves the transaction open). Every other call goes to the real connection.
    """

    def __init__(self, conn: sqlite3.Connection, at: str = "COMMIT") -> None:
        self._conn = conn
        self.at = at.upper()
        self._failing = {"COMMIT"} if self.at == "COMMIT" else {"INSERT", "UPDATE", "DELETE"}
        self.full = True
        self.refused = 0

    def _check(self, sql: str) -> None:
        words = sql.split(None, 1)
        if self.full and words and words[0].upper() in self._failing:
            self.refused += 1
            raise sqlite3.OperationalError(DISK_FULL)

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        self._check(sql)
        return self._conn.execute(sql, *args)

    def executemany(self, sql: str, *args: Any) -> sqlite3.Cursor:
        self._check(sql)
        return self._conn.executemany(sql, *args)

    def executescript(self, script: str) -> sqlite3.Cursor:
        if self.full:
            self.refused += 1
            raise sqlite3.OperationalError(DISK_FULL)
        return self._conn.executescript(script)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


@contextmanager
def disk_full(store: Any, at: str = "COMMIT") -> Iterator[DiskFullConnection]:
    """While inside, the store's writes fail as on a full disk; the real connection after."""
    real = store._conn
    fake = DiskFullConnection(real, at)
    store._conn = fake
    try:
        yield fake
    finally:
        store._conn = real


@contextmanager
def genuinely_full(store: Any) -> Iterator[None]:
    """SQLite's own "disk full": the file may not grow by a single page while inside."""
    conn = store.connection
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    limit = int(conn.execute("PRAGMA max_page_count").fetchone()[0])
    conn.execute(f"PRAGMA max_page_count = {pages}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA max_page_count = {limit}")


# --------------------------------------------------------------------------- read-only
def read_only_filesystem(monkeypatch: pytest.MonkeyPatch, root: Path) -> None:
    """Make ``root`` behave like a folder on a read-only mount (EROFS), even for root.

    Changing modes, creating, renaming or removing anything under it fails; SQLite opens
    files under it read-only. Reading works as before.
    """
    root = Path(root).resolve()

    def inside(path: Any) -> bool:
        try:
            target = Path(os.fsdecode(path)).resolve()
        except (TypeError, ValueError):
            return False
        return target == root or root in target.parents

    def refuse(path: Any) -> OSError:
        return OSError(errno.EROFS, os.strerror(errno.EROFS), os.fsdecode(path))

    real_chmod, real_open, real_replace = os.chmod, os.open, os.replace
    real_rename, real_mkdir, real_unlink = os.rename, os.mkdir, os.unlink
    real_connect = sqlite3.connect
    writing = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND

    def chmod(path: Any, mode: int, *args: Any, **kwargs: Any) -> None:
        if inside(path):
            raise refuse(path)
        real_chmod(path, mode, *args, **kwargs)

    def open_(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if flags & writing and inside(path):
            raise refuse(path)
        return real_open(path, flags, *args, **kwargs)

    def replace(src: Any, dst: Any, *args: Any, **kwargs: Any) -> None:
        if inside(src) or inside(dst):
            raise refuse(src)
        real_replace(src, dst, *args, **kwargs)

    def rename(src: Any, dst: Any, *args: Any, **kwargs: Any) -> None:
        if inside(src) or inside(dst):
            raise refuse(src)
        real_rename(src, dst, *args, **kwargs)

    def mkdir(path: Any, *args: Any, **kwargs: Any) -> None:
        if inside(path):
            if os.path.exists(path):
                raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), os.fsdecode(path))
            raise refuse(path)
        real_mkdir(path, *args, **kwargs)

    def unlink(path: Any, *args: Any, **kwargs: Any) -> None:
        if inside(path):
            raise refuse(path)
        real_unlink(path, *args, **kwargs)

    def connect(database: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        text = os.fsdecode(database) if not isinstance(database, str) else database
        if text.startswith("file:"):
            path = text[5:].split("?", 1)[0]
            if inside(path) and "mode=ro" not in text:
                text = f"file:{path}?mode=ro"
            return real_connect(text, *args, **kwargs)
        if inside(text):
            kwargs.pop("uri", None)
            return real_connect(f"file:{text}?mode=ro", *args, uri=True, **kwargs)
        return real_connect(database, *args, **kwargs)

    for name, fake in (
        ("chmod", chmod),
        ("open", open_),
        ("replace", replace),
        ("rename", rename),
        ("mkdir", mkdir),
        ("unlink", unlink),
    ):
        monkeypatch.setattr(os, name, fake)
    monkeypatch.setattr(sqlite3, "connect", connect)


# --------------------------------------------------------------------------- no network
INTERNET = (socket.AF_INET, socket.AF_INET6)
_NAME_LOOKUPS = (
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.gethostbyname_ex",
    "socket.gethostbyaddr",
    "socket.getnameinfo",
)
_ADDRESSED = ("socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg")


@dataclass
class NetworkGuard:
    """While ``active``, every Internet socket, connection or name lookup made from Python is
    refused (PermissionError) and written down in ``attempts``. Local (AF_UNIX) sockets pass.

    It listens to Python's audit events, so it sees sockets however they are made
    (``socket.socket``, ``create_connection``, ``urllib``, ``http.client``, ``asyncio``).
    """

    attempts: list[str] = field(default_factory=list)
    active: bool = False

    def audit(self, event: str, args: tuple[Any, ...]) -> None:
        if not self.active:
            return
        if event == "socket.__new__":
            _sock, family, _type, _proto = args
            if family in INTERNET:
                self._refuse(f"socket(family={family!r})")
        elif event in _ADDRESSED:
            sock = args[0]
            if getattr(sock, "family", None) in INTERNET:
                self._refuse(f"{event}{args[1:]!r}")
        elif event in _NAME_LOOKUPS:
            self._refuse(f"{event}{args!r}")

    def _refuse(self, what: str) -> None:
        self.attempts.append(what)
        raise PermissionError(f"network blocked by the test: {what}")


_GUARDS: list[NetworkGuard] = []  # audit hooks cannot be removed: one hook, many guards


def _dispatch(event: str, args: tuple[Any, ...]) -> None:
    if event.startswith("socket.") and _GUARDS:
        _GUARDS[-1].audit(event, args)


@contextmanager
def no_network() -> Iterator[NetworkGuard]:
    """Block Internet sockets from Python while inside; yields the guard with its attempts."""
    if not getattr(sys, "_companion_network_hook", False):
        sys.addaudithook(_dispatch)
        sys._companion_network_hook = True  # type: ignore[attr-defined]
    guard = NetworkGuard(active=True)
    _GUARDS.append(guard)
    try:
        yield guard
    finally:
        guard.active = False
        _GUARDS.remove(guard)


# --------------------------------------------------------------------------- sound
class ListeningPlayer(SilentOutput):
    """A sound player that plays nothing and remembers what the pacer asked of it."""

    def __init__(self, message: str = "") -> None:
        super().__init__(message)
        self.calls: list[tuple[str, Any]] = []
        self.message = message

    def start(self, timeline: Any, offset_seconds: float) -> None:
        self.calls.append(("start", offset_seconds))

    def stop(self) -> None:
        self.calls.append(("stop", None))

    def heard_elapsed(self) -> float | None:
        return None

    def status_message(self) -> str:
        return self.message

    def retry(self) -> bool:
        return not self.message


class FakeStream:
    """An output stream the test drives: ``pump()`` runs one callback, ``vanish()`` is the
    device being pulled out (PortAudio ends the stream and later calls fail)."""

    def __init__(self, backend: FakeSoundDevice, **kwargs: Any) -> None:
        self.backend = backend
        self.samplerate = float(kwargs["samplerate"])
        self.channels = int(kwargs["channels"])
        self.callback: Callable[..., None] = kwargs["callback"]
        self.finished_callback: Callable[[], None] = kwargs["finished_callback"]
        self.latency = 0.05
        self._active = False
        self._time = 0.0
        self.written = 0
        self._buffer = np.zeros((4096, self.channels), dtype=np.float32)
        self._times = FakeTimeInfo()

    @property
    def active(self) -> bool:
        if self.backend.gone:
            raise FakePortAudioError("Stream is not valid [PaErrorCode -9988]")
        return self._active

    @property
    def time(self) -> float:
        if self.backend.gone:
            raise FakePortAudioError("Stream is not valid [PaErrorCode -9988]")
        return self._time

    def start(self) -> None:
        if self.backend.gone:
            raise FakePortAudioError("Device unavailable [PaErrorCode -9985]")
        self._active = True

    def _end(self) -> None:
        if self._active:
            self._active = False
            self.finished_callback()

    def stop(self) -> None:
        self._end()

    def abort(self) -> None:
        self._end()

    def close(self) -> None:
        self._end()

    def pump(self, frames: int = 1024) -> np.ndarray:
        """One callback, as PortAudio would run it; returns what was written."""
        times = self._times
        times.currentTime = self._time
        times.outputBufferDacTime = self._time + self.latency
        out = self._buffer[:frames]
        try:
            self.callback(out, frames, times, None)
        except FakeCallbackStop:
            self._end()
        self._time += frames / self.samplerate
        self.written += frames
        return out

    def vanish(self) -> None:
        self._end()


class FakeSoundDevice:
    """Just enough of the sounddevice module: one speaker, which can vanish."""

    PortAudioError = FakePortAudioError
    CallbackStop = FakeCallbackStop

    def __init__(self) -> None:
        self.gone = False
        self.streams: list[FakeStream] = []

    @property
    def stream(self) -> FakeStream:
        return self.streams[-1]

    def query_devices(self, device: int | None = None, kind: str | None = None) -> Any:
        speaker = {"name": "Speakers", "max_output_channels": 2, "default_samplerate": 48000.0}
        if device is None and kind is None:
            return [] if self.gone else [speaker]
        if self.gone or device not in (None, 0):
            raise FakePortAudioError("No output device found [PaErrorCode -9996]")
        return dict(speaker)

    def check_output_settings(self, **kwargs: Any) -> None:
        if self.gone:
            raise FakePortAudioError("Device unavailable [PaErrorCode -9985]")

    def OutputStream(self, **kwargs: Any) -> FakeStream:  # sounddevice names it so
        if self.gone:
            raise FakePortAudioError("Error opening OutputStream: Device unavailable")
        stream = FakeStream(self, **kwargs)
        self.streams.append(stream)
        return stream

    def vanish(self) -> None:
        """The device is unplugged mid-session."""
        self.gone = True
        for stream in self.streams:
            stream.vanish()
