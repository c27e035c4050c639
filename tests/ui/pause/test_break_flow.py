"""The break flow: from "Take a break" to a running break with the bridge sentence on screen."""

from __future__ import annotations

from datetime import timedelta

import pytest
from helpers.breaks import START
from helpers.faults import DISK_FULL, disk_full
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QGuiApplication,
)
from pytestqt.qtbot import QtBot

from companion.core.clock import ManualClock
from companion.core.phrases import Flavour, Phrases
from companion.services.breaks import BreakController
from companion.storage.store import StorageError
from companion.ui.pause.break_flow import BreakFlow
from companion.ui.pause.break_page import BreakPage
from companion.ui.pause.time_input import locale_time_formats, qt_time_format_to_strptime

pytestmark = [
    # The offscreen platform cannot pass size hints to a window manager; nothing to fix here.
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)"),
    pytest.mark.usefixtures("c_locale"),  # times read "19:20"
]


@pytest.fixture
def flow(
    qtbot: QtBot, controller: BreakController, clock: ManualClock, phrases: Phrases
) -> BreakFlow:
    widget = BreakFlow(controller, phrases)
    qtbot.addWidget(widget)
    widget.resize(640, 800)
    return widget


def show(qtbot: QtBot, flow: BreakFlow) -> None:
    flow.show()
    qtbot.waitExposed(flow)


def type_time(qtbot: QtBot, flow: BreakFlow, text: str) -> None:
    if not flow.more_toggle.isChecked():  # the typed time folds away under "More choices"
        qtbot.mouseClick(flow.more_toggle, Qt.MouseButton.LeftButton)
    flow.time_edit.clear()
    qtbot.keyClicks(flow.time_edit, text)


def test_a_running_break_with_the_bridge_on_screen_in_two_actions(
    qtbot: QtBot, flow: BreakFlow, controller: BreakController
) -> None:
    actions = 0
    show(qtbot, flow)  # action 1: the Take-a-break button opens the flow
    actions += 1
    assert flow.duration_buttons[20].isChecked()
    # The chosen length is marked by a tick, not by a shade alone.
    assert [b.text() for b in flow.duration_buttons.values()] == [
        "✓ 20 min",
        "30 min",
        "45 min",
        "1 h",
    ]
    assert flow.bridge_edit.isVisible()
    assert "19:20" in flow.bridge_text()
    with qtbot.waitSignal(flow.started):
        qtbot.mouseClick(flow.start_button, Qt.MouseButton.LeftButton)  # action 2
    actions += 1
    assert actions <= 3
    found = controller.active()
    assert found is not None
    record, agreement = found
    assert agreement.return_at == START + timedelta(minutes=20)
    assert "19:20" in record.bridge
    assert record.plan == (
        "walk",
        "breathe",
        "water",
        "ground",
        "temperature",
        "no_rehearsing",
    )


def test_enter_starts_the_break(qtbot: QtBot, flow: BreakFlow, controller: BreakController) -> None:
    show(qtbot, flow)
    # Enter on a focused duration button is not swallowed by it: it goes on to Start.
    qtbot.keyClick(flow.duration_buttons[30], Qt.Key.Key_Space)  # choose 30 min
    with qtbot.waitSignal(flow.started):
        qtbot.keyClick(flow.duration_buttons[30], Qt.Key.Key_Return)
    found = controller.active()
    assert found is not None
    assert found[1].return_at == START + timedelta(minutes=30)


def test_quick_durations_and_typed_times_change_the_bridge(qtbot: QtBot, flow: BreakFlow) -> None:
    show(qtbot, flow)
    qtbot.mouseClick(flow.duration_buttons[45], Qt.MouseButton.LeftButton)
    assert "19:45" in flow.bridge_text()
    assert "45 minutes" in flow.bridge_text()
    assert flow.return_label.text() == "Back at 19:45"
    type_time(qtbot, flow, "1h 15m")
    assert "20:15" in flow.bridge_text()
    assert not flow.duration_buttons[45].isChecked()
    type_time(qtbot, flow, "7:30 pm")
    assert "19:30" in flow.bridge_text()
    assert flow.start_button.isEnabled()


def test_the_bridge_uses_the_locale_time_format(
    qtbot: QtBot, controller: BreakController, clock: ManualClock, phrases: Phrases
) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    flow = BreakFlow(controller, phrases)
    qtbot.addWidget(flow)
    assert "7:20\u202fPM" in flow.bridge_text() or "7:20 PM" in flow.bridge_text()
    # The way the locale writes times is accepted as input too.
    flow.prefill("8:05\u202fPM")
    assert flow.start_break()
    found = controller.active()
    assert found is not None and found[1].return_at == START + timedelta(hours=1, minutes=5)


def test_bad_input_shows_a_clear_message_and_blocks_start(
    qtbot: QtBot, flow: BreakFlow, controller: BreakController
) -> None:
    show(qtbot, flow)
    type_time(qtbot, flow, "later")
    assert flow.error_label.isVisible()
    assert "doesn't read as a time" in flow.error_label.text()
    assert not flow.start_button.isEnabled()
    qtbot.keyClick(flow.time_edit, Qt.Key.Key_Return)
    assert controller.active() is None
    type_time(qtbot, flow, "30h")
    assert "24 hours" in flow.error_label.text()
    type_time(qtbot, flow, "30")
    assert not flow.error_label.isVisible()
    assert flow.start_button.isEnabled()


def test_under_twenty_minutes_shows_the_gentle_note(qtbot: QtBot, flow: BreakFlow) -> None:
    show(qtbot, flow)
    assert not flow.note_label.isVisible()
    type_time(qtbot, flow, "10")
    assert flow.note_label.isVisible()
    assert "20 minutes" in flow.note_label.text()
    assert flow.start_button.isEnabled()  # allowed, just noted


def test_a_passed_time_asks_before_meaning_tomorrow(
    qtbot: QtBot, flow: BreakFlow, controller: BreakController
) -> None:
    show(qtbot, flow)
    type_time(qtbot, flow, "18:30")
    assert flow.tomorrow_prompt.isVisible()
    assert "tomorrow" in flow.tomorrow_label.text()
    assert not flow.start_button.isEnabled()
    assert flow.start_break() is False
    qtbot.mouseClick(flow.confirm_tomorrow_button, Qt.MouseButton.LeftButton)
    assert not flow.tomorrow_prompt.isVisible()
    assert "18:30 tomorrow" in flow.bridge_text()
    assert flow.start_break() is True
    found = controller.active()
    assert found is not None
    assert found[1].return_at == START + timedelta(hours=23, minutes=30)


def test_copy_puts_the_sentence_on_the_clipboard(qtbot: QtBot, flow: BreakFlow) -> None:
    show(qtbot, flow)
    qtbot.mouseClick(flow.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == flow.bridge_text()
    assert "19:20" in QGuiApplication.clipboard().text()
    assert flow.copied_label.text()


def test_flavours_and_other_words(qtbot: QtBot, flow: BreakFlow, phrases: Phrases) -> None:
    show(qtbot, flow)
    neutral = flow.bridge_text()
    flow.flavour_picker.setCurrentIndex(flow.flavour_picker.findData(Flavour.DISTANCER))
    distancer = flow.bridge_text()
    assert distancer != neutral
    assert "19:20" in distancer
    assert distancer.startswith(phrases.distancer[0].split("{")[0])
    qtbot.mouseClick(flow.other_words_button, Qt.MouseButton.LeftButton)
    assert flow.bridge_text() != distancer
    assert "19:20" in flow.bridge_text()


def test_edits_are_kept_and_the_time_in_them_follows_the_choice(
    qtbot: QtBot, flow: BreakFlow, controller: BreakController
) -> None:
    show(qtbot, flow)
    flow.bridge_edit.setPlainText("Love you. Back at 19:20, promise.")
    qtbot.mouseClick(flow.duration_buttons[30], Qt.MouseButton.LeftButton)
    assert flow.bridge_text() == "Love you. Back at 19:30, promise."
    flow.start_break()
    record = controller.store.active_break()
    assert record is not None and record.bridge == "Love you. Back at 19:30, promise."


def test_a_duration_counts_from_when_the_break_starts(
    qtbot: QtBot, flow: BreakFlow, controller: BreakController, clock: ManualClock
) -> None:
    show(qtbot, flow)
    assert flow._timer.isActive()
    clock.advance(3 * 60)
    flow.refresh()  # what the flow's coarse timer does each second
    assert "19:23" in flow.bridge_text()
    flow.start_break()
    found = controller.active()
    assert found is not None
    assert found[1].return_at == START + timedelta(minutes=23)
    flow.hide()
    assert not flow._timer.isActive()


def test_optional_checkin_with_keys_and_plan_choice(
    qtbot: QtBot, flow: BreakFlow, controller: BreakController
) -> None:
    show(qtbot, flow)
    assert not flow.checkin.isVisible()
    qtbot.mouseClick(flow.more_toggle, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(flow.checkin_toggle, Qt.MouseButton.LeftButton)
    assert flow.checkin.isVisible()
    qtbot.keyClick(flow.checkin, Qt.Key.Key_2)  # 2 = flight
    qtbot.keyClick(flow.checkin, Qt.Key.Key_Plus)
    flow.plan_boxes["walk"].setChecked(False)
    assert flow.start_break()
    record = controller.store.active_break()
    assert record is not None
    assert "walk" not in record.plan and "breathe" in record.plan
    before = controller.before_checkin()
    assert before is not None
    assert (before.state, before.intensity, before.context) == ("flight", 4, "during_break")
    assert before.break_id == record.id


def test_prefill_from_the_command_line(qtbot: QtBot, flow: BreakFlow) -> None:
    flow.prefill("19:30")
    assert flow.return_label.text() == "Back at 19:30"
    assert flow.start_button.isEnabled()
    assert not any(b.isChecked() for b in flow.duration_buttons.values())
    assert "19:30" in flow.bridge_text()
    flow.prefill("soonish")
    assert flow.return_label.text() == "" and not flow.start_button.isEnabled()
    assert flow.error_label.text()
    flow.reset()
    assert flow.duration_buttons[20].isChecked()
    assert flow.time_edit.text() == ""


def test_a_second_break_is_not_started(
    qtbot: QtBot, flow: BreakFlow, controller: BreakController
) -> None:
    assert flow.start_break()
    assert flow.start_break() is False
    assert "already running" in flow.error_label.text()
    assert len(controller.store.breaks()) == 1


def test_a_full_disk_at_start_keeps_everything_and_start_again_works(
    qtbot: QtBot,
    flow: BreakFlow,
    controller: BreakController,
    clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store = controller.store
    show(qtbot, flow)
    qtbot.mouseClick(flow.checkin_toggle, Qt.MouseButton.LeftButton)
    qtbot.keyClick(flow.checkin, Qt.Key.Key_3)  # 3 = freeze
    type_time(qtbot, flow, "35")
    flow.bridge_edit.setPlainText("I need a little while. Back at 19:35, I promise.")
    flow.plan_boxes["water"].setChecked(False)
    entered = (flow.time_edit.text(), flow.bridge_text(), flow.checkin.state())

    with disk_full(store, "COMMIT"):
        qtbot.mouseClick(flow.start_button, Qt.MouseButton.LeftButton)
    message = flow.error_label.text()
    assert flow.error_label.isVisible()
    assert "could not be saved" in message and DISK_FULL in message
    assert "Start again" in message
    clock.advance(1)
    flow.refresh()  # the flow's one-second tick must not wipe the message away
    assert flow.error_label.text() == message
    assert (flow.time_edit.text(), flow.bridge_text(), flow.checkin.state()) == entered
    assert not flow.plan_boxes["water"].isChecked()
    assert store.active_break() is None and store.checkins() == []

    # The check-in goes through, then the break itself cannot be written.
    def full(*_args: object, **_kwargs: object) -> int:
        raise StorageError(f"Could not save to {store.path}: {DISK_FULL}")

    monkeypatch.setattr(store, "add_break", full)
    assert flow.start_break() is False
    assert DISK_FULL in flow.error_label.text()
    monkeypatch.undo()

    with qtbot.waitSignal(flow.started):
        qtbot.mouseClick(flow.start_button, Qt.MouseButton.LeftButton)
    assert not flow.error_label.isVisible()
    record = store.active_break()
    assert record is not None
    assert record.bridge == entered[1]
    assert record.return_at == START + timedelta(minutes=35, seconds=1)
    assert "water" not in record.plan and "walk" in record.plan
    # The feeling from before the break is saved once, not once per try.
    assert [(c.state, c.context, c.break_id) for c in store.checkins()] == [
        ("freeze", "during_break", record.id)
    ]


@pytest.mark.parametrize(
    ("qt_format", "expected"),
    [
        ("HH:mm", "%H:%M"),
        ("h:mm\u202fAp", "%I:%M %p"),
        ("h:mm AP", "%I:%M %p"),
        ("Ap h:mm", "%p %I:%M"),
        ("HH 'h' mm", "%H h %M"),
        ("HH:mm:ss t", "%H:%M:%S"),
    ],
)
def test_qt_time_formats_become_strptime_formats(qt_format: str, expected: str) -> None:
    assert qt_time_format_to_strptime(qt_format) == expected


def test_locale_time_formats() -> None:
    formats = locale_time_formats(QLocale(QLocale.Language.French, QLocale.Country.Canada))
    assert "%H h %M" in formats


# --------------------------------------------------------------------------- edited words


def test_edited_words_follow_a_new_length_as_well_as_the_new_time(
    qtbot: QtBot, flow: BreakFlow, phrases: Phrases
) -> None:
    show(qtbot, flow)
    template = phrases.neutral[0]
    assert "{duration}" in template
    written = flow.bridge_text()
    assert "20 minutes" in written and "19:20" in written
    flow.bridge_edit.setPlainText(written + " I love you.")
    qtbot.mouseClick(flow.duration_buttons[45], Qt.MouseButton.LeftButton)
    text = flow.bridge_text()
    assert text.endswith(" I love you.")
    assert "45 minutes" in text and "19:45" in text
    assert "20 minutes" not in text and "19:20" not in text
    assert not flow.update_words_button.isVisible()
    type_time(qtbot, flow, "1h 15m")
    assert "1 hour 15 minutes" in flow.bridge_text() and "20:15" in flow.bridge_text()


def test_words_that_cannot_be_updated_safely_offer_to_write_them_afresh(
    qtbot: QtBot, flow: BreakFlow, controller: BreakController
) -> None:
    show(qtbot, flow)
    edited = "I need 20 minutes. Really, 20 minutes. Back at 19:20."
    flow.bridge_edit.setPlainText(edited)
    assert not flow.update_words_button.isVisible()
    qtbot.mouseClick(flow.duration_buttons[30], Qt.MouseButton.LeftButton)
    # The time is swapped; which "20 minutes" was meant is not guessed.
    assert flow.bridge_text() == "I need 20 minutes. Really, 20 minutes. Back at 19:30."
    assert flow.update_words_button.isVisible()
    assert flow.update_words_button.text() == "Update the words to the new time?"
    qtbot.mouseClick(flow.update_words_button, Qt.MouseButton.LeftButton)
    text = flow.bridge_text()
    assert "30 minutes" in text and "19:30" in text and "20 minutes" not in text
    assert not flow.update_words_button.isVisible()
    assert flow.start_break()
    assert controller.store.active_break().bridge == text  # type: ignore[union-attr]


def test_edited_words_without_the_time_offer_the_update(qtbot: QtBot, flow: BreakFlow) -> None:
    show(qtbot, flow)
    flow.bridge_edit.setPlainText("I need a little while, I'll come back soon.")
    qtbot.mouseClick(flow.duration_buttons[30], Qt.MouseButton.LeftButton)
    assert flow.bridge_text() == "I need a little while, I'll come back soon."
    assert flow.update_words_button.isVisible()
    qtbot.mouseClick(flow.duration_buttons[20], Qt.MouseButton.LeftButton)
    assert not flow.update_words_button.isVisible()  # the words fit the choice again


# --------------------------------------------------------------------------- the Break area


@pytest.fixture
def page(
    qtbot: QtBot, controller: BreakController, clock: ManualClock, phrases: Phrases
) -> BreakPage:
    widget = BreakPage(controller, phrases)
    qtbot.addWidget(widget)
    widget.resize(700, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_not_now_leaves_the_break_area(
    qtbot: QtBot, page: BreakPage, controller: BreakController
) -> None:
    assert page.currentWidget() is page.flow
    with qtbot.waitSignal(page.dismissed, timeout=1000):
        qtbot.mouseClick(page.flow.not_now_button, Qt.MouseButton.LeftButton)
    assert controller.active() is None


def test_escape_leaves_the_break_area(
    qtbot: QtBot, page: BreakPage, controller: BreakController
) -> None:
    page.flow.start_button.setFocus()
    with qtbot.waitSignal(page.dismissed, timeout=1000):
        qtbot.keyClick(page.flow.start_button, Qt.Key.Key_Escape)
    assert controller.active() is None


def test_a_length_inside_another_number_is_not_touched(qtbot: QtBot, flow: BreakFlow) -> None:
    show(qtbot, flow)
    qtbot.mouseClick(flow.duration_buttons[20], Qt.MouseButton.LeftButton)
    flow.bridge_edit.setPlainText("Not 120 minutes, just 20 minutes. Back at 19:20.")
    qtbot.mouseClick(flow.duration_buttons[30], Qt.MouseButton.LeftButton)
    assert flow.bridge_text() == "Not 120 minutes, just 30 minutes. Back at 19:30."
    assert not flow.update_words_button.isVisible()


# --------------------------------------------------------------------------- words never wrong


@pytest.mark.parametrize("typed", ["25h", "1441", "19:", "soon"])
def test_words_for_a_time_that_cannot_be_used_are_set_aside(
    qtbot: QtBot, flow: BreakFlow, controller: BreakController, typed: str
) -> None:
    show(qtbot, flow)
    QGuiApplication.clipboard().setText("untouched")
    type_time(qtbot, flow, typed)
    # The words of the last readable keystroke stay, greyed, with the reason beside them.
    assert not flow.bridge_edit.isEnabled()
    reason = flow.words.reason()
    assert reason and reason == flow.error_label.text()
    assert not flow.copy_button.isEnabled() and not flow.start_button.isEnabled()
    assert flow.copy_bridge() is False
    qtbot.keyClick(flow.time_edit, Qt.Key.Key_Return)
    assert QGuiApplication.clipboard().text() == "untouched"
    assert controller.active() is None
    type_time(qtbot, flow, "25")
    assert flow.bridge_edit.isEnabled() and flow.copy_button.isEnabled()
    assert "19:25" in flow.bridge_text()


def test_a_time_not_yet_confirmed_as_tomorrow_is_set_aside_too(
    qtbot: QtBot, flow: BreakFlow
) -> None:
    show(qtbot, flow)
    type_time(qtbot, flow, "18:30")
    assert not flow.copy_button.isEnabled() and not flow.bridge_edit.isEnabled()
    assert "18:30 tomorrow" in flow.words.reason()
    qtbot.mouseClick(flow.confirm_tomorrow_button, Qt.MouseButton.LeftButton)
    assert flow.copy_button.isEnabled()


def test_copy_gives_the_return_time_that_start_stores(
    qtbot: QtBot, flow: BreakFlow, controller: BreakController, clock: ManualClock
) -> None:
    show(qtbot, flow)
    assert "19:20" in flow.bridge_text()
    clock.advance(61)  # a minute passes before the next tick redraws the words
    qtbot.mouseClick(flow.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied == flow.bridge_text() and "19:21" in copied
    assert flow.start_break()
    record = controller.store.active_break()
    assert record is not None and record.bridge == copied
    assert record.return_at == START + timedelta(minutes=21, seconds=1)


def test_a_clock_time_break_says_the_time_not_a_long_count_of_hours(
    qtbot: QtBot, flow: BreakFlow, clock: ManualClock
) -> None:
    clock.advance(5 * 60)  # 19:05
    show(qtbot, flow)
    type_time(qtbot, flow, "18:00")
    qtbot.mouseClick(flow.confirm_tomorrow_button, Qt.MouseButton.LeftButton)
    words = flow.bridge_text()
    assert "18:00 tomorrow" in words
    assert "hour" not in words and "minutes" not in words
    type_time(qtbot, flow, "19:30")
    assert "19:30" in flow.bridge_text() and "25 minutes" not in flow.bridge_text()


def test_edited_words_naming_another_time_cannot_be_copied_or_started(
    qtbot: QtBot, flow: BreakFlow, controller: BreakController
) -> None:
    show(qtbot, flow)
    flow.bridge_edit.setPlainText("I need 20 minutes. Really, 20 minutes. Back at 19:20.")
    qtbot.mouseClick(flow.duration_buttons[30], Qt.MouseButton.LeftButton)
    assert flow.update_words_button.isVisible()
    assert not flow.copy_button.isEnabled() and not flow.start_button.isEnabled()
    assert flow.words.reason() == "These words name another time than 19:30."
    qtbot.mouseClick(flow.update_words_button, Qt.MouseButton.LeftButton)
    assert flow.copy_button.isEnabled() and flow.start_button.isEnabled()


def test_one_big_start_that_says_what_it_does(qtbot: QtBot, flow: BreakFlow) -> None:
    show(qtbot, flow)
    assert flow.start_button.accessibleName() == "Start 20-minute break · back at 19:20"
    assert flow.start_button.text() == "Start 20-minute break\nback at 19:20"
    assert flow.start_button.property("accent") is True
    assert flow.start_button.height() >= 2 * flow.not_now_button.sizeHint().height() - 8
    qtbot.mouseClick(flow.duration_buttons[45], Qt.MouseButton.LeftButton)
    assert flow.start_button.accessibleName() == "Start 45-minute break · back at 19:45"
    assert flow.duration_buttons[45].text().startswith("✓")
    assert not flow.duration_buttons[20].text().startswith("✓")
    type_time(qtbot, flow, "21:00")
    assert flow.start_button.accessibleName() == "Start break · back at 21:00"
    # Everything but the length and the words folds away until asked for.
    flow.more_toggle.setChecked(False)
    for folded in (flow.time_edit, flow.flavour_picker, flow.checkin_toggle):
        assert not folded.isVisible()
    for box in flow.plan_boxes.values():
        assert not box.isVisible()


def test_starting_says_so_to_a_screen_reader(
    qtbot: QtBot, flow: BreakFlow, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    send = QAccessible.updateAccessibility

    def record(event: QAccessibleEvent) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            said.append(event.message())
        send(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", record)
    show(qtbot, flow)
    qtbot.mouseClick(flow.copy_button, Qt.MouseButton.LeftButton)
    assert flow.start_break()
    assert said == [
        "Copied. You can paste it into a message.",
        "Your break has started. Back at 19:20.",
    ]
