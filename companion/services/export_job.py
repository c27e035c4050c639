"""An export that runs off the UI thread, reports how far it got, and can be cancelled.

The job reads through its own read-only connection (SQLite connections belong to one thread,
and a snapshot there never holds up the app's writes). A cancelled or failed export leaves no
file behind and never replaces an earlier export.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from companion.storage.export import (
    ExportCancelled,
    ExportError,
    ExportSummary,
    export_data,
    open_reader,
)

__all__ = ["ExportJob"]


class ExportJob(QThread):
    """Writes one export of the store at ``db_path`` to ``target`` on its own thread.

    After ``finished``: ``summary`` is set when the file was written, ``error`` when it could
    not be, and ``cancelled`` is True when ``cancel()`` stopped it first.
    """

    #: (rows written, rows in all), every few thousand rows.
    progressed = Signal(int, int)

    def __init__(
        self,
        db_path: Path,
        fmt: str,
        target: Path,
        *,
        labels: Mapping[str, str],
        now: datetime,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportJob")
        self._db_path = db_path
        self._fmt = fmt
        self._target = target
        self._labels = dict(labels)
        self._now = now
        self._stop = threading.Event()
        self.summary: ExportSummary | None = None
        self.error: ExportError | None = None
        self.cancelled = False

    def cancel(self) -> None:
        """Stop at the next progress step; the half-written file is removed."""
        self._stop.set()

    def _progress(self, done: int, total: int) -> None:
        if self._stop.is_set():
            raise ExportCancelled
        self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            with open_reader(self._db_path) as reader:
                self.summary = export_data(
                    reader, self._fmt, self._target, labels=self._labels, now=self._now,
                    progress=self._progress,
                )  # fmt: skip
        except ExportCancelled:
            self.cancelled = True
        except ExportError as exc:
            self.error = exc
        if self._stop.is_set() and self.summary is not None:
            self.cancelled = False  # finished before the cancel was seen: the file is whole
