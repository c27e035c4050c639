"""Offline rendering: the exact samples the live stream would play, as a 16-bit WAV file.

It runs the same ``CueMixer`` block by block, so anyone can check timing and sound
without a sound card (``companion render-audio``).
"""

from __future__ import annotations

import math
import os
import stat
import wave
from pathlib import Path

import numpy as np

from companion.audio.mixer import CueMixer
from companion.audio.synth import CueStyle
from companion.core.breath_pattern import PatternError, resolve_pattern
from companion.core.breathing import SessionLength, Timeline

__all__ = ["BLOCK_FRAMES", "RenderError", "render_wav"]

BLOCK_FRAMES = 1024
MINUTES = (1.0, 60.0)  # the same bounds as a practice session
RATES = (8000, 192000)


class RenderError(ValueError):
    """Arguments or a destination that cannot be rendered; the message is fit for a user."""


def _check_number(value: object, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise RenderError(f"The {what} must be a number (got {value!r}).")
    return float(value)


def render_wav(
    pattern_text: str,
    minutes: float,
    path: str | os.PathLike[str],
    *,
    style: str = "soft",
    volume: float = 0.8,
    rate: int = 48000,
    ease_in: bool = False,
    rhythm: bool = False,
) -> None:
    """Write ``minutes`` (1-60, fractions allowed) of ``pattern_text`` cues to ``path``.

    ``pattern_text`` is a preset id or name, or a spec like ``4-7-8``. The file is 16-bit
    PCM mono at ``rate`` Hz (8000-192000) and ends where the session ends (after its last
    breath out). Raises RenderError with a plain message for any bad argument or an
    unwritable path; a half-written file is never left behind. With ``rhythm``, taps mark
    the phases as well (one for in, two for out), as the sound option of that name does.
    """
    try:
        pattern = resolve_pattern(pattern_text)
    except PatternError as exc:
        raise RenderError(str(exc)) from None
    minutes = _check_number(minutes, "length in minutes")
    if not MINUTES[0] <= minutes <= MINUTES[1]:
        raise RenderError(f"The length must be 1 to 60 minutes (got {minutes:g}).")
    try:
        cue_style = CueStyle(style)
    except ValueError:
        names = ", ".join(s.value for s in CueStyle)
        raise RenderError(f"Unknown sound style “{style}”. Choose one of: {names}.") from None
    volume = _check_number(volume, "volume")
    if not 0.0 <= volume <= 1.0:
        raise RenderError(f"The volume must be from 0 to 1 (got {volume:g}).")
    if isinstance(rate, bool) or not isinstance(rate, int):
        raise RenderError(f"The sample rate must be a whole number of Hz (got {rate!r}).")
    if not RATES[0] <= rate <= RATES[1]:
        raise RenderError(f"The sample rate must be 8000 to 192000 Hz (got {rate}).")

    timeline = Timeline(pattern, ease_in=ease_in, length=SessionLength(minutes=minutes))
    assert timeline.end_seconds is not None
    total = round(timeline.end_seconds * rate)
    target = _destination(path)
    partial = target.with_name(target.name + ".part")
    try:
        _write(partial, timeline, cue_style, volume, rate, total, rhythm)
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        reason = exc.strerror or str(exc)
        raise RenderError(f"Cannot write {target}: {reason}.") from None
    except BaseException:  # Ctrl+C, SIGTERM (as SystemExit), anything: no half file left
        partial.unlink(missing_ok=True)
        raise


def _destination(path: str | os.PathLike[str]) -> Path:
    """The file to write, refused clearly when it is a folder or not a regular file."""
    text = os.fspath(path)
    target = Path(text)
    try:
        info = os.lstat(target) if target.name not in ("", ".", "..") else None
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise RenderError(f"Cannot write {text}: {exc.strerror or exc}.") from None
    if target.name in ("", ".", "..") or text.endswith(os.sep) or target.is_dir():
        raise RenderError(
            f"Cannot write “{text}”: it is a folder; give a file name such as breathing.wav."
        )
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise RenderError(f"Cannot write {text}: it is not a regular file, so it was left alone.")
    return target


def _write(
    path: Path,
    timeline: Timeline,
    style: CueStyle,
    volume: float,
    rate: int,
    total: int,
    rhythm: bool,
) -> None:
    mixer = CueMixer(timeline, style, rate, volume, max_block=BLOCK_FRAMES, rhythm=rhythm)
    mixer.prepare_all()
    block = np.zeros(BLOCK_FRAMES, dtype=np.float32)
    scaled = np.zeros(BLOCK_FRAMES, dtype=np.float32)
    pcm = np.zeros(BLOCK_FRAMES, dtype="<i2")
    with path.open("wb") as handle, wave.open(handle, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        for start in range(0, total, BLOCK_FRAMES):
            count = min(BLOCK_FRAMES, total - start)
            mixer.fill(block[:count], start)
            np.multiply(block[:count], 32767.0, out=scaled[:count])
            np.rint(scaled[:count], out=scaled[:count])
            pcm[:count] = scaled[:count]
            wav.writeframes(pcm[:count].tobytes())
