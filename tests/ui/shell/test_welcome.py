"""The first window: three ways in, a break two key presses away, shown until one is chosen."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from companion.app import build_main_window
from companion.core.clock import ManualClock
from companion.storage.store import BreakRecord, Store
from companion.ui.shell.main_window import MainWindow
from companion.ui.shell.welcome import WelcomeView

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


def open_window(qtbot: QtBot, data_dir: Path, clock: ManualClock) -> MainWindow:
    window = build_main_window(data_dir, clock=clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def welcome(window: MainWindow) -> WelcomeView | None:
    shown = window.stack.currentWidget()
    return shown if isinstance(shown, WelcomeView) else None


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    """A key press where the keyboard focus is."""
    focused = window.focusWidget()
    assert isinstance(focused, QWidget)
    qtbot.keyClick(focused, key)


def test_a_running_break_in_two_key_presses(
    qtbot: QtBot, data_dir: Path, clock: ManualClock
) -> None:
    window = open_window(qtbot, data_dir, clock)
    view = welcome(window)
    assert view is not None
    assert window.focusWidget() is view.break_button
    press(qtbot, window, Qt.Key.Key_Return)  # 1: "I need a break now"
    assert window.current_area() == "break"
    assert welcome(window) is None
    press(qtbot, window, Qt.Key.Key_Return)  # 2: Start break
    found = window.services.breaks.active()
    assert found is not None
    assert found[1].return_at == clock.now() + timedelta(minutes=20)


def test_the_three_ways_are_reached_with_tab(
    qtbot: QtBot, data_dir: Path, clock: ManualClock
) -> None:
    window = open_window(qtbot, data_dir, clock)
    view = welcome(window)
    assert view is not None
    ways = [view.break_button, view.plan_button, view.breathe_button]
    assert [b.text() for b in ways] == [
        "I need a break now",
        "Make our pause plan together",
        "Breathe for a few minutes",
    ]
    press(qtbot, window, Qt.Key.Key_Tab)
    assert window.focusWidget() is view.plan_button
    press(qtbot, window, Qt.Key.Key_Space)
    assert window.current_area() == "plan"
    assert window.page("plan").objectName() == "planView"


def test_chosen_once_never_shown_again(qtbot: QtBot, data_dir: Path, clock: ManualClock) -> None:
    window = open_window(qtbot, data_dir, clock)
    view = welcome(window)
    assert view is not None
    qtbot.mouseClick(view.breathe_button, Qt.MouseButton.LeftButton)
    assert window.current_area() == "breathe"
    window.close()
    again = open_window(qtbot, data_dir, clock)
    assert welcome(again) is None
    assert again.current_area() == "breathe"


def test_shown_again_until_a_way_is_chosen(
    qtbot: QtBot, data_dir: Path, clock: ManualClock
) -> None:
    window = open_window(qtbot, data_dir, clock)
    qtbot.mouseClick(window.nav_buttons["insights"], Qt.MouseButton.LeftButton)
    assert window.current_area() == "insights"  # nothing blocks the other areas
    window.close()
    assert welcome(open_window(qtbot, data_dir, clock)) is not None


def test_when_breaks_are_not_the_tool_leads_to_help(
    qtbot: QtBot, data_dir: Path, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[bool] = []
    monkeypatch.setattr(MainWindow, "show_help", lambda self: opened.append(True))
    window = open_window(qtbot, data_dir, clock)
    view = welcome(window)
    assert view is not None
    text = view.safety_label.text()
    assert "abuse" in text and "danger" in text
    view.safety_label.linkActivated.emit("help")
    assert opened == [True]


def test_a_relaunch_during_a_break_goes_to_the_countdown(
    qtbot: QtBot, data_dir: Path, clock: ManualClock
) -> None:
    store = Store.open(data_dir, now=clock.now())
    back = clock.now() + timedelta(minutes=20)
    store.add_break(BreakRecord(started=clock.now(), return_at=back, original_return=back))
    store.close()
    window = open_window(qtbot, data_dir, clock)
    assert welcome(window) is None
    assert window.current_area() == "break"
