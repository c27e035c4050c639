"""The countdown view and the tray: what is shown follows the wall clock, extending, I'm back."""

from __future__ import annotations

from datetime import timedelta

import pytest
from helpers.breaks import START
from helpers.faults import DISK_FULL, disk_full
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from companion.breaks import BreakController
from companion.core.agreement import BREAK_PRESET, parse_return
from companion.core.clock import ManualClock
from companion.core.phrases import Phrases
from companion.storage import Store
from companion.ui.countdown_view import CountdownView
from companion.ui.tray import BreakTray

pytestmark = [
    # The offscreen platform cannot pass size hints to a window manager; nothing to fix here.
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)"),
    pytest.mark.usefixtures("c_locale"),  # times read "19:20"
]


def make_view(
    qtbot: QtBot, controller: BreakController, clock: ManualClock, phrases: Phrases
) -> CountdownView:
    view = CountdownView(controller, clock, phrases)
    qtbot.addWidget(view)
    view.resize(560, 760)
    return view


@pytest.fixture
def view(
    qtbot: QtBot, controller: BreakController, clock: ManualClock, phrases: Phrases
) -> CountdownView:
    return make_view(qtbot, controller, clock, phrases)


def start(controller: BreakController, clock: ManualClock, text: str = "20") -> None:
    controller.start(parse_return(text, clock.now()), ["walk", "water"], "Back at 19:20.")


def show(qtbot: QtBot, view: CountdownView) -> None:
    view.show()
    qtbot.waitExposed(view)


def test_nothing_running(qtbot: QtBot, view: CountdownView) -> None:
    show(qtbot, view)
    assert view.objectName() == "countdownView"
    assert view.none_label.isVisible()
    assert not view.body.isVisible()
    assert not view.tick_timer.isActive()


def test_remaining_time_follows_the_clock(
    qtbot: QtBot, view: CountdownView, controller: BreakController, clock: ManualClock
) -> None:
    start(controller, clock)
    show(qtbot, view)
    assert view.remaining_label.text() == "20:00"
    assert view.return_label.text() == "back at 19:20"
    assert view.ring.progress() == 0.0
    clock.advance(61)
    view.refresh()  # what the one-second timer does
    assert view.remaining_label.text() == "18:59"
    clock.advance(9 * 60 - 1)
    view.refresh()
    assert view.ring.progress() == pytest.approx(0.5)
    assert "Take your time" in view.status_label.text()
    clock.advance(6 * 60)
    view.refresh()
    assert view.remaining_label.text() == "4:00"
    assert "Nearly time" in view.status_label.text()


def test_a_suspend_and_clock_changes_are_recomputed(
    qtbot: QtBot, view: CountdownView, controller: BreakController, clock: ManualClock
) -> None:
    start(controller, clock)
    show(qtbot, view)
    clock.set_wall(START - timedelta(hours=1))
    view.refresh()
    assert view.remaining_label.text() == "1:20:00"
    clock.set_wall(START + timedelta(minutes=5))
    view.refresh()
    assert view.remaining_label.text() == "15:00"
    clock.suspend(3 * 3600)
    view.refresh()
    assert view.remaining_label.text() == "0:00"
    assert "2 hours 45 minutes ago" in view.status_label.text()
    assert view.ring.progress() == 1.0


def test_the_timer_runs_only_while_visible_and_running(
    qtbot: QtBot, view: CountdownView, controller: BreakController, clock: ManualClock
) -> None:
    assert view.tick_timer.objectName() == "countdownTick"
    assert view.tick_timer.interval() <= 1000
    start(controller, clock)
    assert not view.tick_timer.isActive()  # not shown yet
    show(qtbot, view)
    assert view.tick_timer.isActive()
    view.hide()
    assert not view.tick_timer.isActive()
    show(qtbot, view)
    controller.mark_returned()
    assert not view.tick_timer.isActive()
    assert view.none_label.isVisible()


def test_plan_ticks_are_saved_and_survive_a_restart(
    qtbot: QtBot,
    view: CountdownView,
    controller: BreakController,
    clock: ManualClock,
    phrases: Phrases,
    store: Store,
) -> None:
    start(controller, clock)
    show(qtbot, view)
    assert set(view.plan_boxes) == {"walk", "water"}
    box = view.plan_boxes["water"]
    indicator = QPoint(8, box.height() // 2)  # where a user clicks: the tick box itself
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=indicator)
    record = store.active_break()
    assert record is not None and record.plan_done == ("water",)
    again = make_view(qtbot, BreakController(store, clock), clock, phrases)
    assert again.plan_boxes["water"].isChecked()
    assert not again.plan_boxes["walk"].isChecked()


def test_more_time_extends_and_offers_a_new_message(
    qtbot: QtBot, view: CountdownView, controller: BreakController, clock: ManualClock
) -> None:
    start(controller, clock)
    show(qtbot, view)
    clock.advance(18 * 60)
    qtbot.mouseClick(view.more_time_button, Qt.MouseButton.LeftButton)
    assert view.more_time_panel.isVisible()
    qtbot.mouseClick(view.extend10_button, Qt.MouseButton.LeftButton)
    assert view.return_label.text() == "back at 19:30"
    assert view.remaining_label.text() == "12:00"
    assert view.extension_text.isVisible()
    assert "19:30" in view.extension_message()
    qtbot.mouseClick(view.copy_extension_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == view.extension_message()
    view.extend_minutes_box.setValue(7)
    qtbot.mouseClick(view.extend_custom_button, Qt.MouseButton.LeftButton)
    assert view.return_label.text() == "back at 19:37"
    assert "19:37" in view.extension_message()
    record = controller.store.active_break()
    assert record is not None and record.extensions == (600.0, 420.0)


def test_a_plan_tick_that_cannot_be_saved_is_put_back_and_explained(
    qtbot: QtBot, view: CountdownView, controller: BreakController, clock: ManualClock
) -> None:
    start(controller, clock)
    show(qtbot, view)
    box = view.plan_boxes["walk"]
    indicator = QPoint(8, box.height() // 2)
    with disk_full(controller.store, "COMMIT"):
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=indicator)
    assert not box.isChecked()  # the box shows what is stored
    assert view.plan_error.isVisible()
    assert "could not be saved" in view.plan_error.text() and DISK_FULL in view.plan_error.text()
    record = controller.store.active_break()
    assert record is not None and record.plan_done == ()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=indicator)
    assert box.isChecked() and not view.plan_error.isVisible()
    record = controller.store.active_break()
    assert record is not None and record.plan_done == ("walk",)


def test_more_time_that_cannot_be_saved_keeps_the_old_time_and_says_so(
    qtbot: QtBot, view: CountdownView, controller: BreakController, clock: ManualClock
) -> None:
    start(controller, clock)
    show(qtbot, view)
    qtbot.mouseClick(view.more_time_button, Qt.MouseButton.LeftButton)
    view.extend_minutes_box.setValue(7)
    with disk_full(controller.store, "COMMIT"):
        qtbot.mouseClick(view.extend_custom_button, Qt.MouseButton.LeftButton)
    text = view.extend_error.text()
    assert view.extend_error.isVisible()
    assert DISK_FULL in text and "still 19:20" in text
    assert view.return_label.text() == "back at 19:20"
    assert not view.extension_text.isVisible()
    record = controller.store.active_break()
    assert record is not None and record.extensions == ()
    qtbot.mouseClick(view.extend_custom_button, Qt.MouseButton.LeftButton)
    assert not view.extend_error.isVisible()
    assert view.return_label.text() == "back at 19:27"
    assert "19:27" in view.extension_message()


def test_more_time_past_a_day_is_refused_with_the_reason(
    qtbot: QtBot, view: CountdownView, controller: BreakController, clock: ManualClock
) -> None:
    start(controller, clock, "23h 55m")
    show(qtbot, view)
    view.more_time_button.click()
    view.extend20_button.click()
    assert view.extend_error.isVisible()
    assert "24 hours" in view.extend_error.text()
    assert view.return_label.text() == "back at 18:55 tomorrow"


def test_breathe_and_im_back(
    qtbot: QtBot, view: CountdownView, controller: BreakController, clock: ManualClock
) -> None:
    start(controller, clock)
    show(qtbot, view)
    with qtbot.waitSignal(view.breatheRequested) as breathe:
        qtbot.mouseClick(view.breathe_button, Qt.MouseButton.LeftButton)
    assert breathe.args == [BREAK_PRESET]
    with qtbot.waitSignal(view.returnRequested):
        qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    assert controller.active() is not None  # the return step records it, not this button


def test_due_and_overdue_texts(
    qtbot: QtBot, view: CountdownView, controller: BreakController, clock: ManualClock
) -> None:
    start(controller, clock)
    show(qtbot, view)
    clock.advance(20 * 60)
    view.refresh()
    assert "time to go back" in view.status_label.text()
    clock.advance(6 * 60)
    view.refresh()
    assert "6 minutes ago" in view.status_label.text()


# --------------------------------------------------------------------------- tray


def test_tray_degrades_cleanly_without_a_system_tray(
    qtbot: QtBot, controller: BreakController, clock: ManualClock
) -> None:
    tray = BreakTray(controller)
    qtbot.addWidget(tray.menu)
    assert tray.available() is False  # offscreen has no tray
    assert tray.show_message("Time to go back", "It's 19:20.") is False
    assert tray.countdown_action.text() == "No break is running"
    assert not tray.extend_action.isEnabled()


def test_tray_menu_and_tooltip_follow_the_break(
    qtbot: QtBot, controller: BreakController, clock: ManualClock
) -> None:
    tray = BreakTray(controller)
    qtbot.addWidget(tray.menu)
    start(controller, clock)
    clock.advance(8 * 60 + 30)
    controller.check()  # the controller's tick refreshes the tray
    assert tray.tooltip() == "Companion: 12 min left, back at 19:20"
    assert tray.countdown_action.text() == tray.tooltip()
    texts = [a.text() for a in tray.menu.actions() if not a.isSeparator()]
    assert texts[1:] == ["Add 10 minutes", "I'm back", "Open Companion", "Quit"]
    tray.extend_action.trigger()
    assert tray.tooltip() == "Companion: 22 min left, back at 19:30"
    with qtbot.waitSignal(tray.returnRequested):
        tray.back_action.trigger()
    with qtbot.waitSignal(tray.quitRequested):
        tray.quit_action.trigger()
