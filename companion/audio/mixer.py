"""Frame-exact cue placement: the audio callback's whole job, in plain numpy.

``CueMixer.fill(out, start_frame)`` writes exactly what is audible for frames
``[start_frame, start_frame + len(out))``. Cue placement is a pure function of the frame
range (each call asks the timeline which phases began in or shortly before it), so block
sizes, dropped callbacks or an offline render cannot shift a cue by a single sample. Only
the gains (volume, start/stop fade) carry state, and they move by a fixed step per sample.

The live stream and ``render_wav`` share this class. After construction ``fill`` allocates
no buffers: scratch space is made up front and every numpy call writes in place.
"""

from __future__ import annotations

import math
from collections import deque

import numpy as np
import numpy.typing as npt

from companion.audio.ramp import Ramp
from companion.audio.synth import (
    PEAK,
    CueBank,
    CueKind,
    CueStyle,
    Samples,
    cue_length,
    render_tap,
)
from companion.core.breath_pattern import PhaseKind
from companion.core.breathing import Timeline

__all__ = ["FADE_SECONDS", "PHASE_CUES", "VOLUME_RAMP_SECONDS", "CueMixer", "volume_gain"]

VOLUME_RAMP_SECONDS = 0.03  # a full 0 -> 1 volume change takes 30 ms, sample by sample
FADE_SECONDS = 0.05  # start and stop fades
DEFAULT_MAX_BLOCK = 4096
SCAN_SECONDS = 180.0  # how far ahead an open-ended session is listed at once (covers ease-in)
READY_SECONDS = 8.0  # cues rendered at once on start; later ones a few at a time
STEADY_AFTER_SECONDS = 120.0  # well past any ease-in: from here the cues repeat

#: With the rhythm option, how many taps open each kind of phase, and how far apart.
RHYTHM_TAPS = {CueKind.INHALE: 1, CueKind.TOP_UP: 1, CueKind.EXHALE: 2, CueKind.HOLD: 0}
TAP_GAP_SECONDS = 0.16

PHASE_CUES = {
    PhaseKind.INHALE: CueKind.INHALE,
    PhaseKind.TOP_UP: CueKind.TOP_UP,
    PhaseKind.HOLD: CueKind.HOLD,
    PhaseKind.EXHALE: CueKind.EXHALE,
    PhaseKind.REST: CueKind.HOLD,
}


def volume_gain(volume: float) -> float:
    """The amplitude for a 0..1 volume setting: a square law, so the slider feels even."""
    if not math.isfinite(volume):
        raise ValueError("volume must be a number from 0 to 1")
    clamped = min(1.0, max(0.0, float(volume)))
    return clamped * clamped


class CueMixer:
    """Mixes the cues of a breath timeline (and one-off sounds) into audio blocks.

    ``timeline`` may be None for a mixer that only plays one-off sounds (a chime, a preview).
    Thread use: ``fill`` runs on the audio thread; ``set_volume``, ``set_style``,
    ``fade_in``, ``fade_out``, ``play_once`` and ``prepare_ahead`` may be called from
    another thread at any time. They only replace single attributes, so no lock is needed.
    """

    def __init__(
        self,
        timeline: Timeline | None,
        style: CueStyle | str,
        sample_rate: int,
        volume: float = 0.8,
        *,
        start_frame: int = 0,
        max_block: int = DEFAULT_MAX_BLOCK,
        rhythm: bool = False,
    ) -> None:
        if sample_rate <= 0:
            raise ValueError("sample rate must be positive")
        if max_block <= 0:
            raise ValueError("max_block must be positive")
        self.timeline = timeline
        self.sample_rate = int(sample_rate)
        self.max_block = int(max_block)
        self._bank = CueBank(self.sample_rate)
        self._rhythm = bool(rhythm)
        self._tap = render_tap(self.sample_rate)
        self._tap_gap = round(TAP_GAP_SECONDS * self.sample_rate)
        style = CueStyle(style)
        self._style = style
        self._old_style = style
        self._requested_style = style
        self._switch_frame = start_frame
        # Scratch, made once: the mono mix, two gain curves and the ramp index 1..max_block.
        self._mono = np.zeros(self.max_block, dtype=np.float32)
        self._gain_a = np.zeros(self.max_block, dtype=np.float32)
        self._gain_b = np.zeros(self.max_block, dtype=np.float32)
        self._index = np.arange(self.max_block, dtype=np.float32)
        self._volume_target = volume_gain(volume)
        self._volume_ramp = Ramp(
            self._volume_target, 1.0 / (VOLUME_RAMP_SECONDS * self.sample_rate), start_frame
        )
        self._volume_setting = min(1.0, max(0.0, float(volume)))
        # No cue can outlast its phase, so looking back one longest phase finds every cue
        # that may still be sounding at the start of a block.
        longest = max(p.seconds for p in timeline.pattern.phases) if timeline else 0.0
        self._lookback = math.ceil(longest * self.sample_rate) + 1
        self._last_frame = start_frame
        self._todo: deque[tuple[CueStyle, CueKind, int]] = deque()
        self._queued: set[tuple[CueStyle, CueKind, int]] = set()
        self._scanned_until = start_frame
        self._oneshot_request: tuple[int, Samples | None] = (0, None)
        self._oneshot_serial = 0
        self._oneshot: Samples | None = None
        self._oneshot_start = 0
        if timeline is not None:
            self._prepare_start(timeline, style, start_frame)
        # Starting inside a sounding cue fades in; starting in silence needs no fade, so
        # a session from frame 0 is bit-identical to the offline render.
        self._master_target = 1.0
        self._master_ramp = Ramp(1.0, 1.0 / (FADE_SECONDS * self.sample_rate), start_frame)
        if self._sounding_at(start_frame):
            self._master_ramp = Ramp(0.0, self._master_ramp.step, start_frame)
            self._master_ramp.aim(1.0, start_frame)

    # ------------------------------------------------------------------ control (any thread)
    @property
    def style(self) -> CueStyle:
        return self._requested_style

    @property
    def volume(self) -> float:
        """The 0..1 volume setting last asked for."""
        return self._volume_setting

    def set_volume(self, volume: float) -> None:
        """Move to a new volume; the change ramps per sample over at most 30 ms."""
        gain = volume_gain(volume)
        self._volume_setting = min(1.0, max(0.0, float(volume)))
        self._volume_target = gain

    def set_style(self, style: CueStyle | str) -> None:
        """Use ``style`` from the next phase on; a cue already sounding finishes as it was."""
        style = CueStyle(style)
        if self.timeline is not None:
            self._get_ready(style, self._last_frame)
            self._scan(style, self._last_frame, self._scanned_until)
        self._requested_style = style

    @property
    def rhythm(self) -> bool:
        return self._rhythm

    def set_rhythm(self, on: bool) -> None:
        """Mark phases by taps as well (one for in, two for out), from the next phase on."""
        self._rhythm = bool(on)

    def fade_in(self) -> None:
        """Ramp the master gain up to full over FADE_SECONDS."""
        self._master_target = 1.0

    def fade_out(self) -> None:
        """Ramp the master gain down to silence over FADE_SECONDS."""
        self._master_target = 0.0

    @property
    def faded_out(self) -> bool:
        """True once a fade-out has fully reached silence."""
        ramp = self._master_ramp
        return self._master_target == 0.0 and ramp.settled and ramp.target == 0.0

    @property
    def finished(self) -> bool:
        """Nothing more will ever sound: faded out, or a timeline-less mixer with no sound left."""
        if self.faded_out:
            return True
        return (
            self.timeline is None
            and self._oneshot is None
            and self._oneshot_request[0] == self._oneshot_serial
        )

    def play_once(self, samples: Samples) -> None:
        """Play ``samples`` once from the next block on, over whatever else is sounding."""
        self._oneshot_request = (self._oneshot_request[0] + 1, samples)

    def prepare_ahead(self, frame: int, seconds: float = 60.0, budget: int = 1) -> None:
        """Render up to ``budget`` cues still missing in the next ``seconds`` after ``frame``.

        Call it often from a non-audio thread (the pacer does, every frame), so ``fill``
        never has to render and no single call takes long.
        """
        if self.timeline is None:
            return
        horizon = frame + round(seconds * self.sample_rate)
        if horizon > self._scanned_until:
            self._scan(self._requested_style, self._scanned_until, horizon)
        self._render_queued(budget)

    def prepare_all(self) -> None:
        """Render every cue listed so far (the offline renderer does, before it starts)."""
        self._render_queued(len(self._todo))

    # ------------------------------------------------------------------ the audio thread
    def fill(self, out: npt.NDArray[np.float32], start_frame: int) -> None:
        """Write what sounds for frames [start_frame, start_frame + len(out)) into ``out``.

        ``out`` is (frames,) or (frames, channels), float32; every frame is written.
        """
        frames = out.shape[0]
        done = 0
        while done < frames:
            count = min(frames - done, self.max_block)
            mono = self._mix(start_frame + done, count)
            if out.ndim == 1:
                np.copyto(out[done : done + count], mono)
            else:
                np.copyto(out[done : done + count], mono[:, np.newaxis])
            done += count
        self._last_frame = start_frame + frames

    def _mix(self, frame: int, count: int) -> npt.NDArray[np.float32]:
        mono = self._mono[:count]
        mono.fill(0.0)
        requested = self._requested_style
        if requested is not self._style:
            self._old_style, self._style, self._switch_frame = self._style, requested, frame
        timeline = self.timeline
        if timeline is not None and (
            self._rhythm
            or not (self._style is CueStyle.SILENT and self._old_style is CueStyle.SILENT)
        ):
            rate = self.sample_rate
            for onset, kind, duration in timeline.phase_start_frames(
                rate, max(0, frame - self._lookback), frame + count
            ):
                style = self._style if onset >= self._switch_frame else self._old_style
                cue_kind = PHASE_CUES[kind]
                if self._rhythm:
                    for tap in range(RHYTHM_TAPS[cue_kind]):
                        self._add(mono, frame, self._tap, onset + tap * self._tap_gap)
                if style is CueStyle.SILENT:
                    continue
                cue = self._bank.cached(
                    (style, cue_kind, cue_length(style, cue_kind, duration, rate))
                )
                if cue is None:
                    cue = self._nearest(style, cue_kind, duration)
                self._add(mono, frame, cue, onset)
        serial, samples = self._oneshot_request
        if serial != self._oneshot_serial:
            self._oneshot_serial = serial
            self._oneshot = samples
            self._oneshot_start = frame
        if self._oneshot is not None:
            self._add(mono, frame, self._oneshot, self._oneshot_start)
            if frame + count >= self._oneshot_start + len(self._oneshot):
                self._oneshot = None
        self._apply_gains(mono, frame, count)
        np.clip(mono, -PEAK, PEAK, out=mono)
        return mono

    @staticmethod
    def _add(mono: npt.NDArray[np.float32], frame: int, cue: Samples | None, onset: int) -> None:
        if cue is None:
            return
        offset = onset - frame
        low = max(0, offset)
        high = min(len(mono), offset + len(cue))
        if high > low:
            target = mono[low:high]
            np.add(target, cue[low - offset : high - offset], out=target)

    def _apply_gains(self, mono: npt.NDArray[np.float32], frame: int, count: int) -> None:
        volume, master = self._volume_ramp, self._master_ramp
        volume.aim(self._volume_target, frame)
        master.aim(self._master_target, frame)
        if volume.settled and master.settled:
            gain = np.float32(volume.target) * np.float32(master.target)
            if gain != 1.0:
                np.multiply(mono, gain, out=mono)
            return
        curve = self._gain_a[:count]
        volume.curve(self._index, curve, frame)
        master.curve(self._index, self._gain_b[:count], frame)
        np.multiply(curve, self._gain_b[:count], out=curve)
        np.multiply(mono, curve, out=mono)

    # ------------------------------------------------------------------ preparation
    def _prepare_start(self, timeline: Timeline, style: CueStyle, start_frame: int) -> None:
        """Render the first cues now and list the rest of the session (or its first minutes)."""
        self._get_ready(style, start_frame)
        if timeline.end_seconds is not None:
            end = math.ceil(timeline.end_seconds * self.sample_rate) + 1
        else:
            end = start_frame + round(SCAN_SECONDS * self.sample_rate)
        self._scan(style, start_frame - self._lookback, end)

    def _get_ready(self, style: CueStyle, frame: int) -> None:
        """Render now the cues of the next few seconds and of the steady rhythm after any
        ease-in, so sound starts right away and later cues mostly exist already."""
        assert self.timeline is not None
        rate = self.sample_rate
        self._render(style, frame - self._lookback, frame + round(READY_SECONDS * rate))
        cycle = round(self.timeline.pattern.cycle_seconds * rate)
        if self.timeline.end_seconds is not None:
            steady = math.ceil(self.timeline.end_seconds * rate) - cycle
        else:
            steady = max(frame, round(STEADY_AFTER_SECONDS * rate))
        self._render(style, steady, steady + cycle)

    def _render(self, style: CueStyle, start_frame: int, end_frame: int) -> None:
        assert self.timeline is not None
        if style is CueStyle.SILENT:
            return
        for _, kind, duration in self.timeline.phase_start_frames(
            self.sample_rate, max(0, start_frame), end_frame
        ):
            self._bank.cue(style, PHASE_CUES[kind], duration)

    def _scan(self, style: CueStyle, start_frame: int, end_frame: int) -> None:
        """List the cues that phases in [start_frame, end_frame) need and lack (cheap)."""
        assert self.timeline is not None
        if style is not CueStyle.SILENT:
            for _, kind, duration in self.timeline.phase_start_frames(
                self.sample_rate, max(0, start_frame), end_frame
            ):
                cue_kind = PHASE_CUES[kind]
                key = self._bank.key(style, cue_kind, duration)
                if key not in self._queued and self._bank.cached(key) is None:
                    self._queued.add(key)
                    self._todo.append((style, cue_kind, duration))
        self._scanned_until = max(self._scanned_until, end_frame)

    def _render_queued(self, budget: int) -> None:
        rendered = 0
        while self._todo and rendered < budget:
            style, kind, duration = self._todo.popleft()
            key = self._bank.key(style, kind, duration)
            self._queued.discard(key)
            if self._bank.cached(key) is None:
                self._bank.cue(style, kind, duration)
                rendered += 1

    def _nearest(self, style: CueStyle, kind: CueKind, duration: int) -> Samples | None:
        """A rendered cue of the same style and kind with the closest length (never renders).

        Only reached if preparation fell behind; it keeps the callback free of rendering.
        """
        wanted = cue_length(style, kind, duration, self.sample_rate)
        best: Samples | None = None
        best_gap = 0
        for (cue_style, cue_kind, length), cue in self._bank.items():
            if cue_style is style and cue_kind is kind and length <= wanted:
                gap = wanted - length
                if best is None or gap < best_gap:
                    best, best_gap = cue, gap
        return best

    def _sounding_at(self, frame: int) -> bool:
        if self.timeline is None or frame <= 0:
            return False
        for onset, kind, duration in self.timeline.phase_start_frames(
            self.sample_rate, max(0, frame - self._lookback), frame
        ):
            cue_kind = PHASE_CUES[kind]
            if onset + cue_length(self._style, cue_kind, duration, self.sample_rate) > frame:
                return True
        return False
