"""The countdown view and the tray: the wall clock, more time and its words, calling off."""

from __future__ import annotations

from datetime import timedelta

import pytest
from helpers.breaks import START
from helpers.faults import DISK_FULL, disk_full
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from companion.core.agreement import BREAK_PRESET, parse_return
from companion.core.clock import ManualClock
from companion.core.phrases import Phrases
from companion.services.breaks import BreakController
from companion.storage.store import Store
from companion.ui.pause.break_page import BreakPage
from companion.ui.pause.countdown_view import CountdownView, ProgressRing
from companion.ui.shell.tray import BreakTray

pytestmark = [
    # The offscreen platform cannot pass size hints to a window manager; nothing to fix here.
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)"),
    pytest.mark.usefixtures("c_locale"),  # times read "19:20"
]


def make_view(
    qtbot: QtBot, controller: BreakController, clock: ManualClock, phrases: Phrases
) -> CountdownView:
    view = CountdownView(controller, phrases)
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


def own_timers(view: CountdownView) -> list[str]:
    """The view's own running timers: there should be none, it redraws on the break's tick."""
    return [t.objectName() for t in view.findChildren(QTimer) if t.isActive()]


def test_nothing_running(qtbot: QtBot, view: CountdownView, controller: BreakController) -> None:
    show(qtbot, view)
    assert view.objectName() == "countdownView"
    assert view.none_label.isVisible()
    assert not view.body.isVisible()
    assert own_timers(view) == [] and not controller.tick_timer.isActive()


def test_remaining_time_follows_the_clock(
    qtbot: QtBot, view: CountdownView, controller: BreakController, clock: ManualClock
) -> None:
    start(controller, clock)
    show(qtbot, view)
    assert view.remaining_text() == "20:00"
    assert view.return_label.text() == "back at 19:20"
    # What a screen reader hears is what the screen shows.
    assert view.ring.accessibleName() == "Time left: 20 min" == f"Time left: {view.ring.text()}"
    assert view.ring.progress() == 0.0
    clock.advance(61)
    view.refresh()  # what each tick of the break does
    assert view.remaining_text() == "18:59"
    clock.advance(9 * 60 - 1)
    view.refresh()
    assert view.ring.progress() == pytest.approx(0.5)
    assert "Take your time" in view.status_label.text()
    clock.advance(6 * 60)
    view.refresh()
    assert view.remaining_text() == "4:00"
    assert "Nearly time" in view.status_label.text()


def test_a_suspend_and_clock_changes_are_recomputed(
    qtbot: QtBot, view: CountdownView, controller: BreakController, clock: ManualClock
) -> None:
    start(controller, clock)
    show(qtbot, view)
    clock.set_wall(START - timedelta(hours=1))
    view.refresh()
    assert view.remaining_text() == "1:20:00"
    clock.set_wall(START + timedelta(minutes=5))
    view.refresh()
    assert view.remaining_text() == "15:00"
    clock.suspend(3 * 3600)
    view.refresh()
    # Overdue has its own calm state: the agreed time, not a full ring and "0:00".
    assert view.remaining_text() == "19:20"
    assert view.status_label.text() == (
        "It's past 19:20. Go back when you can, and say you're here."
    )
    assert view.ring.progress() == 1.0


def test_the_countdown_follows_the_breaks_tick_while_it_is_shown(
    qtbot: QtBot, view: CountdownView, controller: BreakController, clock: ManualClock
) -> None:
    start(controller, clock, "75")
    show(qtbot, view)
    assert view.ring.accessibleName() == "Time left: 75 min"
    assert own_timers(view) == [] and controller.tick_timer.isActive()
    clock.advance(61)
    controller.tick_timer.timeout.emit()  # one tick of the break's one-second timer
    assert view.remaining_text() == "1:13:59"
    view.hide()
    clock.advance(60)
    controller.check()
    assert view.remaining_text() == "1:13:59"  # out of sight, nothing is redrawn
    show(qtbot, view)
    assert view.remaining_text() == "1:12:59"  # and up to date as soon as it is seen
    controller.mark_returned()
    assert not controller.tick_timer.isActive()
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
    assert set(view.plan.boxes) == {"walk", "water"}
    box = view.plan.boxes["water"]
    indicator = QPoint(8, box.height() // 2)  # where a user clicks: the tick box itself
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=indicator)
    record = store.active_break()
    assert record is not None and record.plan_done == ("water",)
    again = make_view(qtbot, BreakController(store, clock), clock, phrases)
    assert again.plan.boxes["water"].isChecked()
    assert not again.plan.boxes["walk"].isChecked()


def test_more_time_extends_and_shows_the_new_message_once(
    qtbot: QtBot, view: CountdownView, controller: BreakController, clock: ManualClock
) -> None:
    start(controller, clock)
    show(qtbot, view)
    clock.advance(18 * 60)
    qtbot.mouseClick(view.more_time_button, Qt.MouseButton.LeftButton)
    assert view.more_time_panel.isVisible()
    qtbot.mouseClick(view.more_time_panel.extend10_button, Qt.MouseButton.LeftButton)
    assert view.return_label.text() == "back at 19:30"
    assert view.remaining_text() == "12:00"
    message = view.said.latest()
    assert "19:30" in message and "10 minutes" in message
    # The message is shown once, with one Copy button; the leaving words stay readable.
    copies = [b for b in view.findChildren(QPushButton) if b.text() == "Copy" and b.isVisible()]
    assert copies == [view.said.copy_button]
    assert view.said.earlier() == ["Back at 19:20."]
    qtbot.mouseClick(view.said.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == message
    view.more_time_button.click()
    view.more_time_panel.extend_minutes_box.setValue(7)
    qtbot.mouseClick(view.more_time_panel.extend_custom_button, Qt.MouseButton.LeftButton)
    assert view.return_label.text() == "back at 19:37"
    assert "19:37" in view.said.latest()
    assert view.said.earlier() == ["Back at 19:20.", message]
    record = controller.store.active_break()
    assert record is not None and record.extensions == (600.0, 420.0)
    assert record.bridge == "Back at 19:20." and len(record.more_time) == 2


def test_a_plan_tick_that_cannot_be_saved_is_put_back_and_explained(
    qtbot: QtBot, view: CountdownView, controller: BreakController, clock: ManualClock
) -> None:
    start(controller, clock)
    show(qtbot, view)
    box = view.plan.boxes["walk"]
    indicator = QPoint(8, box.height() // 2)
    with disk_full(controller.store, "COMMIT"):
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=indicator)
    assert not box.isChecked()  # the box shows what is stored
    assert view.plan.error.isVisible()
    assert "could not be saved" in view.plan.error.text() and DISK_FULL in view.plan.error.text()
    record = controller.store.active_break()
    assert record is not None and record.plan_done == ()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=indicator)
    assert box.isChecked() and not view.plan.error.isVisible()
    record = controller.store.active_break()
    assert record is not None and record.plan_done == ("walk",)


def test_more_time_that_cannot_be_saved_keeps_the_old_time_and_says_so(
    qtbot: QtBot, view: CountdownView, controller: BreakController, clock: ManualClock
) -> None:
    start(controller, clock)
    show(qtbot, view)
    qtbot.mouseClick(view.more_time_button, Qt.MouseButton.LeftButton)
    view.more_time_panel.extend_minutes_box.setValue(7)
    with disk_full(controller.store, "COMMIT"):
        qtbot.mouseClick(view.more_time_panel.extend_custom_button, Qt.MouseButton.LeftButton)
    text = view.more_time_panel.extend_error.text()
    assert view.more_time_panel.extend_error.isVisible()
    assert DISK_FULL in text and "still 19:20" in text
    assert view.return_label.text() == "back at 19:20"
    assert view.said.latest() == "Back at 19:20."
    record = controller.store.active_break()
    assert record is not None and record.extensions == ()
    qtbot.mouseClick(view.more_time_panel.extend_custom_button, Qt.MouseButton.LeftButton)
    assert not view.more_time_panel.extend_error.isVisible()
    assert view.return_label.text() == "back at 19:27"
    assert "19:27" in view.said.latest()


def test_more_time_past_a_day_is_refused_with_the_reason(
    qtbot: QtBot, view: CountdownView, controller: BreakController, clock: ManualClock
) -> None:
    start(controller, clock, "23h 55m")
    show(qtbot, view)
    view.more_time_button.click()
    view.more_time_panel.extend20_button.click()
    assert view.more_time_panel.extend_error.isVisible()
    assert "24 hours" in view.more_time_panel.extend_error.text()
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
    assert view.status_label.text() == "It's 19:20, the time you agreed. Go back when you're ready."
    assert view.remaining_text() == "19:20" and view.ring.caption() == "was the time"
    clock.advance(6 * 60)
    view.refresh()
    text = view.status_label.text()
    assert text == "It's past 19:20. Go back when you can, and say you're here."
    assert "ago" not in text and "now" not in text  # no count of lateness, no push


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
    assert tray.tooltip() == "Companion: back at 19:20, 12 min left"
    assert tray.countdown_action.text() == tray.tooltip()
    texts = [a.text() for a in tray.menu.actions() if a.isVisible() and not a.isSeparator()]
    assert texts[1:] == ["Add 10 minutes", "I'm back", "Open Companion", "Quit"]
    tray.extend_action.trigger()
    assert tray.tooltip() == "Companion: back at 19:30, 22 min left"
    clock.advance(22 * 60)
    controller.check()
    assert tray.tooltip() == "Companion: back at 19:30 — that is now"
    with qtbot.waitSignal(tray.returnRequested):
        tray.back_action.trigger()
    with qtbot.waitSignal(tray.quitRequested):
        tray.quit_action.trigger()


def test_the_tray_menu_can_start_a_break(
    qtbot: QtBot, controller: BreakController, clock: ManualClock
) -> None:
    tray = BreakTray(controller)
    qtbot.addWidget(tray.menu)
    assert tray.take_break_action.isVisible() and tray.take_break_action.text() == "Take a break"
    with qtbot.waitSignal(tray.takeBreakRequested):
        tray.take_break_action.trigger()
    start(controller, clock)
    assert not tray.take_break_action.isVisible()  # one break at a time
    assert tray.extend_action.isVisible() and tray.back_action.isVisible()


def test_the_tray_says_amounts_as_the_window_does(
    qtbot: QtBot, controller: BreakController, clock: ManualClock
) -> None:
    tray = BreakTray(controller)
    qtbot.addWidget(tray.menu)
    assert controller.status_text() == "" and tray.tooltip() == "Companion"
    start(controller, clock, "75")
    assert controller.status_text() == "back at 20:15, 1 h 15 min left"
    assert tray.tooltip() == "Companion: back at 20:15, 1 h 15 min left"
    assert tray.countdown_action.text() == tray.tooltip()


def test_a_tick_with_the_countdown_and_tray_shown_reads_nothing_from_the_database(
    qtbot: QtBot,
    view: CountdownView,
    controller: BreakController,
    clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tray = BreakTray(controller)
    qtbot.addWidget(tray.menu)
    start(controller, clock)
    show(qtbot, view)
    store = controller.store
    reads: list[None] = []
    read = store.active_break

    def counted() -> object:
        reads.append(None)
        return read()

    monkeypatch.setattr(store, "active_break", counted)
    for _ in range(5):
        clock.advance(1)
        controller.tick_timer.timeout.emit()
    assert view.remaining_text() == "19:55"
    assert tray.tooltip() == "Companion: back at 19:20, 20 min left"
    assert reads == []
    # The break deleted elsewhere (in History): gone from the countdown and tray by the next tick.
    found = controller.active()
    assert found is not None and found[0].id is not None
    store.delete_break(found[0].id)
    controller.tick_timer.timeout.emit()
    assert view.none_label.isVisible() and not view.body.isVisible()
    assert tray.countdown_action.text() == "No break is running"
    assert tray.tooltip() == "Companion" and controller.status_text() == ""
    assert not controller.tick_timer.isActive()


# --------------------------------------------------------------------------- layout

ALL_PLAN = ["walk", "breathe", "water", "ground", "temperature", "no_rehearsing"]
LONG_WORDS = (
    "I'm getting overwhelmed and I can't talk well right now. I'm not leaving you; "
    "I need 20 minutes to calm down. I'll be back at 19:20."
)


def shown_rect(view: CountdownView, widget: QWidget) -> QRect:
    """Where ``widget`` is seen in the view: inside the scrolling part, only what is in view."""
    rect = QRect(widget.mapTo(view, QPoint(0, 0)), widget.size())
    if view.scroll_area.widget().isAncestorOf(widget):
        viewport = view.scroll_area.viewport()
        rect = rect.intersected(QRect(viewport.mapTo(view, QPoint(0, 0)), viewport.size()))
    return rect


def needed_height(widget: QWidget) -> int:
    if widget.hasHeightForWidth():
        return widget.heightForWidth(widget.width())
    return widget.minimumSizeHint().height()


@pytest.mark.parametrize(
    "size",
    [
        (900, 640),
        (876, 520),  # the Break area of the default 900 x 640 window during a break
        (640, 480),
        (616, 360),  # the Break area of the smallest window
    ],
)
def test_nothing_overlaps_or_is_squashed_with_more_time_open(
    qtbot: QtBot,
    controller: BreakController,
    clock: ManualClock,
    phrases: Phrases,
    size: tuple[int, int],
) -> None:
    controller.start(parse_return("20", clock.now()), ALL_PLAN, LONG_WORDS)
    host = QWidget()  # a parent that gives the view exactly this size, as the window does
    qtbot.addWidget(host)
    view = CountdownView(controller, phrases, host)
    view.setGeometry(0, 0, *size)
    host.resize(*size)
    host.show()
    qtbot.waitExposed(host)
    clock.advance(15 * 60)
    assert view.extend_minutes(10)
    qtbot.mouseClick(view.more_time_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    view.grab()
    parts: dict[str, QWidget] = {
        "ring": view.ring,
        "status": view.status_label,
        "words": view.said.latest_label,
        "copy words": view.said.copy_button,
        "call off": view.call_off_button,
        "+10": view.more_time_panel.extend10_button,
        "+20": view.more_time_panel.extend20_button,
        "minutes": view.more_time_panel.extend_minutes_box,
        "add": view.more_time_panel.extend_custom_button,
        "breathe": view.breathe_button,
        "more time": view.more_time_button,
        "back": view.back_button,
        **{f"plan {key}": box for key, box in view.plan.boxes.items()},
    }
    for name, widget in parts.items():
        assert widget.isVisible(), name
        assert widget.height() >= needed_height(widget), f"{name} is squashed at {size}"
    rects = {name: shown_rect(view, widget) for name, widget in parts.items()}
    names = list(rects)
    for i, first in enumerate(names):
        for second in names[i + 1 :]:
            overlap = rects[first].intersected(rects[second])
            assert overlap.isEmpty(), f"{first} overlaps {second} at {size}"
    # The time left is drawn inside the ring, and the panel just opened is scrolled into view.
    assert view.ring.width() >= ProgressRing.MINIMUM
    assert not rects["+10"].isEmpty()
    for button in ("breathe", "more time", "back"):  # the actions never scroll away
        assert rects[button].height() == parts[button].height()


# --------------------------------------------------------------------------- words


def test_after_more_time_the_words_in_view_and_copied_name_the_new_time(
    qtbot: QtBot, view: CountdownView, controller: BreakController, clock: ManualClock
) -> None:
    start(controller, clock)
    show(qtbot, view)
    assert view.said.latest() == "Back at 19:20."
    clock.advance(18 * 60)
    qtbot.mouseClick(view.more_time_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.more_time_panel.extend10_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.said.copy_button, Qt.MouseButton.LeftButton)
    assert "19:30" in QGuiApplication.clipboard().text()
    assert "19:20" not in QGuiApplication.clipboard().text()
    # Minutes later the words are still true: they say the amount asked for and the time.
    clock.advance(5 * 60)
    view.refresh()
    assert view.said.latest() == QGuiApplication.clipboard().text()


def test_more_time_from_the_tray_shows_up_as_the_latest_words(
    qtbot: QtBot,
    view: CountdownView,
    controller: BreakController,
    clock: ManualClock,
    phrases: Phrases,
) -> None:
    start(controller, clock)
    show(qtbot, view)
    tray = BreakTray(controller, phrases=phrases)
    qtbot.addWidget(tray.menu)
    tray.extend_action.trigger()
    assert "19:30" in view.said.latest()
    assert view.said.earlier() == ["Back at 19:20."]


# --------------------------------------------------------------------------- calling off


@pytest.mark.parametrize("answer", ["no", "yes"])
def test_a_break_can_be_called_off_after_a_question(
    qtbot: QtBot,
    view: CountdownView,
    controller: BreakController,
    clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
) -> None:
    start(controller, clock)
    show(qtbot, view)
    asked: list[str] = []

    def question(_parent: QWidget, title: str, *_args: object, **names: str) -> bool:
        asked.append(title)
        assert names == {"action": "Call off the break", "keep": "Keep the break"}
        return answer == "yes"

    monkeypatch.setattr("companion.ui.pause.countdown_view.confirm", question)
    called_off: list[None] = []
    view.calledOff.connect(lambda: called_off.append(None))
    assert view.call_off_button.objectName() == "callOffButton"
    qtbot.mouseClick(view.call_off_button, Qt.MouseButton.LeftButton)
    assert asked == ["Call off this break?"]
    if answer == "no":
        assert controller.active() is not None and called_off == []
        assert view.ring.isVisible()
        return
    assert called_off == [None]
    assert controller.active() is None
    record = controller.store.breaks()[-1]
    assert record.outcome == "cancelled" and record.ended == clock.now()
    assert view.none_label.isVisible() and not controller.tick_timer.isActive()


def test_calling_off_that_cannot_be_saved_keeps_the_break_and_says_so(
    qtbot: QtBot,
    view: CountdownView,
    controller: BreakController,
    clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    start(controller, clock)
    show(qtbot, view)
    monkeypatch.setattr("companion.ui.pause.countdown_view.confirm", lambda *_a, **_k: True)
    with disk_full(controller.store, "COMMIT"):
        assert view.call_off() is False
    assert controller.active() is not None
    assert view.call_off_error.isVisible() and DISK_FULL in view.call_off_error.text()
    assert view.call_off() is True
    assert controller.store.breaks()[-1].outcome == "cancelled"


def test_calling_off_returns_the_break_area_to_the_flow(
    qtbot: QtBot,
    controller: BreakController,
    clock: ManualClock,
    phrases: Phrases,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    start(controller, clock)
    page = BreakPage(controller, phrases)
    qtbot.addWidget(page)
    page.resize(700, 600)
    page.show()
    assert page.currentWidget() is page.countdown
    monkeypatch.setattr("companion.ui.pause.countdown_view.confirm", lambda *_a, **_k: True)
    qtbot.mouseClick(page.countdown.call_off_button, Qt.MouseButton.LeftButton)
    assert page.currentWidget() is page.flow
    assert "called off" in page.summary_text()
    assert controller.store.breaks()[-1].outcome == "cancelled"


# --------------------------------------------------------------------------- language


@pytest.mark.usefixtures("german")
def test_amounts_in_the_countdown_and_tray_are_in_the_users_language(
    qtbot: QtBot, view: CountdownView, controller: BreakController, clock: ManualClock
) -> None:
    tray = BreakTray(controller)
    qtbot.addWidget(tray.menu)
    start(controller, clock, "90")
    show(qtbot, view)
    clock.advance(90 * 60 + 6 * 60)
    view.refresh()
    assert "20:30" in view.status_label.text()
    clock.set_wall(START + timedelta(minutes=30))
    controller.check()
    assert tray.tooltip() == "Companion: zurück um 20:30, noch 1 Std."


# --------------------------------------------------------------------------- tray words


def _tray_saying(
    qtbot: QtBot,
    controller: BreakController,
    monkeypatch: pytest.MonkeyPatch,
    phrases: Phrases | None,
) -> tuple[BreakTray, list[tuple[str, str]]]:
    """A tray whose notifications are collected (title, body) instead of shown."""
    shown: list[tuple[str, str]] = []
    tray = BreakTray(controller, phrases=phrases)
    qtbot.addWidget(tray.menu)
    monkeypatch.setattr(tray, "show_message", lambda title, body: shown.append((title, body)))
    return tray, shown


def test_more_time_from_the_tray_says_the_new_time_and_the_words(
    qtbot: QtBot,
    controller: BreakController,
    clock: ManualClock,
    phrases: Phrases,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tray, shown = _tray_saying(qtbot, controller, monkeypatch, phrases)
    start(controller, clock)
    clock.advance(15 * 60)
    tray.extend_action.trigger()
    assert len(shown) == 1
    title, body = shown[0]
    assert "19:30" in title
    record = controller.store.active_break()
    assert record is not None and record.more_time == (body,)
    assert record.bridge == "Back at 19:20."
    assert "19:30" in body and "10 minutes" in body


def test_more_time_from_the_tray_without_phrases_still_says_the_new_time(
    qtbot: QtBot, controller: BreakController, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    tray, shown = _tray_saying(qtbot, controller, monkeypatch, None)
    start(controller, clock)
    tray.extend_action.trigger()
    assert len(shown) == 1 and "19:30" in shown[0][0] and "19:30" in shown[0][1]
    assert controller.store.active_break().bridge == "Back at 19:20."  # type: ignore[union-attr]


def test_more_time_from_the_tray_past_a_day_says_why_not(
    qtbot: QtBot,
    controller: BreakController,
    clock: ManualClock,
    phrases: Phrases,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tray, shown = _tray_saying(qtbot, controller, monkeypatch, phrases)
    start(controller, clock, "23h 55m")
    tray.extend_action.trigger()
    assert len(shown) == 1 and "24 hours" in shown[0][1] and "5 min" in shown[0][1]
    assert "extra_over_limit" not in shown[0][1]
    assert controller.store.active_break().extensions == ()  # type: ignore[union-attr]
