"""The sound output: one sounddevice stream per session, and a silent stand-in.

This is the only module that touches sounddevice, and it imports it lazily, so the app runs
without PortAudio. Whatever goes wrong with sound (no library, no device, a device pulled
out mid-session), the output falls silent, says why in ``status_message()``, and the pacer
carries on with its own clock.

The audio callback allocates no buffers, logs nothing, takes no lock and touches no Qt
object: it asks the ``CueMixer`` to fill the whole buffer, then records where that buffer
will reach the speaker (a seqlock over a preallocated array) and counts status flags.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Callable
from typing import Any

import numpy as np
import numpy.typing as npt

from companion.audio.mixer import CueMixer
from companion.audio.synth import CueKind, CueStyle, Samples, render_cue, render_preview
from companion.core.breathing import Timeline
from companion.core.clock import Clock, SystemClock

__all__ = ["SilentOutput", "SoundOutput", "describe_audio"]

Translate = Callable[[str, str], str]

#: The translation context of every message below; ``status_message`` translates with it.
MESSAGE_CONTEXT = "SoundOutput"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for the translation tools (which look for this name) without Qt here.

    The text is translated when shown, through the ``translate`` callable.
    """
    return text


NO_PORTAUDIO = QT_TRANSLATE_NOOP(
    "SoundOutput",
    "Sound is off because the PortAudio sound library is missing. Install it (on Debian or "
    "Ubuntu: sudo apt install libportaudio2), then press Retry.",
)
NO_DEVICE = QT_TRANSLATE_NOOP(
    "SoundOutput",
    "Sound is off because no speakers or headphones were found. Connect some, then press Retry.",
)
NO_SUCH_DEVICE = QT_TRANSLATE_NOOP(
    "SoundOutput",
    "Sound is off because the chosen sound device is not available. Choose another one, "
    "or connect it and press Retry.",
)
OPEN_FAILED = QT_TRANSLATE_NOOP(
    "SoundOutput",
    "Sound is off because the sound device could not be opened ({detail}). Choose another "
    "device or press Retry.",
)
DEVICE_LOST = QT_TRANSLATE_NOOP(
    "SoundOutput",
    "Sound stopped because the sound device went away. Reconnect it or choose another, "
    "then press Retry. The breathing guide carries on without sound.",
)
#: Stands in for the device's own words when it gave none.
UNKNOWN_DETAIL = QT_TRANSLATE_NOOP("SoundOutput", "no reason given")
#: Every message ``status_message`` can show (the tests check each is translatable).
MESSAGES = (NO_PORTAUDIO, NO_DEVICE, NO_SUCH_DEVICE, OPEN_FAILED, DEVICE_LOST, UNKNOWN_DETAIL)
STALL_SECONDS = 4.0  # no callback for this long while playing: the device is gone
RETIRE_SECONDS = 1.0  # a fading stream gets this long before it is cut off
PREPARE_AHEAD_SECONDS = 60.0


def _import_sounddevice() -> Any:
    import sounddevice  # type: ignore[import-untyped]  # lazy: PortAudio may be missing

    return sounddevice


def _same(_context: str, text: str) -> str:
    return text


class _Playback:
    """One open stream and the mixer feeding it. The callbacks run on the audio thread."""

    def __init__(
        self,
        backend: Any,
        mixer: CueMixer,
        *,
        device: int | None,
        channels: int,
        latency: str | float,
        start_frame: int,
        opened_at: float,
    ) -> None:
        self.mixer = mixer
        self.rate = mixer.sample_rate
        self.start_frame = start_frame
        self.frame = start_frame
        self.underflows = 0
        self.callbacks = 0
        self.stopping = False
        self.ended = False
        self.retired_at = math.inf
        self.last_progress = (0, opened_at)  # (callbacks, clock) as last seen by the owner
        self.last_heard = -math.inf
        # [sequence, first frame, dac time of that frame, frame after the buffer]:
        # the sequence number is odd while the callback writes (a seqlock, no lock).
        self.anchor = np.zeros(4, dtype=np.float64)
        self._stop = backend.CallbackStop
        self.stream = backend.OutputStream(
            samplerate=self.rate,
            blocksize=0,
            device=device,
            channels=channels,
            dtype="float32",
            latency=latency,
            callback=self.callback,
            finished_callback=self.finished,
        )
        self.latency = float(getattr(self.stream, "latency", 0.0) or 0.0)

    def callback(
        self, outdata: npt.NDArray[np.float32], frames: int, time: Any, status: Any
    ) -> None:
        """Fill the whole buffer; note where it will be heard. Audio thread only."""
        if status and status.output_underflow:
            self.underflows += 1
        frame = self.frame
        self.mixer.fill(outdata, frame)
        dac = time.outputBufferDacTime
        if dac <= 0.0:  # some host APIs leave it unset; the stream's latency stands in
            dac = time.currentTime + self.latency
        anchor = self.anchor
        anchor[0] += 1.0
        anchor[1] = frame
        anchor[2] = dac
        anchor[3] = frame + frames
        anchor[0] += 1.0
        self.frame = frame + frames
        self.callbacks += 1
        if self.mixer.finished:
            raise self._stop

    def finished(self) -> None:
        """PortAudio says the stream has stopped (asked for, or the device failed)."""
        self.ended = True

    def read_anchor(self) -> tuple[float, float, float] | None:
        """(first frame, its dac time, end frame) of the latest buffer; None before any."""
        anchor = self.anchor
        for _ in range(8):
            before = anchor[0]
            frame, dac, end = float(anchor[1]), float(anchor[2]), float(anchor[3])
            if before == anchor[0] and before % 2 == 0:
                return None if before == 0 else (frame, dac, end)
        return None

    def heard_frame(self) -> float | None:
        """The timeline frame reaching the speaker now, from the stream's own clock.

        Never beyond the last frame written: if the device stalls, so does the estimate.
        """
        anchor = self.read_anchor()
        if anchor is None:
            return None
        frame, dac, end = anchor
        now = float(self.stream.time)
        return min(end, frame + (now - dac) * self.rate)

    def alive(self) -> bool:
        return not self.ended and bool(self.stream.active)

    def shut(self) -> None:
        """Stop and release the stream now (owner thread)."""
        # A dead device may refuse either call; releasing what we can is all that matters.
        with contextlib.suppress(Exception):
            if not self.ended and self.stream.active:
                self.stream.abort()
        with contextlib.suppress(Exception):
            self.stream.close()
        self.ended = True


class SoundOutput:
    """Plays breath cues through one persistent sounddevice stream per session.

    Implements the pacer's CuePlayer protocol (start, stop, heard_elapsed, status_message)
    plus the settings the sound page needs. ``backend`` replaces the sounddevice module
    (tests pass a fake); ``backend_loader`` replaces the import itself.
    """

    def __init__(
        self,
        backend: Any | None = None,
        *,
        backend_loader: Callable[[], Any] | None = None,
        clock: Clock | None = None,
        sample_rate: int = 48000,
        latency: str | float = "high",
        style: CueStyle | str = CueStyle.SOFT,
        volume: float = 0.8,
        enabled: bool = True,
        device: int | None = None,
        translate: Translate | None = None,
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
        self._sd: Any | None = None
        self._problem = ""
        self._problem_detail = ""
        self._playback: _Playback | None = None
        self._retiring: list[_Playback] = []
        self._past_underflows = 0
        # The session, so sound can come back (retry, device change) at the right place.
        self._timeline: Timeline | None = None
        self._position = 0.0
        self._position_at = 0.0

    # ------------------------------------------------------------------ CuePlayer
    def start(self, timeline: Timeline, offset_seconds: float) -> None:
        """Play ``timeline`` from ``offset_seconds`` (a new session, or resuming one)."""
        self._retire(self._playback)
        self._playback = None
        self._timeline = timeline
        self._mark_position(max(0.0, float(offset_seconds)))
        if self._enabled:
            self._open(self._position)

    def stop(self) -> None:
        """Fade out and end the session's stream; safe when nothing plays."""
        self._retire(self._playback)
        self._playback = None
        self._timeline = None
        self._reap()

    def heard_elapsed(self) -> float | None:
        """Timeline seconds reaching the ears now (stream clock plus output latency).

        None while no stream plays (sound off, unavailable, or not yet started).
        """
        self._check_health()
        playback = self._playback
        if playback is None:
            return None
        try:
            frame = playback.heard_frame()
        except self._failures:  # the stream died between the checks
            self._lose(playback)
            return None
        if frame is None:
            return None
        frame = max(float(playback.start_frame), frame, playback.last_heard)
        playback.last_heard = frame
        playback.mixer.prepare_ahead(int(frame), PREPARE_AHEAD_SECONDS)
        elapsed = frame / playback.rate
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
            self._retire(self._playback)
            self._playback = None
            self._problem = ""
        elif self._timeline is not None:
            self._open(self._estimate_position())

    @property
    def volume(self) -> float:
        return self._volume

    def set_volume(self, volume: float) -> None:
        """0..1; the change glides over a few hundredths of a second."""
        self._volume = min(1.0, max(0.0, float(volume)))
        if self._playback is not None:
            self._playback.mixer.set_volume(self._volume)

    @property
    def style(self) -> CueStyle:
        return self._style

    def set_style(self, style: CueStyle | str) -> None:
        """Change the cue style; it takes over from the next phase."""
        self._style = CueStyle(style)
        if self._playback is not None:
            self._playback.mixer.set_style(self._style)

    @property
    def device(self) -> int | None:
        return self._device

    def set_device(self, index: int | None) -> None:
        """Use output device ``index`` (from ``devices()``), or None for the system default."""
        if index == self._device:
            return
        self._device = index
        if self._playback is not None or (self._timeline is not None and self._enabled):
            position = self._estimate_position()
            self._retire(self._playback)
            self._playback = None
            if self._timeline is not None and self._enabled:
                self._open(position)

    def set_device_name(self, name: str | None) -> None:
        """Use the device called ``name`` (indices change between boots); default when gone."""
        index = None
        if name:
            index = next((i for i, label in self.devices() if label == name), None)
        self.set_device(index)

    def devices(self) -> list[tuple[int, str]]:
        """Output devices as (index, name); empty when PortAudio is missing."""
        backend = self._backend()
        if backend is None:
            return []
        try:
            found = backend.query_devices()
        except self._failures:  # PortAudio errors are not the user's to see here
            return []
        return [
            (index, str(info["name"]))
            for index, info in enumerate(found)
            if int(info.get("max_output_channels", 0)) > 0
        ]

    @property
    def underflows(self) -> int:
        """How many times the device ran dry since this output was made (audible gaps)."""
        current = self._playback.underflows if self._playback else 0
        return self._past_underflows + current + sum(p.underflows for p in self._retiring)

    @property
    def playing(self) -> bool:
        """True while a session stream is open and running."""
        return self._playback is not None and self._playback.alive()

    def retry(self) -> bool:
        """Try sound again (library, devices, stream); True when sound works afterwards."""
        self._check_health()
        self._problem = ""
        if self._sd is None:
            self._backend()
        elif self._playback is None:
            self._reap(force=True)
            self._refresh_devices()
        if self._problem or not self._enabled:
            return not self._problem
        if self._timeline is None:
            self._check_device()
        elif self._playback is None:
            self._open(self._estimate_position())
        return not self._problem

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
        """Release every stream now (on quit)."""
        self._timeline = None
        if self._playback is not None:
            self._retiring.append(self._playback)
            self._playback = None
        for playback in self._retiring:
            self._past_underflows += playback.underflows
            playback.shut()
        self._retiring.clear()

    # ------------------------------------------------------------------ internals
    @property
    def _failures(self) -> tuple[type[BaseException], ...]:
        """What PortAudio raises when a device or stream fails (not our own bugs)."""
        error = getattr(self._sd, "PortAudioError", None)
        base: tuple[type[BaseException], ...] = (OSError, ValueError, RuntimeError)
        return (error, *base) if isinstance(error, type) else base

    def _backend(self) -> Any | None:
        if self._sd is None:
            try:
                self._sd = self._loader()
            except (OSError, ImportError):
                self._problem = NO_PORTAUDIO
                return None
        return self._sd

    def _refresh_devices(self) -> None:
        """Let PortAudio look for devices again (it only scans when initialised)."""
        backend = self._sd
        terminate = getattr(backend, "_terminate", None)
        initialize = getattr(backend, "_initialize", None)
        if terminate is None or initialize is None:
            return
        try:
            terminate()
            initialize()
        except self._failures:  # the next open reports what is wrong
            pass

    def _check_device(self) -> dict[str, Any] | None:
        backend = self._backend()
        if backend is None:
            return None
        try:
            if self._device is None:
                info = backend.query_devices(kind="output")
            else:
                info = backend.query_devices(self._device, "output")
        except self._failures:  # PortAudioError or ValueError: no usable device
            self._problem = NO_DEVICE if self._device is None else NO_SUCH_DEVICE
            return None
        if int(info.get("max_output_channels", 0)) < 1:
            self._problem = NO_DEVICE if self._device is None else NO_SUCH_DEVICE
            return None
        return dict(info)

    def _pick_rate(self, backend: Any, info: dict[str, Any], channels: int) -> int:
        check = getattr(backend, "check_output_settings", None)
        if check is None:
            return self._preferred_rate
        try:
            check(
                device=self._device,
                channels=channels,
                dtype="float32",
                samplerate=self._preferred_rate,
            )
        except self._failures:  # fall back to what the device prefers
            return int(info.get("default_samplerate", 44100))
        return self._preferred_rate

    def _open(self, elapsed: float) -> bool:
        """Open and start a stream playing the session from ``elapsed``; False if it failed."""
        assert self._timeline is not None
        self._reap()
        info = self._check_device()
        backend = self._sd
        if info is None or backend is None:
            return False
        channels = max(1, min(2, int(info.get("max_output_channels", 2))))
        rate = self._pick_rate(backend, info, channels)
        start_frame = round(elapsed * rate)
        mixer = CueMixer(self._timeline, self._style, rate, self._volume, start_frame=start_frame)
        playback = self._start_stream(backend, mixer, channels, start_frame)
        if playback is None:
            return False
        self._playback = playback
        self._problem = ""
        self._mark_position(elapsed)
        return True

    def _start_stream(
        self, backend: Any, mixer: CueMixer, channels: int, start_frame: int
    ) -> _Playback | None:
        playback: _Playback | None = None
        try:
            playback = _Playback(
                backend,
                mixer,
                device=self._device,
                channels=channels,
                latency=self._latency,
                start_frame=start_frame,
                opened_at=self._clock.monotonic(),
            )
            playback.stream.start()
        except self._failures as exc:  # PortAudio reports failures many ways
            if playback is not None:
                playback.shut()
            self._problem = OPEN_FAILED
            lines = str(exc).strip().splitlines()
            self._problem_detail = lines[0] if lines else ""  # empty: "no reason given"
            return None
        return playback

    def _play_once(self, render: Callable[[int], Samples]) -> None:
        if not self._enabled:
            return
        playback = self._playback
        if playback is not None and playback.alive():
            playback.mixer.play_once(render(playback.rate))
            return
        self._reap()
        info = self._check_device()
        backend = self._sd
        if info is None or backend is None:
            return
        channels = max(1, min(2, int(info.get("max_output_channels", 2))))
        rate = self._pick_rate(backend, info, channels)
        mixer = CueMixer(None, self._style, rate, self._volume)
        mixer.play_once(render(rate))
        one_off = self._start_stream(backend, mixer, channels, 0)
        if one_off is not None:
            self._problem = ""
            one_off.stopping = True
            one_off.retired_at = self._clock.monotonic() + 10.0  # let the sound finish
            self._retiring.append(one_off)

    def _retire(self, playback: _Playback | None) -> None:
        """Fade ``playback`` out; its callback stops the stream once silent."""
        if playback is None:
            return
        playback.stopping = True
        playback.retired_at = self._clock.monotonic()
        playback.mixer.fade_out()
        self._retiring.append(playback)

    def _reap(self, force: bool = False) -> None:
        """Close streams that have finished fading (or taken too long about it)."""
        now = self._clock.monotonic()
        keep: list[_Playback] = []
        for playback in self._retiring:
            try:
                done = force or not playback.alive() or now - playback.retired_at > RETIRE_SECONDS
            except self._failures:  # a broken stream is done
                done = True
            if done:
                self._past_underflows += playback.underflows
                playback.shut()
            else:
                keep.append(playback)
        self._retiring = keep

    def _check_health(self) -> None:
        """Notice a stream that died or stalled while it should be playing."""
        self._reap()
        playback = self._playback
        if playback is None:
            return
        try:
            alive = playback.alive()
        except self._failures:
            alive = False
        now = self._clock.monotonic()
        count, seen_at = playback.last_progress
        if playback.callbacks != count:
            playback.last_progress = (playback.callbacks, now)
        elif now - seen_at > STALL_SECONDS:
            alive = False
        if not alive:
            self._lose(playback)

    def _lose(self, playback: _Playback) -> None:
        self._estimate_position()
        self._past_underflows += playback.underflows
        playback.shut()
        if playback is self._playback:
            self._playback = None
        self._problem = DEVICE_LOST

    def _mark_position(self, elapsed: float) -> None:
        self._position = elapsed
        self._position_at = self._clock.monotonic()

    def _estimate_position(self) -> float:
        """Where the session is now: the last heard time plus the time since then."""
        now = self._clock.monotonic()
        self._position += max(0.0, now - self._position_at)
        self._position_at = now
        return self._position


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
    return True, detail, SoundOutput(backend).devices()


class SilentOutput:
    """A CuePlayer that never makes a sound, for when sound is unavailable or unwanted."""

    def __init__(self, message: str = "") -> None:
        self._message = message
        self.underflows = 0
        self.enabled = False
        self.volume = 0.0
        self.style = CueStyle.SILENT
        self.device: int | None = None
        self.playing = False

    def start(self, timeline: Timeline, offset_seconds: float) -> None:
        """Nothing to play."""

    def stop(self) -> None:
        """Nothing to stop."""

    def heard_elapsed(self) -> float | None:
        return None

    def status_message(self) -> str:
        return self._message

    def retry(self) -> bool:
        return not self._message

    def set_enabled(self, on: bool) -> None:
        """Sound cannot be turned on here."""

    def set_volume(self, volume: float) -> None:
        """No volume to set."""

    def set_style(self, style: CueStyle | str) -> None:
        """No style to set."""

    def set_device(self, index: int | None) -> None:
        """No device to use."""

    def set_device_name(self, name: str | None) -> None:
        """No device to use."""

    def devices(self) -> list[tuple[int, str]]:
        return []

    def chime(self) -> None:
        """Silence."""

    def test_sound(self) -> None:
        """Silence."""

    def close(self) -> None:
        """Nothing to release."""
