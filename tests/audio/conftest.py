"""A fake sounddevice: streams that call the real callback with fake timing, on demand."""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest
from helpers.sounddevice_fakes import FakeCallbackStop, FakePortAudioError, FakeTimeInfo

from companion.core.clock import ManualClock


class FakeFlags:
    """Stands in for sounddevice.CallbackFlags."""

    __slots__ = ("output_underflow",)

    def __init__(self) -> None:
        self.output_underflow = False

    def __bool__(self) -> bool:
        return self.output_underflow


class FakeStream:
    """An output stream whose clock and callbacks the test drives by hand.

    ``pump(frames, at=t)`` runs one callback as PortAudio would at stream time ``t``: the
    buffer will reach the DAC ``latency`` seconds later. Buffers are preallocated. When
    the backend has a ``clock``, setting the stream time moves that clock by as much.
    """

    def __init__(self, backend: FakeBackend, **kwargs: Any) -> None:
        self.backend = backend
        self.kwargs = kwargs
        self.samplerate = float(kwargs["samplerate"])
        self.channels = int(kwargs["channels"])
        self.device = kwargs["device"]
        self.callback: Callable[..., None] = kwargs["callback"]
        self.finished_callback: Callable[[], None] = kwargs["finished_callback"]
        self.latency = backend.latency
        self.active = False
        self.closed = False
        self.finished = False
        self._time = 0.0
        self.dac_unset = False
        self._buffer = np.zeros((8192, self.channels), dtype=np.float32)
        self._info = FakeTimeInfo()
        self._flags = FakeFlags()

    @property
    def time(self) -> float:
        """The stream's clock. A linked test clock moves with it, as the real one would."""
        return self._time

    @time.setter
    def time(self, value: float) -> None:
        clock = self.backend.clock
        if clock is not None:
            clock.advance(value - self._time)
        self._time = value

    def start(self) -> None:
        if self.backend.fail_start:
            raise FakePortAudioError(
                "Error starting stream: Device unavailable [PaErrorCode -9985]"
            )
        self.active = True

    def _end(self) -> None:
        was_active = self.active
        self.active = False
        if was_active and not self.finished:
            self.finished = True
            self.finished_callback()

    def stop(self) -> None:
        self._end()

    def abort(self) -> None:
        self._end()

    def close(self) -> None:
        self._end()
        self.closed = True

    def die(self) -> None:
        """The device is pulled out: PortAudio ends the stream on its own."""
        self._end()

    def pump(
        self,
        frames: int = 512,
        *,
        at: float | None = None,
        dac: float | None = None,
        underflow: bool = False,
    ) -> np.ndarray:
        """One callback at stream time ``at`` (default: right after the previous one).

        The buffer reaches the DAC at ``dac`` (default: ``latency`` seconds after ``at``).
        """
        assert self.active, "pumping a stream that is not running"
        if at is not None:
            self.time = at
        info = self._info
        info.currentTime = self.time
        if self.dac_unset:
            info.outputBufferDacTime = 0.0
        else:
            info.outputBufferDacTime = self.time + self.latency if dac is None else dac
        self._flags.output_underflow = underflow
        out = self._buffer[:frames]
        out.fill(np.nan)  # whatever the callback leaves unwritten would show as NaN
        try:
            self.callback(out, frames, info, self._flags)
        except FakeCallbackStop:
            self._end()
        self.time += frames / self.samplerate
        return out


class FakeBackend:
    """Just enough of the sounddevice module for SoundOutput."""

    PortAudioError = FakePortAudioError
    CallbackStop = FakeCallbackStop

    def __init__(self) -> None:
        self.output_devices: list[dict[str, Any]] = [
            {"name": "Built-in speakers", "max_output_channels": 2, "default_samplerate": 48000.0},
            {"name": "Microphone", "max_output_channels": 0, "default_samplerate": 48000.0},
            {"name": "USB headset", "max_output_channels": 1, "default_samplerate": 44100.0},
        ]
        self.default_output: int | None = 0
        self.latency = 0.05
        self.fail_start = False
        self.rates = {48000, 44100}
        self.streams: list[FakeStream] = []
        self.rescans = 0
        self.clock: ManualClock | None = None

    # --- module functions
    def query_devices(self, device: int | None = None, kind: str | None = None) -> Any:
        if device is None and kind is None:
            return list(self.output_devices)
        index = self.default_output if device is None else device
        if index is None or not 0 <= index < len(self.output_devices):
            raise FakePortAudioError(f"Error querying device {index}")
        info = dict(self.output_devices[index])
        if kind == "output" and info["max_output_channels"] < 1:
            raise ValueError("Not an output device")
        return info

    def check_output_settings(self, **kwargs: Any) -> None:
        info = self.query_devices(kwargs.get("device"), "output")
        if kwargs["samplerate"] not in self.rates or (
            info["default_samplerate"] == 44100.0 and kwargs["samplerate"] != 44100
        ):
            raise FakePortAudioError("Invalid sample rate")

    def OutputStream(self, **kwargs: Any) -> FakeStream:
        stream = FakeStream(self, **kwargs)
        self.streams.append(stream)
        return stream

    def get_portaudio_version(self) -> tuple[int, str]:
        return (1246976, "PortAudio V19.7.0-devel (fake)")

    def _terminate(self) -> None:
        self.rescans += 1

    def _initialize(self) -> None:
        pass

    # --- test helpers
    @property
    def stream(self) -> FakeStream:
        """The newest stream."""
        assert self.streams, "no stream was opened"
        return self.streams[-1]


@pytest.fixture
def fake_backend() -> FakeBackend:
    return FakeBackend()


def allocations(step: Callable[[int], None], warmup: int, runs: int) -> tuple[int, int]:
    """Run ``step(i)`` ``warmup`` times, then ``runs`` times, all under tracemalloc.

    Returns (bytes still held after the measured runs, peak bytes above their start).
    The warm-up must take every code path once: numpy fills its dispatch caches and
    Python its freelists on first use, and that is not per-call allocation.
    """
    tracemalloc.start()
    try:
        for i in range(warmup):
            step(i)
        base, _ = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        for i in range(warmup, warmup + runs):
            step(i)
        current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return current - base, peak - base


@pytest.fixture
def measure_allocations() -> Callable[[Callable[[int], None], int, int], tuple[int, int]]:
    return allocations
