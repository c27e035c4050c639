"""Breathing patterns, presets and the breath timeline: the phase at any moment, exactly.

A pattern is written as text like ``4-6`` (in, out), ``4-7-8`` (in, hold, out) or
``4-0-6-2`` (in, hold, out, rest). A short second breath in (a cyclic sigh) is added
with ``+``: ``3+1-8`` is 3 s in, a 1 s top-up in, then 8 s out. Seconds take one decimal
(``4.5``; a comma works too: ``4,5``). Separators may be ``-``, en or em dashes, ``·``,
``/`` or spaces.

Timing is exact: every phase boundary is a rational number of seconds, turned into a float
by one correctly rounded integer division, and :meth:`Timeline.at`,
:meth:`Timeline.phase_starts` and :meth:`Timeline.phase_start_frames` all use that same
value, so they can never disagree and a long session cannot drift.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import dataclass
from enum import Enum

__all__ = [
    "DEFAULT_PRESET",
    "PRESETS",
    "BreathState",
    "Pattern",
    "PatternError",
    "Phase",
    "PhaseKind",
    "PhaseStart",
    "SessionLength",
    "Timeline",
    "parse_pattern",
    "resolve_pattern",
]

# Bounds, in tenths of a second (the resolution of every phase).
INHALE_RANGE = (10, 200)
EXHALE_RANGE = (10, 200)
HOLD_RANGE = (0, 150)
TOP_UP_RANGE = (5, 50)
CYCLE_RANGE = (30, 450)
MINUTES_RANGE = (1.0, 60.0)
MAX_BREATHS = 1000
# Ease-in starts at 10 breaths a minute (a 6 s breath) and reaches the pattern's own
# rate after about a minute.
EASE_START_TENTHS = 60
EASE_SPAN_TENTHS = 600
# The main breath in fills the lungs to this share when a top-up follows.
TOP_UP_BASE_VOLUME = 0.8


class PhaseKind(str, Enum):
    """What the body does in a phase. HOLD follows a breath in; REST follows a breath out."""

    INHALE = "inhale"
    TOP_UP = "top_up"
    HOLD = "hold"
    EXHALE = "exhale"
    REST = "rest"


_FORMAT_HINT = (
    "Write a pattern as 2 to 4 numbers of seconds: in, hold, out, rest, like 4-6, 4-7-8 or "
    "4-0-6-0. Add a short top-up breath with +, like 3+1-8."
)
#: Every problem a pattern can have, as an English template with named values. The UI words
#: them in the user's language (translation context ``PatternProblem``); ``str()`` is English.
NOT_SECONDS = "A phase length must be a number of seconds."
NOT_FINITE = "A phase length must be a real number of seconds."
TENTHS_ONLY = "Use steps of a tenth of a second (got {seconds})."
UNKNOWN_KIND = "Unknown kind of phase."
NEGATIVE = "A phase cannot last less than zero seconds."
OUT_OF_RANGE = "The {word} must last {low} to {high} seconds (this one is {seconds})."
NOT_PHASES = "A pattern is a sequence of phases."
WRONG_ORDER = "A breath goes: in, optional top-up, optional hold, out, optional rest."
WHOLE_BREATH = "A whole breath must take {low} to {high} seconds (this one takes {seconds})."
NOT_A_NUMBER = "“{text}” is not a number of seconds. " + _FORMAT_HINT
TENTHS_TEXT = "Use steps of a tenth of a second, like 4.5 (not {text})."
NOT_TEXT = "A pattern must be text, like 4-6."
EMPTY = "The pattern is empty. " + _FORMAT_HINT
TOO_LONG = "That pattern is too long. " + _FORMAT_HINT
FORMAT = _FORMAT_HINT
ONE_TOP_UP = "Only one top-up breath can follow the breath in, like 3+1-8."
TOP_UP_PLACE = "A top-up breath (+) can only follow the breath in, like 3+1-8."
NOT_TEXT_OR_PRESET = "A pattern must be text, like exhale-4-6 or 4-6."
UNKNOWN_PRESET = "{problem} The presets are: {names}."
PATTERN_PROBLEMS: tuple[str, ...] = (
    NOT_SECONDS, NOT_FINITE, TENTHS_ONLY, UNKNOWN_KIND, NEGATIVE, OUT_OF_RANGE, NOT_PHASES,
    WRONG_ORDER, WHOLE_BREATH, NOT_A_NUMBER, TENTHS_TEXT, NOT_TEXT, EMPTY, TOO_LONG, FORMAT,
    ONE_TOP_UP, TOP_UP_PLACE, NOT_TEXT_OR_PRESET, UNKNOWN_PRESET,
)  # fmt: skip


class PatternError(ValueError):
    """A pattern that cannot be used: ``template`` (one of ``PATTERN_PROBLEMS``) and its
    ``values``; ``phase`` names the phase a range problem is about (its word is a value too).
    ``str()`` gives the English sentence."""

    def __init__(self, template: str, phase: PhaseKind | None = None, **values: str) -> None:
        self.template = template
        self.phase = phase
        self.values = values
        super().__init__(template.format(**values))


def _to_tenths(seconds: float) -> int:
    if isinstance(seconds, bool) or not isinstance(seconds, (int, float)):
        raise PatternError(NOT_SECONDS)
    if not math.isfinite(seconds):
        raise PatternError(NOT_FINITE)
    tenths = round(seconds * 10)
    if abs(seconds * 10 - tenths) > 1e-6:
        raise PatternError(TENTHS_ONLY, seconds=f"{seconds:g}")
    return int(tenths)


def _format_tenths(tenths: int) -> str:
    whole, frac = divmod(tenths, 10)
    return str(whole) if frac == 0 else f"{whole}.{frac}"


@dataclass(frozen=True)
class Phase:
    """One part of a breath; ``seconds`` is a multiple of 0.1 (normalised on creation)."""

    kind: PhaseKind
    seconds: float

    def __post_init__(self) -> None:
        if not isinstance(self.kind, PhaseKind):
            raise PatternError(UNKNOWN_KIND)
        tenths = _to_tenths(self.seconds)
        if tenths < 0:
            raise PatternError(NEGATIVE)
        object.__setattr__(self, "seconds", tenths / 10)

    @property
    def tenths(self) -> int:
        """The length in whole tenths of a second (exact)."""
        return round(self.seconds * 10)


_ORDER = (PhaseKind.INHALE, PhaseKind.TOP_UP, PhaseKind.HOLD, PhaseKind.EXHALE, PhaseKind.REST)
_REQUIRED = (PhaseKind.INHALE, PhaseKind.EXHALE)
PHASE_WORDS: dict[PhaseKind, str] = {
    PhaseKind.INHALE: "breath in",
    PhaseKind.TOP_UP: "top-up breath",
    PhaseKind.HOLD: "hold",
    PhaseKind.EXHALE: "breath out",
    PhaseKind.REST: "rest",
}


def _check_range(kind: PhaseKind, tenths: int) -> None:
    low, high = {
        PhaseKind.INHALE: INHALE_RANGE,
        PhaseKind.TOP_UP: TOP_UP_RANGE,
        PhaseKind.HOLD: HOLD_RANGE,
        PhaseKind.EXHALE: EXHALE_RANGE,
        PhaseKind.REST: HOLD_RANGE,
    }[kind]
    if not low <= tenths <= high:
        raise PatternError(
            OUT_OF_RANGE,
            kind,
            word=PHASE_WORDS[kind],
            low=_format_tenths(low),
            high=_format_tenths(high),
            seconds=_format_tenths(tenths),
        )


@dataclass(frozen=True)
class Pattern:
    """A named breath: inhale, optional top-up, optional hold, exhale, optional rest.

    Creating one checks the order and the bounds, so every Pattern is safe to pace.
    Zero-length holds are not stored as phases (``4-0-6-0`` equals ``4-6``).
    """

    name: str
    phases: tuple[Phase, ...]

    def __post_init__(self) -> None:
        if not isinstance(self.phases, (tuple, list)) or not all(
            isinstance(p, Phase) for p in self.phases
        ):
            raise PatternError(NOT_PHASES)
        for phase in self.phases:
            # Zero-length holds, rests and top-ups simply mean "none".
            if phase.kind in _REQUIRED or phase.tenths:
                _check_range(phase.kind, phase.tenths)
        phases = tuple(p for p in self.phases if p.tenths > 0)
        kinds = [p.kind for p in phases]
        positions = [_ORDER.index(k) for k in kinds]
        if positions != sorted(set(positions)) or any(k not in kinds for k in _REQUIRED):
            raise PatternError(WRONG_ORDER)
        for phase in phases:
            _check_range(phase.kind, phase.tenths)
        cycle = sum(p.tenths for p in phases)
        if not CYCLE_RANGE[0] <= cycle <= CYCLE_RANGE[1]:
            raise PatternError(
                WHOLE_BREATH,
                low=_format_tenths(CYCLE_RANGE[0]),
                high=_format_tenths(CYCLE_RANGE[1]),
                seconds=_format_tenths(cycle),
            )
        object.__setattr__(self, "phases", phases)

    def _tenths_of(self, kind: PhaseKind) -> int:
        return sum(p.tenths for p in self.phases if p.kind is kind)

    @property
    def cycle_tenths(self) -> int:
        """One whole breath in tenths of a second (exact)."""
        return sum(p.tenths for p in self.phases)

    @property
    def cycle_seconds(self) -> float:
        return self.cycle_tenths / 10

    @property
    def breaths_per_minute(self) -> float:
        return 600 / self.cycle_tenths

    @property
    def inhale_seconds(self) -> float:
        """Breathing in, including any top-up breath."""
        return (self._tenths_of(PhaseKind.INHALE) + self._tenths_of(PhaseKind.TOP_UP)) / 10

    @property
    def exhale_seconds(self) -> float:
        return self._tenths_of(PhaseKind.EXHALE) / 10

    @property
    def hold_seconds(self) -> float:
        return self._tenths_of(PhaseKind.HOLD) / 10

    @property
    def rest_seconds(self) -> float:
        return self._tenths_of(PhaseKind.REST) / 10

    @property
    def exhale_ratio(self) -> float:
        """How many times longer the breath out is than the breath in (top-up included)."""
        return self._tenths_of(PhaseKind.EXHALE) / (
            self._tenths_of(PhaseKind.INHALE) + self._tenths_of(PhaseKind.TOP_UP)
        )

    @property
    def spec(self) -> str:
        """Canonical text that :func:`parse_pattern` turns back into the same phases."""
        t = {k: self._tenths_of(k) for k in PhaseKind}
        first = _format_tenths(t[PhaseKind.INHALE])
        if t[PhaseKind.TOP_UP]:
            first += "+" + _format_tenths(t[PhaseKind.TOP_UP])
        parts = [first]
        if t[PhaseKind.HOLD] or t[PhaseKind.REST]:
            parts.append(_format_tenths(t[PhaseKind.HOLD]))
        parts.append(_format_tenths(t[PhaseKind.EXHALE]))
        if t[PhaseKind.REST]:
            parts.append(_format_tenths(t[PhaseKind.REST]))
        return "-".join(parts)

    @property
    def longer_exhale(self) -> bool:
        """True when breathing out takes longer than breathing in (the calming shape)."""
        return self.exhale_seconds > self.inhale_seconds

    @property
    def exhale_warning(self) -> str | None:
        """Why this pattern may calm less, or None when its exhale is longer than its inhale."""
        if self.longer_exhale:
            return None
        return (
            f"The breath out ({_format_tenths(self._tenths_of(PhaseKind.EXHALE))} s) is not "
            f"longer than the breath in ({self.inhale_seconds:g} s). A breath out that is "
            "longer than the breath in is what helps the body slow down, so this pattern "
            "may feel less calming."
        )

    def renamed(self, name: str) -> Pattern:
        """The same breath under another name."""
        return Pattern(name, self.phases)


_SEPARATORS = re.compile(r"\s*[-\u2013\u2014\u00b7/]\s*|\s+")
_NUMBER = re.compile(r"([0-9]{1,4})(?:[.,]([0-9]{1,4}))?", re.ASCII)


def _parse_seconds(text: str) -> int:
    match = _NUMBER.fullmatch(text)
    if match is None:
        shown = text if len(text) <= 12 else text[:12] + "…"
        raise PatternError(NOT_A_NUMBER, text=shown)
    whole, frac = match.group(1), (match.group(2) or "").rstrip("0")
    if len(frac) > 1:
        raise PatternError(TENTHS_TEXT, text=text)
    return int(whole) * 10 + (int(frac) if frac else 0)


def parse_pattern(spec: str, name: str | None = None) -> Pattern:
    """Turn text like ``4-7-8``, ``4-0-6-0`` or ``3+1-8`` into a Pattern.

    Raises only PatternError, whose message says what is wrong.
    """
    if not isinstance(spec, str):
        raise PatternError(NOT_TEXT)
    text = spec.strip()
    if not text:
        raise PatternError(EMPTY)
    if len(text) > 60:
        raise PatternError(TOO_LONG)
    parts = _SEPARATORS.split(re.sub(r"\s*\+\s*", "+", text))
    if not 2 <= len(parts) <= 4:
        raise PatternError(FORMAT)
    inhale_text, _, top_up_text = parts[0].partition("+")
    if "+" in top_up_text:
        raise PatternError(ONE_TOP_UP)
    if "+" in "".join(parts[1:]):
        raise PatternError(TOP_UP_PLACE)
    kinds: list[PhaseKind] = [PhaseKind.INHALE]
    texts = [inhale_text]
    if top_up_text or parts[0].endswith("+"):
        kinds.append(PhaseKind.TOP_UP)
        texts.append(top_up_text)
    rest_kinds = {
        2: [PhaseKind.EXHALE],
        3: [PhaseKind.HOLD, PhaseKind.EXHALE],
        4: [PhaseKind.HOLD, PhaseKind.EXHALE, PhaseKind.REST],
    }[len(parts)]
    kinds += rest_kinds
    texts += parts[1:]
    tenths = [_parse_seconds(t) for t in texts]
    for kind, value in zip(kinds, tenths, strict=True):
        _check_range(kind, value)
    phases = tuple(Phase(k, v / 10) for k, v in zip(kinds, tenths, strict=True))
    pattern = Pattern("", phases)
    return pattern.renamed(name if name else pattern.spec)


def _preset(name: str, spec: str) -> Pattern:
    return parse_pattern(spec, name)


PRESETS: dict[str, Pattern] = {
    "exhale-4-6": _preset("Longer exhale 4·6", "4-6"),
    "exhale-4-8": _preset("Longer exhale 4·8", "4-8"),
    "cyclic-sigh": _preset("Cyclic sigh", "3+1-8"),
    "4-7-8": _preset("4-7-8", "4-7-8"),
    "gentle-3-5": _preset("Gentle 3·5", "3-5"),
}
DEFAULT_PRESET = "exhale-4-6"


def resolve_pattern(text: str) -> Pattern:
    """A preset by id or display name (any case), else a pattern spec; PatternError if neither."""
    if not isinstance(text, str):
        raise PatternError(NOT_TEXT_OR_PRESET)
    key = text.strip()
    if key in PRESETS:
        return PRESETS[key]
    folded = key.casefold()
    for preset_id, pattern in PRESETS.items():
        if folded in (preset_id.casefold(), pattern.name.casefold()):
            return pattern
    try:
        return parse_pattern(key)
    except PatternError as exc:
        names = ", ".join(PRESETS)
        raise PatternError(UNKNOWN_PRESET, problem=str(exc), names=names) from None


@dataclass(frozen=True)
class SessionLength:
    """How long a session lasts: minutes (1-60), a number of breaths, or open-ended.

    With both set, the session ends at whichever comes first.
    """

    minutes: float | None = None
    breaths: int | None = None

    def __post_init__(self) -> None:
        if self.minutes is not None and not (
            math.isfinite(self.minutes) and MINUTES_RANGE[0] <= self.minutes <= MINUTES_RANGE[1]
        ):
            raise ValueError("A session lasts 1 to 60 minutes.")
        if self.breaths is not None and not 1 <= self.breaths <= MAX_BREATHS:
            raise ValueError(f"A session lasts 1 to {MAX_BREATHS} breaths.")

    @property
    def open_ended(self) -> bool:
        return self.minutes is None and self.breaths is None


@dataclass(frozen=True)
class PhaseStart:
    """Where a phase begins on the timeline, in seconds, and how long it lasts."""

    time: float
    kind: PhaseKind
    duration: float
    cycle: int


@dataclass(frozen=True)
class BreathState:
    """Everything a picture or a sound needs about the breath at one moment."""

    cycle: int
    phase: PhaseKind
    phase_index: int
    progress: float
    volume: float
    phase_elapsed: float
    phase_remaining: float
    breaths_per_minute: float
    finished: bool


def _ease(progress: float) -> float:
    """Cosine ease: slow at both ends, like a breath turning around."""
    return (1.0 - math.cos(math.pi * progress)) / 2.0


class Timeline:
    """The breath as a pure function of elapsed seconds, with optional ease-in and an end.

    With ease-in the first breaths are faster (10 per minute) and each whole breath is scaled
    uniformly, slowing to the pattern's own rate over about a minute. The session always
    ends at the end of a breath out.
    """

    def __init__(
        self,
        pattern: Pattern,
        *,
        ease_in: bool = False,
        length: SessionLength = SessionLength(),
    ) -> None:
        self.pattern = pattern
        self.ease_in = ease_in
        self.length = length
        self._kinds = tuple(p.kind for p in pattern.phases)
        tenths = [p.tenths for p in pattern.phases]
        self._offsets = [0]
        for value in tenths:
            self._offsets.append(self._offsets[-1] + value)
        self._cycle = self._offsets[-1]
        self._exhale_index = self._kinds.index(PhaseKind.EXHALE)
        # Ease-in cycles: whole breaths in tenths, from 6 s toward the pattern's cycle.
        self._ease_durations: list[int] = []
        if ease_in and self._cycle > EASE_START_TENTHS:
            count = max(1, round(2 * EASE_SPAN_TENTHS / (EASE_START_TENTHS + self._cycle)))
            span = self._cycle - EASE_START_TENTHS
            for n in range(count):
                num = 2 * (EASE_START_TENTHS * count + span * n) + count
                self._ease_durations.append(num // (2 * count))
        self._ease_starts = [0]
        for value in self._ease_durations:
            self._ease_starts.append(self._ease_starts[-1] + value)
        self._ease_count = len(self._ease_durations)
        self._ease_end_tenths = self._ease_starts[-1]
        self._ease_start_times = [s / 10 for s in self._ease_starts]
        self.total_breaths: int | None = self._count_breaths()
        self.end_seconds: float | None = (
            None
            if self.total_breaths is None
            else self._boundary(self.total_breaths - 1, self._exhale_index + 1)
        )

    # -------------------------------------------------------------- exact boundaries
    def _boundary(self, cycle: int, index: int) -> float:
        """Start of phase ``index`` of breath ``cycle`` (index may be len(phases): the end)."""
        offset = self._offsets[index]
        if cycle < self._ease_count:
            num = self._ease_starts[cycle] * self._cycle + self._ease_durations[cycle] * offset
            return num / (10 * self._cycle)
        return (self._ease_end_tenths + (cycle - self._ease_count) * self._cycle + offset) / 10

    def _cycle_tenths(self, cycle: int) -> int:
        return self._ease_durations[cycle] if cycle < self._ease_count else self._cycle

    def _locate(self, elapsed: float) -> tuple[int, int]:
        """(cycle, phase index) of the phase containing ``elapsed`` (>= 0)."""
        if elapsed < self._ease_start_times[-1]:
            guess = bisect_right(self._ease_start_times, elapsed) - 1
        else:
            guess = self._ease_count + int((elapsed * 10 - self._ease_end_tenths) // self._cycle)
        cycle = max(0, guess)
        while cycle > 0 and elapsed < self._boundary(cycle, 0):
            cycle -= 1
        while elapsed >= self._boundary(cycle + 1, 0):
            cycle += 1
        index = len(self._kinds) - 1
        while index > 0 and elapsed < self._boundary(cycle, index):
            index -= 1
        return cycle, index

    def _count_breaths(self) -> int | None:
        counts: list[int] = []
        if self.length.breaths is not None:
            counts.append(self.length.breaths)
        if self.length.minutes is not None:
            target = self.length.minutes * 60
            cycle, _ = self._locate(target)
            # Breaths that have begun before the target time all get finished.
            counts.append(cycle if self._boundary(cycle, 0) == target else cycle + 1)
        return max(1, min(counts)) if counts else None

    # -------------------------------------------------------------- public queries
    def at(self, elapsed: float) -> BreathState:
        """The breath at ``elapsed`` seconds from the start (negative counts as 0)."""
        if not math.isfinite(elapsed):
            raise ValueError("elapsed time must be finite")
        elapsed = max(0.0, elapsed)
        finished = self.end_seconds is not None and elapsed >= self.end_seconds
        if finished:
            assert self.total_breaths is not None
            cycle, index = self.total_breaths - 1, self._exhale_index
            elapsed = self._boundary(cycle, index + 1)
        else:
            cycle, index = self._locate(elapsed)
        start = self._boundary(cycle, index)
        end = self._boundary(cycle, index + 1)
        duration = end - start
        progress = min(1.0, max(0.0, (elapsed - start) / duration))
        return BreathState(
            cycle=cycle,
            phase=self._kinds[index],
            phase_index=index,
            progress=progress,
            volume=self._volume(index, progress),
            phase_elapsed=max(0.0, elapsed - start),
            phase_remaining=max(0.0, end - elapsed),
            breaths_per_minute=600 / self._cycle_tenths(cycle),
            finished=finished,
        )

    def _volume(self, index: int, progress: float) -> float:
        kind = self._kinds[index]
        has_top_up = PhaseKind.TOP_UP in self._kinds
        if kind is PhaseKind.INHALE:
            top = TOP_UP_BASE_VOLUME if has_top_up else 1.0
            return top * _ease(progress)
        if kind is PhaseKind.TOP_UP:
            return TOP_UP_BASE_VOLUME + (1.0 - TOP_UP_BASE_VOLUME) * _ease(progress)
        if kind is PhaseKind.HOLD:
            return 1.0
        if kind is PhaseKind.EXHALE:
            return 1.0 - _ease(progress)
        return 0.0

    def breaths_completed(self, elapsed: float) -> int:
        """How many breaths out have ended by ``elapsed`` seconds."""
        if self.end_seconds is not None and elapsed >= self.end_seconds:
            assert self.total_breaths is not None
            return self.total_breaths
        cycle, index = self._locate(max(0.0, elapsed))
        return cycle + (1 if index > self._exhale_index else 0)

    def _starts_between(self, start: float, end: float) -> list[tuple[int, int, float]]:
        """(cycle, index, time) of phases beginning in [start, end), within the session."""
        result: list[tuple[int, int, float]] = []
        if self.end_seconds is not None:
            end = min(end, self.end_seconds)
        if end <= start or end <= 0:
            return result
        cycle, index = self._locate(max(0.0, start))
        phases = len(self._kinds)
        while True:
            begin = self._boundary(cycle, index)
            if begin >= end:
                return result
            if begin >= start:
                result.append((cycle, index, begin))
            index += 1
            if index == phases:
                cycle, index = cycle + 1, 0

    def phase_starts(self, start: float, end: float) -> list[PhaseStart]:
        """Every phase that begins in [start, end), within the session."""
        return [
            PhaseStart(begin, self._kinds[index], self._boundary(cycle, index + 1) - begin, cycle)
            for cycle, index, begin in self._starts_between(start, end)
        ]

    @staticmethod
    def _frame_of(time: float, sample_rate: int) -> int:
        """The first frame at or after ``time``: round(time * rate) unless that is earlier."""
        frame = round(time * sample_rate)
        while frame / sample_rate < time:
            frame += 1
        while frame > 0 and (frame - 1) / sample_rate >= time:
            frame -= 1
        return frame

    def phase_start_frames(
        self, sample_rate: int, start_frame: int, end_frame: int
    ) -> list[tuple[int, PhaseKind, int]]:
        """(frame, kind, duration in frames) for each phase start in [start_frame, end_frame).

        The frame is the first sample at or after the phase start, so at(frame / rate) is
        always in that phase. It equals round(time * rate) whenever that product is whole
        (every pattern without ease-in at 8, 16, 22.05, 44.1, 48 or 96 kHz); otherwise it
        is at most one frame later. Durations run to the next phase's frame (or the session
        end), so consecutive phases tile the frames exactly. Cost: O(phases in range).
        """
        if sample_rate <= 0:
            raise ValueError("sample rate must be positive")
        if end_frame <= start_frame:
            return []
        margin = 2 / sample_rate
        candidates = self._starts_between(
            start_frame / sample_rate - margin, end_frame / sample_rate + margin
        )
        result: list[tuple[int, PhaseKind, int]] = []
        for cycle, index, begin in candidates:
            frame = self._frame_of(begin, sample_rate)
            if start_frame <= frame < end_frame:
                finish = self._frame_of(self._boundary(cycle, index + 1), sample_rate)
                result.append((frame, self._kinds[index], finish - frame))
        return result
