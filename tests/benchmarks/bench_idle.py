"""Idle cost: CPU used while a break countdown runs, with the window shown and hidden.

Run it as ``python tests/benchmarks/bench_idle.py`` (about 65 s). Four copies of the real app
run at the same time, each with its own fresh home and data folder, offscreen:

- "shown": started as ``companion break 60`` (the real path: the break starts and the
  countdown is on screen);
- "hidden": the same, then the window is hidden, as closing it during a break does when the
  desktop has a tray;
- "minimised": the same, then the window is minimised;
- "nothing due": started plainly, no break; this is where no timer may run at all.

Each child is this file run with ``--child MODE``: it calls ``companion.app.run_gui`` exactly
as ``companion`` does, plus a timer 1.5 s in that hides the window (for "hidden") and, a
second later, prints "ready" with the names of the QTimers then active. From "ready" on the
parent reads, every half second on a thread of its own, the time each of the child's
threads has run on a CPU (exact, /proc/<pid>/task/*/schedstat, where /proc/<pid>/stat counts
whole 10 ms ticks) and its wake-ups (voluntary context switches, /proc/<pid>/task/*/status),
for ``SECONDS`` of wall time. The figures are absolute, so a row's baseline is its budget: 0.1 %
of one core and 2 wake-ups a second, in every mode.

``start()`` launches the children and returns at once, so tests/benchmarks/run.py lets the
minute pass while it runs the other benchmarks (the children only sample their own CPU
time; the rest of the machine being busy makes their figures, if anything, pessimistic).
``run()`` does start + collect for use on its own.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_startup import (
    cpu_ns_by_thread,
    isolated_env,
    print_rows,
    stop,
    wakeups,
    wakeups_between,
)

SECONDS = 60.0
HIDE_AFTER_MS = 1500
SETTLE_MS = 1000
READY_TIMEOUT = 30.0
SAMPLE_EVERY = 0.5  # seconds between two readings of the children's threads
BUDGET_PERCENT = {"hidden": 0.1, "shown": 0.1, "minimised": 0.1, "nothing": 0.1}
WAKEUP_BUDGET = 2.0  # per second, all threads
WHERE = {
    "hidden": "break countdown running, window hidden",
    "shown": "break countdown running, window shown",
    "minimised": "break countdown running, window minimised",
    "nothing": "nothing due, window shown",
}
MODES = ("hidden", "shown", "minimised", "nothing")

Row = dict[str, object]


# ----------------------------------------------------------------- the child
def child(mode: str) -> int:
    """Run the real app; print "ready <active timers>" once it has settled."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from companion.app import ensure_application, run_gui
    from companion.desktop.paths import default_data_dir

    app = ensure_application()

    def windows() -> list:
        return [w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow"]

    def settle() -> None:
        for window in windows():
            if mode == "hidden":
                window.hide()
            elif mode == "minimised":
                window.showMinimized()
        QTimer.singleShot(SETTLE_MS, report)

    def report() -> None:
        active = sorted(
            timer.objectName() or "(unnamed)"
            for window in windows()
            for timer in window.findChildren(QTimer)
            if timer.isActive()
        )
        shown = any(window.isVisible() for window in windows())
        print(f"ready shown={int(shown)} timers={','.join(active)}", flush=True)

    QTimer.singleShot(HIDE_AFTER_MS, settle)
    message = None if mode == "nothing" else {"cmd": "break", "arg": "60"}
    code = run_gui(default_data_dir(), message=message)
    del app
    return code


# ----------------------------------------------------------------- the parent
class _Window:
    """One child's threads read from "ready" until the window closes: the time each has run
    (exact, /proc/<pid>/task/*/schedstat) and its wake-ups, as last seen. A thread that ends
    within the window (Qt's pooled threads expire after 30 s unused) keeps what it had at the
    last reading, at most half a second before it ended."""

    def __init__(self, pid: int, began: float) -> None:
        self.pid, self.began, self.ended = pid, began, began
        self.closed = False
        self._cpu0, self._wake0 = cpu_ns_by_thread(pid), wakeups(pid)
        self._cpu, self._wake = dict(self._cpu0), dict(self._wake0)

    def read(self, last: bool) -> None:
        with contextlib.suppress(OSError):
            self._cpu.update(cpu_ns_by_thread(self.pid))
            self._wake.update(wakeups(self.pid))
        self.ended = time.monotonic()
        self.closed = last

    def figures(self) -> tuple[float, float, int, int]:
        """Wall seconds, CPU seconds, wake-ups of every thread and of the GUI thread."""
        cpu = sum(ns - self._cpu0.get(tid, 0) for tid, ns in self._cpu.items()) / 1e9
        wake_all = wakeups_between(self._wake0, self._wake)
        wake_gui = self._wake.get(self.pid, 0) - self._wake0.get(self.pid, 0)
        return self.ended - self.began, cpu, wake_all, wake_gui


class IdleRun:
    """The three children, sampled from their "ready" line for ``seconds``."""

    def __init__(self, seconds: float = SECONDS) -> None:
        self.seconds = seconds
        self._tmp = tempfile.TemporaryDirectory(prefix="companion-bench-idle-")
        self._procs: dict[str, subprocess.Popen] = {}
        self._windows: dict[str, _Window] = {}
        self._stop = threading.Event()
        self._ready: dict[str, str] = {}
        self._logs: dict[str, Path] = {}
        try:
            for mode in MODES:
                self._spawn(mode)
            for mode in MODES:
                self._wait_ready(mode)
        except BaseException:
            self.close()
            raise
        self._sampler = threading.Thread(target=self._sample, name="idle-sampler", daemon=True)
        self._sampler.start()

    def _spawn(self, mode: str) -> None:
        env = isolated_env(Path(self._tmp.name) / mode)
        log = Path(self._tmp.name) / f"{mode}.log"
        self._logs[mode] = log
        with log.open("w") as err:
            self._procs[mode] = subprocess.Popen(
                [sys.executable, str(Path(__file__).resolve()), "--child", mode],
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=err,
                text=True,
            )

    def _wait_ready(self, mode: str) -> None:
        proc = self._procs[mode]
        assert proc.stdout is not None
        os.set_blocking(proc.stdout.fileno(), True)
        deadline = time.monotonic() + READY_TIMEOUT
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            if line.startswith("ready "):
                self._ready[mode] = line.split(" ", 1)[1].strip()
                self._windows[mode] = _Window(proc.pid, time.monotonic())
                return
        raise RuntimeError(
            f"idle child {mode!r} never got ready:\n{self._logs[mode].read_text()[-2000:]}"
        )

    def _sample(self) -> None:
        """Read every child's threads each half second until its window has passed."""
        while not self._stop.is_set():
            now = time.monotonic()
            open_windows = [w for w in self._windows.values() if not w.closed]
            for window in open_windows:
                window.read(now >= window.began + self.seconds)
            if not open_windows:
                return
            self._stop.wait(SAMPLE_EVERY)

    def collect(self) -> list[Row]:
        """Wait until ``seconds`` have passed since "ready", sample, stop the children."""
        rows: list[Row] = []
        try:
            self._sampler.join()
            for mode in MODES:
                proc = self._procs[mode]
                window = self._windows[mode]
                if proc.poll() is not None or not window.closed:
                    raise RuntimeError(f"idle child {mode!r} exited with {proc.returncode}")
                wall, cpu, wake_all, wake_gui = window.figures()
                percent = 100.0 * cpu / wall
                budget = BUDGET_PERCENT[mode]
                rate = wake_all / wall
                rows.append(
                    {
                        "metric": f"idle CPU, {WHERE[mode]} (% of one core)",
                        "ours": round(percent, 3),
                        "baseline": budget,
                        "ratio": round(percent / budget, 3),
                        "target": 1.0,
                        "note": f"{cpu * 1000:.1f} ms on a CPU in {wall:.0f} s, every thread;"
                        f" {self._ready[mode]}",
                    }
                )
                rows.append(
                    {
                        "metric": f"idle wake-ups, {WHERE[mode]} (per s, all threads)",
                        "ours": round(rate, 2),
                        "baseline": WAKEUP_BUDGET,
                        "ratio": round(rate / WAKEUP_BUDGET, 3),
                        "target": 1.0,
                        "note": f"voluntary context switches of every thread over {wall:.0f} s "
                        f"(GUI thread {wake_gui / wall:.2f}/s)",
                    }
                )
        finally:
            self.close()
        return rows

    def close(self) -> None:
        self._stop.set()
        for proc in self._procs.values():
            stop(proc)
            if proc.stdout is not None:
                proc.stdout.close()
        self._procs.clear()
        self._tmp.cleanup()


def start(seconds: float = SECONDS) -> IdleRun:
    """Launch the children and return once all are settled; call ``collect()`` later."""
    return IdleRun(seconds)


def run(seconds: float = SECONDS) -> list[Row]:
    return start(seconds).collect()


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        sys.exit(child(sys.argv[2]))
    print_rows(run(float(sys.argv[1]) if len(sys.argv) > 1 else SECONDS))
