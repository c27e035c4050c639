"""Nothing ticks while nothing is due, and a running break costs one coarse tick a second.

A laptop on battery may keep the window open for hours. These tests build the real main
window and look at every timer in the app two ways: which QTimers are active, and which
timer events Qt actually delivers while the event loop runs for a little over a second
(that second look also catches Qt's own timers, such as a blinking text cursor).

Timers allowed to run, and why:
- ``breakTick`` (BreakController): while a break runs, once a second, coarse; it fires the
  reminders at the agreed times, also while the window is hidden. The countdown and the tray
  redraw on its tick (the countdown only while it is on screen); they have no timer of their own.
- ``breakFlowTick`` (BreakFlow): while the Take-a-break form is on screen; its "Back at
  7:30 PM" preview follows the clock.
- ``QPMCache``: Qt's own pixmap cache, which trims itself on a slow timer while it holds
  pixmaps (icons drawn once) and stops when it is empty; not a timer of ours.
One-shot timers Qt uses right after a page is shown (item views laying out their rows) are
let finish before counting.
"""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

from companion.app import build_main_window
from companion.core.clock import ManualClock
from companion.storage.store import BreakRecord, Store
from companion.ui.shell.main_window import MainWindow

OBSERVE_MS = 1300  # longer than the slowest periodic timer the app may run (1 s)
SECOND_TICKS = {"breakTick", "breakFlowTick"}
QT_OWN = {"QPMCache"}


def _name(obj: QObject) -> str:
    if isinstance(obj, QTimer):
        return obj.objectName() or f"unnamed QTimer in {type(obj.parent()).__name__}"
    return f"{obj.metaObject().className()} {obj.objectName()}".strip()


def active_timers() -> dict[str, QTimer]:
    """Every active QTimer owned by the application or any top-level widget, by name."""
    app = QApplication.instance()
    assert app is not None
    owners: list[QObject] = [app, *QApplication.topLevelWidgets()]
    timers = {id(t): t for owner in owners for t in owner.findChildren(QTimer)}
    return {_name(t): t for t in timers.values() if t.isActive()}


class _TimerEvents(QObject):
    """Counts the timer events Qt delivers to each receiver (QTimer or Qt's own timers)."""

    def __init__(self, ignore: QObject) -> None:
        super().__init__()
        self.counts: Counter[str] = Counter()
        self._ignore = ignore

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        timer = event.type() == QEvent.Type.Timer
        if timer and watched is not self._ignore and not _stray(watched):
            self.counts[_name(watched)] += 1
        return False


def _stray(obj: QObject) -> bool:
    """A bare, parentless QObject: Companion makes none with a timer (every timer of ours is a
    named QTimer or belongs to a widget); the suite's earlier tests can leave one behind."""
    return obj.metaObject().className() == "QObject" and obj.parent() is None


def timer_events(ms: int = OBSERVE_MS) -> Counter[str]:
    """Run the event loop for ``ms`` and return which timers fired, and how often."""
    app = QApplication.instance()
    assert app is not None
    loop = QEventLoop()
    end = QTimer()
    end.setObjectName("observationEnd")
    end.setSingleShot(True)
    end.timeout.connect(loop.quit)
    counter = _TimerEvents(ignore=end)
    app.installEventFilter(counter)
    end.start(ms)
    loop.exec()
    app.removeEventFilter(counter)
    return Counter({k: v for k, v in counter.counts.items() if k not in QT_OWN})


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


def _open(qtbot, data_dir: Path, clock: ManualClock) -> MainWindow:
    window = build_main_window(data_dir, clock=clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    timer_events(200)  # let start-up work (posted events, first paints) finish
    return window


def _show(qtbot, window: MainWindow, area: str) -> None:
    """Open ``area`` and wait until its page is really on screen (Qt shows it a moment later)."""
    content = window.show_area(area)
    qtbot.waitUntil(content.isVisible)
    qtbot.waitUntil(lambda: all(w.isVisible() for w in _shown_part(content)))
    timer_events(300)  # let the page's one-shot layout timers finish


def _shown_part(content: QObject) -> list[QWidget]:
    """The current page of a stacked page (the break area), else the page itself."""
    current = content.currentWidget() if isinstance(content, QStackedWidget) else None
    return [w for w in (content, current) if isinstance(w, QWidget)]


@pytest.fixture
def running_break(data_dir: Path, clock: ManualClock) -> None:
    """A break started five minutes ago, back in 25 minutes, stored before the app starts."""
    now = clock.now()
    store = Store.open(data_dir, now=now)
    back = now + timedelta(minutes=25)
    store.add_break(
        BreakRecord(started=now - timedelta(minutes=5), return_at=back, original_return=back)
    )
    store.close()


def test_nothing_runs_while_nothing_is_due(qtbot, data_dir: Path, clock: ManualClock) -> None:
    window = _open(qtbot, data_dir, clock)
    assert window.current_area() == "breathe"
    assert active_timers() == {}
    assert timer_events() == Counter()


@pytest.mark.parametrize("area", ["checkin", "insights", "breathe"])
def test_no_area_runs_a_timer_while_nothing_is_due(
    qtbot, data_dir: Path, clock: ManualClock, area: str
) -> None:
    window = _open(qtbot, data_dir, clock)
    _show(qtbot, window, "break")  # its form ticks while shown, and must stop on leaving
    _show(qtbot, window, area)
    assert active_timers() == {}


def test_the_break_form_ticks_only_while_it_is_on_screen(
    qtbot, data_dir: Path, clock: ManualClock
) -> None:
    window = _open(qtbot, data_dir, clock)
    _show(qtbot, window, "break")
    assert set(active_timers()) == {"breakFlowTick"}
    _show(qtbot, window, "breathe")
    assert active_timers() == {}


def test_a_running_break_costs_one_tick_a_second_also_with_the_countdown_on_screen(
    qtbot, data_dir: Path, clock: ManualClock, running_break: None
) -> None:
    window = _open(qtbot, data_dir, clock)
    _show(qtbot, window, "break")
    remaining = window.findChild(QWidget, "progressRing")  # draws the time left inside it
    assert remaining.isVisible() and remaining.text() == "25 min"  # whole minutes on screen
    timers = active_timers()
    assert set(timers) == {"breakTick"}
    assert timers["breakTick"].interval() == 1000
    assert timers["breakTick"].timerType() == Qt.TimerType.CoarseTimer
    clock.advance(60)
    fired = timer_events()
    assert set(fired) == {"breakTick"} and 1 <= fired["breakTick"] <= 2, fired
    assert remaining.text() == "24 min"  # the countdown follows the break's own tick
    assert remaining.accessibleName() == "Time left: 24 min"  # the words the screen shows

    window.hide()  # what closing the window during a break does when there is a tray
    assert set(active_timers()) == {"breakTick"}  # the reminders still come on time
    fired = timer_events()
    assert set(fired) == {"breakTick"} and fired["breakTick"] <= 2, fired

    window.show()
    qtbot.waitExposed(window)
    _show(qtbot, window, "breathe")  # another area in view: still only the break's tick
    assert set(active_timers()) == {"breakTick"}
    window.services.breaks.mark_returned()  # nothing due any more: nothing ticks
    assert active_timers() == {}


def test_only_known_one_second_ticks_exist(qtbot, data_dir: Path, clock: ManualClock) -> None:
    """Every QTimer that repeats in the window is one of the documented ones or the pacer's."""
    window = _open(qtbot, data_dir, clock)
    for area in ("checkin", "break", "insights", "breathe"):
        _show(qtbot, window, area)
    repeating = {t.objectName() for t in window.findChildren(QTimer) if not t.isSingleShot()} - {
        "pacerFrameTimer"
    }  # the pacer's frame timer runs only while a session animates
    assert repeating <= SECOND_TICKS | {"undoTimer"}, repeating
