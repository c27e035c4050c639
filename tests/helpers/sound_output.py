"""Shared by the sound output's tests: a fake-driven output and ways to play its stream."""

from __future__ import annotations

import threading
from collections.abc import Callable

import numpy as np

from companion.audio.output import SoundOutput
from companion.audio.stream import PREROLL_SECONDS
from companion.audio.worker import InlineWorker, ThreadWorker
from companion.core.clock import ManualClock

RATE = 48000
PRE = round(PREROLL_SECONDS * RATE)  # silent frames at the start of every stream
LEAD = PREROLL_SECONDS + 0.05  # sound coming back is aimed this far ahead (fake latency)


def make_output(backend: object, **kwargs: object) -> tuple[SoundOutput, ManualClock]:
    clock = ManualClock()
    kwargs.setdefault("worker", InlineWorker())
    backend.clock = clock  # type: ignore[attr-defined]  # the fake stream's time moves it
    return SoundOutput(backend, clock=clock, **kwargs), clock  # type: ignore[arg-type]


def first_heard(output: SoundOutput, stream: object) -> float | None:
    """Play the pre-roll and one buffer, wait until that buffer's first frame reaches the
    speaker, ask what is heard. (Stream time moves the test clock with it.)"""
    stream.pump(round(PREROLL_SECONDS * stream.samplerate))  # type: ignore[attr-defined]
    began = stream.time  # type: ignore[attr-defined]
    stream.pump(480)  # type: ignore[attr-defined]
    stream.time = began + stream.latency  # type: ignore[attr-defined]
    return output.heard_elapsed()


class QueuedWorker(InlineWorker):
    """A worker that is stuck (as on a hung sound server) until the test runs its jobs."""

    def __init__(self) -> None:
        super().__init__()
        self.jobs: list[Callable[[], None]] = []

    def submit(self, job: Callable[[], None]) -> None:
        self.jobs.append(job)

    def run_all(self) -> None:
        while self.jobs:
            self.jobs.pop(0)()


def play(stream: object, seconds: float, block: int = 512) -> np.ndarray:
    """Run callbacks for ``seconds`` of audio; return the first channel."""
    chunks = []
    for _ in range(round(seconds * RATE / block)):
        chunks.append(stream.pump(block)[:, 0].copy())  # type: ignore[attr-defined]
    return np.concatenate(chunks)


def flush(worker: ThreadWorker) -> None:
    """Edge: wait until the worker has got through every job handed to it so far."""
    done = threading.Event()
    worker.submit(done.set)
    assert done.wait(10)
