"""CPU cost of the breathing pacer's animation, against a bare widget painting a circle.

Run it as ``python tests/benchmarks/bench_pacer.py``: it animates the real PacerView offscreen
for 10 s at its normal frame rate and a bare QWidget repainting a circle at the same rate for
10 s (alternating in 2.5 s slices so both see the same machine load), and prints the ratio of
process CPU time. ``run()`` returns the rows for a common benchmark runner. It also checks
that ``Timeline.at`` costs the same an hour into a session as a minute in (no O(n) walk).
"""

from __future__ import annotations

import math
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SECONDS_EACH = 10.0
SLICES = 4
TARGET_RATIO = 1.3
SIZE = (480, 640)


def _qt_app():  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(sys.argv[:1])


def _make_baseline(interval_ms: int):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QRectF, Qt, QTimer
    from PySide6.QtGui import QPainter, QPalette
    from PySide6.QtWidgets import QWidget

    class Circle(QWidget):
        """A bare widget repainting one antialiased circle whose size follows the clock."""

        def __init__(self) -> None:
            super().__init__()
            self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
            self.frames = 0
            self.timer = QTimer(self)
            self.timer.setObjectName("baselineTimer")
            self.timer.setTimerType(Qt.TimerType.PreciseTimer)
            self.timer.setInterval(interval_ms)
            self.timer.timeout.connect(self.update)

        def paintEvent(self, event: object) -> None:
            self.frames += 1
            painter = QPainter(self)
            painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Window))
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.palette().color(QPalette.ColorRole.Highlight))
            largest = min(self.width(), self.height()) / 2 - 6
            radius = largest * (0.67 + 0.33 * math.sin(time.monotonic()))
            cx, cy = self.width() / 2, self.height() / 2
            painter.drawEllipse(QRectF(cx - radius, cy - radius, 2 * radius, 2 * radius))
            painter.end()

    return Circle()


def _run_for(seconds: float) -> float:
    """Spin the event loop for ``seconds`` of wall time; return the process CPU time used."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    before = time.process_time()
    loop.exec()
    return time.process_time() - before


def _animation_rows() -> list[dict[str, object]]:
    from PySide6.QtCore import QEvent, QObject

    from companion.core.clock import SystemClock
    from companion.services.patterns import PatternService
    from companion.services.practice import PracticeService
    from companion.storage.store import Store
    from companion.ui.breathe.pacer_view import FRAME_INTERVAL_MS, PacerView

    app = _qt_app()

    class PaintCounter(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.frames = 0

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.frames += 1
            return False

    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder))
        view = PacerView(PracticeService(store), PatternService(store), SystemClock())
        view.resize(*SIZE)
        view.show()
        shape = view.findChild(QObject, "breathShape")
        counter = PaintCounter()
        shape.installEventFilter(counter)
        baseline = _make_baseline(FRAME_INTERVAL_MS)
        baseline.resize(shape.width(), shape.height())
        app.processEvents()

        ours_cpu = base_cpu = 0.0
        view.start("exhale-4-6")
        view.pause()
        for _ in range(SLICES):
            baseline.show()
            baseline.timer.start()
            base_cpu += _run_for(SECONDS_EACH / SLICES)
            baseline.timer.stop()
            baseline.hide()
            view.resume()
            ours_cpu += _run_for(SECONDS_EACH / SLICES)
            view.pause()
        view.stop()
        store.close()
        view.close()
        baseline.close()
        view.deleteLater()
        baseline.deleteLater()
        app.processEvents()
        ours_fps = counter.frames / SECONDS_EACH
        base_fps = baseline.frames / SECONDS_EACH

    return [
        {
            "metric": "pacer animation CPU s per 10 s (vs bare circle widget)",
            "ours": round(ours_cpu, 3),
            "baseline": round(base_cpu, 3),
            "ratio": round(ours_cpu / base_cpu, 3) if base_cpu > 0 else math.inf,
            "target": TARGET_RATIO,
        },
        {
            "metric": "frames painted per second, ours vs baseline (same rate within 5%)",
            "ours": round(ours_fps, 1),
            "baseline": round(base_fps, 1),
            "ratio": round(ours_fps / base_fps, 3) if base_fps > 0 else math.inf,
            "target": 1.05,
        },
    ]


def _per_call(func, args: list[float], repeat: int = 9) -> float:  # type: ignore[no-untyped-def]
    best = math.inf
    for _ in range(repeat):
        start = time.perf_counter()
        for value in args:
            func(value)
        best = min(best, (time.perf_counter() - start) / len(args))
    return best


def _timeline_rows() -> list[dict[str, object]]:
    from companion.core.breath_pattern import PRESETS
    from companion.core.breathing import SessionLength, Timeline

    timeline = Timeline(PRESETS["4-7-8"], ease_in=True, length=SessionLength(minutes=60))
    early = [60.0 + i / 997 for i in range(4000)]
    late = [3540.0 + i / 997 for i in range(4000)]
    at_early = _per_call(timeline.at, early)
    at_late = _per_call(timeline.at, late)
    rate = 48000

    def block(start_seconds: float):  # type: ignore[no-untyped-def]
        def one(offset: float) -> None:
            frame = int((start_seconds + offset) * rate)
            timeline.phase_start_frames(rate, frame, frame + 512)

        return one

    offsets = [i / 93.75 for i in range(1000)]
    frames_early = _per_call(block(60.0), offsets)
    frames_late = _per_call(block(3540.0), offsets)
    return [
        {
            "metric": "Timeline.at() µs per call at 59 min vs 1 min",
            "ours": round(at_late * 1e6, 2),
            "baseline": round(at_early * 1e6, 2),
            "ratio": round(at_late / at_early, 3),
            "target": 1.3,
        },
        {
            "metric": "phase_start_frames() µs per 512-frame block at 59 min vs 1 min",
            "ours": round(frames_late * 1e6, 2),
            "baseline": round(frames_early * 1e6, 2),
            "ratio": round(frames_late / frames_early, 3),
            "target": 1.3,
        },
    ]


def run() -> list[dict[str, object]]:
    """All pacer benchmark rows: {"metric", "ours", "baseline", "ratio", "target"}."""
    return _animation_rows() + _timeline_rows()


def main() -> int:
    rows = run()
    for row in rows:
        verdict = "ok" if float(str(row["ratio"])) <= float(str(row["target"])) else "OVER"
        print(
            f"{row['metric']}: ours {row['ours']}, baseline {row['baseline']}, "
            f"ratio {row['ratio']} (target <= {row['target']}) {verdict}"
        )
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    sys.exit(main())
