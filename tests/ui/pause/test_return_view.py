"""The return step: the after check-in and its shift, words to copy, the outcome recorded."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.faults import DISK_FULL, disk_full
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from companion.core.agreement import parse_return
from companion.core.clock import ManualClock
from companion.core.phrases import Phrases
from companion.core.states import Context
from companion.services.breaks import BreakController
from companion.storage.store import StorageError, Store
from companion.ui.pause.break_page import BreakPage
from companion.ui.pause.return_view import ReturnView

pytestmark = [
    # The offscreen platform cannot pass size hints to a window manager; nothing to fix here.
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)"),
    pytest.mark.usefixtures("c_locale"),  # times read "19:20"
]


def make_view(
    qtbot: QtBot, controller: BreakController, clock: ManualClock, phrases: Phrases
) -> ReturnView:
    view = ReturnView(controller, phrases)
    qtbot.addWidget(view)
    view.resize(560, 820)
    view.show()
    qtbot.waitExposed(view)
    return view


def start(controller: BreakController, clock: ManualClock, before: int | None = None) -> None:
    controller.start(parse_return("20", clock.now()), ["walk"], "Back at 19:20.", before)


def test_after_checkin_shows_the_shift_and_finish_records_kept(
    qtbot: QtBot, controller: BreakController, clock: ManualClock, phrases: Phrases, store: Store
) -> None:
    before = controller.add_checkin("fight", 4, context=Context.DURING_BREAK)
    start(controller, clock, before)
    clock.advance(19 * 60)
    view = make_view(qtbot, controller, clock, phrases)
    assert "19:20" in view.summary_label.text()
    assert "Fight, 4 of 5" in view.shift_label.text()
    assert not view.missed_label.isVisible()
    qtbot.keyClick(view.checkin, Qt.Key.Key_0)  # 0 = settled
    qtbot.keyClick(view.checkin, Qt.Key.Key_Minus)
    text = view.shift_label.text()
    assert "Before the break: Fight, 4 of 5." in text
    assert "Now: Settled, 2 of 5." in text
    assert "settled" in text.split("\n")[1]
    with qtbot.waitSignal(view.finished) as done:
        qtbot.mouseClick(view.finish_button, Qt.MouseButton.LeftButton)
    assert done.args == ["kept"]
    record = store.breaks()[-1]
    assert record.outcome == "kept"
    after = store.get_checkin(record.after_checkin or -1)
    assert after is not None
    assert (after.state, after.intensity, after.context) == ("settled", 2, "after_return")
    assert controller.active() is None
    assert not view.finish_button.isEnabled()


def test_a_return_that_cannot_be_saved_keeps_everything_and_finish_again_works(
    qtbot: QtBot,
    controller: BreakController,
    clock: ManualClock,
    phrases: Phrases,
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    start(controller, clock)
    clock.advance(19 * 60)
    view = make_view(qtbot, controller, clock, phrases)
    qtbot.keyClick(view.checkin, Qt.Key.Key_0)  # settled
    view.next_words()
    chosen = view.words()
    finished: list[str] = []
    view.finished.connect(finished.append)

    with disk_full(store, "COMMIT"):
        qtbot.mouseClick(view.finish_button, Qt.MouseButton.LeftButton)
    assert "could not be saved" in view.error_text() and DISK_FULL in view.error_text()
    assert view.finish_error.isVisible()
    assert store.checkins() == [] and controller.active() is not None

    # The check-in is saved, then ending the break fails.
    def full(*_args: object, **_kwargs: object) -> None:
        raise StorageError(f"Could not save to {store.path}: {DISK_FULL}")

    monkeypatch.setattr(store, "update_break", full)
    assert view.finish() is None
    monkeypatch.undo()
    assert DISK_FULL in view.error_text()
    assert finished == [] and controller.active() is not None
    assert view.checkin.state() == "settled"
    assert view.words() == chosen

    qtbot.keyClick(view.checkin, Qt.Key.Key_Plus)  # a change of heart before trying again
    qtbot.mouseClick(view.finish_button, Qt.MouseButton.LeftButton)
    assert finished == ["kept"] and view.error_text() == ""
    record = store.breaks()[-1]
    assert [(c.id, c.state, c.intensity) for c in store.checkins()] == [
        (record.after_checkin, "settled", 4)
    ]


def test_a_stronger_state_is_named_kindly(
    qtbot: QtBot, controller: BreakController, clock: ManualClock, phrases: Phrases
) -> None:
    before = controller.add_checkin("flight", 2, context=Context.DURING_BREAK)
    start(controller, clock, before)
    view = make_view(qtbot, controller, clock, phrases)
    view.checkin.set_state("fight")
    view.checkin.set_intensity(4)
    assert "Stronger than before" in view.shift_label.text()
    assert "more time" in view.shift_label.text()


@pytest.mark.parametrize(
    ("minutes", "extend", "outcome"),
    [(25, False, "late"), (25, True, "extended"), (35, True, "late")],
)
def test_late_and_extended_outcomes(
    qtbot: QtBot,
    controller: BreakController,
    clock: ManualClock,
    phrases: Phrases,
    store: Store,
    minutes: int,
    extend: bool,
    outcome: str,
) -> None:
    start(controller, clock)
    if extend:
        controller.extend(10 * 60)
    clock.advance(minutes * 60)
    view = make_view(qtbot, controller, clock, phrases)
    assert view.finish() == outcome
    record = store.breaks()[-1]
    assert record.outcome == outcome
    assert record.after_checkin is None  # the check-in is optional


def test_it_says_when_the_time_passed_while_closed(
    qtbot: QtBot,
    stores: list[Store],
    data_dir: Path,
    controller: BreakController,
    clock: ManualClock,
    phrases: Phrases,
) -> None:
    start(controller, clock)
    stores[0].close()
    clock.advance(3 * 3600)
    stores.append(Store.open(data_dir))
    relaunched = BreakController(stores[1], clock)
    with qtbot.waitSignal(relaunched.missedWhileClosed):
        relaunched.check()
    view = make_view(qtbot, relaunched, clock, phrases)
    assert view.missed_label.isVisible()
    assert "while Companion was closed" in view.missed_label.text()
    assert view.finish() == "late"


def test_one_opener_or_need_at_a_time_to_pick_and_copy(
    qtbot: QtBot, controller: BreakController, clock: ManualClock, phrases: Phrases
) -> None:
    start(controller, clock)
    view = make_view(qtbot, controller, clock, phrases)
    # One suggestion at a time, and no list scrolling inside the scrolling page.
    assert view.findChildren(QAbstractItemView) == []
    assert view.suggestion_label.text() == phrases.openers[0]
    qtbot.mouseClick(view.other_button, Qt.MouseButton.LeftButton)
    assert view.suggestion_label.text() == phrases.openers[1]
    qtbot.mouseClick(view.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == phrases.openers[1]
    assert view.copied_label.text().startswith("Copied")
    for _ in range(len(phrases.openers) - 1):
        view.next_words()
    pair = phrases.protest_need[0]
    assert pair.protest in view.suggestion_label.text()
    assert pair.need in view.suggestion_label.text()
    qtbot.mouseClick(view.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == pair.need


def test_without_a_break_there_is_nothing_to_finish(
    qtbot: QtBot, controller: BreakController, clock: ManualClock, phrases: Phrases
) -> None:
    view = make_view(qtbot, controller, clock, phrases)
    assert not view.finish_button.isEnabled()
    assert view.finish() is None
    assert controller.store.breaks() == []
    assert view.summary_label.text() == "No break is running."


# --------------------------------------------------------------------------- the Break area


@pytest.mark.parametrize(
    ("minutes", "extend", "outcome", "summary"),
    [
        (19, False, "kept", "Welcome back. You came back at 19:19."),
        (25, True, "extended", "Welcome back. You asked for more time, and came back at 19:25."),
        (25, False, "late", "Welcome back. You came back at 19:25."),
    ],
)
def test_finish_is_acknowledged_in_the_break_area(
    qtbot: QtBot,
    controller: BreakController,
    clock: ManualClock,
    phrases: Phrases,
    minutes: int,
    extend: bool,
    outcome: str,
    summary: str,
) -> None:
    start(controller, clock)
    if extend:
        controller.extend(10 * 60)
    clock.advance(minutes * 60)
    page = BreakPage(controller, phrases)
    qtbot.addWidget(page)
    page.resize(700, 700)
    page.show()
    qtbot.waitExposed(page)
    assert page.summary_text() == ""
    page.show_return()
    with qtbot.waitSignal(page.returned) as returned:
        qtbot.mouseClick(page.return_view.finish_button, Qt.MouseButton.LeftButton)
    assert returned.args == [outcome]
    assert page.currentWidget() is page.flow
    assert page.summary_text() == summary
    assert page.flow.summary_label.isVisible()
    page.open()  # taking the next break starts without the old note
    assert page.summary_text() == ""


def break_page(
    qtbot: QtBot, controller: BreakController, clock: ManualClock, phrases: Phrases
) -> BreakPage:
    page = BreakPage(controller, phrases)
    qtbot.addWidget(page)
    page.resize(700, 700)
    page.show()
    page.activateWindow()
    qtbot.waitActive(page)
    return page


def test_one_enter_too_many_after_finish_starts_no_second_break(
    qtbot: QtBot, controller: BreakController, clock: ManualClock, phrases: Phrases
) -> None:
    start(controller, clock)
    page = break_page(qtbot, controller, clock, phrases)
    qtbot.mouseClick(page.countdown.back_button, Qt.MouseButton.LeftButton)
    assert page.currentWidget() is page.return_view
    assert page.focusWidget() is page.return_view.checkin  # a return lands somewhere harmless
    qtbot.keyClick(page.return_view.finish_button, Qt.Key.Key_Space)  # Finish
    assert controller.active() is None and page.currentWidget() is page.flow
    focused = page.focusWidget()
    assert focused is page.flow.summary_label
    for _ in range(3):  # the hand keeps pressing Enter
        qtbot.keyClick(focused, Qt.Key.Key_Return)
    assert controller.active() is None
    assert len(controller.store.breaks()) == 1
    # Choosing a length again makes Enter start, as it does when the flow is opened.
    qtbot.mouseClick(page.flow.duration_buttons[30], Qt.MouseButton.LeftButton)
    qtbot.keyClick(page.flow.duration_buttons[30], Qt.Key.Key_Return)
    assert controller.active() is not None


def test_calling_off_leaves_the_focus_where_enter_starts_nothing(
    qtbot: QtBot,
    controller: BreakController,
    clock: ManualClock,
    phrases: Phrases,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    start(controller, clock)
    page = break_page(qtbot, controller, clock, phrases)
    monkeypatch.setattr("companion.ui.pause.countdown_view.confirm", lambda *_a, **_k: True)
    qtbot.mouseClick(page.countdown.call_off_button, Qt.MouseButton.LeftButton)
    assert controller.active() is None
    assert page.focusWidget() is page.flow.summary_label
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Return)
    assert controller.active() is None and len(controller.store.breaks()) == 1


@pytest.mark.parametrize("how", ["button", "escape"])
def test_a_mistaken_im_back_can_be_undone_until_finish(
    qtbot: QtBot, controller: BreakController, clock: ManualClock, phrases: Phrases, how: str
) -> None:
    start(controller, clock)
    page = break_page(qtbot, controller, clock, phrases)
    qtbot.mouseClick(page.countdown.back_button, Qt.MouseButton.LeftButton)
    assert page.currentWidget() is page.return_view
    assert page.return_view.not_yet_button.text() == "Not yet: back to my countdown"
    if how == "button":
        qtbot.mouseClick(page.return_view.not_yet_button, Qt.MouseButton.LeftButton)
    else:
        qtbot.keyClick(page.return_view.checkin, Qt.Key.Key_Escape)
    assert page.currentWidget() is page.countdown
    assert controller.active() is not None
    assert controller.store.breaks()[-1].ended is None
