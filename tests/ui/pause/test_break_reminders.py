"""Reminder banners in the window (no tray): punctuated, replaced, and gone with their break."""

from __future__ import annotations

from pathlib import Path

import pytest
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
    win.show()
    qtbot.waitExposed(win)
    assert win.services.tray is not None and not win.services.tray.available()
    return win


def take_break(window: MainWindow, text: str = "20") -> BreakPage:
    window.take_break(text)
    page = window.page("break")
    assert isinstance(page, BreakPage)
    assert window.services.breaks.active() is not None
    return page


def nearly_time(window: MainWindow, clock: ManualClock) -> str:
    clock.advance(15 * 60)
    window.services.breaks.check()
    return window.notice_text()


def test_the_reminder_reads_as_sentences(window: MainWindow, clock: ManualClock) -> None:
    take_break(window)
    text = nearly_time(window, clock)
    assert text.startswith("Nearly time to go back. 5 min until ")
    assert text.endswith("Start finding your way back.")


def test_the_reminder_goes_after_im_back_and_finish(window: MainWindow, clock: ManualClock) -> None:
    page = take_break(window)
    assert nearly_time(window, clock)
    page.show_return()
    assert page.return_view.finish() is not None
    assert window.notice_text() == ""


def test_the_reminder_goes_when_the_break_is_called_off(
    window: MainWindow, clock: ManualClock
) -> None:
    take_break(window)
    assert nearly_time(window, clock)
    window.services.breaks.cancel()
    assert window.notice_text() == ""


def test_a_newer_reminder_replaces_the_older_and_more_time_clears_it(
    window: MainWindow, clock: ManualClock
) -> None:
    take_break(window)
    soon = nearly_time(window, clock)
    clock.advance(5 * 60)
    window.services.breaks.check()
    due = window.notice_text()
    assert due != soon and due.startswith("Time to go back. It's ")
    window.services.breaks.extend(10 * 60)  # the time it names is no longer the agreed one
    assert window.notice_text() == ""


def test_a_new_break_does_not_inherit_the_old_reminder(
    window: MainWindow, clock: ManualClock
) -> None:
    take_break(window)
    assert nearly_time(window, clock)
    window.services.breaks.mark_returned()
    take_break(window, "30")
    assert window.notice_text() == ""
    assert nearly_time(window, clock) == ""  # 15 of 30 minutes: nothing to remind yet


def test_other_notices_are_not_taken_away_by_the_break(
    window: MainWindow, clock: ManualClock
) -> None:
    take_break(window)
    window.show_notice("Your earlier data file was set aside.")
    window.services.breaks.cancel()
    assert window.notice_text() == "Your earlier data file was set aside."


def test_take_a_break_from_the_tray_menu_opens_the_break_screen(window: MainWindow) -> None:
    window.show_area("breathe")
    tray = window.services.tray
    assert tray is not None
    tray.take_break_action.trigger()
    page = window.page("break")
    assert isinstance(page, BreakPage)
    assert window.current_area() == "break" and page.currentWidget() is page.flow
    assert window.services.breaks.active() is None  # it opens the choice; it starts nothing
