"""Breathing patterns and presets: what a breath is made of, written and read as text.

A pattern is written as text like ``4-6`` (in, out), ``4-7-8`` (in, hold, out) or
``4-0-6-2`` (in, hold, out, rest). A short second breath in (a cyclic sigh) is added
with ``+``: ``3+1-8`` is 3 s in, a 1 s top-up in, then 8 s out. Seconds take one decimal
(``4.5``; a comma works too: ``4,5``). Separators may be ``-``, en or em dashes, ``·``,
``/`` or spaces. Every phase length is a whole number of tenths of a second.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from enum import Enum

__all__ = [
    "DEFAULT_PRESET",
    "PHASE_WORDS",
    "PRESETS",
    "Pattern",
    "PatternError",
    "Phase",
    "PhaseKind",
    "parse_pattern",
    "resolve_pattern",
]

# Bounds, in tenths of a second (the resolution of every phase).
INHALE_RANGE = (10, 200)
EXHALE_RANGE = (10, 200)
HOLD_RANGE = (0, 150)
TOP_UP_RANGE = (5, 50)
CYCLE_RANGE = (30, 450)


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
