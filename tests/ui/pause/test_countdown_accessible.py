"""What a screen reader gets from the countdown: the time as shown, and polite announcements."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import QAbstractSpinBox, QWidget
from pytestqt.qtbot import QtBot

from companion.core.agreement import parse_return
from companion.core.clock import ManualClock
from companion.core.phrases import Phrases
from companion.services.breaks import BreakController
from companion.ui.pause.countdown_view import CountdownView

pytestmark = [
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)"),
    pytest.mark.usefixtures("c_locale"),
]


@pytest.fixture
def heard(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, QAccessible.AnnouncementPoliteness]]:
    """Every announcement sent to assistive technology while the test runs."""
    said: list[tuple[str, QAccessible.AnnouncementPoliteness]] = []
    send = QAccessible.updateAccessibility

    def record(event: QAccessibleEvent) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            said.append((event.message(), event.politeness()))
        send(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", record)
    return said


@pytest.fixture
def view(
    qtbot: QtBot, controller: BreakController, clock: ManualClock, phrases: Phrases
) -> CountdownView:
    controller.start(parse_return("20", clock.now()), ["walk"], "Back at 19:20.")
    widget = CountdownView(controller, phrases)
    qtbot.addWidget(widget)
    widget.resize(640, 480)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def tick(controller: BreakController, clock: ManualClock, seconds: int) -> None:
    """Let ``seconds`` pass one tick at a time, as the one-second timer does."""
    for _ in range(seconds):
        clock.advance(1)
        controller.tick_timer.timeout.emit()


def test_the_time_left_is_exposed_as_the_screen_shows_it(
    view: CountdownView, controller: BreakController, clock: ManualClock
) -> None:
    tick(controller, clock, 1)
    assert view.remaining_text() == "19:59" and view.ring.text() == "20 min"
    assert view.ring.accessibleName() == "Time left: 20 min"  # the words the screen shows
    iface = QAccessible.queryAccessibleInterface(view.ring)
    assert iface is not None
    assert iface.text(QAccessible.Text.Name) == "Time left: 20 min"
    assert iface.text(QAccessible.Text.Description) == "left"


def test_the_ring_is_a_progress_bar_with_the_drawn_text_and_a_value(
    view: CountdownView, controller: BreakController, clock: ManualClock
) -> None:
    tick(controller, clock, 5 * 60)
    iface = QAccessible.queryAccessibleInterface(view.ring)
    assert iface is not None and iface.role() == QAccessible.Role.ProgressBar
    text, value = iface.textInterface(), iface.valueInterface()
    assert text is not None and value is not None
    assert text.text(0, -1) == view.ring.text() == "15 min" and view.remaining_text() == "15:00"
    assert text.characterCount() == 6 and text.text(0, 2) == "15"
    assert (value.minimumValue(), value.currentValue(), value.maximumValue()) == (0, 25, 100)
    tick(controller, clock, 15 * 60)
    assert text.text(0, -1) == view.ring.text() == "19:20"  # the time agreed, as drawn
    assert value.currentValue() == 100


def test_each_whole_minute_of_the_last_five_and_the_return_time_are_announced(
    view: CountdownView,
    controller: BreakController,
    clock: ManualClock,
    heard: list[tuple[str, QAccessible.AnnouncementPoliteness]],
) -> None:
    tick(controller, clock, 14 * 60)
    assert heard == []  # nothing while the return time is far
    tick(controller, clock, 6 * 60 + 30)
    said = [text for text, _ in heard]
    assert said == [
        "5 min left, back at 19:20.",
        "4 min left, back at 19:20.",
        "3 min left, back at 19:20.",
        "2 min left, back at 19:20.",
        "1 min left, back at 19:20.",
        "It's 19:20, the time you agreed.",
    ]
    assert {politeness for _, politeness in heard} == {QAccessible.AnnouncementPoliteness.Polite}


def test_a_view_opened_mid_minute_waits_for_the_next_whole_minute(
    view: CountdownView,
    controller: BreakController,
    clock: ManualClock,
    heard: list[tuple[str, QAccessible.AnnouncementPoliteness]],
) -> None:
    view.hide()
    clock.advance(16 * 60 + 30)  # 3:30 left when it is shown again
    view.show()
    tick(controller, clock, 20)
    assert heard == []
    tick(controller, clock, 11)
    assert [text for text, _ in heard] == ["3 min left, back at 19:20."]


def test_the_words_are_readable_and_copying_and_saving_say_so(
    qtbot: QtBot,
    view: CountdownView,
    controller: BreakController,
    heard: list[tuple[str, QAccessible.AnnouncementPoliteness]],
) -> None:
    words = QAccessible.queryAccessibleInterface(view.said.latest_label)
    assert words is not None and words.text(QAccessible.Text.Name) == "Back at 19:20."
    qtbot.mouseClick(view.said.copy_button, Qt.MouseButton.LeftButton)
    assert heard[-1][0] == "Copied. You can paste it into a message."
    view.more_time_button.click()
    qtbot.mouseClick(view.more_time_panel.extend10_button, Qt.MouseButton.LeftButton)
    assert heard[-1][0] == "More time saved: back at 19:30."
    assert controller.active() is not None


def test_every_control_of_the_countdown_has_a_name(view: CountdownView) -> None:
    view.more_time_button.click()
    for widget in view.findChildren(QWidget):
        if isinstance(widget.parent(), QAbstractSpinBox):
            continue  # the spin box's own editor; the spin box carries the name
        if widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            iface = QAccessible.queryAccessibleInterface(widget)
            assert iface is not None and iface.text(QAccessible.Text.Name), widget.objectName()
