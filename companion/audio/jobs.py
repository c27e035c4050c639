"""The sound output's other half: what runs on its worker thread, where waiting is allowed.

Opening and closing streams, placing a session on the stream, replacing a stream that died
or hung, and rescanning devices. ``SoundOutput`` (the half the GUI thread calls) hands these
jobs to its worker; both halves share the attributes declared below.
"""

from __future__ import annotations

import atexit
import threading
from collections.abc import Callable
from typing import Any

from companion.audio.devices import DeviceProblem, check_device, list_outputs, open_stream, rescan
from companion.audio.messages import DEVICE_LOST, NO_DEVICE, NO_PORTAUDIO, NO_SUCH_DEVICE
from companion.audio.mixer import FADE_SECONDS, CueMixer
from companion.audio.stream import OpenStream, Voice
from companion.audio.synth import CueStyle, Samples
from companion.audio.worker import Worker
from companion.core.breathing import Timeline
from companion.core.clock import Clock

__all__ = ["HOLD_SECONDS", "IDLE_CLOSE_SECONDS", "RECONNECT_SECONDS", "StreamJobs"]

RECONNECT_SECONDS = 1.0  # while sound is wanted but off, try again this often
IDLE_CLOSE_SECONDS = 20.0  # a stream with nothing to play is closed after this long
PREPARE_AHEAD_SECONDS = 60.0
#: A start placed on the stream within this long begins exactly at its offset (the picture
#: waits for it); later than that, it joins the session where the breath is by then.
HOLD_SECONDS = 2.0
DRAIN_MARGIN_SECONDS = 0.2
#: Sound coming back mid-session is prepared for this far ahead of the breath: more than
#: the stream's latency plus the time it takes to render its first cues.
PLACE_AHEAD_SECONDS = 0.6
SAFETY_FRAMES = 256


class StreamJobs:
    """The worker-thread half of ``SoundOutput``: every method here may wait on the server."""

    # Settings and the session, owned by the GUI thread.
    _loader: Callable[[], Any]
    _clock: Clock
    _worker: Worker
    _preferred_rate: int
    _latency: str | float
    _style: CueStyle
    _volume: float
    _enabled: bool
    _device: int | None
    _rhythm: bool
    _timeline: Timeline | None
    _generation: int
    _pending: tuple[int, float, float]
    # Written here, read by the GUI thread (single attribute reads).
    _sd: Any | None
    _problem: str
    _problem_detail: str
    _past_underflows: int
    _scan_lock: threading.Lock
    _device_list: list[tuple[int, str]]
    _stream: OpenStream | None
    _voice: Voice | None
    _recovering: bool
    _last_attempt: float
    _idle_since: float | None

    def _estimate_position(self) -> float:
        raise NotImplementedError

    def _close_at_exit(self) -> None:
        raise NotImplementedError

    def _place(self, generation: int, hold: bool) -> None:
        """Put the session on the stream (opening one if needed) where the breath is now.

        A fresh start begins exactly at its offset (the picture waits for it). Sound coming
        in mid-session is aimed at a moment a little ahead, on the stream's own clock, so
        it is heard exactly where the breath is by then, however long preparing it took.
        """
        timeline = self._timeline
        if generation != self._generation or timeline is None or not self._enabled:
            return
        stream = self._open_stream()
        if stream is None:
            self._pending = (-1, 0.0, 0.0)  # nothing to wait for
            return
        generation_asked, offset, asked_at = self._pending
        hold = hold and generation_asked == generation
        hold = hold and self._clock.monotonic() - asked_at <= HOLD_SECONDS
        if not hold:
            self._worker.wait_until(lambda: stream.read_anchor() is not None, 1.0)
        aimed = not hold and stream.read_anchor() is not None
        if hold:
            elapsed = offset
        elif aimed:
            elapsed = self._estimate_position() + PLACE_AHEAD_SECONDS
        else:  # the stream has not played yet: its first buffer after the pre-roll
            before = max(0, stream.preroll_end - stream.frame) / stream.rate
            elapsed = self._estimate_position() + before + stream.latency
        start_frame = round(elapsed * stream.rate)
        mixer = CueMixer(
            timeline,
            self._style,
            stream.rate,
            self._volume,
            start_frame=start_frame,
            rhythm=self._rhythm,
        )
        voice = Voice(mixer, start_frame, hold=hold)
        if aimed:
            voice.base = self._base_for(stream, elapsed, start_frame)
        if generation != self._generation:
            return
        stream.play(voice)
        self._voice = voice
        if generation != self._generation:  # stopped meanwhile
            mixer.fade_out()
            self._voice = None

    def _base_for(self, stream: OpenStream, elapsed: float, start_frame: int) -> int | None:
        """The stream frame offset that makes ``elapsed`` heard when the breath is there.

        None (let the callback place it at its next buffer) when the stream has not yet
        said where it is, or when that moment's audio is already written.
        """
        now = self._clock.monotonic()
        heard = stream.heard_frame(now)
        if heard is None:
            return None
        target = heard + (elapsed - self._estimate_position()) * stream.rate
        if target < max(stream.frame, stream.preroll_end) + SAFETY_FRAMES:
            return None
        return round(target) - start_frame

    def _effect(self, render: Callable[[int], Samples]) -> None:
        stream = self._open_stream()
        if stream is not None:
            stream.effects.mixer.play_once(render(stream.rate))
            self._idle_since = None

    def _restyle(self) -> None:
        voice = self._voice
        if voice is not None:
            voice.mixer.set_style(self._style)
            voice.mixer.set_rhythm(self._rhythm)

    def _reopen(self, generation: int) -> None:
        """Move to another device: the old stream fades and closes, a new one opens once."""
        self._shut(True)
        self._place(generation, False)

    def _recover(self, reopen: bool) -> None:
        """Release a stream that died or hung (this may wait as long as the server hangs)."""
        self._shut(False)
        self._recovering = False
        self._last_attempt = self._clock.monotonic()
        if reopen:
            self._place(self._generation, False)

    def _retry(self) -> None:
        stream = self._stream
        if stream is not None and not stream.alive():
            self._shut(False)
        self._problem = ""
        if self._sd is None:
            self._backend()
        elif self._stream is None:
            self._rescan()
        if self._problem or not self._enabled:
            return
        if self._timeline is None:
            self._check_device()
        elif self._voice is None:
            self._place(self._generation, False)

    def _housekeep(self) -> None:
        """A few times a second: render ahead, reconnect when wanted, close when idle."""
        now = self._clock.monotonic()
        stream = self._stream
        wanted = self._enabled and self._timeline is not None
        if stream is None or stream.lost:
            if (
                stream is None
                and wanted
                and self._problem != NO_PORTAUDIO
                and now - self._last_attempt >= RECONNECT_SECONDS
            ):
                self._last_attempt = now
                if self._problem in (NO_DEVICE, NO_SUCH_DEVICE, DEVICE_LOST):
                    self._rescan()
                self._place(self._generation, False)
            return
        voice = self._voice
        if voice is not None:
            heard = stream.voice_heard(voice, now)
            frame = voice.start_frame if heard is None else int(heard)
            voice.mixer.prepare_ahead(frame, PREPARE_AHEAD_SECONDS, budget=4)
        if stream.sounding() or wanted:
            self._idle_since = None
        elif self._idle_since is None:
            self._idle_since = now
        elif now - self._idle_since >= IDLE_CLOSE_SECONDS:
            self._shut(True)

    def _shut(self, drain: bool) -> None:
        """Close the stream; with ``drain``, only after its fade has been heard."""
        stream = self._stream
        if stream is None:
            return
        if drain and stream.alive():
            for voice in stream.voices:
                if voice is not None:
                    voice.mixer.fade_out()
            self._wait_for_silence(stream)
        stream.shut(drain=drain)
        self._past_underflows += stream.underflows
        self._stream = None
        self._voice = None
        self._idle_since = None

    def _wait_for_silence(self, stream: OpenStream) -> None:
        """Let the callback write the fades, then let the speaker play them: only then may
        the stream stop (stopping drops whatever is still buffered on some systems)."""
        self._worker.wait_until(
            lambda: not stream.sounding() or not stream.alive(), FADE_SECONDS + stream.latency
        )
        written = stream.frame
        self._worker.wait_until(
            lambda: not stream.alive() or stream.heard_beyond(written, self._clock.monotonic()),
            stream.drain_seconds() + DRAIN_MARGIN_SECONDS,
        )

    # ------------------------------------------------------------------ worker: devices
    def _backend(self) -> Any | None:
        if self._sd is None:
            try:
                self._sd = self._loader()
            except (OSError, ImportError):
                self._problem = NO_PORTAUDIO
                return None
            # Exit handlers run last-registered first: this one runs before the one the
            # backend registered on import, so the stream is closed (and this worker done
            # with PortAudio) before PortAudio itself is ended.
            atexit.register(self._close_at_exit)
        return self._sd

    def _open_stream(self) -> OpenStream | None:
        """The running stream, or a newly opened one; None (and the reason) if it fails."""
        stream = self._stream
        if stream is not None and stream.alive():
            return stream
        if stream is not None:
            self._shut(False)
        backend = self._backend()
        if backend is None:
            return None
        try:
            stream = open_stream(
                backend,
                device=self._device,
                preferred_rate=self._preferred_rate,
                latency=self._latency,
                style=self._style,
                volume=self._volume,
                monotonic=self._clock.monotonic,
            )
        except DeviceProblem as problem:
            if self._problem != DEVICE_LOST:  # "went away" says more while it stays away
                self._problem, self._problem_detail = problem.message, problem.detail
            return None
        self._stream = stream
        self._problem = ""
        self._idle_since = None
        return stream

    def _check_device(self) -> None:
        backend = self._backend()
        if backend is None:
            return
        try:
            check_device(backend, self._device)
        except DeviceProblem as problem:
            self._problem = problem.message

    def _rescan(self) -> None:
        """Let PortAudio find devices plugged in since (only while no stream is open)."""
        if self._sd is None or self._stream is not None:
            return
        with self._scan_lock:
            rescan(self._sd)
            self._device_list = list_outputs(self._sd)
