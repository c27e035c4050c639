"""The picture turns with the sound: the shape is drawn when a phase's cue is heard."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer

from companion.core.breathing import Timeline
from companion.core.clock import ManualClock
from companion.services.container import DataServices
from companion.storage.store import Store
from companion.ui.breathe.pacer_view import BreathShape, PacerView


class HeardCues:
    """A sound player whose audible position the test sets."""

    def __init__(self) -> None:
        self.heard: float | None = None

    def start(self, timeline: Timeline, offset_seconds: float) -> None:
        self.heard = offset_seconds

    def stop(self) -> None:
        self.heard = None

    def heard_elapsed(self) -> float | None:
        return self.heard

    def status_message(self) -> str:
        return ""

    def retry(self) -> bool:
        return True


class PaintCounter(QObject):
    """Counts the paints a widget receives."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_the_shape_is_drawn_when_the_cue_is_heard_not_a_frame_later(qtbot, store: Store) -> None:
    cues = HeardCues()
    data = DataServices.for_store(store)
    view = PacerView(data.practice, data.patterns, ManualClock(), audio=cues)
    qtbot.addWidget(view)
    view.resize(480, 640)
    view.show()
    qtbot.waitExposed(view)
    shape = view.findChild(BreathShape, "breathShape")
    painted = PaintCounter()
    shape.installEventFilter(painted)
    view.start("exhale-4-6")
    cues.heard = 3.99
    view.tick()
    qtbot.waitUntil(lambda: painted.count > 0)  # edge: the first frame is on screen
    before = painted.count
    # The breath-out cue reaches the speaker; the timer aimed at that moment wakes.
    cues.heard = 4.002
    view.tick()
    assert painted.count > before  # drawn there and then, not at the next frame tick
    view.stop()


def test_the_pacer_wakes_when_the_next_cue_is_heard_not_after(qtbot, store: Store) -> None:
    cues = HeardCues()
    data = DataServices.for_store(store)
    view = PacerView(data.practice, data.patterns, ManualClock(), audio=cues)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.start("exhale-4-6")
    cues.heard = 3.99  # the breath-out cue is heard in 10 ms
    view.tick()
    coarse = view.findChild(QTimer, "pacerCoarseTimer")
    assert coarse.isActive()
    # Any later and the shape turns after the sound (a 20 ms budget in all).
    assert 10 <= coarse.interval() <= 11
    view.stop()
