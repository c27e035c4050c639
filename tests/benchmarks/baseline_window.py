"""The baselines for start-up and memory: a bare PySide6 script that shows one empty QWidget,
or (``baseline_window.py page``) a realistic first page: a main window with a menu, four tool
buttons, a combo box, a spin box, a painted circle and three labels.

It reports its first paint exactly as ``companion`` does with ``COMPANION_EXIT_AFTER_PAINT``
(an application-wide event filter waits for the window's first paint event; the report is
posted so the whole paint pass and the flush finish first), then quits. Without that
variable it prints the same line and stays open, idle, until it is terminated.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QRectF, QTimer
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

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


class Circle(QWidget):
    """An antialiased ring, as a breathing or countdown page paints one."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) - 20
        painter.setPen(QPen(self.palette().highlight().color(), 8))
        painter.drawEllipse(QRectF((self.width() - side) / 2, 10, side, side))
        painter.end()


def realistic_page() -> QMainWindow:
    """A small app's first page: a menu, a tool row, a combo, a spin box, a circle, labels."""
    window = QMainWindow()
    for title in ("&File", "&View", "&Help"):
        menu = window.menuBar().addMenu(title)
        menu.addAction("Quit" if title == "&File" else "About")
    central = QWidget(window)
    column = QVBoxLayout(central)
    tools = QHBoxLayout()
    for name in ("Start", "Pause", "Stop", "Settings"):
        button = QToolButton(central)
        button.setText(name)
        tools.addWidget(button)
    combo = QComboBox(central)
    combo.addItems(["4-7-8", "box", "coherent"])
    spin = QSpinBox(central)
    spin.setRange(1, 60)
    spin.setValue(5)
    tools.addWidget(combo)
    tools.addWidget(spin)
    tools.addStretch(1)
    column.addLayout(tools)
    column.addWidget(QLabel("Breathe in", central))
    column.addWidget(Circle(central), 1)
    column.addWidget(QLabel("4 seconds", central))
    column.addWidget(QLabel("Session 1 of 5", central))
    window.setCentralWidget(central)
    return window


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = realistic_page() if sys.argv[1:] == ["page"] else QWidget()
    window.setWindowTitle("Baseline")
    window.resize(*SIZE)
    app.installEventFilter(
        FirstPaint(app, window, bool(os.environ.get("COMPANION_EXIT_AFTER_PAINT")))
    )
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
