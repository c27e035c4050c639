"""pyqtgraph (and numpy under it) loaded on a thread of its own, so the first look at the
charts never holds up the window: it costs about a quarter of a second of imports.

The import runs on a plain thread. When it is done the thread emits a signal of a small
object owned by the application; Qt delivers it on the UI thread, where the loader says
``ready``. Nothing waits or polls meanwhile, and a view that is closed first simply never
hears of it.

The import leaves some 40 000 long-lived objects (pyqtgraph's and numpy's modules, classes
and tables). Python's full garbage collections would walk all of them from then on, for
about 40 ms on the UI thread each time (and several times that on a busy machine), at random
moments such as a scroll step. Once imported they live as long as the process, so they are
moved out of the collector's sight (``gc.freeze``) on the import thread.
"""

from __future__ import annotations

import gc
import importlib
import sys
import threading
from types import ModuleType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

MODULE = "pyqtgraph"


def charts_loaded() -> bool:
    """True when pyqtgraph is fully imported (not half-way, on another thread)."""
    module = sys.modules.get(MODULE)
    spec = getattr(module, "__spec__", None)
    return module is not None and not getattr(spec, "_initializing", False)


class _Done(QObject):
    """Emitted from the import thread; lives on the UI thread."""

    done = Signal()


class ChartLoader(QObject):
    """Imports pyqtgraph off the UI thread once ``start()`` is called; ``ready`` follows."""

    ready = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: threading.Thread | None = None
        self._failures: list[BaseException] = []

    def start(self) -> None:
        """Begin the import (once); ``ready`` is emitted on the UI thread when it is done."""
        if self._thread is not None:
            return
        # Owned by the application and deleted on the UI thread once it has spoken, so
        # nothing of Qt is ever freed by the import thread.
        done = _Done(QCoreApplication.instance())
        done.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        done.done.connect(done.deleteLater, Qt.ConnectionType.QueuedConnection)
        failures = self._failures

        def load() -> None:
            collecting = gc.isenabled()
            gc.disable()  # the import makes objects that all live on: nothing to collect
            try:
                importlib.import_module(MODULE)
            except BaseException as exc:  # handed to the UI thread, raised there
                failures.append(exc)
            finally:
                gc.freeze()  # what is alive now lives for good: no full collection walks it
                if collecting:
                    gc.enable()
            done.done.emit()

        self._thread = threading.Thread(target=load, name="chart-import", daemon=True)
        self._thread.start()

    def module(self) -> ModuleType:
        """pyqtgraph, waiting for the thread if it is still importing (or importing it here
        when nothing started it). An import that failed there is raised here."""
        if self._thread is not None:
            self._thread.join()
        if self._failures:
            raise self._failures[0]
        return importlib.import_module(MODULE)

    def _on_done(self) -> None:
        self.ready.emit()
