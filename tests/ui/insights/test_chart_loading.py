"""The first look at the charts: pyqtgraph loads on a thread of its own while the page says
it is drawing, then the bars are drawn. Runs in a fresh interpreter (this one has long loaded
pyqtgraph, see conftest.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

PROBE = """
import os, sys, tempfile, threading
os.environ["QT_QPA_PLATFORM"] = "offscreen"
importers = []
def watch(event, args):
    if event == "import" and str(args[0]).split(".")[0] == "pyqtgraph":
        importers.append(threading.current_thread() is threading.main_thread())
sys.addaudithook(watch)
from datetime import datetime, timezone
from pathlib import Path
from PySide6.QtCore import QDeadlineTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from companion.core.clock import ManualClock
from companion.storage.store import CheckIn, Store
import companion.ui.insights.insights_view as module
from companion.services.insights import InsightsService
store = Store.open(Path(tempfile.mkdtemp()))
now = datetime(2026, 11, 21, 19, 0, tzinfo=timezone.utc)
store.add_checkin(CheckIn("freeze", 3, now))
view = module.InsightsView(InsightsService(store), ManualClock(now))
view.refresh()
print("after-build", "pyqtgraph" in sys.modules)
view.show()
print("says-drawing", view.findChild(object, "insightsLoading").isVisible())
deadline = QDeadlineTimer(30000)
while view.insights() is None and not deadline.hasExpired():
    app.processEvents()
print("drawn", view.bar_heights()["freeze"])
print("imported-on-main-thread", sorted(set(importers)))
import gc, pyqtgraph
walked = {id(o) for o in gc.get_objects()}  # what a full collection goes through
plot_item = pyqtgraph.PlotItem
print("collector-walks-pyqtgraph", id(vars(pyqtgraph)) in walked or id(plot_item) in walked)
"""


def test_pyqtgraph_loads_off_the_ui_thread_when_the_view_is_first_shown() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "after-build False" in result.stdout
    assert "says-drawing True" in result.stdout
    assert "drawn 1.0" in result.stdout
    assert "imported-on-main-thread [False]" in result.stdout
    # Full garbage collections (on the UI thread, at any moment) no longer walk what the
    # import left behind, so they stay short.
    assert "collector-walks-pyqtgraph False" in result.stdout
