"""The baseline for start-up and memory: a bare PySide6 script that shows one empty QWidget.

It reports its first paint exactly as ``companion`` does with ``COMPANION_EXIT_AFTER_PAINT``
(an application-wide event filter waits for the window's first paint event; the report is
posted so the whole paint pass and the flush finish first), then quits. Without that
variable it prints the same line and stays open, idle, until it is terminated.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

SIZE = (900, 640)  # the main window's size on a first start


class FirstPaint(QObject):
    """Calls ``done`` once, after the first paint event of ``window`` or a widget in it."""

    def __init__(self, app: QApplication, window: QWidget, exit_after: bool) -> None:
        super().__init__(window)
        self._app = app
        self._window = window
        self._exit_after = exit_after

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            self._app.removeEventFilter(self)
            QTimer.singleShot(0, self.done)
        return False

    def done(self) -> None:
        print(f"first-paint {time.monotonic():.6f}", flush=True)
        if self._exit_after:
            QApplication.quit()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.setWindowTitle("Baseline")
    window.resize(*SIZE)
    app.installEventFilter(
        FirstPaint(app, window, bool(os.environ.get("COMPANION_EXIT_AFTER_PAINT")))
    )
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
