"""Run something once the window's first frame is on screen."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    """Waits for the window's first paint event.

    It watches the window alone, not the whole application: an application-wide filter is
    handed every object that gets an event, Qt's private ones too (an animation timer), and
    to name the type of such an object the bindings set up every QObject class they know,
    with all their enums, before the first frame.
    """

    def __init__(self, window: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(window)
        self._window = window
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            # The paint pass (window, children, flush to the screen) runs to its end before
            # the event loop takes the next posted call.
            QTimer.singleShot(0, self._callback)
        return False


def after_first_paint(window: QWidget, callback: Callable[[], object]) -> None:
    """Call ``callback`` once, right after ``window`` first paints (the window is painted
    first, then the widgets in it, then the frame goes to the screen).

    Of several waiting at once, the one installed last runs first.
    """
    window.installEventFilter(_FirstPaint(window, callback))


def report_first_paint(window: QWidget) -> None:
    """For start-up measurement: once the window's first frame is painted, print when and quit.

    Prints ``first-paint <CLOCK_MONOTONIC seconds> since-start <seconds>`` and exits 0. The
    monotonic stamp lets a caller measure from its own clock; ``since-start`` counts from the
    kernel's process start time (10 ms resolution, -1 where /proc cannot say).
    """

    def since_start() -> float:
        try:
            stat = Path("/proc/self/stat").read_text()
            ticks = int(stat.rsplit(")", 1)[1].split()[19])
            return time.clock_gettime(time.CLOCK_BOOTTIME) - ticks / os.sysconf("SC_CLK_TCK")
        except (OSError, ValueError, IndexError, AttributeError):
            return -1.0

    def done() -> None:
        stamp = time.monotonic()
        print(f"first-paint {stamp:.6f} since-start {since_start():.3f}", flush=True)
        # exit(), not quit(): quit() asks the window to close, which a running break refuses.
        QCoreApplication.exit(0)

    after_first_paint(window, done)
