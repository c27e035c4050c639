"""The four everyday tasks with the keyboard alone, counting every key press.

Keys go to whichever widget has the focus, as on a real keyboard; no mouse, no direct calls.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from companion.app import build_main_window
from companion.core.clock import ManualClock
from companion.storage.store import CheckIn
from companion.ui.shell.main_window import MainWindow

Ctrl = Qt.KeyboardModifier.ControlModifier
NoMod = Qt.KeyboardModifier.NoModifier


class Keyboard:
    """Types into the focused widget and counts the presses."""

    def __init__(self, qtbot) -> None:
        self._qtbot = qtbot
        self.presses = 0

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = NoMod, times: int = 1) -> None:
        for _ in range(times):
            target = QApplication.focusWidget()
            assert isinstance(target, QWidget), "nothing has the keyboard focus"
            self._qtbot.keyClick(target, key, modifier)
            self.presses += 1

    def tab_until(self, reached, limit: int = 40) -> None:
        """Tab forward until ``reached(focus_widget)`` is true (a user looking at the ring)."""
        for _ in range(limit):
            if reached(QApplication.focusWidget()):
                return
            self.press(Qt.Key.Key_Tab)
        raise AssertionError("Tab never got there")


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def window(qtbot, data_dir: Path, clock: ManualClock) -> MainWindow:
    win = build_main_window(data_dir, clock=clock)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


def test_freeze_strong_is_saved_in_four_keys(qtbot, window: MainWindow) -> None:
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_2, Ctrl)  # Check in
    keys.press(Qt.Key.Key_3)  # freeze, at the middle strength
    keys.press(Qt.Key.Key_Plus)  # strong
    keys.press(Qt.Key.Key_Return)  # save
    saved = window.services.store.checkins()
    assert [(c.state, c.intensity) for c in saved] == [("freeze", 4)]
    assert keys.presses == 4


def test_the_pacer_starts_and_stops_in_three_keys(qtbot, window: MainWindow) -> None:
    keys = Keyboard(qtbot)
    window.show_area("insights")
    keys.press(Qt.Key.Key_1, Ctrl)  # Breathe: the pacer has the focus
    pacer = window.page("breathe")
    keys.press(Qt.Key.Key_Space)
    assert pacer.is_running()
    keys.press(Qt.Key.Key_Escape)
    assert not pacer.is_running()
    assert keys.presses == 3


def test_a_twenty_minute_break_with_its_sentence_in_two_keys(
    qtbot, window: MainWindow, clock: ManualClock
) -> None:
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_B, Ctrl)  # Take a break: 20 minutes is the default
    keys.press(Qt.Key.Key_Return)  # start it
    active = window.services.breaks.active()
    assert active is not None
    record = active[0]
    assert record.return_at - record.started == timedelta(minutes=20)
    countdown = window.findChild(QWidget, "countdownView")
    assert countdown is not None and countdown.isVisible()
    sentence = [
        w
        for w in countdown.findChildren(QWidget)
        if w.isVisible() and "back" in (getattr(w, "text", lambda: "")() or "")
    ]
    assert sentence, "the bridge sentence is not on screen with the countdown"
    assert keys.presses == 2


def test_a_history_entry_is_deleted_by_keyboard(
    qtbot, window: MainWindow, clock: ManualClock
) -> None:
    store = window.services.store
    store.add_checkin(CheckIn("fight", 3, clock.now() - timedelta(hours=2)))
    store.add_checkin(CheckIn("flight", 2, clock.now() - timedelta(hours=1)))
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_4, Ctrl)  # Insights; the focus is on its Charts / History tabs
    keys.press(Qt.Key.Key_Right)  # History
    history = window.page("insights").history
    keys.tab_until(lambda w: w is history.table)  # the focus lands on the newest entry
    keys.press(Qt.Key.Key_Delete)
    history.commit_pending()  # what the undo time running out does
    assert [c.state for c in store.checkins()] == ["fight"]
    assert keys.presses == 8, keys.presses  # Ctrl+4, Right, five Tabs, Delete
