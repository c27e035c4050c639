"""One running app per user and data folder: a second launch hands over and exits.

A per-user Unix socket (named with a hash of the data folder, in the temp folder where Qt's
local sockets live) carries one JSON line per message, e.g. ``{"cmd": "show"}`` or
``{"cmd": "break", "arg": "20"}``. A lock file serialises two launches at the same instant;
a socket left by a crash is removed before listening. Plain sockets with a
``QSocketNotifier`` keep QtNetwork (and its memory) out of the app.
"""

from __future__ import annotations

import contextlib
import fcntl
import getpass
import json
import os
import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCryptographicHash, QDir, QObject, QSocketNotifier, Signal

CONNECT_TIMEOUT_MS = 500


def server_name(data_dir: Path) -> str:
    """The local socket name for this user and data folder."""
    # QCryptographicHash rather than hashlib: hashlib would load OpenSSL at start-up.
    raw = QCryptographicHash.hash(
        str(Path(data_dir).resolve()).encode(), QCryptographicHash.Algorithm.Sha1
    )
    digest = bytes(raw.toHex().data()).decode()[:10]
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = str(os.getuid())
    safe = "".join(ch for ch in user if ch.isalnum()) or "user"
    return f"companion-{safe}-{digest}"


def _lock_path(data_dir: Path) -> Path:
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    base = Path(runtime) if runtime and Path(runtime).is_dir() else Path(data_dir)
    base.mkdir(parents=True, exist_ok=True)
    return base / f"{server_name(data_dir)}.lock"


def socket_path(name: str) -> Path:
    """Where the socket called ``name`` lives (the same place Qt's local sockets use)."""
    return Path(QDir.tempPath()) / name


def send_message(name: str, message: dict[str, Any], timeout_ms: int = CONNECT_TIMEOUT_MS) -> bool:
    """Deliver ``message`` to a running instance; False when none answers."""
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.settimeout(timeout_ms / 1000)
    try:
        client.connect(str(socket_path(name)))
    except OSError:
        client.close()
        return False
    try:
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
        self.path = socket_path(name)
        self._socket: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._clients: list[_Client] = []

    def listen(self) -> bool:
        """Start listening, removing a stale socket from a crashed run first."""
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            try:
                listener.bind(str(self.path))
            except OSError:
                # Nobody answered before we got here (the caller checked), so the file is
                # what a crashed run left behind.
                self.path.unlink(missing_ok=True)
                listener.bind(str(self.path))
            os.chmod(self.path, 0o600)
            listener.listen(8)
            listener.setblocking(False)
        except OSError:
            listener.close()
            return False
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
            except (BlockingIOError, InterruptedError):
                return
            except OSError:
                return
            conn.setblocking(False)
            self._clients.append(_Client(conn, self))


class SingleInstance:
    """Decide at start-up whether this process is the first one.

    ``claim(message)`` returns an :class:`InstanceServer` when this process should run the app,
    or None after it delivered ``message`` to the instance already running.
    """

    def __init__(self, data_dir: Path) -> None:
        self.name = server_name(data_dir)
        self._lock_file = _lock_path(data_dir)

    def claim(
        self, message: dict[str, Any], on_message: Callable[[dict[str, Any]], None] | None = None
    ) -> InstanceServer | None:
        fd = os.open(self._lock_file, os.O_CREAT | os.O_RDWR, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            if send_message(self.name, message):
                return None
            server = InstanceServer(self.name)
            if on_message is not None:
                server.messageReceived.connect(on_message)
            if not server.listen():
                return server  # could not listen: run anyway, just without hand-over
            return server
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)
