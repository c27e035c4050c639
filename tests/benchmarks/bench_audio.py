"""Cost of the audio callback per block, as a share of the time that block lasts.

Run it as ``python tests/benchmarks/bench_audio.py`` (a few seconds). It drives the real
SoundOutput callback (mixer and all, through a stand-in stream object) at 48 kHz over two
minutes of a cyclic-sigh session with ease-in, for blocks of 256 and 1024 frames and for
each sounding style, timing every call. The baseline is the block's own duration (5.3 ms or
21.3 ms): a callback that took that long would leave no time at all. Target: p99 <= 5 %.
``run()`` returns the rows for the common runner: {"metric", "ours", "baseline", "ratio",
"target"}, where a row meets its target when ratio <= target.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

RATE = 48000
BLOCKS = (256, 1024)
STYLES = ("soft", "bell", "breath")
SECONDS = 120.0
TARGET = 0.05


class _Stream:
    """Holds the callback SoundOutput hands to its stream; nothing plays."""

    def __init__(self, **kwargs: Any) -> None:
        self.callback = kwargs["callback"]
        self.channels = kwargs["channels"]
        self.active = False
        self.latency = 0.02
        self.time = 0.0

    def start(self) -> None:
        self.active = True

    def abort(self) -> None:
        self.active = False

    def close(self) -> None:
        self.active = False


class _Backend:
    """The few sounddevice names SoundOutput uses."""

    class PortAudioError(Exception):
        pass

    class CallbackStop(Exception):
        pass

    def __init__(self) -> None:
        self.stream: _Stream | None = None

    def query_devices(self, device: Any = None, kind: Any = None) -> Any:
        info = {"name": "bench", "max_output_channels": 2, "default_samplerate": float(RATE)}
        return [info] if device is None and kind is None else info

    def OutputStream(self, **kwargs: Any) -> _Stream:
        self.stream = _Stream(**kwargs)
        return self.stream


class _TimeInfo:
    __slots__ = ("currentTime", "inputBufferAdcTime", "outputBufferDacTime")

    def __init__(self) -> None:
        self.currentTime = 0.0
        self.inputBufferAdcTime = 0.0
        self.outputBufferDacTime = 0.0


class _Flags:
    output_underflow = False

    def __bool__(self) -> bool:
        return False


def callback_times(block: int, style: str) -> list[float]:
    """Seconds taken by each callback over SECONDS of audio."""
    from companion.audio.output import SoundOutput
    from companion.audio.worker import InlineWorker
    from companion.core.breath_pattern import PRESETS
    from companion.core.breathing import Timeline

    backend = _Backend()
    output = SoundOutput(backend, style=style, worker=InlineWorker())
    output.start(Timeline(PRESETS["cyclic-sigh"], ease_in=True), 0.0)
    stream = backend.stream
    assert stream is not None and stream.active, output.status_message()
    callback = stream.callback
    out = np.zeros((block, stream.channels), dtype=np.float32)
    info, flags = _TimeInfo(), _Flags()
    clock = time.perf_counter
    times: list[float] = []
    for k in range(int(SECONDS * RATE / block)):
        info.currentTime = k * block / RATE
        info.outputBufferDacTime = info.currentTime + 0.02
        begin = clock()
        callback(out, block, info, flags)
        times.append(clock() - begin)
    output.close()
    return times


def run() -> list[dict[str, object]]:
    """Rows for each block size and style: mean and p99 cost vs the block's duration."""
    rows: list[dict[str, object]] = []
    for block in BLOCKS:
        duration = block / RATE
        for style in STYLES:
            times = callback_times(block, style)
            mean = statistics.fmean(times)
            p99 = float(np.percentile(times, 99))
            for name, value in (("p99", p99), ("mean", mean)):
                rows.append(
                    {
                        "metric": f"audio callback {name} µs, {block} frames @ 48 kHz, {style}"
                        " (vs block duration)",
                        "ours": round(value * 1e6, 1),
                        "baseline": round(duration * 1e6, 1),
                        "ratio": round(value / duration, 4),
                        "target": TARGET,
                    }
                )
    return rows


def main() -> int:
    rows = run()
    print(f"{'metric':<76} {'ours µs':>9} {'block µs':>9} {'share':>7} {'target':>7}")
    failed = False
    for row in rows:
        ratio = float(str(row["ratio"]))
        ok = ratio <= float(str(row["target"]))
        failed |= not ok
        print(
            f"{row['metric']:<76} {row['ours']:>9} {row['baseline']:>9} "
            f"{ratio:>7.2%} {float(str(row['target'])):>7.0%} {'ok' if ok else 'OVER'}"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    sys.exit(main())
