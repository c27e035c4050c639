"""The sink's monitor recorded as it arrives, placed on the monotonic clock (for
tests/e2e/test_audio_pulse.py)."""

from __future__ import annotations

import math
import os
import signal
import subprocess
import threading
import time
from collections.abc import Callable

import numpy as np

__all__ = ["RATE", "Recording"]

RATE = 48000


class Recording:
    """The sink's monitor, read as it arrives: the samples, and where they sit in time.

    The sink renders a block of frames (the recorder asks for 10 ms) when the first of them
    is due to play, and the recorder gets each block whole; so over each second of
    recording, the earliest arrival of a block's first frame less the frames before it tells
    the sink's clock, and a line through those seconds gives the monotonic time of any
    frame (however the sink's clock drifts, and leaving out a second where the sink was
    stopped and caught up).
    """

    def __init__(self, env: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            [
                "parec",
                "--device=companion_test.monitor",
                "--raw",
                "--format=float32le",
                f"--rate={RATE}",
                "--channels=1",
                "--latency-msec=10",
            ],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        self._chunks: list[bytes] = []
        self.size = 0
        self._arrivals: list[tuple[int, float]] = []  # (frame, monotonic time it came)
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        fd = self.process.stdout.fileno()
        while data := os.read(fd, 4096):
            arrived = time.monotonic()
            self._arrivals.append((self.size // 4, arrived))  # this read's first frame
            self._chunks.append(data)
            self.size += len(data)

    def wait_for_sound(self) -> None:
        """Edge: return once the recorder has a fifth of a second (it can take a second or
        two to attach on a busy machine, and what it misses would look like a lost cue)."""
        deadline = time.monotonic() + 15
        while self.size < 4 * RATE // 5:
            assert self.process.poll() is None, self._errors()
            assert time.monotonic() < deadline, "the recorder wrote nothing for 15 s"
            time.sleep(0.02)

    def finish(self) -> np.ndarray:
        """Stop recording; everything recorded, as samples."""
        self.process.send_signal(signal.SIGINT)
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=5)
        self._reader.join(timeout=5)
        for pipe in (self.process.stdout, self.process.stderr):
            if pipe:
                pipe.close()
        data = b"".join(self._chunks)
        return np.frombuffer(data[: len(data) // 4 * 4], dtype="<f4")

    def clock(self, since: float = -math.inf) -> Callable[[np.ndarray], np.ndarray]:
        """Monotonic time at which recorded frames were played by the sink, from what
        arrived after ``since`` (a sink that was stopped may have skipped frames)."""
        frames, arrived = (np.array(column) for column in zip(*self._arrivals, strict=True))
        frames, arrived = frames[arrived > since], arrived[arrived > since]
        early = arrived - frames / RATE  # the earliest is the sink's own clock
        second = frames // RATE
        points = [
            (float(np.mean(frames[second == k])), float(np.min(early[second == k])))
            for k in np.unique(second)
        ]
        at, base = (np.array(column) for column in zip(*points, strict=True))
        keep = np.ones(len(at), dtype=bool)
        for _ in range(3):  # leave out seconds far above the line (a stopped sink)
            slope, offset = np.polyfit(at[keep], base[keep], 1)
            keep = base - (slope * at + offset) < 0.003
        return lambda n: n / RATE + slope * n + offset

    def _errors(self) -> str:
        return self.process.stderr.read().decode() if self.process.stderr else ""
