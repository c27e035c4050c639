"""The four protective states plus settled, their intensity, and the guidance for each.

Stable ids (``fight flight freeze fawn settled``) are what storage and exports use. Intensity
runs 1 (barely there) to 5 (very strong) for the four protective states; *settled* is the
centre of the wheel, has no strength, and is always stored with intensity 0.

Guidance texts live in ``assets/guidance/states.toml`` so they can be edited without code. A
file that is missing, malformed or incomplete raises :class:`GuidanceError` with a message
naming the file and the problem; it is never a raw parser or key error.
"""

from __future__ import annotations

import sys
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from companion.core.content import ContentFault

__all__ = [
    "BREATHING_PRESET_IDS",
    "CONTEXT_LABELS",
    "DEFAULT_CONTEXT",
    "DEFAULT_INTENSITY",
    "KEY_ORDER",
    "MAX_INTENSITY",
    "MAX_NOTE_CHARS",
    "MIN_INTENSITY",
    "PROTECTIVE_STATES",
    "SETTLED_INTENSITY",
    "STATE_IDS",
    "STATE_NAMES",
    "STATE_ORDER",
    "TAG_LABELS",
    "Context",
    "Guidance",
    "GuidanceError",
    "PatternTag",
    "StateId",
    "check_guidance_file",
    "clamp_intensity",
    "is_valid_checkin",
    "load_guidance",
    "note_length",
    "parse_guidance",
]


class StateId(str, Enum):
    """A state's stable id, used in storage, exports and code alike."""

    FIGHT = "fight"
    FLIGHT = "flight"
    FREEZE = "freeze"
    FAWN = "fawn"
    SETTLED = "settled"


#: The four protective states in wheel order: keys 1-4 pick them, clockwise from the top.
PROTECTIVE_STATES: tuple[StateId, ...] = (
    StateId.FIGHT,
    StateId.FLIGHT,
    StateId.FREEZE,
    StateId.FAWN,
)

#: Every state id in the order charts, lists and exports show them: the wheel's four, then
#: settled (plain ``str`` values, safe for SQL parameters and object names).
STATE_ORDER: tuple[str, ...] = tuple(s.value for s in (*PROTECTIVE_STATES, StateId.SETTLED))
#: The order of the number keys 0-4 wherever a state is picked by key: 0 settled, then the wheel.
KEY_ORDER: tuple[str, ...] = (StateId.SETTLED.value, *STATE_ORDER[:-1])
#: The stable ids as stored, for checking what is read or written.
STATE_IDS: frozenset[str] = frozenset(s.value for s in StateId)
#: English names; the UI shows them through its translator (``ui.shell.labels.state_label``).
STATE_NAMES: Mapping[StateId, str] = {
    StateId.FIGHT: "Fight",
    StateId.FLIGHT: "Flight",
    StateId.FREEZE: "Freeze",
    StateId.FAWN: "Fawn",
    StateId.SETTLED: "Settled",
}

MIN_INTENSITY = 1
MAX_INTENSITY = 5
#: What a keyboard user gets when they pick a state before choosing a strength.
DEFAULT_INTENSITY = 3
#: Settled is the centre of the wheel: it has no strength and is stored as 0.
SETTLED_INTENSITY = 0
#: The longest note a check-in keeps, counted in characters after trimming outer spaces.
MAX_NOTE_CHARS = 1000

#: Breathing presets a state may suggest (ids of ``companion.core.breath_pattern.PRESETS``).
BREATHING_PRESET_IDS: frozenset[str] = frozenset(
    {"exhale-4-6", "exhale-4-8", "cyclic-sigh", "4-7-8", "gentle-3-5"}
)


class Context(str, Enum):
    """When a check-in happened; the app infers it where it can."""

    DURING_BREAK = "during_break"
    BEFORE_RETURN = "before_return"
    AFTER_RETURN = "after_return"
    PRACTICE = "practice"


DEFAULT_CONTEXT = Context.PRACTICE

#: English display labels (the UI passes them through its translator).
CONTEXT_LABELS: Mapping[Context, str] = {
    Context.DURING_BREAK: "During a break",
    Context.BEFORE_RETURN: "Before returning",
    Context.AFTER_RETURN: "After returning",
    Context.PRACTICE: "Daily practice",
}


class PatternTag(str, Enum):
    """Which side of the pursue / withdraw loop the person feels they are on, if they know."""

    PURSUING = "pursuing"
    WITHDRAWING = "withdrawing"
    UNSURE = "unsure"


TAG_LABELS: Mapping[PatternTag, str] = {
    PatternTag.PURSUING: "I'm pursuing",
    PatternTag.WITHDRAWING: "I'm withdrawing",
    PatternTag.UNSURE: "Not sure",
}


def clamp_intensity(state: str, intensity: int) -> int:
    """The intensity a check-in of ``state`` stores: 0 for settled, else within 1-5."""
    if StateId(state) is StateId.SETTLED:
        return SETTLED_INTENSITY
    return max(MIN_INTENSITY, min(MAX_INTENSITY, int(intensity)))


def is_valid_checkin(state: str, intensity: int) -> bool:
    """True when ``(state, intensity)`` is a point on the wheel."""
    try:
        sid = StateId(state)
    except ValueError:
        return False
    if sid is StateId.SETTLED:
        return intensity == SETTLED_INTENSITY
    return MIN_INTENSITY <= intensity <= MAX_INTENSITY


def note_length(note: str) -> int:
    """How many characters of ``note`` count against :data:`MAX_NOTE_CHARS`."""
    return len(note.strip())


# --------------------------------------------------------------------------- guidance


class GuidanceError(ValueError):
    """The guidance file cannot be used; ``str(error)`` names the file and the problem."""

    def __init__(
        self, path: Path | str, problem: str, fault: ContentFault = ContentFault.INCOMPLETE
    ) -> None:
        self.path = Path(path)
        self.problem = problem
        self.fault = fault  # what kind of problem, for the UI to word in any language
        super().__init__(f"{self.path}: {problem}")


@dataclass(frozen=True)
class Guidance:
    """What one state can feel like and what may help, with a breathing suggestion.

    ``label`` is the file's English name for the state; the UI shows its own translated
    names, so the file supplies only the body texts.
    """

    state: StateId
    label: str
    description: str
    body_signs: tuple[str, ...]
    helps: tuple[str, ...]
    suggested_preset: str
    suggested_minutes: float


_TEXT_FIELDS = ("label", "description")
_LIST_FIELDS = ("body_signs", "helps")
_FIELDS = (*_TEXT_FIELDS, *_LIST_FIELDS, "suggested_preset", "suggested_minutes")
_MIN_MINUTES = 1.0
_MAX_MINUTES = 30.0


def _text(table: Mapping[str, Any], key: str, where: str) -> str:
    value = table[key]
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{where} '{key}' must be a non-empty text")
    return value.strip()


def _lines(table: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = table[key]
    if (
        not isinstance(value, list)
        or not value
        or not all(isinstance(item, str) and item.strip() for item in value)
    ):
        raise ValueError(f"{where} '{key}' must be a list of one or more non-empty texts")
    return tuple(item.strip() for item in value)


def _one_state(sid: StateId, table: object, known_presets: Collection[str]) -> Guidance:
    where = f"[states.{sid.value}]"
    if not isinstance(table, dict):
        raise ValueError(f"{where} must be a table")
    missing = [key for key in _FIELDS if key not in table]
    if missing:
        raise ValueError(f"{where} is missing {', '.join(repr(k) for k in missing)}")
    unknown = sorted(set(table) - set(_FIELDS))
    if unknown:
        raise ValueError(f"{where} has unknown field(s) {', '.join(repr(k) for k in unknown)}")
    preset = _text(table, "suggested_preset", where)
    if preset not in known_presets:
        choices = ", ".join(sorted(known_presets))
        raise ValueError(
            f"{where} 'suggested_preset' is {preset!r}, which is not a breathing preset "
            f"(choose one of {choices})"
        )
    minutes = table["suggested_minutes"]
    if isinstance(minutes, bool) or not isinstance(minutes, (int, float)):
        raise ValueError(f"{where} 'suggested_minutes' must be a number")
    if not _MIN_MINUTES <= float(minutes) <= _MAX_MINUTES:
        raise ValueError(
            f"{where} 'suggested_minutes' is {minutes}; it must be between "
            f"{_MIN_MINUTES:g} and {_MAX_MINUTES:g}"
        )
    return Guidance(
        state=sid,
        label=_text(table, "label", where),
        description=_text(table, "description", where),
        body_signs=_lines(table, "body_signs", where),
        helps=_lines(table, "helps", where),
        suggested_preset=preset,
        suggested_minutes=float(minutes),
    )


def parse_guidance(
    text: str,
    path: Path | str = "<guidance>",
    known_presets: Collection[str] = BREATHING_PRESET_IDS,
) -> dict[StateId, Guidance]:
    """Guidance for every state from TOML ``text``; GuidanceError names ``path`` on failure."""
    if sys.version_info >= (3, 11):  # loaded here: the store needs this module, not TOML
        import tomllib
    else:  # pragma: no cover - exercised only on Python 3.10
        import tomli as tomllib
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise GuidanceError(
            path, f"this is not valid TOML ({exc})", ContentFault.NOT_TOML
        ) from None
    except RecursionError:
        raise GuidanceError(
            path, "its tables or lists are nested too deeply", ContentFault.TOO_DEEP
        ) from None
    states = data.get("states")
    if not isinstance(states, dict):
        raise GuidanceError(path, "there is no [states] section with one table per state")
    known = {sid.value for sid in StateId}
    unknown = sorted(set(states) - known)
    if unknown:
        raise GuidanceError(
            path,
            f"unknown state(s) {', '.join(repr(s) for s in unknown)}; "
            f"the states are {', '.join(s.value for s in StateId)}",
        )
    missing = [sid.value for sid in StateId if sid.value not in states]
    if missing:
        raise GuidanceError(
            path,
            "no guidance for "
            + ", ".join(repr(s) for s in missing)
            + f" (each state needs a [states.<id>] table: {', '.join(missing)})",
        )
    result: dict[StateId, Guidance] = {}
    for sid in StateId:
        try:
            result[sid] = _one_state(sid, states[sid.value], known_presets)
        except ValueError as exc:
            raise GuidanceError(path, str(exc)) from None
    return result


def load_guidance(
    path: Path | str, known_presets: Collection[str] = BREATHING_PRESET_IDS
) -> dict[StateId, Guidance]:
    """Read the guidance file; every state is complete, or GuidanceError says what is wrong."""
    file = Path(path)
    try:
        raw = file.read_bytes()
    except FileNotFoundError:
        raise GuidanceError(file, "the file is missing", ContentFault.MISSING) from None
    except OSError as exc:
        raise GuidanceError(
            file, f"the file cannot be read ({exc.strerror or exc})", ContentFault.UNREADABLE
        ) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise GuidanceError(
            file, f"the file is not UTF-8 text ({exc.reason})", ContentFault.NOT_UTF8
        ) from None
    return parse_guidance(text, file, known_presets)


def check_guidance_file(path: Path | str) -> str | None:
    """None when the guidance file is complete and valid, else the message to show."""
    try:
        load_guidance(path)
    except GuidanceError as exc:
        return str(exc)
    return None
