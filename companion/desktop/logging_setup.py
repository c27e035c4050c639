"""The app's log: a small rotating file in the standard log place, with Qt's messages in it.

The rule that keeps it private is in the code that logs: Companion never logs what the user
wrote (notes, bridge sentences, phrases) or their check-ins, only what the program did.
The log itself is readable only by the user.
"""

from __future__ import annotations

import io
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QStandardPaths, QtMsgType, qInstallMessageHandler

LOG_NAME = "companion.log"
MAX_BYTES = 512 * 1024
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
_HANDLER_NAME = "companion-file"

QtHandler = Callable[[QtMsgType, QMessageLogContext, str], None]

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def default_log_dir() -> Path:
    """``$XDG_STATE_HOME/companion`` on Linux; Qt's state location elsewhere."""
    if sys.platform.startswith("linux") or os.environ.get("XDG_STATE_HOME"):
        base = os.environ.get("XDG_STATE_HOME", "").strip()
        state = Path(base) if base and Path(base).is_absolute() else Path.home() / ".local/state"
        return state / "companion"
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.StateLocation)
    return Path(location) if location else Path.home() / ".companion" / "logs"


class PrivateRotatingFileHandler(logging.FileHandler):
    """A log file that starts afresh past ``max_bytes``, keeping ``backups`` old ones
    (``.1`` the newest); every file, the ones made at rotation too, is the user's only.

    Built on ``logging.FileHandler``: ``logging.handlers`` would bring sockets, pickling
    and queues into memory for a plain file.
    """

    def __init__(self, path: Path, *, max_bytes: int, backups: int) -> None:
        self.max_bytes = max_bytes
        self.backups = backups
        super().__init__(path, mode="a", encoding="utf-8")

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            os.fchmod(fd, 0o600)
        except OSError:
            os.close(fd)
            raise
        return open(fd, "a", encoding=self.encoding, errors=self.errors)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._too_long(record):
                self.doRollover()
        except Exception:  # as logging does: a failing log never stops the app
            self.handleError(record)
            return
        super().emit(record)

    def _too_long(self, record: logging.LogRecord) -> bool:
        if self.stream is None:
            self.stream = self._open()
        if self.max_bytes <= 0 or not os.path.isfile(self.baseFilename):
            return False
        text = f"{self.format(record)}{self.terminator}"
        return bool(self.stream.tell() + len(text.encode("utf-8")) > self.max_bytes)

    def doRollover(self) -> None:
        """Move ``log`` to ``log.1`` (``.1`` to ``.2``...), dropping the oldest; start anew."""
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        base = self.baseFilename
        for number in range(self.backups - 1, 0, -1):
            older = f"{base}.{number}"
            if os.path.exists(older):
                os.replace(older, f"{base}.{number + 1}")
        if self.backups > 0 and os.path.exists(base):
            os.replace(base, f"{base}.1")
        self.stream = self._open()


def setup_logging(log_dir: Path | None = None, *, level: int = logging.INFO) -> Path:
    """Send the ``companion`` loggers to ``log_dir/companion.log`` (512 KB, 3 old files kept).

    Calling it again replaces the earlier file handler. Returns the log file's path. If the
    folder cannot be written, logging goes to stderr only and the app carries on.
    """
    folder = log_dir if log_dir is not None else default_log_dir()
    path = folder / LOG_NAME
    logger = logging.getLogger("companion")
    for old in [h for h in logger.handlers if h.get_name() == _HANDLER_NAME]:
        logger.removeHandler(old)
        old.close()
    logger.setLevel(level)
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler: logging.Handler = PrivateRotatingFileHandler(
            path, max_bytes=MAX_BYTES, backups=BACKUPS
        )
        path.chmod(0o600)
    except OSError as exc:
        handler = logging.StreamHandler(sys.stderr)
        handler.setLevel(logging.WARNING)
        print(
            f"companion: cannot write the log file {path}: {exc.strerror or exc}", file=sys.stderr
        )
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(logging.Formatter(FORMAT))
    logger.addHandler(handler)
    return path


def qt_message_handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Route one Qt message into ``logging`` under ``companion.qt``, with its category."""
    category = getattr(context, "category", None) or "default"
    level = _QT_LEVELS.get(kind, logging.WARNING)
    logging.getLogger("companion.qt").log(level, "[%s] %s", category, message)


def install_qt_message_handler() -> QtHandler | None:
    """Send Qt's own messages (warnings about fonts, plugins...) into the log.

    Returns the handler that was installed before, so a caller can put it back.
    """
    previous: QtHandler | None = qInstallMessageHandler(qt_message_handler)
    return previous
