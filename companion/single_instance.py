"""One running app per user and data folder: a second launch hands over and exits.

A per-user ``QLocalServer`` name (with a hash of the data folder) carries one JSON line per
message, e.g. ``{"cmd": "show"}`` or ``{"cmd": "break", "arg": "20"}``. A lock file serialises
two launches at the same instant; a socket left by a crash is removed before listening.
"""

from __future__ import annotations

import fcntl
import getpass
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCryptographicHash, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

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


def send_message(name: str, message: dict[str, Any], timeout_ms: int = CONNECT_TIMEOUT_MS) -> bool:
    """Deliver ``message`` to a running instance; False when none answers."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write((json.dumps(message) + "\n").encode())
    socket.flush()
    while socket.bytesToWrite() > 0:
        if not socket.waitForBytesWritten(timeout_ms):
            socket.abort()
            return False
    # The running app answers "ok" once it has the message; wait briefly for it.
    if socket.waitForReadyRead(timeout_ms * 4):
        socket.readAll()
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    """Listens for later launches and turns their lines into ``messageReceived``."""

    messageReceived = Signal(dict)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._clients: list[QLocalSocket] = []

    def listen(self) -> bool:
        """Start listening, removing a stale socket from a crashed run first."""
        if self._server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)
        return self._server.listen(self.name)

    def close(self) -> None:
        """Stop listening and drop any client still connected."""
        for conn in list(self._clients):
            conn.readyRead.disconnect(self._on_ready)
            conn.disconnected.disconnect(self._on_disconnected)
            conn.abort()
        self._clients.clear()
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            conn = self._server.nextPendingConnection()
            self._clients.append(conn)
            conn.readyRead.connect(self._on_ready)
            conn.disconnected.connect(self._on_disconnected)
            if conn.bytesAvailable():
                self._read(conn)

    def _on_ready(self) -> None:
        conn = self.sender()
        if isinstance(conn, QLocalSocket):
            self._read(conn)

    def _on_disconnected(self) -> None:
        conn = self.sender()
        if isinstance(conn, QLocalSocket) and conn in self._clients:
            self._clients.remove(conn)
            conn.deleteLater()

    def _read(self, conn: QLocalSocket) -> None:
        while conn.canReadLine():
            raw = bytes(conn.readLine().data()).strip()
            try:
                message = json.loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError):
                continue
            if isinstance(message, dict):
                conn.write(b"ok\n")
                conn.flush()
                self.messageReceived.emit(message)


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
