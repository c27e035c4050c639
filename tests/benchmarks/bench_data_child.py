"""One size of ``bench_data``: every action on a store, in a fresh process; prints JSON.

python tests/benchmarks/bench_data_child.py STORE_FOLDER ROUNDS
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

NOW = datetime(2026, 11, 21, 19, 0, tzinfo=timezone(timedelta(hours=1)))
SCROLL_ROWS = 100_000  # History is scrolled through this many rows (or all there are)
TIMEOUT = 120.0


class Heartbeat:
    """A 1 ms timer on the UI thread; the longest gap between its ticks is the stall."""

    def __init__(self) -> None:
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(1)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.longest = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def stall_ms(
        self, action: Callable[[], object], done: Callable[[], bool] | None = None
    ) -> float:
        """Run ``action`` from the event loop; the longest gap until ``done()`` (then 20 ms
        more, for work it left queued)."""
        loop = QEventLoop()
        state = {"acted": False, "settle": 0.0}

        def act() -> None:
            action()
            state["acted"] = True

        def check() -> None:
            if not state["acted"] or (done is not None and not done()):
                return
            if not state["settle"]:
                state["settle"] = time.perf_counter()
            elif time.perf_counter() - state["settle"] > 0.02:
                loop.quit()

        checker = QTimer()
        checker.setInterval(1)
        checker.timeout.connect(check)
        self._last = time.perf_counter()
        self.longest = 0.0
        self._timer.start()
        checker.start()
        QTimer.singleShot(0, act)
        QTimer.singleShot(int(TIMEOUT * 1000), loop.quit)
        loop.exec()
        checker.stop()
        self._timer.stop()
        return self.longest * 1000


def rss_mib() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def median_stall(beat: Heartbeat, rounds: int, action: Callable[[], object]) -> float:
    return statistics.median(beat.stall_ms(action) for _ in range(rounds))


def switch_stall(
    beat: Heartbeat, rounds: int, choices: list[Any], choose: Any, done: Callable[[], bool]
) -> float:
    """The longest of the median stalls of switching to each choice (from the one before)."""
    stalls: dict[int, list[float]] = {i: [] for i in range(len(choices))}
    for _ in range(rounds):
        for i, choice in enumerate(choices):
            stalls[i].append(beat.stall_ms(lambda c=choice: choose(c), done))
    return max(statistics.median(v) for v in stalls.values())


def measure(folder: Path, rounds: int) -> dict[str, Any]:
    from companion.core.clock import ManualClock
    from companion.core.insights import Breakdown, Window
    from companion.services.container import DataServices
    from companion.storage.store import Store
    from companion.ui.insights.insights_page import InsightsPage

    _app = QApplication.instance() or QApplication(sys.argv[:1])  # kept alive while measuring
    beat = Heartbeat()
    store = Store.open(folder)
    data = DataServices.for_store(store)
    got: dict[str, Any] = {}
    holder: dict[str, InsightsPage] = {}
    until = time.perf_counter() + 1.0  # the noise floor: a second of doing nothing
    got["idle"] = beat.stall_ms(lambda: None, lambda: time.perf_counter() > until)

    def open_insights() -> None:
        page = InsightsPage(data.insights, data.history, ManualClock(NOW))
        page.resize(1000, 700)
        page.show()
        holder["page"] = page

    got["insights_first_open"] = beat.stall_ms(
        open_insights,
        lambda: (
            "page" in holder
            and holder["page"].insights.insights() is not None
            and not holder["page"].insights.waiting_for_numbers()
        ),
    )
    page = holder["page"]
    view = page.insights

    ranges = [Window.ALL, Window.WEEK, Window.QUARTER, Window.MONTH]
    drawn = lambda: not view.waiting_for_numbers()  # noqa: E731
    got["insights_range"] = switch_stall(beat, rounds, ranges, view.set_window, drawn)
    view.set_window(Window.ALL)
    got["insights_chart"] = switch_stall(beat, rounds, list(Breakdown), view.set_breakdown, drawn)

    got.update(history_figures(beat, page, rounds))
    got.update(export_figures(beat, store, rounds))
    page.close()
    store.close()
    from companion.services.data_file import delete_all_data

    got["delete_all"] = beat.stall_ms(lambda: delete_all_data(folder))
    return got


def history_figures(beat: Heartbeat, page: Any, rounds: int) -> dict[str, Any]:
    """Opening, scrolling (and History's memory meanwhile), filtering, editing, deleting."""
    got: dict[str, Any] = {}
    got["history_open"] = beat.stall_ms(lambda: page.setCurrentWidget(page.history_tab))
    history = page.history
    model = history.model
    bar = history.table.verticalScrollBar()
    steps: list[float] = []
    before = rss_mib()
    while model.rowCount() < SCROLL_ROWS and model.canFetchMore():
        steps.append(beat.stall_ms(lambda: bar.setValue(bar.maximum())))
    got["history_scrolled"] = model.rowCount()
    got["history_growth_mib"] = rss_mib() - before
    got["history_scroll"] = statistics.quantiles(steps, n=100)[98] if len(steps) > 2 else 0.0
    got["history_jump"] = beat.stall_ms(lambda: bar.setValue(0))
    got["history_filter"] = max(
        median_stall(beat, rounds, lambda c=c: history.set_kinds(c))
        for c in (("checkin",), ("break", "session"), ("checkin", "break", "session"))
    )
    note = model.index(0, model.NOTE_COLUMN)
    got["history_edit"] = median_stall(
        beat, rounds, lambda: model.setData(note, f"edited {time.perf_counter()}")
    )
    got["history_delete"] = beat.stall_ms(
        lambda: (history.table.selectRow(1), history.delete_selected(), history.commit_pending())
    )
    return got


def export_figures(beat: Heartbeat, store: Any, rounds: int) -> dict[str, float]:
    """Stall and time of File > Export's job, and a plain writer over the same rows.

    The stall is read with the 1 ms heartbeat running; the time is read in rounds of their
    own, with the window idle as it is while a user waits for an export (a heartbeat would
    take the interpreter from the export a thousand times a second), from the start of the
    job to its own end."""
    from companion.services.export_job import ExportJob

    got: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="companion-export-") as tmp:
        for fmt in ("csv", "json"):
            stalls, times = [], []

            def job(fmt: str = fmt) -> Any:
                return ExportJob(store.path, fmt, Path(tmp) / f"all.{fmt}", labels={}, now=NOW)

            for _ in range(rounds):
                running = job()
                stalls.append(beat.stall_ms(running.start, running.isFinished))
                running.wait()
                assert running.summary is not None, running.error
                times.append(_job_ms(job()))
            got[f"export_{fmt}_stall"] = statistics.median(stalls)
            got[f"export_{fmt}_ms"] = statistics.median(times)
            got[f"plain_{fmt}_ms"] = statistics.median(
                plain_writer(store.path, fmt, Path(tmp) / f"plain.{fmt}") for _ in range(rounds)
            )
    return got


def _job_ms(job: Any) -> float:
    """Milliseconds from starting an export job to its end, the event loop running."""
    loop = QEventLoop()
    ended: list[float] = []
    job.finished.connect(lambda: (ended.append(time.perf_counter()), loop.quit()))
    start = time.perf_counter()
    job.start()
    loop.exec()
    job.wait()
    assert job.summary is not None, job.error
    return (ended[0] - start) * 1000


def plain_writer(db: Path, fmt: str, out: Path) -> float:
    """Milliseconds for a bare csv.writer / json.dumps over the same rows, in the same way
    (own read-only connection, a file in the same folder, fsync)."""
    import sqlite3

    start = time.perf_counter()
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    with out.open("w", encoding="utf-8", newline="") as f:
        tables = ("checkins", "breaks", "sessions")
        if fmt == "csv":
            writer = csv.writer(f)
            for table in tables:
                writer.writerows(conn.execute(f"SELECT * FROM {table} ORDER BY id"))
        else:
            conn.row_factory = sqlite3.Row
            for table in tables:
                for row in conn.execute(f"SELECT * FROM {table} ORDER BY id"):
                    f.write(json.dumps(dict(row), ensure_ascii=False) + ",\n")
        f.flush()
        os.fsync(f.fileno())
    conn.close()
    return (time.perf_counter() - start) * 1000


def main() -> int:
    folder, rounds = Path(sys.argv[1]), int(sys.argv[2])
    with tempfile.TemporaryDirectory(prefix="companion-data-") as tmp:
        copy = Path(tmp) / "data"  # edits and deletes leave the cached store as it was
        shutil.copytree(folder, copy)
        print(json.dumps(measure(copy, rounds)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
