"""The countdown ring repaints only what changes on screen: the time left (whole minutes),
and the end of the arc once it has moved by a visible amount; a screen reader still gets the
time to the second. A full repaint each second kept Qt's drawing threads waking dozens of
times a second for the whole break."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.agreement import parse_return
from companion.core.clock import ManualClock
from companion.core.phrases import Phrases
from companion.services.breaks import BreakController
from companion.ui.pause.countdown_view import CountdownView
from companion.ui.pause.progress_ring import ProgressRing

SIDE = 300
pytestmark = [
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)"),
    pytest.mark.usefixtures("c_locale"),  # times read "19:20"
]


class PaintSpy(QObject):
    """Records the rectangles of the paint events a widget receives."""

    def __init__(self, ring: ProgressRing) -> None:
        super().__init__(ring)
        self.rects: list[QRect] = []
        ring.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QPaintEvent):
            self.rects.extend(event.region())
        return False

    def area(self) -> int:
        return sum(rect.width() * rect.height() for rect in self.rects)


def _ring(qtbot: QtBot) -> tuple[ProgressRing, PaintSpy]:
    ring = ProgressRing()
    qtbot.addWidget(ring)
    ring.resize(SIDE, SIDE)
    ring.show_values(0.0, "20:00", "left", done=False)
    ring.show()
    qtbot.waitExposed(ring)
    QApplication.processEvents()
    return ring, PaintSpy(ring)


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def test_a_new_second_repaints_the_digits_not_the_whole_ring(qtbot: QtBot) -> None:
    ring, spy = _ring(qtbot)
    ring.show_values(1 / 1200, "19:59", "left", done=False)
    qtbot.waitUntil(lambda: bool(spy.rects))
    _settle()
    assert spy.area() < SIDE * SIDE // 3, spy.rects
    assert ring.text() == "19:59"
    assert ring.accessibleName() == "Time left: 19:59"


def test_nothing_is_repainted_while_nothing_drawn_would_change(qtbot: QtBot) -> None:
    ring, spy = _ring(qtbot)
    ring.show_values(0.0004, "20:00", "left", done=False)  # the arc moves by a fraction of a pixel
    _settle()
    assert spy.rects == []
    assert ring.progress() == 0.0004  # the value is kept: the next visible step draws it


def test_an_arc_that_moved_repaints_its_end_only(qtbot: QtBot) -> None:
    ring, spy = _ring(qtbot)
    ring.show_values(0.02, "20:00", "left", done=False)
    qtbot.waitUntil(lambda: bool(spy.rects))
    _settle()
    assert spy.area() < SIDE * SIDE // 8, spy.rects
    top = min(rect.top() for rect in spy.rects)
    assert top < 20  # the arc's end, at twelve o'clock, is what was redrawn


def test_new_values_redraw_in_full_after_a_resize(qtbot: QtBot) -> None:
    ring, spy = _ring(qtbot)
    ring.resize(SIDE + 40, SIDE + 40)
    qtbot.waitUntil(lambda: bool(spy.rects))
    _settle()
    assert spy.area() >= (SIDE + 40) ** 2  # the whole ring at its new size


# ------------------------------------------------------------ the countdown that feeds it
@pytest.fixture
def countdown(
    qtbot: QtBot, controller: BreakController, clock: ManualClock, phrases: Phrases
) -> CountdownView:
    view = CountdownView(controller, phrases)
    qtbot.addWidget(view)
    view.resize(560, 760)
    controller.start(parse_return("20", clock.now()), ["walk"], "Back at 19:20.")
    view.show()
    qtbot.waitExposed(view)
    _settle()
    return view


def test_within_a_minute_a_tick_repaints_no_text_and_still_tells_the_time(
    countdown: CountdownView, controller: BreakController, clock: ManualClock
) -> None:
    spy = PaintSpy(countdown.ring)
    clock.advance(1)
    controller.check()
    _settle()
    ring = countdown.ring
    assert spy.area() < ring.width() * ring.height() // 50, spy.rects  # at most the arc's end
    assert all(rect.top() < 40 for rect in spy.rects), spy.rects  # not the "20 min" text
    assert countdown.remaining_text() == "19:59"
    # a screen reader hears what the screen shows, and is not told of a change each second
    assert countdown.ring.accessibleName() == "Time left: 20 min"


def test_a_new_minute_repaints_the_digits_only(
    countdown: CountdownView, controller: BreakController, clock: ManualClock, qtbot: QtBot
) -> None:
    spy = PaintSpy(countdown.ring)
    clock.advance(60)
    controller.check()
    qtbot.waitUntil(lambda: bool(spy.rects))
    _settle()
    ring = countdown.ring
    assert spy.area() < ring.width() * ring.height() // 3, spy.rects
    assert countdown.remaining_text() == "19:00" and ring.text() == "19 min"


def test_minimised_the_countdown_costs_what_hidden_costs(
    countdown: CountdownView, controller: BreakController, clock: ManualClock
) -> None:
    countdown.showMinimized()
    _settle()
    clock.advance(120)
    controller.check()
    assert countdown.remaining_text() == "20:00"  # not recomputed while no one can see it
    countdown.showNormal()
    _settle()
    assert countdown.remaining_text() == "18:00"  # and up to date as soon as it is back


def test_a_tick_updates_the_time_without_rebuilding_the_words_and_the_plan(
    countdown: CountdownView,
    controller: BreakController,
    clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rebuilt: list[str] = []
    monkeypatch.setattr(countdown.said, "show_record", lambda record: rebuilt.append("words"))
    monkeypatch.setattr(countdown.plan, "show_record", lambda record: rebuilt.append("plan"))
    clock.advance(90)
    controller.check()
    assert rebuilt == []  # they change only with the break itself
    assert countdown.remaining_text() == "18:30"
    controller.extend(5 * 60)  # a change to the break shows everywhere at once
    assert sorted(rebuilt) == ["plan", "words"]
    assert countdown.remaining_text() == "23:30"
