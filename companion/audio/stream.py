"""One open output stream and the voices it mixes; its callback runs on the audio thread.

The stream stays open for a whole session (and a little after): breath cues, chimes and the
sound test are voices on it, placed at frame positions. A stream begins with a pre-roll of
silence, because the first buffer of a fresh stream may be dropped on its way to the sound
server; no cue sample is ever in it.

The callback allocates no buffers, logs nothing, takes no lock and touches no Qt object. It
records where its buffer will reach the speaker (a seqlock over a preallocated array, with
the monotonic time of the call), so the GUI can tell what is audible without asking
PortAudio anything.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Callable
from typing import Any

import numpy as np
import numpy.typing as npt

from companion.audio.mixer import CueMixer

__all__ = ["PREROLL_SECONDS", "OpenStream", "Voice"]

PREROLL_SECONDS = 0.15  # silence before anything sounds on a fresh stream
SCRATCH_FRAMES = 8192
#: The audio clock may run this far past the last written frame before it counts as a gap.
STALL_SLACK_SECONDS = 0.02
#: A fresh stream fills its buffer, then may wait a while before the server starts playing:
#: for this long after it opens, the heard position waits at the written end (rather than
#: counting as a gap), so the picture does not run ahead and then step back.
STARTUP_SECONDS = 1.5
FIRST_CALL_GRACE_SECONDS = 1.0


class Voice:
    """A mixer placed on a stream: timeline frame = stream frame - ``base``.

    ``base`` is fixed by the callback when it first mixes the voice (so the voice starts at
    the first buffer not yet written); ``hold`` says what the heard time is before then:
    the start (a fresh start or a resume) or unknown (sound coming back mid-session).
    """

    __slots__ = ("base", "hold", "mixer", "start_frame")

    def __init__(self, mixer: CueMixer, start_frame: int, *, hold: bool = True) -> None:
        self.mixer = mixer
        self.start_frame = start_frame
        self.hold = hold
        self.base: int | None = None


class OpenStream:
    """A running PortAudio stream playing up to three voices: a session, the session it
    replaced while that fades out, and one-off sounds."""

    def __init__(
        self,
        backend: Any,
        *,
        rate: int,
        device: int | None,
        channels: int,
        latency: float | str,
        effects: CueMixer,
        monotonic: Callable[[], float],
    ) -> None:
        self.rate = rate
        self.frame = 0
        self.preroll_end = round(PREROLL_SECONDS * rate)
        self.underflows = 0
        self.callbacks = 0
        self.ended = False
        self.lost = False
        self.effects = Voice(effects, 0, hold=False)
        self.voices: tuple[Voice | None, ...] = (None, None, self.effects)
        self._monotonic = monotonic
        self.opened_at = monotonic()
        self._scratch = np.zeros(SCRATCH_FRAMES, dtype=np.float32)
        self._mix_buffer = np.zeros(SCRATCH_FRAMES, dtype=np.float32)
        # [sequence, first frame, dac time, end frame, monotonic time, stream time]; the
        # sequence is odd while the callback writes (a seqlock: readers retry, nobody waits).
        self.anchor = np.zeros(6, dtype=np.float64)
        self.stream = backend.OutputStream(
            samplerate=rate,
            blocksize=0,
            device=device,
            channels=channels,
            dtype="float32",
            latency=latency,
            callback=self.callback,
            finished_callback=self.finished,
        )
        self.latency = float(getattr(self.stream, "latency", 0.0) or 0.0)

    # ------------------------------------------------------------------ audio thread
    def callback(
        self, outdata: npt.NDArray[np.float32], frames: int, time: Any, status: Any
    ) -> None:
        """Fill the whole buffer; note where and when it will be heard."""
        if status and status.output_underflow:
            self.underflows += 1
        frame = self.frame
        end = frame + frames
        position = frame
        while position < end:
            count = min(end - position, SCRATCH_FRAMES)
            mix = self._mix_buffer[:count]
            mix.fill(0.0)
            first = max(position, self.preroll_end)
            if first < position + count:
                for voice in self.voices:
                    if voice is not None and not voice.mixer.finished:
                        self._add_voice(voice, mix, position, first)
            target = outdata[position - frame : position - frame + count]
            if target.ndim == 1:
                np.copyto(target, mix)
            else:
                np.copyto(target, mix[:, np.newaxis])
            position += count
        current = float(time.currentTime)
        dac = float(time.outputBufferDacTime)
        if dac <= 0.0:  # some host APIs leave it unset; the stream's latency stands in
            dac = current + self.latency
        anchor = self.anchor
        anchor[0] += 1.0
        anchor[1] = frame
        anchor[2] = dac
        anchor[3] = frame + frames
        anchor[4] = self._monotonic()
        anchor[5] = current
        anchor[0] += 1.0
        self.frame = frame + frames
        self.callbacks += 1

    def _add_voice(
        self, voice: Voice, mix: npt.NDArray[np.float32], position: int, first: int
    ) -> None:
        """Add ``voice`` into ``mix`` (stream frames from ``position``), from ``first`` on."""
        base = voice.base
        if base is None:
            base = first - voice.start_frame
            voice.base = base
        begin = max(first, base + voice.start_frame)
        end = position + len(mix)
        if begin >= end:
            return
        part = self._scratch[: end - begin]
        voice.mixer.fill(part, begin - base)
        target = mix[begin - position :]
        np.add(target, part, out=target)

    def finished(self) -> None:
        """PortAudio says the stream has stopped (asked for, or the device failed)."""
        self.ended = True

    # ------------------------------------------------------------------ any thread: reading
    def read_anchor(self) -> tuple[float, float, float, float, float] | None:
        """(first frame, dac time, end frame, monotonic, stream time) of the latest buffer."""
        anchor = self.anchor
        for _ in range(8):
            before = float(anchor[0])
            values = (
                float(anchor[1]),
                float(anchor[2]),
                float(anchor[3]),
                float(anchor[4]),
                float(anchor[5]),
            )
            if before == anchor[0] and before % 2 == 0:
                return None if before == 0 else values
        return None

    def heard_frame(self, now: float) -> float | None:
        """The stream frame reaching the speaker at monotonic time ``now``.

        None before the first buffer, and when the clock has run past everything written
        (the device or server has stopped asking for sound).
        """
        anchor = self.read_anchor()
        if anchor is None:
            return None
        frame, dac, end, called_at, stream_time = anchor
        heard = frame + (stream_time + (now - called_at) - dac) * self.rate
        if heard > end + STALL_SLACK_SECONDS * self.rate and not self.starting(now):
            return None
        return min(heard, end)

    def starting(self, now: float) -> bool:
        """True in the first moments of the stream, while the server may not play yet."""
        return now - self.opened_at < STARTUP_SECONDS

    def voice_heard(self, voice: Voice, now: float) -> float | None:
        """The timeline frame of ``voice`` reaching the speaker now (None: unknown)."""
        base = voice.base
        if base is None:
            return float(voice.start_frame) if voice.hold else None
        heard = self.heard_frame(now)
        if heard is None:
            return None
        frame = heard - base
        if frame < voice.start_frame:  # (within a frame: clock rounding, not a wait)
            held = voice.hold or voice.start_frame - frame < 1.0
            return float(voice.start_frame) if held else None
        return frame

    def heard_beyond(self, frame: int, now: float) -> bool:
        """True once stream ``frame`` has reached the speaker (judged by the stream's clock)."""
        anchor = self.read_anchor()
        if anchor is None:
            return True
        first, dac, _, called_at, stream_time = anchor
        return first + (stream_time + (now - called_at) - dac) * self.rate >= frame

    def last_called(self) -> float:
        """Monotonic time of the latest callback; before the first one, a moment after the
        stream started. (A stream that fills its buffer and is then never played counts as
        stalled: replacing it is what gets sound going again after a server hang.)"""
        anchor = self.read_anchor()
        return self.opened_at + FIRST_CALL_GRACE_SECONDS if anchor is None else anchor[3]

    def sounding(self) -> bool:
        """True while any voice may still make a sound."""
        return any(v is not None and not v.mixer.finished for v in self.voices)

    # ------------------------------------------------------------------ control (worker)
    def play(self, voice: Voice | None) -> None:
        """Make ``voice`` the session voice; the one it replaces fades out."""
        session, _, effects = self.voices
        if session is not None:
            session.mixer.fade_out()
        self.voices = (voice, session, effects)

    def session(self) -> Voice | None:
        return self.voices[0]

    def alive(self) -> bool:
        """Neither ended (PortAudio said so) nor given up on; asks PortAudio nothing."""
        return not self.ended and not self.lost

    def drain_seconds(self) -> float:
        """How long until everything written so far has been heard."""
        return self.latency + 0.05

    def shut(self, *, drain: bool) -> None:
        """Stop (letting buffered sound play out when ``drain``) and release the stream."""
        # A dead device may refuse any of these; releasing what we can is all that matters.
        with contextlib.suppress(Exception):  # PortAudio reports failures many ways
            if not self.ended and self.stream.active:
                if drain:
                    self.stream.stop()  # returns once the buffered sound has played
                else:
                    self.stream.abort()
        with contextlib.suppress(Exception):
            self.stream.close()
        self.ended = True


def frames_for(seconds: float, rate: int) -> int:
    """Whole frames for ``seconds`` at ``rate`` (never negative)."""
    return max(0, math.ceil(seconds * rate))
