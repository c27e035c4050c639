"""The partner who waits, end to end with a fake clock and the keyboard only."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from helpers.breaks import START
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from companion.core.clock import ManualClock
from companion.core.phrases import Phrases
from companion.core.reminder_marks import NOTIFY_DUE, NOTIFY_SOON
from companion.services.breaks import BreakController
from companion.storage.store import Store
from companion.ui.pause.break_page import BreakPage

pytestmark = [
    pytest.mark.usefixtures("c_locale"),
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)"),
]

THEIR_MESSAGE = (
    "I'm overwhelmed and need some space for a while. This isn't me walking away from you. "
    "I'll come back at 19:30 so we can talk."
)
MORE_TIME = (
    "I'm getting there, but I'm not ready yet. Could I have 10 minutes more? I'll be back at 19:40."
)


class Notes:
    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []

    def __call__(self, title: str, body: str) -> None:
        self.shown.append((title, body))


def launch(
    qtbot: QtBot, data_dir: Path, clock: ManualClock, phrases: Phrases, stores: list[Store]
) -> tuple[BreakPage, Notes]:
    """The Break area as a fresh start of the app would show it."""
    store = Store.open(data_dir)
    stores.append(store)
    notes = Notes()
    page = BreakPage(BreakController(store, clock, notes), phrases)
    qtbot.addWidget(page)
    page.resize(640, 900)
    page.show()
    qtbot.waitExposed(page)
    return page, notes


def press(qtbot: QtBot, widget: QWidget, key: Qt.Key = Qt.Key.Key_Space) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, key)


def ctrl_enter(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_the_whole_wait_by_keyboard(
    qtbot: QtBot,
    data_dir: Path,
    clock: ManualClock,
    phrases: Phrases,
    stores: list[Store],
) -> None:
    page, _ = launch(qtbot, data_dir, clock, phrases, stores)
    page.open_waiting()
    setup = page.waiting.setup
    assert page.currentWidget() is page.waiting and page.waiting.currentWidget() is setup
    assert page.focusWidget() is setup.time_edit  # ready for the time they gave
    qtbot.keyClick(setup.time_edit, Qt.Key.Key_Tab)
    assert page.focusWidget() is setup.paste_edit  # Tab leads on to their message

    # Text without a time: one clear message, nothing guessed, nothing started.
    qtbot.keyClicks(setup.paste_edit, "I need space")
    ctrl_enter(qtbot, setup.paste_edit)
    assert "No return time found" in setup.error_label.text() and setup.error_label.isVisible()
    assert not setup.use_button.isEnabled() and page.controller.active() is None

    # Their message: shown as understood, used only when confirmed.
    setup.paste_edit.clear()
    qtbot.keyClicks(setup.paste_edit, THEIR_MESSAGE)
    ctrl_enter(qtbot, setup.paste_edit)
    assert setup.understood_label.text().startswith("Back at 19:30.")
    assert "Use this time?" in setup.understood_label.text()
    assert page.controller.active() is None
    assert page.focusWidget() is setup.use_button  # the next key answers the question
    qtbot.keyClick(setup.use_button, Qt.Key.Key_Space)
    countdown = page.waiting.countdown
    assert page.waiting.currentWidget() is countdown
    record = stores[0].active_break()
    assert record is not None and record.role == "waiting"
    assert record.return_at == START + timedelta(minutes=30)  # stored at once
    assert countdown.remaining_label.text() == "30:00"
    assert "promise to come back, not a goodbye" in countdown.reframe_label.text()
    assert "no texting again" in countdown.plan_label.text()

    # A message they want to send now, kept here instead (saved at once).
    countdown.draft_edit.setFocus()
    qtbot.keyClicks(countdown.draft_edit, "You always walk away!")
    ctrl_enter(qtbot, countdown.draft_edit)
    assert countdown.draft_edit.toPlainText() == ""
    assert [d.text for d in stores[0].drafts()] == ["You always walk away!"]

    # The app is closed mid-wait and opened again ten minutes later.
    page.close()
    stores[0].close()
    clock.advance(10 * 60)
    page, notes = launch(qtbot, data_dir, clock, phrases, stores)
    countdown = page.waiting.countdown
    assert page.currentWidget() is page.waiting and page.waiting.currentWidget() is countdown
    assert countdown.remaining_label.text() == "20:00"
    assert countdown.drafts_list.count() == 1
    keys: list[str] = []
    page.controller.notify.connect(keys.append)

    # Five minutes before: one reminder, in words for the one who waits.
    clock.advance(15 * 60)
    page.controller.check()
    page.controller.check()
    assert keys == [NOTIFY_SOON] and notes.shown[0][0] == "Your partner is nearly back"

    # At the return time: a calm note, and the reminder once.
    clock.advance(5 * 60)
    page.controller.check()
    page.controller.check()
    assert keys == [NOTIFY_SOON, NOTIFY_DUE]
    assert "would be back about now" in countdown.note_label.text()
    assert countdown.note_label.isVisible()

    # They ask for more time: the new message moves the countdown, after a yes.
    countdown.new_message_edit.setFocus()
    qtbot.keyClicks(countdown.new_message_edit, MORE_TIME)
    ctrl_enter(qtbot, countdown.new_message_edit)
    assert "back at 19:40" in countdown.more_time_label.text()
    assert page.focusWidget() is countdown.use_new_button
    qtbot.keyClick(countdown.use_new_button, Qt.Key.Key_Space)
    assert stores[1].active_break().return_at == START + timedelta(minutes=40)  # type: ignore[union-attr]
    assert countdown.remaining_label.text() == "10:00"
    assert not countdown.note_label.isVisible()

    # They are back: the same return step, with the drafts beside the examples.
    clock.advance(10 * 60)
    press(qtbot, countdown.back_button)
    view = page.return_view
    assert page.currentWidget() is view
    assert view.summary_label.text() == "Your partner said they'd be back at 19:40."
    # What they wrote while waiting comes first, one at a time, then the usual examples.
    assert (
        view.suggestion_label.text() == "What you wrote while you waited: “You always walk away!”"
    )
    assert view.words() == "You always walk away!"
    view.other_button.setFocus()
    qtbot.keyClick(view.other_button, Qt.Key.Key_Space)
    assert view.words() != "You always walk away!"
    needs = [view.tr(pair.need) for pair in phrases.protest_need]
    seen = []
    for _ in range(len(phrases.openers) + len(needs)):
        seen.append(view.words())
        qtbot.keyClick(view.other_button, Qt.Key.Key_Space)
    assert set(needs) <= set(seen)  # the protest → need examples are still there beside them
    assert view.words() == "You always walk away!"  # round again to the draft
    press(qtbot, view.finish_button)
    assert page.currentWidget() is page.flow
    assert page.summary_text() == "Welcome back to each other. Go gently."
    assert stores[1].active_break() is None


def test_a_typed_time_and_plus_ten_work_as_on_the_leaving_side(
    qtbot: QtBot, data_dir: Path, clock: ManualClock, phrases: Phrases, stores: list[Store]
) -> None:
    page, _ = launch(qtbot, data_dir, clock, phrases, stores)
    page.open_waiting("20")
    countdown = page.waiting.countdown
    assert page.waiting.currentWidget() is countdown
    assert countdown.remaining_label.text() == "20:00"
    press(qtbot, countdown.extend10_button)
    assert countdown.remaining_label.text() == "30:00"
    press(qtbot, countdown.stop_button)
    assert page.currentWidget() is page.flow
    assert stores[0].breaks()[0].outcome == "cancelled"


def test_a_calendar_file_dropped_or_opened_sets_the_same_minute(
    qtbot: QtBot,
    data_dir: Path,
    clock: ManualClock,
    phrases: Phrases,
    stores: list[Store],
    tmp_path: Path,
) -> None:
    from companion.core.ical import calendar_text

    page, _ = launch(qtbot, data_dir, clock, phrases, stores)
    page.open_waiting()
    deadline = START + timedelta(minutes=25)
    path = tmp_path / "back.ics"
    path.write_text(calendar_text(start=START, deadline=deadline, uid="x", summary="s", alarm="a"))
    assert page.waiting.setup.open_calendar(path)
    assert page.waiting.setup.understood_label.text().startswith("Back at 19:25.")
    qtbot.keyClick(page.waiting.setup.use_button, Qt.Key.Key_Space)
    assert stores[0].active_break().return_at == deadline  # type: ignore[union-attr]


def test_a_return_time_passed_while_closed_gets_the_calm_note_not_a_return_step(
    qtbot: QtBot, data_dir: Path, clock: ManualClock, phrases: Phrases, stores: list[Store]
) -> None:
    page, _ = launch(qtbot, data_dir, clock, phrases, stores)
    page.open_waiting("20")
    page.close()
    stores[0].close()
    clock.advance(45 * 60)
    page, notes = launch(qtbot, data_dir, clock, phrases, stores)
    page.controller.check()  # the first check after a restart
    assert page.currentWidget() is page.waiting
    assert page.waiting.currentWidget() is page.waiting.countdown
    assert "would be back about now" in page.waiting.countdown.note_label.text()
    assert notes.shown == []  # no late notifications for what passed while closed


def test_a_calendar_file_or_a_message_dropped_on_the_wait_is_read(
    qtbot: QtBot,
    data_dir: Path,
    clock: ManualClock,
    phrases: Phrases,
    stores: list[Store],
    tmp_path: Path,
) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    from companion.core.ical import calendar_text

    page, _ = launch(qtbot, data_dir, clock, phrases, stores)
    page.open_waiting()
    setup = page.waiting.setup
    path = tmp_path / "back.ics"
    deadline = START + timedelta(minutes=50)
    path.write_text(calendar_text(start=START, deadline=deadline, uid="x", summary="s", alarm="a"))

    def drop(mime: QMimeData) -> None:
        event = QDropEvent(
            QPointF(10, 10),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        setup.dropEvent(event)

    files = QMimeData()
    files.setUrls([QUrl.fromLocalFile(str(path))])
    drop(files)
    assert setup.understood_label.text().startswith("Back at 19:50.")
    words = QMimeData()
    words.setText("give me half an hour")
    drop(words)
    assert setup.paste_edit.toPlainText() == "give me half an hour"
    assert setup.understood_label.text().startswith("Back at 19:30, 30 min from now.")
    assert page.controller.active() is None  # nothing is used before the person says so


def test_the_tray_offers_the_wait_and_speaks_of_the_partner_during_it(
    qtbot: QtBot, data_dir: Path, clock: ManualClock, phrases: Phrases, stores: list[Store]
) -> None:
    from companion.ui.shell.tray import BreakTray

    page, _ = launch(qtbot, data_dir, clock, phrases, stores)
    tray = BreakTray(page.controller, phrases=phrases)
    qtbot.addWidget(tray.menu)
    assert (
        tray.wait_action.isVisible() and tray.wait_action.text() == "My partner is taking a break"
    )
    with qtbot.waitSignal(tray.waitRequested):
        tray.wait_action.trigger()
    page.open_waiting("20")
    assert not tray.wait_action.isVisible()
    assert tray.back_action.text() == "They're back"
    assert tray.tooltip() == "Companion: waiting for your partner: back at 19:20, 20 min left"
    tray.extend_action.trigger()  # they asked for ten more minutes
    record = stores[0].active_break()
    assert record is not None and record.return_at == START + timedelta(minutes=30)
    assert record.bridge == ""  # no words were written for the waiting side to send


def test_minimised_the_wait_is_not_redrawn_and_is_up_to_date_when_back(
    qtbot: QtBot, data_dir: Path, clock: ManualClock, phrases: Phrases, stores: list[Store]
) -> None:
    page, _ = launch(qtbot, data_dir, clock, phrases, stores)
    page.open_waiting("20")
    countdown = page.waiting.countdown
    assert countdown.remaining_label.text() == "20:00"
    page.showMinimized()
    qtbot.waitUntil(page.isMinimized)
    clock.advance(120)
    page.controller.check()
    assert countdown.remaining_label.text() == "20:00"  # nobody sees it: nothing recomputed
    page.showNormal()
    qtbot.waitUntil(lambda: countdown.remaining_label.text() == "18:00")  # at once, no tick


def test_minimised_the_break_countdown_in_its_window_is_up_to_date_when_back(
    qtbot: QtBot, data_dir: Path, clock: ManualClock, phrases: Phrases, stores: list[Store]
) -> None:
    page, _ = launch(qtbot, data_dir, clock, phrases, stores)
    page.open("20")
    assert page.currentWidget() is page.countdown
    assert page.countdown.remaining_text() == "20:00"
    page.showMinimized()
    qtbot.waitUntil(page.isMinimized)
    clock.advance(120)
    page.controller.check()
    assert page.countdown.remaining_text() == "20:00"
    page.showNormal()
    qtbot.waitUntil(lambda: page.countdown.remaining_text() == "18:00")
