"""Where the sound output does anything that can block: a thread of its own.

Opening, stopping, aborting and closing a stream can each hang for seconds when the sound
server does (a PulseAudio daemon that is stopped or busy). None of that may happen on the
GUI thread, so the output hands such work to a ``Worker``. ``ThreadWorker`` runs jobs one
after another on a daemon thread and calls a housekeeping function between them, a few
times a second; ``InlineWorker`` runs everything at once, for tests that drive it by hand.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from typing import Protocol

__all__ = ["HOUSEKEEPING_SECONDS", "InlineWorker", "ThreadWorker", "Worker"]

HOUSEKEEPING_SECONDS = 0.25

Job = Callable[[], None]
log = logging.getLogger(__name__)


class Worker(Protocol):
    """Runs jobs away from the caller; ``submit`` never blocks."""

    def submit(self, job: Job) -> None: ...

    def set_housekeeping(self, job: Job) -> None: ...

    def close(self, timeout: float) -> None: ...

    def wait_until(self, done: Callable[[], bool], timeout: float) -> None: ...


class InlineWorker:
    """Runs each job at once on the caller's thread; tests call ``housekeep`` themselves."""

    def __init__(self) -> None:
        self._housekeeping: Job | None = None

    def submit(self, job: Job) -> None:
        job()

    def set_housekeeping(self, job: Job) -> None:
        self._housekeeping = job

    def housekeep(self) -> None:
        """What the thread would do a few times a second."""
        if self._housekeeping is not None:
            self._housekeeping()

    def close(self, timeout: float) -> None:
        """Nothing runs in the background."""

    def wait_until(self, done: Callable[[], bool], timeout: float) -> None:
        """Nothing plays by itself here (the test drives the stream), so waiting is moot."""


class ThreadWorker:
    """One daemon thread, started on the first job, that runs jobs in order."""

    def __init__(self, name: str = "companion-sound") -> None:
        self._name = name
        self._jobs: queue.SimpleQueue[Job | None] = queue.SimpleQueue()
        self._housekeeping: Job | None = None
        self._thread: threading.Thread | None = None
        self._closing = False

    def submit(self, job: Job) -> None:
        if self._closing:
            return
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name=self._name, daemon=True)
            self._thread.start()
        self._jobs.put(job)

    def set_housekeeping(self, job: Job) -> None:
        self._housekeeping = job

    def close(self, timeout: float) -> None:
        """Run the jobs already queued, then end; wait at most ``timeout`` seconds (a hung
        sound server must not keep the app from quitting: the thread is a daemon)."""
        self._closing = True
        thread = self._thread
        if thread is None:
            return
        self._jobs.put(None)
        thread.join(timeout)

    def wait_until(self, done: Callable[[], bool], timeout: float) -> None:
        """Poll ``done`` until it holds or ``timeout`` passes (worker thread only)."""
        deadline = time.monotonic() + timeout
        while not done() and time.monotonic() < deadline:
            time.sleep(0.01)

    def _run(self) -> None:
        last = time.monotonic()
        while True:
            try:
                job = self._jobs.get(timeout=HOUSEKEEPING_SECONDS)
            except queue.Empty:
                job = None
                if self._closing:
                    return
            else:
                if job is None:
                    return
                self._guarded(job)
            now = time.monotonic()
            if now - last >= HOUSEKEEPING_SECONDS and self._housekeeping is not None:
                last = now
                self._guarded(self._housekeeping)

    @staticmethod
    def _guarded(job: Job) -> None:
        try:
            job()
        except Exception:  # a bug here must not end sound for the rest of the run
            log.exception("sound job failed")
