"""The whole break by keyboard alone and by mouse alone, with the presses counted."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from companion.app import build_main_window
from companion.core.clock import ManualClock
from companion.ui.pause.break_page import BreakPage
from companion.ui.shell.main_window import MainWindow

pytestmark = [
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)"),
    pytest.mark.usefixtures("c_locale"),
]


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path, clock: ManualClock) -> MainWindow:
    win = build_main_window(data_dir, clock=clock)
    qtbot.addWidget(win)
    win.resize(640, 480)
    win.show()
    qtbot.waitExposed(win)
    return win


class Keys:
    """Presses keys on whatever has the focus, and counts them."""

    def __init__(self, qtbot: QtBot, window: MainWindow) -> None:
        self.qtbot, self.window, self.count = qtbot, window, 0

    def focused(self) -> QWidget:
        widget = self.window.focusWidget()
        assert widget is not None
        return widget

    def press(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        self.qtbot.keyClick(self.focused(), key, modifier)
        self.count += 1

    def tab_to(self, target: QWidget, limit: int = 40) -> None:
        for _ in range(limit):
            if self.focused() is target:
                return
            self.press(Qt.Key.Key_Tab)
        raise AssertionError(f"Tab never reached {target.objectName()}")


def test_a_whole_break_by_keyboard_alone(
    qtbot: QtBot, window: MainWindow, clock: ManualClock
) -> None:
    keys = Keys(qtbot, window)
    keys.press(Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)  # Take a break
    page = window.page("break")
    assert isinstance(page, BreakPage) and page.currentWidget() is page.flow
    assert keys.focused() is page.flow.start_button
    keys.press(Qt.Key.Key_Return)  # 20 minutes, the words on screen
    assert window.services.breaks.active() is not None and keys.count == 2
    assert page.currentWidget() is page.countdown
    clock.advance(19 * 60)
    keys.tab_to(page.countdown.back_button)
    keys.press(Qt.Key.Key_Space)  # I'm back
    assert page.currentWidget() is page.return_view
    keys.press(Qt.Key.Key_0)  # settled, as on the wheel
    keys.tab_to(page.return_view.finish_button)
    keys.press(Qt.Key.Key_Space)  # Finish
    assert window.services.breaks.active() is None
    record = window.services.store.breaks()[-1]
    assert record.outcome == "kept" and record.after_checkin is not None
    keys.press(Qt.Key.Key_Return)  # a stray Enter starts nothing
    assert window.services.breaks.active() is None
    assert keys.count <= 14  # Ctrl+B, Enter; Tab to I'm back, Space; 0; Tab to Finish, Space; Enter


def test_a_whole_break_by_mouse_alone(qtbot: QtBot, window: MainWindow, clock: ManualClock) -> None:
    clicks = 0

    def click(widget: QWidget) -> None:
        nonlocal clicks
        assert widget.isVisible() and widget.isEnabled(), widget.objectName()
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        clicks += 1

    click(window.take_break_button)
    page = window.page("break")
    assert isinstance(page, BreakPage)
    click(page.flow.duration_buttons[30])
    click(page.flow.copy_button)
    click(page.flow.start_button)
    assert window.services.breaks.active() is not None
    click(page.countdown.more_time_button)
    click(page.countdown.more_time_panel.extend10_button)
    click(page.countdown.said.copy_button)
    click(page.countdown.back_button)
    click(page.return_view.not_yet_button)  # not quite yet
    click(page.countdown.back_button)
    click(page.return_view.checkin.buttons["settled"])
    click(page.return_view.finish_button)
    assert window.services.breaks.active() is None
    assert window.services.store.breaks()[-1].outcome == "extended"
    assert clicks == 12
