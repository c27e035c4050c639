"""Run by tests/e2e/test_audio_pulse.py: the breathing pacer with real sound, reporting.

Usage: pacer_player.py PRESET SECONDS STOP_FOR DATA_DIR. Plays SECONDS of the preset through
a PacerView with a real SoundOutput; with STOP_FOR, stops the sound server (its pid in
COMPANION_TEST_PULSE_PID) for that long once 4 s are heard. Prints a JSON report last: what
was heard, the longest wait of a 10 ms GUI-thread timer, when sound was said to be gone and
back, and (monotonic time, timeline seconds drawn) for every paint of the shape.

The wait is counted as the app's own: the time the GUI thread stood ready but had no CPU (the
kernel's run delay for the thread, /proc/thread-self/schedstat) is taken out of it, so a busy
machine cannot pass for a blocked thread, and a thread blocked by sound still counts in full.
The raw longest wait is reported too.
"""

import json
import os
import signal
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from companion.audio.output import SoundOutput
from companion.core.clock import SystemClock
from companion.services.container import DataServices
from companion.storage.store import Store
from companion.ui.breathe.breath_shape import BreathShape
from companion.ui.breathe.pacer_view import PacerView

preset, seconds, stop_for, data = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
app = QApplication([])
output = SoundOutput(sample_rate=48000, volume=0.8)
SCHEDSTAT = Path("/proc/thread-self/schedstat")  # read on the GUI thread: its own figures


def run_delay() -> float:
    """Seconds this thread has spent ready to run but waiting for a CPU."""
    try:
        return int(SCHEDSTAT.read_text().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return 0.0  # no schedstat: every wait counts as the app's own


last_heard = [None]
heard_now = output.heard_elapsed


def heard_elapsed():
    last_heard[0] = heard_now()
    return last_heard[0]


output.heard_elapsed = heard_elapsed  # what each paint of the shape is drawn from
paints = []
paint_shape = BreathShape.paintEvent


def logged_paint(shape, event):
    last_heard[0] = None
    paint_shape(shape, event)
    if last_heard[0] is not None:
        paints.append((time.monotonic(), last_heard[0]))


BreathShape.paintEvent = logged_paint
store = Store.open(Path(data))
services = DataServices.for_store(store)
view = PacerView(services.practice, services.patterns, SystemClock(), audio=output)
view.resize(480, 640)
view.show()
started = time.monotonic()
view.start(preset)
pid = int(os.environ.get("COMPANION_TEST_PULSE_PID", "0"))
s = dict(
    last=None,
    waited=0.0,
    gap=0.0,
    raw_gap=0.0,
    gap_at=0.0,
    heard=None,
    stopped=None,
    resumed=None,
    told=None,
    back=None,
    lag=None,
    status="",
)


def tick():
    now, waited = time.monotonic(), run_delay()
    if s["last"] is not None:
        raw = now - s["last"]
        own = raw - (waited - s["waited"])
        s["raw_gap"] = max(s["raw_gap"], raw)
        if own > s["gap"]:
            s["gap"], s["gap_at"] = own, now - started
    s["last"], s["waited"] = now, waited
    heard = output.heard_elapsed()
    status = output.status_message()
    s["status"] = status
    if heard is not None:
        s["heard"] = heard
    if stop_for and s["stopped"] is None and heard is not None and heard >= 4.0:
        os.kill(pid, signal.SIGSTOP)
        s["stopped"] = now
        s["ref"] = (heard, now)
    if s["stopped"] is not None and s["resumed"] is None:
        if status and s["told"] is None:
            s["told"] = now - s["stopped"]
        if now - s["stopped"] >= stop_for:
            os.kill(pid, signal.SIGCONT)
            s["resumed"] = now
    if s["resumed"] is not None and s["back"] is None and heard is not None and not status:
        s["back"] = now - s["resumed"]
        s["lag"] = s["ref"][0] + (now - s["ref"][1]) - heard
    if (heard is not None and heard >= seconds) or now - started > seconds + 20:
        timer.stop()
        view.stop()
        QTimer.singleShot(20, finish)


def finish():
    output.close()  # lets the fade play out before the stream closes
    app.quit()


timer = QTimer()
timer.setInterval(10)
timer.timeout.connect(tick)
timer.start()
app.exec()
report = {
    key: s[key] for key in ("heard", "status", "gap", "raw_gap", "gap_at", "told", "back", "lag")
}
report["underflows"] = output.underflows
report["resumed"] = s["resumed"]
report["paints"] = paints
view.close()
store.close()
print(json.dumps(report))
