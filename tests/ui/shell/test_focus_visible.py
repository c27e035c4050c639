"""Tab through every area in both themes: the cycle reaches every control, leaves every widget,
and each stop shows a focus indicator of at least 3:1 (measured on real grabs of the window)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from companion.app import build_main_window
from companion.core.clock import ManualClock
from companion.ui.shell.main_window import AREAS, MainWindow
from companion.ui.shell.theme import apply_theme

MAX_STOPS = 80
FOCUS_CONTRAST = 3.0


@pytest.fixture(params=["light", "dark"])
def window(request: pytest.FixtureRequest, qtbot, data_dir: Path) -> MainWindow:
    win = build_main_window(data_dir, clock=ManualClock())
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, request.param)
    qtbot.addWidget(win)
    win.resize(1000, 760)
    win.show()
    qtbot.waitExposed(win)
    yield win
    apply_theme(app, "light")


def _luminance(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    width, height = image.width(), image.height()
    raw = np.frombuffer(image.constBits(), dtype=np.uint8, count=image.sizeInBytes())
    pixels = raw.reshape(height, image.bytesPerLine() // 4, 4)[:, :width, :3] / 255.0
    linear = np.where(pixels <= 0.04045, pixels / 12.92, ((pixels + 0.055) / 1.055) ** 2.4)
    # BGRA in memory on little-endian machines
    return 0.0722 * linear[..., 0] + 0.7152 * linear[..., 1] + 0.2126 * linear[..., 2]


def _indicator_pixels(before: np.ndarray, after: np.ndarray, rect: QRect) -> int:
    """How many pixels in ``rect`` changed by at least 3:1 when the focus arrived."""
    box = (slice(rect.top(), rect.bottom() + 1), slice(rect.left(), rect.right() + 1))
    a, b = before[box], after[box]
    ratio = (np.maximum(a, b) + 0.05) / (np.minimum(a, b) + 0.05)
    return int((ratio >= FOCUS_CONTRAST).sum())


def _tab_stops(qtbot, window: QWidget) -> list[tuple[QWidget, QRect, np.ndarray]]:
    """Press Tab until the focus comes back round; each stop with where it was on screen then
    (a scrolling page moves its controls) and a grab of the window."""
    stops: list[tuple[QWidget, QRect, np.ndarray]] = []
    start = QApplication.focusWidget()
    assert start is not None
    for _ in range(MAX_STOPS):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        QApplication.processEvents()  # layouts and scrolling settle, as before any repaint
        focused = QApplication.focusWidget()
        assert focused is not None and focused.window() is window, "Tab left the window"
        rect = _visible_rect(focused, window)
        stops.append((focused, rect, _luminance(window.grab().toImage())))
        if focused is start:
            return stops
    raise AssertionError(f"Tab never came back to {start.objectName()!r}: a trap")


def _visible_rect(widget: QWidget, window: QWidget) -> QRect:
    """The part of ``widget`` not clipped by its parents (a scroll area's viewport)."""
    rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        rect = rect.intersected(QRect(parent.mapTo(window, parent.rect().topLeft()), parent.size()))
        parent = parent.parentWidget()
    return rect.intersected(window.rect())


def _tab_reachable(window: QWidget) -> set[QWidget]:
    """Every visible, enabled widget on screen that asks for Tab focus."""
    found: set[QWidget] = set()
    for widget in window.findChildren(QWidget):
        if not (widget.isVisible() and widget.isEnabled()):
            continue
        wants_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if wants_tab and widget.focusProxy() is None and widget.window() is window:
            found.add(widget)
    return found


def _check_cycle(qtbot, window: QWidget) -> None:
    """Tab round ``window`` once: every control visited, each showing a 3:1 focus change."""
    stops = _tab_stops(qtbot, window)
    visited = {w for w, _, _ in stops}
    missed = {w.objectName() or type(w).__name__ for w in _tab_reachable(window) - visited}
    assert missed == set()
    previous = stops[-1][2]
    weak = []
    for widget, rect, grab in stops:
        perimeter = 2 * (rect.width() + rect.height())
        if _indicator_pixels(previous, grab, rect) < perimeter:
            weak.append(widget.objectName() or f"{type(widget).__name__} {_text(widget)}")
        previous = grab
    assert weak == []


@pytest.mark.parametrize("area", AREAS)
def test_tab_visits_every_control_and_each_stop_shows_its_focus(
    qtbot, window: MainWindow, area: str
) -> None:
    window.show_area(area)
    window.area_bar.setFocus()
    qtbot.waitUntil(window.area_bar.hasFocus)
    _check_cycle(qtbot, window)


def test_the_settings_dialog_too(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    dialog = QApplication.activeModalWidget()
    assert dialog is not None
    dialog.activateWindow()  # a window manager would; the offscreen platform has none

    def focus_in_dialog() -> bool:
        focused = QApplication.focusWidget()
        return focused is not None and focused.window() is dialog

    qtbot.waitUntil(focus_in_dialog)
    try:
        _check_cycle(qtbot, dialog)
    finally:
        dialog.close()


def _text(widget: QWidget) -> str:
    return widget.text() if isinstance(widget, QAbstractButton) else widget.accessibleName()
