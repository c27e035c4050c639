"""Run by tests/e2e/test_audio_pulse.py: start a session, then end the process without
closing the output. Prints how many streams were still open once every exit handler ran.

Usage: stream_leaver.py PRESET.
"""

from __future__ import annotations

import atexit
import sys
import time
from typing import Any

streams: list[Any] = []


def count_open() -> None:
    print("open at exit:", sum(1 for stream in streams if not stream.closed), flush=True)


def main() -> None:
    # Exit handlers run last-registered first: registered before sounddevice is imported,
    # this one runs after sounddevice's own handler and after the output's.
    atexit.register(count_open)
    import sounddevice  # type: ignore[import-untyped]

    made = sounddevice.OutputStream

    def tracked(*args: Any, **kwargs: Any) -> Any:
        stream = made(*args, **kwargs)
        streams.append(stream)
        return stream

    sounddevice.OutputStream = tracked

    from companion.audio.output import SoundOutput
    from companion.core.breath_pattern import resolve_pattern
    from companion.core.breathing import Timeline

    output = SoundOutput(sample_rate=48000, volume=0.8)
    output.start(Timeline(resolve_pattern(sys.argv[1])), 0.0)
    deadline = time.monotonic() + 10
    while not (output.playing and (output.heard_elapsed() or 0.0) > 0.5):
        if time.monotonic() > deadline:
            sys.exit("sound never started: " + output.status_message())
        time.sleep(0.01)
    print("playing, leaving without close()", flush=True)


if __name__ == "__main__":
    main()
