"""The sound output: one persistent sounddevice stream for the session, and a silent stand-in.

This is the only module that touches sounddevice, and it imports it lazily, so the app runs
without PortAudio. Whatever goes wrong with sound (no library, no device, a device pulled
out, a sound server that hangs), the output falls silent, says why in ``status_message()``,
the pacer carries on with its own clock, and sound comes back by itself when it can.

Threads: the GUI thread only reads (what is heard now, whether the stream is healthy) and
sets plain attributes; everything that may block (opening, stopping, closing, rescanning)
runs on the output's worker. The audio callback lives in ``stream.OpenStream``.
"""

from __future__ import annotations

import atexit
import math
import threading
from collections.abc import Callable
from functools import partial
from typing import Any

from companion.audio.devices import list_outputs
from companion.audio.jobs import HOLD_SECONDS, IDLE_CLOSE_SECONDS, RECONNECT_SECONDS, StreamJobs
from companion.audio.messages import DEVICE_LOST, MESSAGE_CONTEXT, SERVER_QUIET, UNKNOWN_DETAIL
from companion.audio.silent import SilentOutput
from companion.audio.stream import OpenStream, Voice
from companion.audio.synth import CueKind, CueStyle, Samples, render_cue, render_preview
from companion.audio.worker import ThreadWorker, Worker
from companion.core.breathing import Timeline
from companion.core.clock import Clock, SystemClock

__all__ = [
    "IDLE_CLOSE_SECONDS",
    "RECONNECT_SECONDS",
    "STALL_SECONDS",
    "SilentOutput",
    "SoundOutput",
    "describe_audio",
]

Translate = Callable[[str, str], str]

#: A buffer this long rides out a busy machine; the picture follows the audio clock, so
#: the size costs nothing in sync.
LATENCY_SECONDS = 0.25
STALL_SECONDS = 0.5  # no callback for this long while the stream runs: it has stopped
SAME_PLACE_SECONDS = 0.25  # a start this close to what is heard is what already plays
CLOSE_WAIT_SECONDS = 1.5  # on quit, how long a hung server may hold the app


def _import_sounddevice() -> Any:
    import sounddevice  # type: ignore[import-untyped]  # lazy: PortAudio may be missing

    return sounddevice


def _same(_context: str, text: str) -> str:
    return text


class SoundOutput(StreamJobs):
    """Plays breath cues, chimes and the sound test through one persistent stream.

    Implements the pacer's CuePlayer protocol (start, stop, heard_elapsed, status_message,
    retry) plus the settings the sound page needs. ``backend`` replaces the sounddevice
    module (tests pass a fake); ``backend_loader`` replaces the import itself; ``worker``
    runs whatever may block (tests pass an ``InlineWorker``).
    """

    def __init__(
        self,
        backend: Any | None = None,
        *,
        backend_loader: Callable[[], Any] | None = None,
        clock: Clock | None = None,
        sample_rate: int = 48000,
        latency: str | float = LATENCY_SECONDS,
        style: CueStyle | str = CueStyle.SOFT,
        volume: float = 0.8,
        enabled: bool = True,
        device: int | None = None,
        rhythm: bool = False,
        translate: Translate | None = None,
        worker: Worker | None = None,
    ) -> None:
        if backend is not None:
            self._loader: Callable[[], Any] = lambda: backend
        else:
            self._loader = backend_loader or _import_sounddevice
        self._clock: Clock = clock or SystemClock()
        self._tr = translate or _same
        self._preferred_rate = sample_rate
        self._latency = latency
        self._style = CueStyle(style)
        self._volume = min(1.0, max(0.0, float(volume)))
        self._enabled = bool(enabled)
        self._device = device
        self._rhythm = bool(rhythm)
        self._sd: Any | None = None
        self._problem = ""
        self._problem_detail = ""
        self._past_underflows = 0
        self._worker = worker or ThreadWorker()
        self._worker.set_housekeeping(self._housekeep)
        self._scan_lock = threading.Lock()  # device scans and queries; never stream calls
        self._device_list: list[tuple[int, str]] = []
        # Written by the worker, read by the GUI thread (single attribute reads).
        self._stream: OpenStream | None = None
        self._voice: Voice | None = None
        self._recovering = False
        self._last_attempt = -math.inf
        self._idle_since: float | None = None
        # Owned by the GUI thread: the session, so sound can come back at the right place.
        self._timeline: Timeline | None = None
        self._generation = 0
        self._position = (0.0, self._clock.monotonic())
        self._last_heard: tuple[Voice | None, float] = (None, 0.0)
        self._pending = (-1, 0.0, 0.0)  # (generation, offset, asked at) of the last start

    # ------------------------------------------------------------------ CuePlayer
    def start(self, timeline: Timeline, offset_seconds: float) -> None:
        """Play ``timeline`` from ``offset_seconds`` (a new session, or resuming one).

        Asked again for what already plays there (a retry that found sound back on its
        own), it changes nothing: no restart, no step.
        """
        if timeline is self._timeline and self._voice is not None:
            heard = self.heard_elapsed()
            if heard is not None and abs(heard - offset_seconds) < SAME_PLACE_SECONDS:
                return
        self._quiet_session()
        self._timeline = timeline
        offset = max(0.0, float(offset_seconds))
        self._mark_position(offset)
        if self._enabled:
            self._pending = (self._generation, offset, self._clock.monotonic())
            self._worker.submit(partial(self._place, self._generation, True))

    def stop(self) -> None:
        """Fade the session out; the stream plays the fade to its end. Safe when silent."""
        self._quiet_session()
        self._timeline = None

    def heard_elapsed(self) -> float | None:
        """Timeline seconds reaching the ears now (the stream's clock plus its latency).

        None while nothing of the session is audible (sound off, unavailable, stalled).
        Reads memory only: never waits for the sound system.
        """
        self._check_health()
        stream, voice = self._stream, self._voice
        if voice is None and self._timeline is not None:
            return self._held_start()
        if stream is None or voice is None or stream.lost or self._timeline is None:
            return None
        frame = stream.voice_heard(voice, self._clock.monotonic())
        if frame is None:
            return None
        last_voice, last_frame = self._last_heard
        if last_voice is voice:
            frame = max(frame, last_frame)
        self._last_heard = (voice, frame)
        elapsed = frame / stream.rate
        self._mark_position(elapsed)
        return elapsed

    def status_message(self) -> str:
        """Empty when sound works or is off by choice; otherwise why and how to fix it."""
        self._check_health()
        if not self._problem:
            return ""
        text = self._tr(MESSAGE_CONTEXT, self._problem)
        detail = self._problem_detail or self._tr(MESSAGE_CONTEXT, UNKNOWN_DETAIL)
        return text.replace("{detail}", detail)

    def retry(self) -> bool:
        """Try sound again now (it also does by itself); True when nothing is known wrong."""
        self._worker.submit(self._retry)
        return not self._problem

    # ------------------------------------------------------------------ settings
    @property
    def enabled(self) -> bool:
        return self._enabled

    @enabled.setter
    def enabled(self, on: bool) -> None:
        self.set_enabled(on)

    def set_enabled(self, on: bool) -> None:
        """Sound on or off. Turning it on mid-session resumes the cues where the breath is."""
        on = bool(on)
        if on == self._enabled:
            return
        self._enabled = on
        if not on:
            self._estimate_position()
            self._quiet_session()
            self._problem = ""
        elif self._timeline is not None:
            self._worker.submit(partial(self._place, self._generation, False))

    @property
    def volume(self) -> float:
        return self._volume

    def set_volume(self, volume: float) -> None:
        """0..1; the change glides over a few hundredths of a second."""
        self._volume = min(1.0, max(0.0, float(volume)))
        stream = self._stream
        if stream is not None:
            for voice in stream.voices:
                if voice is not None:
                    voice.mixer.set_volume(self._volume)

    @property
    def style(self) -> CueStyle:
        return self._style

    def set_style(self, style: CueStyle | str) -> None:
        """Change the cue style; it takes over from the next phase."""
        self._style = CueStyle(style)
        self._worker.submit(self._restyle)

    @property
    def rhythm(self) -> bool:
        return self._rhythm

    def set_rhythm(self, on: bool) -> None:
        """Mark the phases by taps as well as by pitch (from the next phase on)."""
        self._rhythm = bool(on)
        self._worker.submit(self._restyle)

    @property
    def device(self) -> int | None:
        return self._device

    def set_device(self, index: int | None) -> None:
        """Use output device ``index`` (from ``devices()``), or None for the system default."""
        if index == self._device:
            return
        self._device = index
        if self._stream is not None or (self._timeline is not None and self._enabled):
            self._estimate_position()
            self._worker.submit(partial(self._reopen, self._generation))

    def set_device_name(self, name: str | None) -> None:
        """Use the device called ``name`` (indices change between boots); default when gone."""
        index = None
        if name:
            index = next((i for i, label in self.devices() if label == name), None)
        self.set_device(index)

    def devices(self) -> list[tuple[int, str]]:
        """Output devices as (index, name); empty when PortAudio is missing.

        While the worker rescans, the list it last saw (the query would have to wait).
        """
        if not self._scan_lock.acquire(blocking=False):
            return list(self._device_list)
        try:
            backend = self._backend()
            self._device_list = [] if backend is None else list_outputs(backend)
            return list(self._device_list)
        finally:
            self._scan_lock.release()

    @property
    def underflows(self) -> int:
        """How many times the device ran dry since this output was made (audible gaps)."""
        stream = self._stream
        return self._past_underflows + (stream.underflows if stream is not None else 0)

    @property
    def playing(self) -> bool:
        """True while the session's cues are going to the speaker."""
        stream = self._stream
        return stream is not None and stream.alive() and self._voice is not None

    def chime(self) -> None:
        """A short, gentle two-note chime, once (e.g. a reminder that a break is ending)."""
        self._play_once(lambda rate: render_cue(CueStyle.BELL, CueKind.CHIME, 0, rate))

    def test_sound(self) -> None:
        """Let the user hear the chosen style: a breath in, then a breath out."""
        if self._style is CueStyle.SILENT:
            self.chime()
            return
        style = self._style
        self._play_once(lambda rate: render_preview(style, rate))

    def close(self) -> None:
        """Fade out and release the stream (on quit); a hung server cannot hold the app."""
        self._release(drain=True)

    def _close_at_exit(self) -> None:
        """The process is ending without ``close()``: release the stream at once."""
        self._release(drain=False)

    def _release(self, *, drain: bool) -> None:
        atexit.unregister(self._close_at_exit)
        self._quiet_session()
        self._timeline = None
        self._worker.submit(partial(self._shut, drain))
        self._worker.close(CLOSE_WAIT_SECONDS)

    # ------------------------------------------------------------------ GUI-thread helpers
    def _quiet_session(self) -> None:
        """Fade the session voice out and forget it; a pending placement is cancelled."""
        self._generation += 1
        voice = self._voice
        self._voice = None
        if voice is not None:
            voice.mixer.fade_out()

    def _check_health(self) -> None:
        """Notice a stream that died or stopped calling back; the worker replaces it."""
        stream = self._stream
        if stream is None or stream.lost or self._recovering:
            return
        if stream.ended:
            problem = DEVICE_LOST
        elif self._clock.monotonic() - stream.last_called() > STALL_SECONDS:
            problem = SERVER_QUIET
        else:
            return
        self._estimate_position()
        stream.lost = True
        self._problem = problem
        self._recovering = True
        # A server that hung is back once the old stream lets go: reopen at once. A device
        # that went away is looked for again by the housekeeping, once a second.
        self._worker.submit(partial(self._recover, problem == SERVER_QUIET))

    def _held_start(self) -> float | None:
        """While a fresh start is being placed (briefly), the picture waits at its start."""
        generation, offset, asked_at = self._pending
        if generation != self._generation or self._problem:
            return None
        if self._clock.monotonic() - asked_at > HOLD_SECONDS:
            return None
        self._mark_position(offset)
        return offset

    def _play_once(self, render: Callable[[int], Samples]) -> None:
        if self._enabled:
            self._worker.submit(partial(self._effect, render))

    def _mark_position(self, elapsed: float) -> None:
        self._position = (elapsed, self._clock.monotonic())

    def _estimate_position(self) -> float:
        """Where the session is now: the last heard time plus the time since then."""
        elapsed, at = self._position
        now = self._clock.monotonic()
        elapsed += max(0.0, now - at)
        self._position = (elapsed, now)
        return elapsed


def describe_audio(
    backend_loader: Callable[[], Any] | None = None,
) -> tuple[bool, str, list[tuple[int, str]]]:
    """For ``companion doctor``: (PortAudio loaded?, one line about it, output devices)."""
    try:
        backend = (backend_loader or _import_sounddevice)()
    except (OSError, ImportError) as exc:
        return (
            False,
            f"not available ({exc}). Install libportaudio2 (on Debian or Ubuntu: sudo apt "
            "install libportaudio2); the app runs without sound until then.",
            [],
        )
    version = getattr(backend, "get_portaudio_version", None)
    try:
        detail = f"loaded, {version()[1]}" if version is not None else "loaded"
    except (OSError, ValueError, RuntimeError, TypeError, IndexError):
        detail = "loaded"
    return True, detail, list_outputs(backend)
