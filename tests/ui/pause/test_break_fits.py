"""Every screen of the break journey fits: nothing squashed, clipped or elided.

Walks the journey (the flow folded and open, the countdown running, asking for more time,
with earlier words, overdue, and the return step) in the real window at its smallest size,
at 1920 x 1080, and with a 16 pt application font.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QLabel,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from companion.app import build_main_window
from companion.core.clock import ManualClock
from companion.ui.pause.break_page import BreakPage
from companion.ui.shell.main_window import MainWindow

pytestmark = [
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)"),
    pytest.mark.usefixtures("c_locale"),
]

LONG_WORDS = (
    "I'm getting overwhelmed and I can't talk well right now. I'm not leaving you; "
    "I need 20 minutes to calm down. I'll be back at 19:20."
)


def problems(root: QWidget) -> list[str]:
    """Each visible widget under ``root`` that is smaller than it needs, or hides its text."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget.parent(), QAbstractSpinBox):
            continue  # the spin box's own editor: the spin box itself is checked
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QScrollArea) and widget.horizontalScrollBar().isVisible():
            found.append(f"{name} scrolls sideways")
        hint = widget.minimumSizeHint()
        if hint.isValid() and (widget.width() < hint.width() or widget.height() < hint.height()):
            found.append(f"{name} is {widget.size().toTuple()} < {hint.toTuple()}")
        if isinstance(widget, QLabel) and widget.text():
            found.extend(_label_problems(widget, name))
        if isinstance(widget, QAbstractButton) and widget.text():
            metrics = QFontMetrics(widget.font())
            wide = max(metrics.horizontalAdvance(line) for line in widget.text().split("\n"))
            if wide > widget.width():
                found.append(f"{name} cuts its text: {widget.text()!r}")
    return found


def _label_problems(label: QLabel, name: str) -> list[str]:
    room = label.contentsRect()
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        return [f"{name} clips its text"] if needed > label.height() else []
    metrics = QFontMetrics(label.font())
    widest = max(metrics.horizontalAdvance(line) for line in label.text().split("\n"))
    return [f"{name} elides {label.text()!r}"] if widest > room.width() else []


@pytest.fixture(params=["640x480", "1920x1080", "16pt"])
def window(
    request: pytest.FixtureRequest, qtbot: QtBot, data_dir: Path, clock: ManualClock
) -> Iterator[MainWindow]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = QFont(app.font())
    if request.param == "16pt":
        big = QFont(font)
        big.setPointSizeF(16)
        app.setFont(big)
    win = build_main_window(data_dir, clock=clock)
    qtbot.addWidget(win)
    size = (1920, 1080) if request.param == "1920x1080" else (640, 480)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    yield win
    app.setFont(font)


def settle(window: MainWindow) -> None:
    for _ in range(3):
        QApplication.processEvents()
    window.grab()  # lays out and paints everything that is shown


def steps(window: MainWindow, clock: ManualClock) -> Iterator[tuple[str, Callable[[], None]]]:
    page = window.page("break")
    assert isinstance(page, BreakPage)
    yield "flow", lambda: window.take_break()
    yield (
        "flow with more choices",
        lambda: (
            page.flow.more_toggle.setChecked(True),
            page.flow.checkin_toggle.setChecked(True),
        ),
    )

    def start() -> None:
        page.flow.bridge_edit.setPlainText(LONG_WORDS)
        assert page.flow.start_break()

    yield "countdown", start
    yield "more time", lambda: page.countdown.more_time_button.setChecked(True)
    yield (
        "earlier words",
        lambda: (
            page.countdown.extend_minutes(10),
            page.countdown.said.earlier_toggle.setChecked(True),
        ),
    )

    def overdue() -> None:
        clock.advance(45 * 60)
        window.services.breaks.check()
        page.countdown.refresh()

    yield "overdue", overdue
    yield "return step", lambda: page.show_return()


def test_every_screen_of_the_break_fits(
    qtbot: QtBot, window: MainWindow, clock: ManualClock
) -> None:
    seen: dict[str, list[str]] = {}
    for name, step in steps(window, clock):
        step()
        settle(window)
        page = window.page("break")
        assert isinstance(page, BreakPage)
        seen[name] = problems(page.currentWidget())
    bad = {name: found for name, found in seen.items() if found}
    assert not bad, "\n".join(f"{k}: {v}" for k, v in bad.items())


def test_the_ring_grows_with_the_room_it_has(
    qtbot: QtBot, data_dir: Path, clock: ManualClock
) -> None:
    win = build_main_window(data_dir, clock=clock)
    qtbot.addWidget(win)
    win.show()
    win.take_break("20")
    page = win.page("break")
    assert isinstance(page, BreakPage)
    sides = []
    for size in ((640, 480), (1920, 1080), (3840, 2160)):
        win.resize(*size)
        settle(win)
        ring = page.countdown.ring
        sides.append(min(ring.width(), ring.height()))
        assert problems(page.countdown) == []
    assert sides[0] < sides[1] < sides[2]


def unnamed(root: QWidget) -> list[str]:
    """Every visible control under ``root`` a keyboard reaches that a screen reader cannot name."""
    found = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget.parent(), QAbstractSpinBox) or not widget.isVisible():
            continue
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            iface = QAccessible.queryAccessibleInterface(widget)
            if iface is None or not iface.text(QAccessible.Text.Name).strip():
                found.append(widget.objectName() or type(widget).__name__)
    return found


def test_every_control_of_the_break_journey_has_a_name(
    qtbot: QtBot, data_dir: Path, clock: ManualClock
) -> None:
    win = build_main_window(data_dir, clock=clock)
    qtbot.addWidget(win)
    win.resize(900, 700)
    win.show()
    qtbot.waitExposed(win)
    missing: dict[str, list[str]] = {}
    for name, step in steps(win, clock):
        step()
        settle(win)
        page = win.page("break")
        assert isinstance(page, BreakPage)
        if found := unnamed(page.currentWidget()):
            missing[name] = found
    assert missing == {}
