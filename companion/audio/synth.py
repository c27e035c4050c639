"""Cue synthesis with numpy: soft tone glides, bells, breath-like noise, and silence.

Every cue is rendered once, as read-only float32, and guarantees:

- its first and last samples are exactly 0 and its envelope has no jump (no clicks);
- it ends at least ``MIN_SILENCE_S`` before its phase ends, so the next cue starts from
  silence and its onset is the sample the timeline names;
- its peak is at most ``PEAK`` (-1.5 dBFS), so full volume stays under -1 dBFS;
- breathing in and breathing out sound clearly different (pitch direction, register, colour).
"""

from __future__ import annotations

import math
from enum import Enum

import numpy as np
import numpy.typing as npt

__all__ = [
    "MIN_SILENCE_S",
    "PEAK",
    "CueBank",
    "CueKind",
    "CueStyle",
    "attack_seconds",
    "cue_length",
    "max_frequency",
    "render_cue",
    "render_preview",
    "render_tap",
]

Samples = npt.NDArray[np.float32]

PEAK = 10 ** (-1.5 / 20)  # -1.5 dBFS: half a dB of room under -1 dBFS for 16-bit rounding.
MIN_SILENCE_S = 0.04  # every cue falls silent this long before its phase ends
SOFT_ATTACK_S = 0.025
BELL_ATTACK_S = 0.003
BREATH_ATTACK_S = 0.02  # a breath cue is at its level 20 ms after its onset
BREATH_TOP_UP_MAX_S = 0.45  # the top-up is a short sniff


class CueStyle(str, Enum):
    """How the breath sounds; the value is the stable id used in settings and on the CLI."""

    SOFT = "soft"
    BELL = "bell"
    BREATH = "breath"
    SILENT = "silent"


class CueKind(str, Enum):
    """What a cue announces. HOLD also marks the rest after a breath out."""

    INHALE = "inhale"
    TOP_UP = "top_up"
    EXHALE = "exhale"
    HOLD = "hold"
    CHIME = "chime"


# Soft tones: (start Hz, end Hz, relative level). In rises C4 -> G4, out falls G4 -> C4,
# the top-up climbs on from G4 to C5, holds are a short steady E4.
_SOFT = {
    CueKind.INHALE: (261.63, 392.00, 1.0),
    CueKind.TOP_UP: (392.00, 523.25, 0.8),
    CueKind.EXHALE: (392.00, 261.63, 1.0),
    CueKind.HOLD: (329.63, 329.63, 0.45),
}
_SOFT_HARMONIC = 0.15  # a touch of second harmonic for warmth
_SOFT_MAX_S = {CueKind.INHALE: 3.0, CueKind.TOP_UP: 0.8, CueKind.EXHALE: 4.5, CueKind.HOLD: 0.35}

# Bells: fundamental (Hz) and level; partial ratios of a small bowl-like bell with
# amplitude and decay time (s) per partial. Breathing in rings higher than breathing out.
_BELL = {
    CueKind.INHALE: (587.33, 1.0),
    CueKind.TOP_UP: (783.99, 0.7),
    CueKind.EXHALE: (392.00, 1.0),
    CueKind.HOLD: (493.88, 0.4),
    CueKind.CHIME: (659.26, 0.5),
}
_BELL_PARTIALS = ((1.0, 1.0, 1.8), (2.0, 0.45, 1.0), (2.76, 0.3, 0.6), (5.40, 0.1, 0.25))
_BELL_MAX_S = {kind: 3.0 for kind in _BELL}
_BELL_MAX_S[CueKind.HOLD] = 1.2
_BELL_MAX_S[CueKind.TOP_UP] = 1.5

# Breath: noise band (low Hz, high Hz) and level. In is brighter, out darker; the top-up
# is a short, bright sniff.
_BREATH = {
    CueKind.INHALE: (500.0, 2500.0, 1.0),
    CueKind.TOP_UP: (1500.0, 5000.0, 0.8),
    CueKind.EXHALE: (250.0, 1200.0, 1.0),
}

# Each style's gain, so that at one volume setting every style is equally loud (BS.1770
# integrated loudness over whole sessions, measured by the tests).
_STYLE_GAIN = {CueStyle.SOFT: 0.424, CueStyle.BELL: 0.885, CueStyle.BREATH: 1.0}
_BREATH_SEED = {CueKind.INHALE: 11, CueKind.TOP_UP: 12, CueKind.EXHALE: 13}


def _as_style(style: CueStyle | str) -> CueStyle:
    try:
        return CueStyle(style)
    except ValueError:
        names = ", ".join(s.value for s in CueStyle)
        raise ValueError(f"Unknown sound style “{style}”. Choose one of: {names}.") from None


def max_frequency(style: CueStyle | str, rate: int) -> float:
    """The highest frequency (Hz) any cue of ``style`` contains at ``rate`` (0 for silence).

    Tests use it to bound the largest possible step between neighbouring samples.
    """
    style = _as_style(style)
    if style is CueStyle.SOFT:
        return 2 * max(max(a, b) for a, b, _ in _SOFT.values())
    if style is CueStyle.BELL:
        nyquist_guard = 0.45 * rate
        top = 0.0
        for base, _ in _BELL.values():
            for ratio, _, _ in _BELL_PARTIALS:
                if base * ratio < nyquist_guard:
                    top = max(top, base * ratio)
        return top
    if style is CueStyle.BREATH:
        return min(max(high for _, high, _ in _BREATH.values()), 0.45 * rate)
    return 0.0


def attack_seconds(style: CueStyle | str) -> float:
    """The shortest rise time of any cue envelope of ``style`` (sets its envelope bandwidth)."""
    style = _as_style(style)
    return {
        CueStyle.SOFT: SOFT_ATTACK_S,
        CueStyle.BELL: BELL_ATTACK_S,
        CueStyle.BREATH: BREATH_ATTACK_S,
        CueStyle.SILENT: math.inf,
    }[style]


def cue_length(style: CueStyle | str, kind: CueKind, duration_frames: int, rate: int) -> int:
    """Frames the cue for a phase of ``duration_frames`` lasts (0: no sound).

    Always at most ``duration_frames - MIN_SILENCE_S * rate``: each cue ends in silence.
    """
    style = _as_style(style)
    room = duration_frames - math.ceil(MIN_SILENCE_S * rate)
    if kind is CueKind.CHIME:
        room = math.ceil(2.0 * rate)
    if room < math.ceil(0.02 * rate) or style is CueStyle.SILENT:
        return 0
    seconds = duration_frames / rate
    if style is CueStyle.SOFT:
        if kind is CueKind.CHIME:
            return cue_length(CueStyle.BELL, kind, duration_frames, rate)
        nominal = min(_SOFT_MAX_S[kind], max(0.25, 0.7 * seconds))
        if kind is CueKind.HOLD:
            nominal = _SOFT_MAX_S[kind]
        return min(room, round(nominal * rate))
    if style is CueStyle.BELL:
        return min(room, round(_BELL_MAX_S[kind] * rate))
    if kind is CueKind.HOLD:
        return 0  # a held breath is silent
    if kind is CueKind.CHIME:
        return cue_length(CueStyle.BELL, kind, duration_frames, rate)
    if kind is CueKind.TOP_UP:
        return min(room, round(BREATH_TOP_UP_MAX_S * rate))
    return room


def _quarter_sine_rise(frames: int, length: int) -> npt.NDArray[np.float64]:
    """0 at the first sample, 1 after ``frames``; its slope is non-zero at the start, so the
    second sample is already clearly above 16-bit rounding (exact onset detection)."""
    frames = max(1, min(frames, length))
    rise = np.ones(length)
    rise[:frames] = np.sin(0.5 * np.pi * np.arange(frames) / frames)
    return rise


def _cosine_fall(frames: int, length: int) -> npt.NDArray[np.float64]:
    """1 until the last ``frames`` samples, then a raised-cosine fall to exactly 0."""
    frames = max(2, min(frames, length))
    fall = np.ones(length)
    fall[length - frames :] = 0.5 * (1 + np.cos(np.pi * np.arange(frames) / (frames - 1)))
    return fall


def _finish(signal: npt.NDArray[np.float64], level: float) -> Samples:
    """Pin both ends to 0, scale the peak to ``level * PEAK``, freeze as float32."""
    signal[0] = 0.0
    signal[-1] = 0.0
    peak = float(np.max(np.abs(signal)))
    if peak > 0:
        signal *= level * PEAK / peak
    out = signal.astype(np.float32)
    np.clip(out, -PEAK, PEAK, out=out)
    out.setflags(write=False)
    return out


def _soft(kind: CueKind, length: int, rate: int) -> Samples:
    start_hz, end_hz, level = _SOFT[kind]
    u = np.linspace(0.0, 1.0, length)
    glide = u * u * (3 - 2 * u)  # smoothstep: the pitch eases into and out of the glide
    freq = start_hz * (end_hz / start_hz) ** glide
    # The phase accumulates the changing frequency, so the glide never jumps.
    phase = 2 * np.pi * (np.cumsum(freq) - freq[0]) / rate
    tone = np.cos(phase) + _SOFT_HARMONIC * np.cos(2 * phase)
    body = 1.0 - 0.35 * u  # a gentle fade through the cue
    envelope = (
        _quarter_sine_rise(round(SOFT_ATTACK_S * rate), length)
        * _cosine_fall(max(2, round(0.4 * length)), length)
        * body
    )
    return _finish(tone * envelope, level * _STYLE_GAIN[CueStyle.SOFT])


def _bell(kind: CueKind, length: int, rate: int) -> Samples:
    base, level = _BELL[kind]
    t = np.arange(length) / rate
    tone = np.zeros(length)
    shorten = 0.5 if kind is CueKind.HOLD else 1.0
    for ratio, amplitude, decay in _BELL_PARTIALS:
        freq = base * ratio
        if freq >= 0.45 * rate:
            continue
        tone += amplitude * np.exp(-t / (decay * shorten)) * np.cos(2 * np.pi * freq * t)
    envelope = _quarter_sine_rise(round(BELL_ATTACK_S * rate), length) * _cosine_fall(
        min(round(0.3 * rate), length // 3), length
    )
    if kind is CueKind.CHIME:
        # A second, higher strike a fifth above, half a second later: a gentle two-note chime.
        delay = min(round(0.5 * rate), length // 2)
        rest = length - delay
        t2 = np.arange(rest) / rate
        second = np.zeros(rest)
        for ratio, amplitude, decay in _BELL_PARTIALS:
            freq = base * 1.5 * ratio
            if freq < 0.45 * rate:
                second += amplitude * np.exp(-t2 / decay) * np.cos(2 * np.pi * freq * t2)
        tone[delay:] += 0.8 * second * _quarter_sine_rise(round(BELL_ATTACK_S * rate), rest)
        return _finish(tone * envelope, level)
    return _finish(tone * envelope, level * _STYLE_GAIN[CueStyle.BELL])


def _band_noise(length: int, rate: int, low: float, high: float, seed: int) -> np.ndarray:
    """White noise shaped in the frequency domain to a soft band with a breathy tilt.

    Nothing above ``high`` survives, so the noise is truly band-limited.
    """
    size = 1 << max(0, length - 1).bit_length()  # a power of two keeps the FFT fast
    rng = np.random.default_rng(seed)
    white = rng.standard_normal(size)
    spectrum = np.fft.rfft(white)
    freqs = np.fft.rfftfreq(size, 1 / rate)
    high = min(high, 0.45 * rate)
    edge = 0.25 * low
    shape = np.zeros_like(freqs)
    passband = (freqs >= low) & (freqs <= high - edge)
    shape[passband] = 1.0
    rising = (freqs > low - edge) & (freqs < low)
    shape[rising] = 0.5 * (1 - np.cos(np.pi * (freqs[rising] - (low - edge)) / edge))
    falling = (freqs > high - edge) & (freqs < high)
    shape[falling] = 0.5 * (1 + np.cos(np.pi * (freqs[falling] - (high - edge)) / edge))
    shape /= np.sqrt(np.maximum(freqs, low) / low)  # softer highs, like air
    result: np.ndarray = np.fft.irfft(spectrum * shape, n=size)
    return result[:length]


def _breath(kind: CueKind, length: int, rate: int) -> Samples:
    low, high, level = _BREATH[kind]
    noise = _band_noise(length, rate, low, high, _BREATH_SEED[kind])
    u = np.linspace(0.0, 1.0, length)
    rise = _quarter_sine_rise(round(BREATH_ATTACK_S * rate), length)
    if kind is CueKind.EXHALE:
        body = (1.0 - u) ** 1.3  # ebbs: strongest at once, then a long, slow fall
        fall = _cosine_fall(max(2, length // 10), length)
    elif kind is CueKind.TOP_UP:
        body = np.ones(length)
        fall = _cosine_fall(max(2, round(0.4 * length)), length)
    else:
        body = 0.45 + 0.55 * u  # swells through the breath in
        fall = _cosine_fall(max(2, round(0.15 * length)), length)
    return _finish(noise * rise * body * fall, level * _STYLE_GAIN[CueStyle.BREATH])


def render_cue(style: CueStyle | str, kind: CueKind, duration_frames: int, rate: int) -> Samples:
    """The cue for a phase of ``duration_frames`` at ``rate``; empty when it makes no sound."""
    style = _as_style(style)
    length = cue_length(style, kind, duration_frames, rate)
    if length == 0:
        empty = np.zeros(0, dtype=np.float32)
        empty.setflags(write=False)
        return empty
    if kind is CueKind.CHIME or style is CueStyle.BELL:
        return _bell(kind, length, rate)
    if style is CueStyle.SOFT:
        return _soft(kind, length, rate)
    return _breath(kind, length, rate)


TAP_SECONDS = 0.04
TAP_HZ = 880.0
TAP_LEVEL = 0.35


def render_tap(rate: int) -> Samples:
    """A short, soft wooden tap: the rhythm marker that tells in from out without pitch."""
    length = max(8, round(TAP_SECONDS * rate))
    t = np.arange(length) / rate
    tone = np.sin(2 * np.pi * TAP_HZ * t) * np.exp(-t / (TAP_SECONDS / 4))
    envelope = _quarter_sine_rise(round(0.002 * rate), length) * _cosine_fall(length // 2, length)
    return _finish(tone * envelope, TAP_LEVEL)


def render_preview(style: CueStyle | str, rate: int) -> Samples:
    """A few seconds to hear a style: a breath in, a short pause, a breath out."""
    style = _as_style(style)
    inhale_frames, exhale_frames = round(3.0 * rate), round(4.0 * rate)
    preview = np.zeros(inhale_frames + exhale_frames, dtype=np.float32)
    cue_in = render_cue(style, CueKind.INHALE, inhale_frames, rate)
    cue_out = render_cue(style, CueKind.EXHALE, exhale_frames, rate)
    preview[: len(cue_in)] = cue_in
    preview[inhale_frames : inhale_frames + len(cue_out)] = cue_out
    preview.setflags(write=False)
    return preview


class CueBank:
    """Rendered cues for one sample rate, each made once and then shared.

    Keyed by (style, kind, cue length): the shape depends on nothing else.
    """

    def __init__(self, rate: int) -> None:
        self.rate = rate
        self._cues: dict[tuple[CueStyle, CueKind, int], Samples] = {}

    def __len__(self) -> int:
        return len(self._cues)

    def key(
        self, style: CueStyle, kind: CueKind, duration_frames: int
    ) -> tuple[CueStyle, CueKind, int]:
        """The cache key for the cue of a phase of ``duration_frames``."""
        return (style, kind, cue_length(style, kind, duration_frames, self.rate))

    def cue(self, style: CueStyle | str, kind: CueKind, duration_frames: int) -> Samples:
        """The cue for a phase of ``duration_frames``, rendered on first use."""
        style = _as_style(style)
        key = self.key(style, kind, duration_frames)
        found = self._cues.get(key)
        if found is None:
            found = render_cue(style, kind, duration_frames, self.rate)
            self._cues[key] = found
        return found

    def cached(self, key: tuple[CueStyle, CueKind, int]) -> Samples | None:
        """A cue already rendered for ``key``, or None (never renders; safe in a callback)."""
        return self._cues.get(key)

    def items(self) -> list[tuple[tuple[CueStyle, CueKind, int], Samples]]:
        """A snapshot of every cue rendered so far (safe while another thread adds cues)."""
        return list(self._cues.items())
