"""One running app per user and data folder: a second launch hands over and exits.

Two guarantees, kept apart:
- *one app per data folder*: the running app holds an exclusive lock on a file inside the
  data folder for its whole life, so a second GUI on the same data is impossible whatever
  ``TMPDIR`` or ``XDG_RUNTIME_DIR`` say (the kernel drops the lock when the process ends);
- *hand-over*: a Unix socket in a private per-user folder (``$XDG_RUNTIME_DIR/companion``,
  else ``/tmp/companion-<uid>``, each checked for owner and mode 0700 before use) carries one
  JSON line per message, e.g. ``{"cmd": "show"}`` or ``{"cmd": "break", "arg": "20"}``. A
  folder, socket or file there that belongs to someone else is refused, never talked to;
  both ends check that the other side runs as the same user.
Plain sockets with a ``QSocketNotifier`` keep QtNetwork (and its memory) out of the app.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import socket
import stat
import struct
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCryptographicHash, QObject, QSocketNotifier, Signal

CONNECT_TIMEOUT_MS = 500
#: How long a second launch keeps trying while the first one is still starting up.
HANDOVER_WAIT_SECONDS = 5.0
LOCK_NAME = ".companion-instance.lock"
#: Where the private folder goes without a usable $XDG_RUNTIME_DIR (fixed: TMPDIR may differ
#: between two launches, and the second must still find the first).
FALLBACK_ROOT = Path("/tmp")


class InstanceError(Exception):
    """The running app cannot be reached safely; the message is fit for a user."""


class DataFolderError(InstanceError):
    """The data folder itself cannot be used (read-only, not ours to write): the user can
    choose another one."""


def server_name(data_dir: Path) -> str:
    """The socket's file name for this user and data folder."""
    # QCryptographicHash rather than hashlib: hashlib would load OpenSSL at start-up.
    raw = QCryptographicHash.hash(
        os.fsencode(Path(data_dir).resolve()), QCryptographicHash.Algorithm.Sha1
    )
    digest = bytes(raw.toHex().data()).decode()[:16]
    return f"companion-{os.getuid()}-{digest}"


def private_folder() -> Path:
    """The user's private folder for the socket; raises InstanceError if it is not private."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and os.path.isabs(runtime) and _is_private(Path(runtime)):
        base = Path(runtime) / "companion"
    else:
        base = FALLBACK_ROOT / f"companion-{os.getuid()}"
    with contextlib.suppress(FileExistsError):
        os.mkdir(base, 0o700)
    if not _is_private(base):
        raise InstanceError(
            f"{base} belongs to another user or is open to others, so Companion will not use "
            "it to reach a window that is already open."
        )
    return base


def _is_private(folder: Path) -> bool:
    """A real folder (not a link) owned by this user that no one else may enter."""
    try:
        info = os.lstat(folder)
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & 0o077


def socket_path(name: str) -> Path:
    """Where the socket called ``name`` lives (in the private folder)."""
    return private_folder() / name


def _own_socket(path: Path) -> bool | None:
    """True: our own socket is there; None: nothing is; False: something else (refused)."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return None
    return stat.S_ISSOCK(info.st_mode) and info.st_uid == os.getuid()


def _peer_is_us(conn: socket.socket) -> bool:
    """The process at the other end runs as this user (Linux SO_PEERCRED)."""
    peercred = getattr(socket, "SO_PEERCRED", None)
    if peercred is None:  # pragma: no cover - other systems: the private folder suffices
        return True
    try:
        creds = conn.getsockopt(socket.SOL_SOCKET, peercred, struct.calcsize("3i"))
    except OSError:
        return False
    _pid, uid, _gid = struct.unpack("3i", creds)
    return bool(uid == os.getuid())


def send_message(name: str, message: dict[str, Any], timeout_ms: int = CONNECT_TIMEOUT_MS) -> bool:
    """Deliver ``message`` to a running instance; False when none answers.

    Raises InstanceError when something not ours sits where the socket should be.
    """
    path = socket_path(name)
    own = _own_socket(path)
    if own is None:
        return False
    if not own:
        raise InstanceError(f"{path} is not Companion's, so nothing was sent to it.")
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.settimeout(timeout_ms / 1000)
    try:
        client.connect(str(path))
        if not _peer_is_us(client):
            raise InstanceError(f"{path} is held by another user, so nothing was sent to it.")
        client.sendall((json.dumps(message) + "\n").encode())
        # The running app answers "ok" once it has the message; wait briefly for it.
        client.settimeout(timeout_ms * 4 / 1000)
        with contextlib.suppress(OSError):
            client.recv(16)
        return True
    except OSError:
        return False
    finally:
        client.close()


class _Client(QObject):
    """One connected launcher: reads its lines, answers each with "ok"."""

    def __init__(self, conn: socket.socket, server: InstanceServer) -> None:
        super().__init__(server)
        self.conn = conn
        self._buffer = b""
        self._server = server
        self._notifier = QSocketNotifier(conn.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)

    def _read(self) -> None:
        try:
            chunk = self.conn.recv(4096)
        except BlockingIOError:
            return
        except OSError:
            chunk = b""
        if not chunk:
            self.close()
            return
        self._buffer += chunk
        while b"\n" in self._buffer:
            raw, self._buffer = self._buffer.split(b"\n", 1)
            try:
                message = json.loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError):
                continue
            if isinstance(message, dict):
                with contextlib.suppress(OSError):
                    self.conn.sendall(b"ok\n")
                self._server.messageReceived.emit(message)

    def close(self) -> None:
        self._notifier.setEnabled(False)
        self.conn.close()
        self._server.forget(self)


class InstanceServer(QObject):
    """Listens for later launches and turns their lines into ``messageReceived``."""

    messageReceived = Signal(dict)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.path: Path | None = None
        self._socket: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._clients: list[_Client] = []

    def listen(self) -> bool:
        """Start listening. Only call this while holding the data folder's lock: then a socket
        of ours already there is what a crashed run left, and is replaced."""
        path = socket_path(self.name)
        own = _own_socket(path)
        if own is False:
            raise InstanceError(f"{path} is not Companion's, so it was left alone.")
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            if own:
                path.unlink(missing_ok=True)
            listener.bind(str(path))
            os.chmod(path, 0o600)
            listener.listen(8)
            listener.setblocking(False)
        except OSError:
            listener.close()
            return False
        self.path = path
        self._socket = listener
        self._notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._accept)
        return True

    def close(self) -> None:
        """Stop listening, drop any client still connected, and remove the socket file."""
        for client in list(self._clients):
            client.close()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        if self._socket is not None:
            self._socket.close()
            self._socket = None
            if self.path is not None:
                self.path.unlink(missing_ok=True)

    def forget(self, client: _Client) -> None:
        if client in self._clients:
            self._clients.remove(client)
            client.deleteLater()

    def _accept(self) -> None:
        if self._socket is None:
            return
        while True:
            try:
                conn, _ = self._socket.accept()
            except OSError:
                return
            if not _peer_is_us(conn):
                conn.close()  # another user: never read what they send
                continue
            conn.setblocking(False)
            self._clients.append(_Client(conn, self))


class SingleInstance:
    """Decide at start-up whether this process is the app for ``data_dir``.

    ``claim(message)`` returns an :class:`InstanceServer` when this process should run the
    app (it then holds the data folder's lock until it exits), or None after it delivered
    ``message`` to the app already running. Raises InstanceError when the folder cannot be
    locked or the running app cannot be reached safely.
    """

    def __init__(self, data_dir: Path) -> None:
        self.name = server_name(data_dir)
        self._lock_file = Path(data_dir) / LOCK_NAME
        self._fd: int | None = None
        #: Why hand-over is off for this run ("" when it works); the app still runs.
        self.problem = ""

    def claim(
        self, message: dict[str, Any], on_message: Callable[[dict[str, Any]], None] | None = None
    ) -> InstanceServer | None:
        try:
            fd = os.open(self._lock_file, os.O_CREAT | os.O_RDWR | os.O_CLOEXEC, 0o600)
        except OSError as exc:
            raise DataFolderError(
                f"Companion cannot use its data folder {self._lock_file.parent}: "
                f"{exc.strerror or exc}"
            ) from exc
        deadline = time.monotonic() + HANDOVER_WAIT_SECONDS
        while not self._try_lock(fd):
            # Another app has this data folder: hand over (it may still be starting up).
            if send_message(self.name, message):
                os.close(fd)
                return None
            if time.monotonic() > deadline:
                os.close(fd)
                raise InstanceError(
                    "Companion is already open for this data folder but does not answer; "
                    "close it and try again."
                )
            time.sleep(0.05)  # another process is starting; nothing to compute meanwhile
        self._fd = fd
        server = InstanceServer(self.name)
        if on_message is not None:
            server.messageReceived.connect(on_message)
        try:
            server.listen()
        except InstanceError as exc:
            self.problem = str(exc)  # run anyway: the lock still keeps a second app out
        return server

    @staticmethod
    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def release(self) -> None:
        """Let the next launch have the data folder (also happens when the process ends)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
